import { describe, expect, it } from 'vitest';
import type { Entity } from './contract.js';
import { isUpperCaseText, normKey } from './entities/lexicon.js';
import { documentView, SpanKeys, spanKey, spanText } from './entities/recognise.js';
import { entitiesOfType, entityAt, entityNamed, extractEntities } from './entities.js';
import { extract } from './index.js';
import { analyse } from './nlp.js';

const run = (text: string): Entity[] => extractEntities(analyse(text), { id: 't', published: null, title: null });
const named = (ents: Entity[], name: string): Entity => {
  const e = entityNamed(ents, name);
  if (!e) throw new Error(`no entity named ${name} in ${ents.map((x) => x.name).join(', ')}`);
  return e;
};
const mentionTexts = (text: string, e: Entity) => e.mentions.map(([s, t]) => text.slice(s, t));

describe('extractEntities', () => {
  it('links an acronym in parentheses to the name before it, and its later uses', () => {
    const text =
      'The Patriotic Liberation Front (PLF) said it planted the device. Police believe the PLF has cells in two towns.';
    const ents = run(text);
    const plf = named(ents, 'Patriotic Liberation Front');
    expect(plf.type).toBe('armed_group');
    expect(plf.aliases).toContain('PLF');
    expect(mentionTexts(text, plf)).toEqual(['Patriotic Liberation Front', 'PLF', 'PLF']);
  });

  it('merges names joined by "also known as"', () => {
    const text = 'The Red Hand Brigade, also known as the Crimson Army, denied any role.';
    const ents = run(text);
    const brigade = named(ents, 'Red Hand Brigade');
    expect(entityNamed(ents, 'Crimson Army')).toBe(brigade);
    expect(brigade.mentions).toHaveLength(2);
  });

  it('knows armed groups by their listed aliases', () => {
    const text = 'Daesh fighters retreated. Later the Islamic State issued a statement, and ISKP did too.';
    const ents = run(text);
    const is = named(ents, 'Islamic State');
    expect(is.type).toBe('armed_group');
    expect(mentionTexts(text, is)).toEqual(['Daesh', 'Islamic State']);
    const khorasan = named(ents, 'ISKP');
    expect(khorasan).not.toBe(is);
    expect(khorasan.aliases).toContain('Islamic State Khorasan Province');
  });

  it('gives mention spans that spell a name, alias or surname of their entity', () => {
    const text =
      'Foreign Minister Sofia Marchetti met Reuters reporters in Rome. Marchetti said Italy would help Iraq. ' +
      "Italy's Ministry of Defence agreed.";
    const ents = run(text);
    for (const e of ents) {
      const names = new Set([e.name, ...e.aliases].map(normKey));
      for (const m of mentionTexts(text, e)) {
        const fits = names.has(normKey(m)) || [...names].some((n) => n.split(' ').includes(normKey(m)));
        expect(fits, `${m} for ${e.name}`).toBe(true);
      }
    }
    const minister = named(ents, 'Sofia Marchetti');
    expect(minister.type).toBe('person');
    expect(mentionTexts(text, minister)).toEqual(['Sofia Marchetti', 'Marchetti']);
    expect(named(ents, 'Reuters').type).toBe('media');
    const ministry = named(ents, 'Ministry of Defence');
    expect(ministry.type).toBe('organization');
    expect(ministry.aliases).toContain("Italy's Ministry of Defence");
  });

  it('reads "Iranian authorities" as the country, but not every demonym as one of its names', () => {
    const text = 'Iranian authorities detained two men. Russian officials were not told. A Russian tanker sailed.';
    const ents = run(text);
    const iran = named(ents, 'Iran');
    expect(iran.type).toBe('country');
    expect(iran.aliases).toContain('Iranian authorities');
    expect(iran.geo?.country).toBe('IR');
    const russia = named(ents, 'Russia');
    // "Russian" refers to the country (a mention) but is no name of it (not an alias)
    expect(mentionTexts(text, russia)).toEqual(['Russian officials', 'Russian']);
    expect(russia.aliases).toContain('Russian officials');
    expect(russia.aliases).not.toContain('Russian');
  });

  it('geocodes a city with its country, choosing the homonym in a country the text names', () => {
    const text = 'A bomb exploded at a market in Peshawar on Friday.';
    const peshawar = named(run(text), 'Peshawar');
    expect(peshawar.type).toBe('location');
    expect(peshawar.geo?.country).toBe('PK');
    const text2 = 'Gunmen attacked a bus near Valencia, Venezuela.';
    expect(named(run(text2), 'Valencia').geo?.country).toBe('VE');
    const text3 = 'Gunmen attacked a bus near Valencia, Spain.';
    expect(named(run(text3), 'Valencia').geo?.country).toBe('ES');
  });

  it('types capitals used for their governments as locations and keeps regions apart from their city', () => {
    const text = 'Kyiv asked Warsaw for help after strikes in the Kharkiv region and in Kharkiv itself.';
    const ents = run(text);
    expect(named(ents, 'Kyiv').type).toBe('location');
    expect(named(ents, 'Warsaw').type).toBe('location');
    const region = named(ents, 'Kharkiv Region');
    const city = named(ents, 'Kharkiv');
    expect(region).not.toBe(city);
    expect(region.type).toBe('location');
  });

  it('handles upper-case wire text with lists and head words', () => {
    const text =
      'SAN SALVADOR, 5 MAY 89 -- GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED A POST\n' +
      'IN USULUTAN DEPARTMENT. THE ATLACATL BATTALION REPORTED TWO SOLDIERS WOUNDED.';
    const ents = run(text);
    const fmln = named(ents, 'FMLN');
    expect(fmln.type).toBe('armed_group');
    expect(named(ents, 'San Salvador').geo?.country).toBe('SV');
    expect(named(ents, 'Usulutan Department').type).toBe('location');
    expect(named(ents, 'Atlacatl Battalion').type).toBe('organization');
    // ordinary upper-case words are not names
    expect(entityNamed(ents, 'POST')).toBeUndefined();
    expect(entityNamed(ents, 'GUERRILLAS')).toBeUndefined();
  });

  it('reads a lone surname as the person, not a homonym town', () => {
    const text = 'Governor Ann Richmond visited the site. Richmond said the state would pay for repairs.';
    const ents = run(text);
    const governor = named(ents, 'Ann Richmond');
    expect(governor.type).toBe('person');
    expect(mentionTexts(text, governor)).toEqual(['Ann Richmond', 'Richmond']);
    expect(ents.filter((e) => e.type === 'location')).toEqual([]);
  });

  it('takes Georgia for the US state in a text about the United States, and for the country otherwise', () => {
    const us = run('Voters in Georgia and Ohio will decide the race, the U.S. networks said.');
    expect(named(us, 'Georgia').type).toBe('location');
    const caucasus = run('Georgia and Armenia signed a border deal in Tbilisi.');
    expect(named(caucasus, 'Georgia').type).toBe('country');
  });

  it('takes a place introduced as "the town of X" even when no gazetteer knows it', () => {
    const text = 'Rebels burned crops near the town of Quebrada Honda on Sunday.';
    const place = named(run(text), 'Quebrada Honda');
    expect(place.type).toBe('location');
  });

  it('keeps an ambiguous short name only when the full name confirms it', () => {
    const alone = run('The Post reported the deal on Friday.');
    expect(entitiesOfType(alone, 'media')).toEqual([]);
    const text = 'The Washington Post first reported the deal. The Post said two officials confirmed it.';
    const post = named(run(text), 'The Washington Post');
    expect(post.type).toBe('media');
    expect(post.mentions).toHaveLength(2);
  });

  it('does not mistake a sentence with demonyms for a headline', () => {
    const ents = run('Russian and Iranian officials met American envoys in Vienna, said Omar Haddad.');
    expect(named(ents, 'Omar Haddad').type).toBe('person');
    expect(named(ents, 'Vienna').geo?.country).toBe('AT');
  });

  it('finds nothing in sentences without names', () => {
    expect(run('However, on Monday the talks resumed in March as planned.')).toEqual([]);
    expect(run('Nobody was hurt. Police said the fire was an accident.')).toEqual([]);
  });

  it('does not turn a title-case headline into names', () => {
    const ents = run('Storm Warnings Ignored As Bad Weather Hits The Coast\nThe mayor said the alert came late.');
    expect(ents).toEqual([]);
  });
});

describe('entity helpers', () => {
  const text = 'Ukraine said Moscow had fired missiles at Odesa.';
  const ents = run(text);

  it('entityAt finds the entity whose mention overlaps a span', () => {
    const at = text.indexOf('Odesa');
    expect(entityAt(ents, at, at + 5)?.name).toBe('Odesa');
    expect(entityAt(ents, at + 1, at + 1)?.name).toBe('Odesa');
    expect(entityAt(ents, text.indexOf('fired'), text.indexOf('fired') + 5)).toBeUndefined();
  });

  it('entitiesOfType filters by type in document order', () => {
    expect(entitiesOfType(ents, 'country').map((e) => e.name)).toEqual(['Ukraine']);
    expect(entitiesOfType(ents, 'location').map((e) => e.name)).toEqual(['Moscow', 'Odesa']);
  });
});

describe('places by their bare names and countries by their demonyms', () => {
  it('gives an administrative division its bare name as an alias', () => {
    const ents = run('Rebels burned a bus in Ayacucho Department on Monday.');
    const dept = named(ents, 'Ayacucho Department');
    expect(dept.type).toBe('location');
    expect(dept.aliases).toContain('Ayacucho');
  });

  it('does the same in upper-case wire copy', () => {
    const text = 'LIMA, 3 JAN 90 -- GUERRILLAS BURNED A BUS IN JUNIN DEPARTMENT YESTERDAY, THE POLICE SAID.';
    const dept = named(run(text), 'Junin Department');
    expect(dept.aliases).toContain('Junin');
  });

  it('leaves the bare name to another place the text names so', () => {
    const ents = run('Police in Moscow said the blast in Moscow Region killed two.');
    const region = named(ents, 'Moscow Region');
    expect(region.aliases).not.toContain('Moscow');
    expect(entityNamed(ents, 'Moscow')?.name).toBe('Moscow');
  });

  it('makes a demonym a mention of its country, not one of its names', () => {
    const text = 'Gunmen shot a Salvadoran judge outside his home.';
    const ents = run(text);
    const country = named(ents, 'El Salvador');
    expect(country.type).toBe('country');
    expect(mentionTexts(text, country)).toEqual(['Salvadoran']);
    expect(country.aliases).not.toContain('Salvadoran');
  });

  it('counts plural demonyms and keeps regional adjectives apart', () => {
    const text = 'Two Peruvians were hurt. Latin American leaders condemned the attack.';
    const ents = run(text);
    expect(mentionTexts(text, named(ents, 'Peru'))).toEqual(['Peruvians']);
    expect(entityNamed(ents, 'United States')).toBeUndefined();
  });

  it('lets a longer name containing a demonym keep it', () => {
    const text = 'North Korean troops crossed the line.';
    const countries = entitiesOfType(run(text), 'country');
    expect(countries.map((e) => e.name)).toEqual(['North Korea']);
    expect(mentionTexts(text, countries[0]!)).toEqual(['North Korean']);
  });
});

describe('event places from these entities (wire copy)', () => {
  const place = (text: string) => {
    const out = extract({ id: 't', text });
    const ev = out.events.find((e) => e.type === 'attack');
    return out.entities.find((e) => e.id === ev?.location);
  };

  it('places an event told without a place in the country a demonym names, not the dateline city', () => {
    const text = [
      '   LIMA, 3 JAN 90 (RADIO SUR) -- [TEXT] UNIDENTIFIED GUNMEN KILLED A',
      'RETIRED PERUVIAN JUDGE YESTERDAY AS HE LEFT HIS HOME, THE POLICE SAID.',
      '',
      '   THE JUDGE HAD RECEIVED THREATS FROM UNKNOWN PERSONS FOR SEVERAL',
      'MONTHS, ACCORDING TO HIS FAMILY.',
    ].join('\n');
    expect(place(text)?.name).toBe('Peru');
  });

  it('names the place of an event in a department by the department, which answers to its bare name', () => {
    const text = [
      '   LIMA, 3 JAN 90 (RADIO SUR) -- [TEXT] GUERRILLAS KILLED TWO PEASANTS',
      'YESTERDAY IN JUNIN DEPARTMENT, THE POLICE SAID.',
      '',
      '   THE VICTIMS HAD RECEIVED THREATS FOR SEVERAL MONTHS, ACCORDING TO',
      'THEIR FAMILIES.',
    ].join('\n');
    const where = place(text);
    expect(where?.name).toBe('Junin Department');
    expect(where?.aliases).toContain('Junin');
  });

  it('reads "the capital" in a report from a national capital as that city, and "the Honduran capital" as Tegucigalpa', () => {
    const text = [
      '   SAN SALVADOR, 3 JAN 90 (RADIO SUR) -- [TEXT] GUERRILLAS ATTACKED A',
      'POLICE PATROL IN THE CAPITAL YESTERDAY, THE ARMY SAID.  A BOMB ALSO',
      'EXPLODED IN THE HONDURAN CAPITAL.  SANTA ANA, CAPITAL OF SANTA ANA',
      'DEPARTMENT, WAS CALM.',
    ].join('\n');
    const ents = run(text);
    const city = named(ents, 'San Salvador');
    expect(mentionTexts(text, city)).toEqual(['SAN SALVADOR', 'CAPITAL']);
    expect(city.aliases).not.toContain('CAPITAL');
    expect(mentionTexts(text, named(ents, 'Tegucigalpa'))).toEqual(['HONDURAN CAPITAL']);
    expect(place(text)?.name).toBe('San Salvador');
  });

  it('does not read "the capital" as the dateline city when that is no national capital', () => {
    const text = 'OSORNO, 3 JAN 90 -- [TEXT] A BOMB EXPLODED IN THE CAPITAL YESTERDAY, THE POLICE SAID.';
    const ents = run(text);
    for (const e of ents) expect(mentionTexts(text, e)).not.toContain('CAPITAL');
  });
});

describe('entity phenomena, each with the rule --explain names', () => {
  const rule = (e: Entity) => e.explanation?.rule;
  const detail = (e: Entity) => e.explanation?.detail ?? '';

  it('resolves a demonym to its country without making it a name', () => {
    const text = 'A Russian court jailed the blogger on Friday.';
    const russia = named(run(text), 'Russia');
    expect(russia.type).toBe('country');
    expect(russia.geo?.country).toBe('RU');
    expect(mentionTexts(text, russia)).toEqual(['Russian']);
    expect(rule(russia)).toBe('demonym');
    expect(detail(russia)).toContain('"Russian" refers to Russia');
    const officials = named(run('Russian officials denied it.'), 'Russia');
    expect(rule(officials)).toBe('demonym-state');
  });

  it('knows a person by a first name from the many-language lists, in mixed and in upper-case text', () => {
    const text = 'The blast hit the shop of Ximena Oquendo. Bohdan Tkachuk and Abelardo Riascos were freed later.';
    const ents = run(text);
    for (const name of ['Ximena Oquendo', 'Bohdan Tkachuk', 'Abelardo Riascos']) {
      const person = named(ents, name);
      expect(person.type).toBe('person');
      expect(rule(person)).toBe('given-name');
    }
    const wire = run('LIMA, 3 MAY 89 -- A BOMB WENT OFF WHERE XIMENA OQUENDO LIVES.');
    expect(named(wire, 'Ximena Oquendo').type).toBe('person');
  });

  it('takes "Congress" in a report filed from another capital for that country\'s own, not the US one', () => {
    const wire = run('LIMA, 9 MAY 89 -- [TEXT] CONGRESS MET TODAY AFTER THE ATTACK ON THE DEPUTY.');
    const own = named(wire, 'Congress');
    expect(own.aliases).toEqual([]);
    expect(rule(own)).toBe('national-institution');
    // the same word in a report with no capital's dateline, even one about another country, is the listed one
    const us = named(run('Iran rejected the sanctions bill that Congress passed on Friday.'), 'Congress');
    expect(us.aliases).toContain('U.S. Congress');
    // and so is a US institution named with its country in a report filed from elsewhere
    const prefixed = named(
      run('LIMA, 9 MAY 89 -- THE U.S. CONGRESS WILL DEBATE AID. CONGRESS MEETS IN JUNE.'),
      'Congress',
    );
    expect(prefixed.aliases).toContain('U.S. Congress');
  });

  it('reads a dateline that gives the city its country in parentheses, without taking one for the other', () => {
    const text = 'SANTA TECLA (EL SALVADOR), 4 FEB 90 -- [TEXT] A BOMB WENT OFF NEAR THE CITY HALL.';
    const ents = run(text);
    const city = named(ents, 'Santa Tecla');
    expect(city.type).toBe('location');
    expect(city.geo?.country).toBe('SV');
    expect(city.aliases).not.toContain('EL SALVADOR');
    expect(named(ents, 'El Salvador').type).toBe('country');
  });

  it('makes a place, never a person, of a name opening with "San", and no shorter town of it', () => {
    const ents = run('Rebels attacked the town hall of San Juan de Lurigancho. SAN PEDRO DE LLOC WAS QUIET.');
    expect(ents.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
    // after "of the town hall" it is no place we can vouch for; after "in" it is a place, though no list has it
    const wire = run('LIMA, 3 MAR 90 -- THE KIDNAPPING TOOK PLACE IN SAN LUIS DE LA REINA ON SUNDAY.');
    const town = named(wire, 'San Luis De La Reina');
    expect(town.type).toBe('location');
    expect(rule(town)).toBe('saint-place');
    expect(entityNamed(wire, 'San Luis')).toBeUndefined();
    expect(named(run('The mayor, Juan Lurigancho, spoke.'), 'Juan Lurigancho').type).toBe('person');
  });

  it('makes no person of a first name before an ordinary word or a head word', () => {
    const ents = run('Critics of Clinton Cash met at the Drake Hotel near Hudson Valley before the vote.');
    for (const name of ['Clinton Cash', 'Hudson Valley']) expect(entityNamed(ents, name)?.type).not.toBe('person');
    expect(entityNamed(ents, 'Drake Hotel')?.type).toBe('facility');
  });

  it('learns an alias from parentheses and from "also known as", and says so', () => {
    const paren = named(run('The Patriotic Liberation Front (PLF) said it planted the device.'), 'PLF');
    expect(paren.name).toBe('Patriotic Liberation Front');
    expect(detail(paren)).toContain('first mention "Patriotic Liberation Front"');
    expect(detail(paren)).toContain('learnt alias "PLF" from the parentheses');
    const aka = named(run('The Red Hand Brigade, also known as the Crimson Army, denied any role.'), 'Crimson Army');
    expect(aka.name).toBe('Red Hand Brigade');
    expect(detail(aka)).toContain('learnt alias "Crimson Army" from "also known as"');
  });

  it('says a name used before the text gives it was found as a learnt alias or a repeated name', () => {
    const text =
      'PLF bombing kills two\nThe Patriotic Liberation Front (PLF) said it planted the device. Later the PLF said more would follow.';
    const plf = named(run(text), 'PLF');
    expect(mentionTexts(text, plf)).toEqual(['PLF', 'Patriotic Liberation Front', 'PLF', 'PLF']);
    expect(rule(plf)).toBe('learnt-alias');
    expect(detail(plf)).toContain('first mention "PLF"');
    expect(detail(plf)).toContain('named so by head-word:armed-group at "Patriotic Liberation Front"');
    const senator = named(
      run('Police said Tolland was arrested. Later, Senator Ewa Tolland denied it.'),
      'Ewa Tolland',
    );
    expect(senator.name).toBe('Ewa Tolland');
    expect(rule(senator)).toBe('name-repeat');
    expect(detail(senator)).toContain('named so by title-person');
  });

  it('knows a listed group under a listed alias, and its province by the acronym after it', () => {
    const text = 'Daesh fighters retreated. The Islamic State Khorasan Province (ISKP) then claimed the raid.';
    const ents = run(text);
    const is = named(ents, 'Daesh');
    expect(is.name).toBe('Islamic State');
    expect(rule(is)).toBe('gazetteer:armed-group');
    expect(detail(is)).toContain('listed alias of Islamic State');
    const khorasan = named(ents, 'ISKP');
    expect(khorasan).not.toBe(is);
    expect(khorasan.type).toBe('armed_group');
    expect(mentionTexts(text, khorasan)).toEqual(['Islamic State Khorasan Province', 'ISKP']);
    expect(rule(khorasan)).toBe('gazetteer:armed-group');
  });

  it('takes the name after a title for a person, with the title left out', () => {
    const ents = run('Interior Minister Lucia Ferraro spoke first, and then said spokesman Tariq Osmani.');
    const minister = named(ents, 'Lucia Ferraro');
    expect(minister.type).toBe('person');
    expect(rule(minister)).toBe('title-person');
    expect(detail(minister)).toContain('after the title "Interior Minister"');
    const spokesman = named(ents, 'Tariq Osmani');
    expect(rule(spokesman)).toBe('title-person');
    expect(detail(spokesman)).toContain('"spokesman"');
    expect(rule(named(run('Mr. Hale nodded.'), 'Hale'))).toBe('honorific-person');
  });

  it('geocodes a region by a big town of its name, not by a village abroad when the text names no country', () => {
    const moscow = named(run('A drone fell in the Moscow region on Sunday.'), 'Moscow Region');
    expect(moscow.geo?.country).toBe('RU');
    expect(rule(moscow)).toBe('region-head');
    const borno = named(run('Fighters abducted a pastor in Borno State on Sunday.'), 'Borno State');
    expect(borno.type).toBe('location');
    expect(borno.geo ?? null).toBeNull();
  });

  it('reads upper-case wire copy with a MUC dateline, geocoding its places', () => {
    const text =
      'LIMA, 26 APR 89 (EFE) -- [TEXT] UNIDENTIFIED TERRORISTS TODAY DYNAMITED A BANK BRANCH IN HUANCAYO,\n' +
      'JUNIN DEPARTMENT. YESTERDAY SHINING PATH GUERRILLAS KIDNAPPED MAYOR JORGE QUISPE IN THE TOWN OF JAUJA.';
    const ents = run(text);
    const lima = named(ents, 'Lima');
    expect(lima.type).toBe('location');
    expect(lima.geo?.country).toBe('PE');
    expect(lima.geo?.lat).toBeCloseTo(-12.05, 1);
    expect(lima.geo?.lon).toBeCloseTo(-77.03, 1);
    expect(rule(lima)).toBe('gazetteer:city');
    expect(detail(lima)).toContain('a dateline');
    expect(named(ents, 'EFE').type).toBe('media');
    const huancayo = named(ents, 'Huancayo');
    expect(huancayo.geo?.country).toBe('PE');
    expect(detail(huancayo)).toContain('after "IN"');
    expect(rule(named(ents, 'Junin Department'))).toBe('region-head');
    const path = named(ents, 'Shining Path');
    expect(path.type).toBe('armed_group');
    expect(path.aliases).toContain('Sendero Luminoso');
    const mayor = named(ents, 'Jorge Quispe');
    expect(mayor.type).toBe('person');
    expect(rule(mayor)).toBe('given-name');
    expect(named(ents, 'Jauja').geo?.country).toBe('PE');
    // nothing in it is taken for a name for being in capitals
    expect(ents.map(rule)).not.toContain('capitalised-name');
  });

  it('geocodes a town to its coordinates and says which GeoNames place it chose', () => {
    const mombasa = named(run('Police arrested three men in Mombasa on Tuesday.'), 'Mombasa');
    expect(mombasa.geo?.lat).toBeCloseTo(-4.05, 1);
    expect(mombasa.geo?.lon).toBeCloseTo(39.66, 1);
    expect(mombasa.geo?.country).toBe('KE');
    expect(detail(mombasa)).toMatch(/GeoNames Mombasa, KE \(population \d+/);
  });

  it('names a rule for every entity, and keeps the rule of the first mention when mentions merge', () => {
    const text = 'The Youth Movement Group, also known as al-Shabaab, met the Harbour Workers Union in Gdansk.';
    const ents = run(text);
    for (const e of ents) expect(rule(e), e.name).toMatch(/^[a-z]+(-[a-z]+)*(:[a-z]+(-[a-z]+)*)?$/);
    expect(rule(named(ents, 'Harbour Workers Union'))).toBe('head-word:organisation');
    expect(rule(named(ents, 'Gdansk'))).toBe('gazetteer:city');
    // the listed name and type win the merge, the explanation still names what found the first mention
    const group = named(ents, 'Youth Movement Group');
    expect(group.name).toBe('al-Shabaab');
    expect(group.type).toBe('armed_group');
    expect(rule(group)).toBe('head-word:organisation');
    expect(detail(group)).toContain('first mention "Youth Movement Group"');
    expect(detail(group)).toContain('learnt alias "al-Shabaab" from "also known as"');
  });
});

describe('spanKey', () => {
  it('gives every phrase the normal form of its text, built token by token or not', () => {
    const texts = [
      "The U.S. envoy met Mr. Okafor's aides in Port-Gentil, then the Minister’s staff (AB-12) at 4 p.m.",
      "REBELS RAIDED THE TOWN OF SAN LUIS'S MARKET -- SOURCES SAID. THE ARMY'S 3RD BRIGADE.",
      'São Tomé’s  leaders\nand the  Café Niño group; ABCdef ... x_y "quoted" & Co.',
    ];
    for (const text of texts) {
      const a = analyse(text);
      const v = documentView(a, isUpperCaseText(text));
      for (let i = 0; i < a.tokens.length; i++) {
        const keys = new SpanKeys(v, i);
        for (let n = 1; n <= 8 && i + n <= a.tokens.length; n++) {
          const want = normKey(spanText(v, i, i + n));
          expect(keys.extend()).toBe(want);
          expect(spanKey(v, i, i + n)).toBe(want);
        }
      }
    }
  });
});
