/**
 * Curated armed groups (insurgents, terrorist organisations, militias, private
 * military companies) with the names and acronyms they are reported under.
 * Our own list of public facts. `weak` aliases are ambiguous on their own and
 * only count when a strong name of the same group occurs in the document.
 */
export interface KnownName {
  /** stable key, unique within its list */
  key: string;
  name: string;
  aliases: string[];
  /** aliases that need another mention of the same thing to be trusted */
  weak?: string[];
  /**
   * names that every country's institution of the kind goes by ("Congress", "Supreme Court"), with the
   * country this entry is the institution of: they name this entry only in a text about that country
   */
  national?: { country: string; names: string[] };
}

export const ARMED_GROUPS: KnownName[] = [
  {
    key: 'islamic-state',
    name: 'Islamic State',
    aliases: [
      'ISIS',
      'ISIL',
      'Daesh',
      'Daish',
      'Islamic State group',
      'Islamic State of Iraq and Syria',
      'Islamic State of Iraq and the Levant',
      'Islamic State in Iraq and Syria',
    ],
    weak: ['IS'],
  },
  {
    key: 'isis-k',
    name: 'ISIS-K',
    aliases: [
      'ISIS-Khorasan',
      'ISKP',
      'IS-K',
      'ISIL-K',
      'IS-KP',
      'Islamic State Khorasan Province',
      'Islamic State Khorasan',
      'Islamic State-Khorasan',
      'Islamic State Khorasan Province group',
      'Islamic State in Khorasan Province',
    ],
  },
  { key: 'isis-wa', name: 'ISWAP', aliases: ['Islamic State West Africa Province', 'Islamic State in West Africa'] },
  { key: 'isis-sinai', name: 'Sinai Province', aliases: ['Islamic State Sinai Province', 'Wilayat Sinai'] },
  {
    key: 'al-qaeda',
    name: 'al-Qaeda',
    aliases: ['al-Qaida', 'al Qaeda', 'al Qaida', 'Al-Qa’ida', "al-Qa'ida", 'Al Qaeda', 'Alqaeda', 'al-Qaeda network'],
  },
  {
    key: 'aqap',
    name: 'al-Qaeda in the Arabian Peninsula',
    aliases: ['AQAP', 'al-Qaida in the Arabian Peninsula', 'Al Qaeda in the Arabian Peninsula'],
  },
  {
    key: 'aqim',
    name: 'al-Qaeda in the Islamic Maghreb',
    aliases: ['AQIM', 'al-Qaida in the Islamic Maghreb', 'Al Qaeda in the Islamic Maghreb'],
  },
  { key: 'aqis', name: 'al-Qaeda in the Indian Subcontinent', aliases: ['AQIS'] },
  { key: 'jnim', name: 'JNIM', aliases: ["Jama'at Nasr al-Islam wal Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin'] },
  {
    key: 'hts',
    name: 'Hayat Tahrir al-Sham',
    aliases: ['HTS', 'Tahrir al-Sham', 'Nusra Front', 'al-Nusra Front', 'Jabhat al-Nusra'],
  },
  {
    key: 'al-shabaab',
    name: 'al-Shabaab',
    aliases: ['al-Shabab', 'Al Shabaab', 'Al-Shabaab', 'Al Shabab', 'Shabaab', 'Harakat al-Shabaab al-Mujahideen'],
  },
  { key: 'boko-haram', name: 'Boko Haram', aliases: ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"], weak: ['JAS'] },
  { key: 'hamas', name: 'Hamas', aliases: ['Harakat al-Muqawama al-Islamiya', 'Islamic Resistance Movement'] },
  {
    key: 'qassam',
    name: 'Izz ad-Din al-Qassam Brigades',
    aliases: ['al-Qassam Brigades', 'Qassam Brigades', 'Ezzedine al-Qassam Brigades'],
  },
  { key: 'pij', name: 'Palestinian Islamic Jihad', aliases: ['PIJ', 'Islamic Jihad'] },
  { key: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah', 'Hizbullah', 'Hezbolla'] },
  { key: 'taliban', name: 'Taliban', aliases: ['Afghan Taliban', 'the Taliban', 'Taleban'] },
  {
    key: 'ttp',
    name: 'Tehrik-i-Taliban Pakistan',
    aliases: ['TTP', 'Pakistani Taliban', 'Tehreek-e-Taliban Pakistan'],
  },
  { key: 'haqqani', name: 'Haqqani network', aliases: ['Haqqani Network'] },
  { key: 'let', name: 'Lashkar-e-Taiba', aliases: ['LeT', 'Lashkar-e-Toiba', 'Lashkar e Taiba'] },
  { key: 'jem', name: 'Jaish-e-Mohammed', aliases: ['JeM', 'Jaish-e-Muhammad', 'Jaish e Mohammed'] },
  {
    key: 'houthis',
    name: 'Houthis',
    aliases: ['Houthi', 'Ansar Allah', 'Ansarullah', 'Houthi rebels', 'Houthi movement'],
  },
  { key: 'wagner', name: 'Wagner Group', aliases: ['Wagner', 'Wagner PMC', 'PMC Wagner', 'Wagner mercenaries'] },
  {
    key: 'pkk',
    name: 'PKK',
    aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party', 'Partiya Karkeren Kurdistane'],
  },
  { key: 'ypg', name: 'YPG', aliases: ["People's Protection Units", 'Peoples Protection Units'] },
  {
    key: 'farc',
    name: 'FARC',
    aliases: ['Revolutionary Armed Forces of Colombia', 'FARC-EP', 'Fuerzas Armadas Revolucionarias de Colombia'],
  },
  {
    key: 'eln',
    name: 'ELN',
    aliases: ['National Liberation Army', 'Ejercito de Liberacion Nacional', 'Ejército de Liberación Nacional'],
  },
  { key: 'epl', name: 'EPL', aliases: ['Popular Liberation Army', 'Ejercito Popular de Liberacion'] },
  { key: 'm19', name: 'M-19', aliases: ['April 19 Movement', '19th of April Movement', 'Movimiento 19 de Abril'] },
  {
    key: 'fmln',
    name: 'FMLN',
    aliases: [
      'Farabundo Marti National Liberation Front',
      'Farabundo Martí National Liberation Front',
      'Farabundo Marti Front for National Liberation',
    ],
  },
  { key: 'fpl', name: 'Popular Liberation Forces', aliases: ['FPL', 'Farabundo Marti Popular Liberation Forces'] },
  { key: 'erp', name: "People's Revolutionary Army", aliases: ['ERP', 'Peoples Revolutionary Army'] },
  {
    key: 'prtc',
    name: 'PRTC',
    aliases: ['Revolutionary Party of Central American Workers', 'Central American Workers Revolutionary Party'],
  },
  { key: 'fal', name: 'Armed Forces of Liberation', aliases: ['Armed Forces of National Liberation'] },
  {
    key: 'ado',
    name: 'Workers Self-Defense Movement',
    aliases: ['Workers Self-Defense', 'Autodefensa Obrera'],
    weak: ['ADO'],
  },
  { key: 'fdr-sv', name: 'Revolutionary Democratic Front', aliases: [], weak: ['FDR'] },
  {
    key: 'urng',
    name: 'URNG',
    aliases: ['Guatemalan National Revolutionary Unity', 'Guatemalan National Revolutionary Union'],
  },
  { key: 'shining-path', name: 'Shining Path', aliases: ['Sendero Luminoso', 'Communist Party of Peru'] },
  { key: 'mrta', name: 'MRTA', aliases: ['Tupac Amaru Revolutionary Movement', 'Tupac Amaru Movement'] },
  { key: 'fpmr', name: 'Manuel Rodriguez Patriotic Front', aliases: ['FPMR', 'Manuel Rodríguez Patriotic Front'] },
  { key: 'contras', name: 'Contras', aliases: ['Nicaraguan Resistance', 'Contra rebels'] },
  { key: 'extraditables', name: 'The Extraditables', aliases: ['Extraditables', 'Los Extraditables'] },
  {
    key: 'medellin-cartel',
    name: 'Medellin cartel',
    aliases: ['Medellín cartel', 'Medellin Cartel', 'Medellín Cartel'],
  },
  { key: 'cali-cartel', name: 'Cali cartel', aliases: ['Cali Cartel'] },
  { key: 'eta', name: 'ETA', aliases: ['Euskadi Ta Askatasuna', 'Basque separatist group ETA'] },
  {
    key: 'ira',
    name: 'IRA',
    aliases: ['Irish Republican Army', 'Provisional IRA', 'Provisional Irish Republican Army', 'Real IRA', 'New IRA'],
  },
  { key: 'uvf', name: 'UVF', aliases: ['Ulster Volunteer Force'] },
  { key: 'red-brigades', name: 'Red Brigades', aliases: ['Brigate Rosse'] },
  { key: 'raf', name: 'Red Army Faction', aliases: ['Baader-Meinhof Group', 'Baader-Meinhof gang'] },
  { key: 'aum', name: 'Aum Shinrikyo', aliases: [], weak: ['Aleph'] },
  { key: 'ltte', name: 'LTTE', aliases: ['Liberation Tigers of Tamil Eelam', 'Tamil Tigers'] },
  { key: 'abu-sayyaf', name: 'Abu Sayyaf', aliases: ['Abu Sayyaf Group'], weak: ['ASG'] },
  { key: 'jemaah-islamiyah', name: 'Jemaah Islamiyah', aliases: [], weak: ['JI'] },
  { key: 'npa', name: "New People's Army", aliases: ['NPA', 'New Peoples Army'] },
  { key: 'adf', name: 'Allied Democratic Forces', aliases: ['ADF'] },
  { key: 'm23', name: 'M23', aliases: ['March 23 Movement', 'M23 rebels'] },
  { key: 'rsf', name: 'Rapid Support Forces', aliases: ['RSF'] },
  { key: 'janjaweed', name: 'Janjaweed', aliases: ['Janjawid'] },
  { key: 'lra', name: "Lord's Resistance Army", aliases: ['LRA', 'Lords Resistance Army'] },
  { key: 'azov', name: 'Azov', aliases: ['Azov Battalion', 'Azov Regiment', 'Azov Brigade'] },
  { key: 'kataib-hezbollah', name: "Kata'ib Hezbollah", aliases: ['Kataib Hezbollah', 'Kataib Hizbollah'] },
  {
    key: 'irgc',
    name: 'IRGC',
    aliases: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard', 'Quds Force'],
  },
  { key: 'proud-boys', name: 'Proud Boys', aliases: [] },
  { key: 'oath-keepers', name: 'Oath Keepers', aliases: [] },
  { key: 'kkk', name: 'Ku Klux Klan', aliases: ['KKK'] },
  { key: 'atomwaffen', name: 'Atomwaffen Division', aliases: [] },
];
