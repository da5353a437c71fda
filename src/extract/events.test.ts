import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Event } from './contract.js';
import { extractEvents } from './events.js';
import { extract } from './index.js';
import { analyse } from './nlp.js';

/** Entities for a test text: every occurrence of each given name, with the given type. */
function entitiesFor(text: string, names: Record<string, EntityType>): Entity[] {
  return Object.entries(names).map(([name, type], i) => {
    const mentions: [number, number][] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push([at, at + name.length]);
    }
    return { id: `e${i + 1}`, name, type, aliases: [], mentions };
  });
}

function run(text: string, names: Record<string, EntityType> = {}, published: string | null = '2023-06-20') {
  const entities = entitiesFor(text, names);
  const events = extractEvents(analyse(text), entities, { id: 't', published, title: null });
  const nameOf = (id: string | null | undefined) => entities.find((e) => e.id === id)?.name ?? null;
  return { events, nameOf, evidence: (e: Event | undefined) => (e ? text.slice(...e.evidence) : '') };
}

describe('attack subtypes', () => {
  const cases: [string, string][] = [
    ['Two gunmen opened fire on worshippers outside the chapel on Sunday.', 'shooting'],
    ['A car bomb exploded near the customs office on June 2.', 'bombing'],
    ['Militants blew up a railway bridge on June 4.', 'bombing'],
    ['Arsonists set fire to the party headquarters on June 5.', 'arson'],
    ['Rebels ambushed an army convoy on June 6.', 'armed attack'],
    ['Soldiers massacred villagers in the hamlet on June 7.', 'massacre'],
    ['Unknown men assassinated the provincial governor on June 8.', 'assassination'],
    ['Insurgents launched a rocket attack on the airbase on June 9.', 'rocket attack'],
  ];
  for (const [text, subtype] of cases) {
    it(`finds ${subtype}`, () => {
      const { events } = run(text);
      expect(events.filter((e) => e.type === 'attack').map((e) => e.subtype)).toEqual([subtype]);
    });
  }
});

describe('event types', () => {
  it('finds a kidnapping with its date, place, actor and count-free victim', () => {
    const text = 'On June 12, fighters of the Red Dawn Front abducted two engineers near Tarvel.';
    const { events, nameOf, evidence } = run(text, { 'Red Dawn Front': 'armed_group', Tarvel: 'location' });
    const [k] = events;
    expect(events).toHaveLength(1);
    expect(k?.type).toBe('kidnapping');
    expect(k?.date).toBe('2023-06-12');
    expect(nameOf(k?.location)).toBe('Tarvel');
    expect(k?.actors.map(nameOf)).toEqual(['Red Dawn Front']);
    expect(evidence(k)).toContain('abducted two engineers');
  });

  it('finds an arrest and a detention', () => {
    const text = 'Police arrested three suspects in Ostrava. Border guards detained a fourth man.';
    const types = run(text, { Ostrava: 'location' }).events.map((e) => e.type);
    expect(types).toEqual(['arrest', 'detention']);
  });

  it('reads an arrest ordered by a court as a court action', () => {
    const { events } = run('The Valdor District Court arrested two men accused of the bombing.', {
      'Valdor District Court': 'organization',
    });
    expect(events.map((e) => e.type)).toContain('court_action');
    expect(events.map((e) => e.type)).not.toContain('arrest');
  });

  it('finds sentencing as a court action', () => {
    const { events } = run('A judge sentenced the cell leader to life in prison.');
    expect(events.map((e) => e.type)).toEqual(['court_action']);
  });

  it('finds a claim of responsibility and its claimant', () => {
    const text = 'The Black Reed Brigade claimed responsibility for the ambush.';
    const { events, nameOf } = run(text, { 'Black Reed Brigade': 'armed_group' });
    const claim = events.find((e) => e.type === 'responsibility_claim');
    expect(claim?.actors.map(nameOf)).toEqual(['Black Reed Brigade']);
  });

  it('leaves out an attack that a warning says is imminent', () => {
    const text = 'Norland warned Ostavia of an imminent attack on the port. Officials feared an impending bombing.';
    expect(run(text, { Norland: 'country', Ostavia: 'country' }).events.filter((e) => e.type === 'attack')).toEqual([]);
  });

  it('leaves out attacks that are only planned, feared or prevented', () => {
    const text =
      'The group was planning to attack the embassy. Officials fear a possible bombing. Police foiled a plot.';
    expect(run(text).events.filter((e) => e.type === 'attack')).toEqual([]);
  });

  it('leaves out events whose subject denies them, not those with a number of victims', () => {
    const denied =
      'No organization has yet claimed responsibility. Police said no one has been detained. Nobody was arrested. ' +
      'Neither the rebels nor any other group have claimed responsibility.';
    expect(run(denied).events).toEqual([]);
    const done = run('Rebels claimed responsibility for the bombing of the bridge on June 3.');
    expect(done.events.map((e) => e.type)).toContain('responsibility_claim');
  });

  it('does not take a verbal attack in politics for an incident', () => {
    const text = 'The senator attacked the governor over the budget. The governor blasts his rival on taxes.';
    expect(run(text).events).toEqual([]);
  });

  it('does not take "those arrested" for a new arrest', () => {
    const text = 'Information came from interrogations of those arrested after the riots.';
    expect(run(text).events.filter((e) => e.type === 'arrest')).toEqual([]);
  });
});

describe('attributes', () => {
  it('gives a noun its own date and place, and the verb of the sentence the other date', () => {
    const text =
      'In May, the ministry said it had arrested 12 people over the May 3 bombing in the town of Selwick that killed 9 people.';
    const { events, nameOf } = run(text, { Selwick: 'location' });
    const arrest = events.find((e) => e.type === 'arrest');
    const attack = events.find((e) => e.type === 'attack');
    expect(arrest?.date).toBe('2023-05');
    expect(attack?.date).toBe('2023-05-03');
    expect(nameOf(attack?.location)).toBe('Selwick');
    expect(attack?.killed).toEqual({ value: 9, qualifier: 'exact' });
  });

  it('places the event in the town, with the building hit as a target', () => {
    const text = 'On June 1, gunmen stormed the Lumen Hotel in Rasta, Veloria.';
    const { events, nameOf } = run(text, { 'Lumen Hotel': 'facility', Rasta: 'location', Veloria: 'country' });
    expect(nameOf(events[0]?.location)).toBe('Rasta');
    expect(events[0]?.targets?.map(nameOf)).toContain('Lumen Hotel');
  });

  it('falls back to a facility, then a country, when no town is named', () => {
    const text = 'On June 1, gunmen stormed the Lumen Hotel. On June 3, a bomb exploded in Veloria.';
    const { events, nameOf } = run(text, { 'Lumen Hotel': 'facility', Veloria: 'country' });
    expect(events.map((e) => nameOf(e.location))).toEqual(['Lumen Hotel', 'Veloria']);
  });

  it('keeps "other attacks" on the same day apart from the attack just told', () => {
    const text =
      'On June 1, gunmen shot dead a judge in Rasta. On June 1 there were also other attacks in Rasta, police said.';
    const { events } = run(text, { Rasta: 'location' });
    expect(events.filter((e) => e.type === 'attack')).toHaveLength(2);
  });

  it('reads a passive agent after "by" as the actor and the subject as the target', () => {
    const text = 'Mayor Ilse Brant was kidnapped by the Northern Cells on June 2.';
    const { events, nameOf } = run(text, { 'Ilse Brant': 'person', 'Northern Cells': 'armed_group' });
    expect(events[0]?.actors.map(nameOf)).toEqual(['Northern Cells']);
    expect(events[0]?.targets?.map(nameOf)).toEqual(['Ilse Brant']);
  });

  it('gives the death toll of a later sentence to the attack it speaks of', () => {
    const text = 'On June 10, attackers opened fire in the Arcade mall. Officials said 31 people died in the attack.';
    const { events } = run(text, { 'Arcade mall': 'facility' });
    const attacks = events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.killed).toEqual({ value: 31, qualifier: 'exact' });
  });

  it('merges a headline and a repeat with the same date into the main telling', () => {
    const text =
      'Deadly attack in Rasta\nOn June 14, gunmen opened fire at the Lumen Hotel in Rasta. Witnesses said the June 14 shooting in Rasta lasted an hour.';
    const { events, evidence } = run(text, { 'Lumen Hotel': 'facility', Rasta: 'location' });
    const attacks = events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(evidence(attacks[0])).toContain('opened fire');
  });

  it('keeps attacks on different days apart', () => {
    const text = 'A bomb exploded in Rasta on June 1. Gunmen opened fire in Rasta on June 9.';
    const { events } = run(text, { Rasta: 'location' });
    expect(events.filter((e) => e.type === 'attack').map((e) => e.date)).toEqual(['2023-06-01', '2023-06-09']);
  });

  it('counts one incident per town of a closed list, but not a town and its region', () => {
    const listed = 'On June 5, rebels attacked police posts in Arvo, Benna and Corla.';
    const towns = { Arvo: 'location', Benna: 'location', Corla: 'location' } as const;
    const { events, nameOf } = run(listed, towns);
    expect(events.map((e) => nameOf(e.location))).toEqual(['Arvo', 'Benna', 'Corla']);
    const nested = 'On June 5, rebels attacked a police post in Arvo, Lenmark Region.';
    const one = run(nested, { Arvo: 'location', 'Lenmark Region': 'location' });
    expect(one.events).toHaveLength(1);
  });

  it('counts one death for the killing of one person, none when the victims are several', () => {
    const one = run('On June 3, gunmen assassinated Judge Omar Velt in Rasta.', {
      'Omar Velt': 'person',
      Rasta: 'location',
    });
    expect(one.events[0]?.killed).toEqual({ value: 1, qualifier: 'exact' });
    const many = run('On June 3, gunmen murdered a judge and his clerk in Rasta.', { Rasta: 'location' });
    expect(many.events[0]?.killed ?? null).toBeNull();
  });

  it('counts one death for a killing told as a noun with one victim after "of"', () => {
    const one = run('Officials condemned the murder of another councillor in Rasta on June 3.', { Rasta: 'location' });
    expect(one.events[0]?.killed).toEqual({ value: 1, qualifier: 'exact' });
    const dated = run('Officials condemned the murder on Sunday of Judge Omar Velt in Rasta.', {
      'Omar Velt': 'person',
      Rasta: 'location',
    });
    expect(dated.events[0]?.killed).toEqual({ value: 1, qualifier: 'exact' });
    const named = run('The assassination of Judge Omar Velt on June 3 shocked Rasta.', {
      'Omar Velt': 'person',
      Rasta: 'location',
    });
    expect(named.events[0]?.killed).toEqual({ value: 1, qualifier: 'exact' });
    const several = run('Officials condemned the murder of the councillors in Rasta on June 3.', { Rasta: 'location' });
    expect(several.events[0]?.killed ?? null).toBeNull();
    const pair = run('Officials condemned the murder of a judge and a clerk in Rasta on June 3.', {
      Rasta: 'location',
    });
    expect(pair.events[0]?.killed ?? null).toBeNull();
  });

  it('counts the named victims of a killing noun followed by a list of names', () => {
    const people = { 'Omar Velt': 'person', 'Ines Darro': 'person', 'Paul Osk': 'person', Rasta: 'location' } as const;
    const three = run(
      'Officials condemned the murders of Judge Omar Velt, Colonel Ines Darro and Senator Paul Osk in Rasta on June 3.',
      people,
    );
    expect(three.events[0]?.killed).toEqual({ value: 3, qualifier: 'exact' });
    const titled = run('Officials condemned the assassination of Senator and party leader Omar Velt in Rasta.', people);
    expect(titled.events[0]?.killed).toEqual({ value: 1, qualifier: 'exact' });
    // a name that heads its victims, or a list that goes on past the names, gives no count
    const followers = run("Officials condemned the killing of Omar Velt's supporters in Rasta on June 3.", people);
    expect(followers.events[0]?.killed ?? null).toBeNull();
    const more = run('Officials condemned the murder of Omar Velt and his driver in Rasta on June 3.', people);
    expect(more.events[0]?.killed ?? null).toBeNull();
    // a name inside an apposition is not a second victim
    const one = run('Officials condemned the murder of Omar Velt, a friend of Ines Darro, in Rasta on June 3.', people);
    expect(one.events[0]?.killed).toEqual({ value: 1, qualifier: 'exact' });
  });

  it('leaves the date empty when the sentence gives none', () => {
    const { events } = run('Security forces have detained four men.');
    expect(events[0]?.date).toBeNull();
  });
});

describe('upper-case wire copy', () => {
  const text = [
    '   PUERTO LOBOS, 12 AUG 89 (RADIO SUR) -- [TEXT] TERRORISTS OF THE CONDOR',
    'COMMAND TODAY DYNAMITED A POWER PYLON IN THE OUTSKIRTS OF PUERTO LOBOS,',
    'LEAVING THE PROVINCE WITHOUT ELECTRICITY.',
    '',
    '   ON 9 AUGUST, FOUR PEASANTS WERE KIDNAPPED IN THE HAMLET OF EL ROBLE',
    'BY THE SAME GROUP, ACCORDING TO THE ARMY COMMUNIQUE ISSUED HERE.',
    '',
    '   THREE GUERRILLAS WERE KILLED DURING CLASHES WITH TROOPS NEAR THE RIVER',
    'YESTERDAY, THE ARMY SAID IN A SEPARATE STATEMENT.',
  ].join('\n');
  const names: Record<string, EntityType> = {
    'PUERTO LOBOS': 'location',
    'CONDOR COMMAND': 'armed_group',
    'EL ROBLE': 'location',
  };

  it('finds the incidents across hard line wraps, dated from the dateline', () => {
    const { events, nameOf } = run(text, names, null);
    const attack = events.find((e) => e.type === 'attack');
    const kidnapping = events.find((e) => e.type === 'kidnapping');
    expect(attack?.subtype).toBe('bombing');
    expect(attack?.date).toBe('1989-08-12');
    expect(nameOf(attack?.location)).toBe('PUERTO LOBOS');
    expect(kidnapping?.date).toBe('1989-08-09');
    expect(nameOf(kidnapping?.location)).toBe('EL ROBLE');
  });

  it('does not report combatants killed in clashes as an attack', () => {
    const { events } = run(text, names, null);
    expect(events.filter((e) => e.type === 'attack')).toHaveLength(1);
  });
});

describe('event phenomena through the whole pipeline, with the rule --explain names', () => {
  const full = (text: string, published: string | null = '2024-05-06') => {
    const x = extract({ id: 't', text, published }, { explain: true });
    const nameOf = (id: string | null | undefined) => x.entities.find((e) => e.id === id)?.name ?? null;
    return { events: x.events, nameOf };
  };
  const detail = (e: Event | undefined) => e?.explanation?.detail ?? '';

  it('names the kidnapping kinds and the trigger lexicon entry that found each', () => {
    const cases: [string, string, string][] = [
      ['Gunmen kidnapped an aid worker in Gao on Tuesday.', 'kidnapping', 'trigger:kidnap'],
      ['Fighters abducted a teacher in Kidal on Friday.', 'abduction', 'trigger:abduct'],
      ['Rebels took two nurses hostage in Goma on 2 May 2024.', 'hostage taking', 'trigger:take-hostage'],
    ];
    for (const [text, subtype, rule] of cases) {
      const [k, ...rest] = full(text).events;
      expect(rest, text).toEqual([]);
      expect(k?.type, text).toBe('kidnapping');
      expect(k?.subtype, text).toBe(subtype);
      expect(k?.explanation?.rule, text).toBe(rule);
    }
  });

  it('names attack subtypes by their trigger, with the trigger word in the detail', () => {
    const cases: [string, string, string, string][] = [
      ['Gunmen opened fire on a bus near Garissa on Monday.', 'shooting', 'trigger:open-fire', '"opened fire"'],
      ['Militants bombed a bank in Mogadishu on Friday.', 'bombing', 'trigger:bomb', '"bombed"'],
      [
        'A suicide bomber struck a wedding in Kabul on Saturday.',
        'bombing',
        'trigger:suicide-bomber',
        '"suicide bomber"',
      ],
      ['Arsonists set fire to a school in Kandahar on Friday.', 'arson', 'trigger:set-fire', '"set fire"'],
    ];
    for (const [text, subtype, rule, word] of cases) {
      const attack = full(text).events.find((e) => e.type === 'attack');
      expect(attack?.subtype, text).toBe(subtype);
      expect(attack?.explanation?.rule, text).toBe(rule);
      expect(detail(attack), text).toContain(`trigger ${word}`);
    }
  });

  it('reads casualty counts with their qualifier and says which words it read', () => {
    const cases: [string, 'killed' | 'injured', number, string][] = [
      [
        'At least 12 people were killed when gunmen opened fire on a bus near Garissa on Monday.',
        'killed',
        12,
        'at_least',
      ],
      // the count comes before "a bomb exploded", two triggers of one telling
      [
        'Approximately 40 people were killed when a bomb exploded at a market in Maiduguri yesterday.',
        'killed',
        40,
        'approximately',
      ],
      ['Gunmen shot dead more than 20 villagers near Goma on Sunday.', 'killed', 20, 'more_than'],
      ['A bomb hit a wedding in Kabul on Saturday, with at least 12 killed.', 'killed', 12, 'at_least'],
      ['Up to 15 worshippers were injured in an arson attack on a mosque in Kano on 2 May.', 'injured', 15, 'up_to'],
    ];
    for (const [text, kind, value, qualifier] of cases) {
      const attack = full(text).events.find((e) => e.type === 'attack');
      expect(attack?.[kind], text).toEqual({ value, qualifier });
      expect(detail(attack), text).toContain(`${kind} ${qualifier} ${value} from "`);
    }
  });

  it('resolves dates against the publication date and says so', () => {
    // published on Monday 6 May 2024
    const { events } = full('Gunmen kidnapped an aid worker in Gao on Tuesday. A bomb went off in Kidal yesterday.');
    expect(events.map((e) => e.date)).toEqual(['2024-04-30', '2024-05-05']);
    for (const e of events) expect(detail(e)).toContain('relative to published');
    const written = full('Rebels took two nurses hostage in Goma on 2 May 2024.').events[0];
    expect(written?.date).toBe('2024-05-02');
    expect(detail(written)).toContain('date 2024-05-02 explicit ("on 2 May 2024"');
  });

  it('resolves dates against a wire dateline, and dates an undated incident by it', () => {
    const text =
      'LIMA, 26 APR 89 (EFE) -- [TEXT] TERRORISTS TODAY DYNAMITED A BANK BRANCH IN HUANCAYO.\n' +
      'YESTERDAY GUERRILLAS KIDNAPPED TWO ENGINEERS IN JAUJA. LATER GUERRILLAS DYNAMITED A BUS IN AYACUCHO.';
    const { events, nameOf } = full(text, null);
    expect(events.map((e) => [e.type, e.date, nameOf(e.location)])).toEqual([
      ['attack', '1989-04-26', 'Huancayo'],
      ['kidnapping', '1989-04-25', 'Jauja'],
      ['attack', '1989-04-26', 'Ayacucho'],
    ]);
    expect(detail(events[0])).toContain('relative to dateline ("TODAY"');
    expect(detail(events[1])).toContain('relative to dateline ("YESTERDAY"');
    expect(detail(events[2])).toContain('date 1989-04-26 from the dateline');
  });

  it('places the event in the most specific place named, and says where it came from', () => {
    const { events, nameOf } = full('A car bomb exploded at a market in Maiduguri, Nigeria, on Saturday.');
    expect(nameOf(events[0]?.location)).toBe('Maiduguri');
    expect(detail(events[0])).toContain('place "Maiduguri" from the clause');
    // the car bomb and its explosion are one telling
    expect(detail(events[0])).toContain('2 mentions merged (also "car bomb")');
    // a town before the building it names: the building is what was hit
    const hotel = full('Gunmen stormed the Serena Hotel in Kabul on Friday.');
    expect(hotel.nameOf(hotel.events[0]?.location)).toBe('Kabul');
    expect(hotel.events[0]?.targets?.map(hotel.nameOf)).toEqual(['Serena Hotel']);
    expect(detail(hotel.events[0])).toContain('place "Kabul" from the clause, ranked before 1 other place');
  });

  it('finds the perpetrator before the verb and the victim after it', () => {
    const { events, nameOf } = full('Boko Haram fighters abducted Pastor Emeka Obi in Borno State yesterday.');
    const [k] = events;
    expect(k?.actors.map(nameOf)).toEqual(['Boko Haram']);
    expect(k?.targets?.map(nameOf)).toEqual(['Emeka Obi']);
    expect(detail(k)).toContain('actors: the subject before the verb');
    expect(detail(k)).toContain('targets: the object after the verb');
  });

  it('leaves explanations out unless asked', () => {
    const x = extract({ id: 't', text: 'Gunmen kidnapped an aid worker in Gao on Tuesday.', published: '2024-05-06' });
    expect(x.events.length).toBeGreaterThan(0);
    expect(x.events.filter((e) => e.explanation)).toEqual([]);
    expect(x.entities.filter((e) => e.explanation)).toEqual([]);
  });
});

describe('several incidents told in one sentence', () => {
  it('splits a verb told once with a count and a place for each incident, each keeping its own count', () => {
    const text = 'Rebels murdered four farmers in Olvero, two in Castrel, and three in Dunmere on June 2.';
    const { events, nameOf } = run(text, { Olvero: 'location', Castrel: 'location', Dunmere: 'location' });
    expect(events.map((e) => [nameOf(e.location), e.killed?.value])).toEqual([
      ['Olvero', 4],
      ['Castrel', 2],
      ['Dunmere', 3],
    ]);
  });

  it('splits upper-case wire copy the same way, a place after its region included', () => {
    const text =
      'GUERRILLAS KILLED THREE SOLDIERS IN PALMERA, SOUTHERN VARGA PROVINCE, TWO IN ESTEL, AND ONE IN ROCA ON 3 MAY.';
    const { events, nameOf } = run(text, { 'VARGA PROVINCE': 'location', ESTEL: 'location', ROCA: 'location' });
    expect(events.map((e) => [nameOf(e.location), e.killed?.value])).toEqual([
      ['VARGA PROVINCE', 3],
      ['ESTEL', 2],
      ['ROCA', 1],
    ]);
  });

  it('does not split a count followed by a time or a single place and its region', () => {
    const one = run('Rebels murdered four farmers in Olvero, two days after the truce.', { Olvero: 'location' });
    expect(one.events).toHaveLength(1);
    expect(one.events[0]?.killed?.value).toBe(4);
    const region = run('Rebels murdered four farmers in Olvero, Castrel province, on June 2.', {
      Olvero: 'location',
      'Castrel province': 'location',
    });
    expect(region.events).toHaveLength(1);
  });

  it('splits places joined by "and in", and leaves the shared count to neither', () => {
    const text = 'Two reporters were shot by soldiers in the capital and in the northern Terra department on Sunday.';
    const { events, nameOf } = run(text, { capital: 'location', 'Terra department': 'location' });
    expect(events.map((e) => nameOf(e.location))).toEqual(['capital', 'Terra department']);
    expect(events.map((e) => e.killed)).toEqual([null, null]);
  });
});

describe('realis and hypothetical attacks', () => {
  it('reads "a new attack ... was carried out" as an attack that happened', () => {
    const text =
      'A new attack against the oil pipeline, which caused a large spill, was carried out by rebels this morning.';
    expect(run(text).events.map((e) => e.type)).toEqual(['attack']);
  });

  it('still reads "new attacks" threatened as no event', () => {
    const text = 'The rebels warned of new attacks against the oil pipeline in the coming weeks.';
    expect(run(text).events).toEqual([]);
  });
});

describe('wire copy of a single paragraph', () => {
  it("joins its hard-wrapped lines into sentences, so a place on the next line is the sentence's", () => {
    const text = [
      '   SANTA RITA, 4 MAY 90 (RADIO SUR) -- [TEXT] IN THE PAST FEW HOURS, A',
      'COMMANDO OF THE CONDOR COMMAND MURDERED TWO TOWN COUNCILLORS IN THE',
      'VILLAGE OF PASO HONDO.  THE COUNCILLORS WERE TAKEN FROM THEIR HOMES',
      'BEFORE THEY WERE KILLED, A POLICE SPOKESMAN SAID TO THE PRESS TODAY.',
      'THE REBELS THEN FLED INTO THE MOUNTAINS NEAR THE BORDER WITH THE',
      'NEIGHBOURING PROVINCE, WHERE ARMY UNITS ARE SEARCHING FOR THEM.',
    ].join('\n');
    const { events, nameOf } = run(text, { 'PASO HONDO': 'location', 'SANTA RITA': 'location' }, null);
    const attacks = events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(nameOf(attacks[0]?.location)).toBe('PASO HONDO');
    expect(attacks[0]?.killed?.value).toBe(2);
  });
});

describe('incidents of one wire report kept apart', () => {
  const text = [
    '   PUERTO LOBOS, 12 AUG 89 (RADIO SUR) -- [TEXT] URBAN COMMANDOS OF THE CONDOR',
    'COMMAND ATTACKED THE POLICE POST IN THE NORTHERN DISTRICT OF THE CITY,',
    'ACCORDING TO THE FIRST REPORTS THAT HAVE COME IN FROM THE AREA.',
    '',
    '   UNIDENTIFIED MEN SET FIRE TO A BUS OF THE CITY TRANSPORT COMPANY NEAR',
    'THE MARKET, THE FIRE BRIGADE SAID.  THE DRIVER ESCAPED UNHURT.',
  ].join('\n');

  it('keeps two undated incidents told by different means in different paragraphs apart', () => {
    const { events } = run(text, { 'PUERTO LOBOS': 'location', 'CONDOR COMMAND': 'armed_group' }, null);
    expect(events.filter((e) => e.type === 'attack').map((e) => e.subtype)).toEqual(['armed attack', 'arson']);
  });

  it('still merges a killing told again in a later paragraph with the attack that caused it', () => {
    const again = text.replace('SET FIRE TO A BUS OF THE CITY TRANSPORT COMPANY', 'KILLED A GUARD OF THE POLICE POST');
    const { events } = run(again, { 'PUERTO LOBOS': 'location', 'CONDOR COMMAND': 'armed_group' }, null);
    expect(events.filter((e) => e.type === 'attack')).toHaveLength(1);
  });
});

describe('dates and places that belong to something else', () => {
  it('does not date a killing by a date inside a relative clause or after a participle', () => {
    const text =
      'Mayor Ana Ruiz was shot dead today. Police said those responsible for killing Ruiz want to end the peace process begun on 4 March 2019.';
    const attacks = run(text, { 'Ana Ruiz': 'person' }).events.filter((e) => e.type === 'attack');
    expect(attacks.map((e) => e.date)).toEqual(['2023-06-20']);
  });

  it('reads "the evening of 24 May" as the date of the event', () => {
    const text =
      'DURING THE EVENING OF 24 MAY TWO TEACHERS, WHO WORKED AT THE VILLAGE SCHOOL, WERE MURDERED BY GUNMEN.';
    expect(run(text).events[0]?.date).toBe('2023-05-24');
  });

  it('does not take the victim of a killing verb for its place, though the name is also a town', () => {
    const text = 'Gunmen murdered Barros in Valera on Monday.';
    const { events, nameOf } = run(text, { Barros: 'location', Valera: 'location' });
    expect(nameOf(events[0]?.location)).toBe('Valera');
    const attacked = run('Rebels attacked Valera on Monday.', { Valera: 'location' });
    expect(attacked.nameOf(attacked.events[0]?.location)).toBe('Valera');
  });

  it('reads a gerund after a preposition or article as the act named, not a new telling', () => {
    const text = 'A judge was murdered in Valera on Monday. The minister condemned those responsible for the killing.';
    const attacks = run(text, { Valera: 'location' }).events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.date).toBe('2023-06-19');
  });

  it('counts one victim behind a long title with "and" in it', () => {
    const text =
      'The assassination of Senator and Liberal Party presidential candidate Luis Moro on 18 August shocked the country.';
    const { events } = run(text, { 'Luis Moro': 'person' });
    expect(events[0]?.killed).toEqual({ value: 1, qualifier: 'exact' });
  });
});

describe('names and words around an attack', () => {
  it('does not date an event by a date in quotation marks, which names a group', () => {
    const text =
      'BOMBS EXPLODED IN THE CAPITAL TODAY, AND A NEW GROUP CALLING ITSELF THE "4 MARCH" FRONT CLAIMED THEM.';
    const attack = run(text).events.find((e) => e.type === 'attack');
    expect(attack?.date).toBe('2023-06-20');
    const dated = run('BOMBS EXPLODED IN THE CAPITAL ON 4 MARCH, THE POLICE SAID.').events[0];
    expect(dated?.date).toBe('2023-03-04');
  });

  it('reads an attack "perpetrated" by unknown men as an incident, not a figure of speech', () => {
    const text =
      'Workers protested the attack perpetrated yesterday by unidentified individuals against the union office.';
    expect(run(text).events.map((e) => e.type)).toEqual(['attack']);
    expect(run('Workers protested the attack by the minister on the union.').events).toEqual([]);
  });
});

describe('"another" told of a thing, not of the event', () => {
  it('keeps a shooting by gunmen "in another car" with the ambush just told', () => {
    const text =
      'Rebels ambushed a police convoy near Tarvel on June 3. Gunmen in another car opened fire on the convoy.';
    expect(run(text, { Tarvel: 'location' }).events.filter((e) => e.type === 'attack')).toHaveLength(1);
  });

  it('still tells "another bomb exploded" apart from the first', () => {
    const text = 'A bomb exploded in Tarvel on June 3. Another bomb exploded near the market in Tarvel an hour later.';
    expect(run(text, { Tarvel: 'location' }).events.filter((e) => e.type === 'attack')).toHaveLength(2);
  });
});

describe('adjectives of the subject and distances', () => {
  it('reads "members of this new movement attacked" as an attack, and "will launch new attacks" as none', () => {
    const text = 'GROUPS FROM THIS NEW TERRORIST MOVEMENT ATTACKED THE CITY HALL OF THE TOWN TODAY.';
    expect(run(text).events.map((e) => e.type)).toEqual(['attack']);
    expect(run('THE GROUP SAID IT WILL LAUNCH NEW ATTACKS ON THE CITY HALL.').events).toEqual([]);
  });

  it('does not place an event in the city a distance is measured from', () => {
    const text = 'A judge was found murdered today in a village 300 km northwest of Ravel.';
    const { events } = run(text, { Ravel: 'location' });
    expect(events[0]?.location ?? null).toBeNull();
    const near = run('A judge was found murdered today in a village near Ravel.', { Ravel: 'location' });
    expect(near.nameOf(near.events[0]?.location)).toBe('Ravel');
  });
});
