import { describe, expect, it } from 'vitest';
import { build } from '../../test/fuse/build.js';
import type { Claim } from '../extract/contract.js';
import { extract } from '../extract/index.js';
import { contradictionsInDocument, mayConflict, propositionOf, sameProposition, sourceKeyOf } from './claims.js';

const claim = (content: string, over: Partial<Claim> = {}): Claim => ({
  id: 'c',
  speaker: { text: 'police', entity: null, anonymous: false },
  cue: { text: 'said', span: [0, 4] },
  content: { text: content, span: [10, 10 + content.length] },
  quote: 'indirect',
  polarity: 'affirm',
  hedged: false,
  ...over,
});

describe('propositions', () => {
  it('strips negation into the polarity and stems the rest', () => {
    const a = propositionOf(claim('the group did not kill the hostages'), [], null);
    const b = propositionOf(claim('the group killed the hostages'), [], null);
    expect(a.polarity).toBe('deny');
    expect(b.polarity).toBe('affirm');
    expect(a.tokens).toEqual(b.tokens);
    expect(sameProposition(a, b)).toBe(true);
    // a denial of a negative affirms
    expect(propositionOf(claim('it was not involved', { polarity: 'deny' }), [], null).polarity).toBe('affirm');
  });

  it('replaces entity mentions with canonical ids and lifts places and numbers into slots', () => {
    const text = 'the four men planned to flee to Ukraine';
    const c = claim(text, { content: { text, span: [100, 100 + text.length] } });
    const at = 100 + text.indexOf('Ukraine');
    const p = propositionOf(c, [{ start: at, end: at + 7, entity: 'E9', type: 'country' }], null);
    expect(p.tokens).toContain('@E9');
    expect(p.places).toEqual(['@E9']);
    expect(p.numbers).toEqual([4]);
    expect(p.frame).not.toContain('@E9');
    expect(p.frame).toEqual(expect.arrayContaining(['plan', 'flee']));
  });

  it('reads responsibility from the cue and makes the speaker the subject of its own denial', () => {
    const blame = propositionOf(
      claim('the Front for the attack', { cue: { text: 'blamed', span: [0, 6] } }),
      [{ start: 14, end: 19, entity: 'E1', type: 'armed_group' }],
      null,
    );
    expect(blame.responsibility).toBe(true);
    expect(blame.actors).toEqual(['@E1']);
    const denial = propositionOf(claim('carrying out the attack', { polarity: 'deny' }), [], 'E1');
    expect(denial.polarity).toBe('deny');
    expect(denial.actors).toEqual(['@E1']);
    expect(sameProposition(blame, denial)).toBe(true);
  });
});

describe('pairs that may conflict', () => {
  const base = propositionOf(claim('the convoy was stopped at the bridge'), [], null);
  const withSlots = (over: Partial<typeof base>) => ({ ...base, ...over });

  it('needs two shared words, or an involvement or a destination named on both sides', () => {
    expect(mayConflict(base, base, 2)).toBe(true);
    expect(mayConflict(base, base, 1)).toBe(false);
    expect(mayConflict(withSlots({ involved: ['@e1'] }), withSlots({ involved: ['@e2'] }), 0)).toBe(true);
    expect(mayConflict(withSlots({ involved: ['@e1'] }), base, 1)).toBe(false);
    expect(mayConflict(withSlots({ destinations: ['@e3'] }), withSlots({ destinations: ['@e4'] }), 0)).toBe(true);
    // an empty list names nothing
    expect(mayConflict(withSlots({ destinations: [] }), withSlots({ destinations: ['@e4'] }), 1)).toBe(false);
  });
});

describe('sources', () => {
  it('a named speaker, else the wire, else the document', () => {
    expect(sourceKeyOf(claim('x'), 'd1', 'E4')).toBe('speaker:E4');
    expect(sourceKeyOf(claim('x', { speaker: { text: 'Mr Said', entity: null, anonymous: false } }), 'd1', null)).toBe(
      'speaker:mr said',
    );
    const anon = { text: 'an official', entity: null, anonymous: true };
    expect(sourceKeyOf(claim('x', { speaker: anon, via: ['Reuters'] }), 'd1', null)).toBe('via:reuters');
    expect(
      sourceKeyOf(
        claim('x', { speaker: { text: 'Reuters', entity: null, anonymous: false }, via: ['Reuters'] }),
        'd2',
        null,
      ),
    ).toBe('via:reuters');
    expect(sourceKeyOf(claim('x', { speaker: anon }), 'd1', null)).toBe('anonymous:d1');
    expect(sourceKeyOf(claim('y', { speaker: { ...anon, text: 'another official' } }), 'd1', null)).toBe(
      'anonymous:d1',
    );
  });
});

describe('contradictions in one document', () => {
  const text =
    'Investigators said the four men had planned to flee to Ukraine. A border official said the four men had planned to flee to Belarus. ' +
    'The ministry said 40 people were killed. Rescuers said 143 people were killed. ' +
    'Police said the Red Dawn Brigade carried out the bombing. The Red Dawn Brigade denied carrying out the bombing. ' +
    'Police said the roads were closed.';
  const x = build('doc', text, '2031-01-01', {
    entities: [
      { id: 'e1', name: 'Ukraine', type: 'country' },
      { id: 'e2', name: 'Belarus', type: 'country' },
      { id: 'e3', name: 'Red Dawn Brigade', type: 'armed_group' },
    ],
    claims: [
      { id: 'c1', speaker: 'Investigators', cue: 'said', content: 'the four men had planned to flee to Ukraine' },
      { id: 'c2', speaker: 'A border official', cue: 'said', content: 'the four men had planned to flee to Belarus' },
      { id: 'c3', speaker: 'The ministry', cue: 'said', content: '40 people were killed' },
      { id: 'c4', speaker: 'Rescuers', cue: 'said', content: '143 people were killed' },
      { id: 'c5', speaker: 'Police', cue: 'said', content: 'the Red Dawn Brigade carried out the bombing' },
      {
        id: 'c6',
        speaker: 'The Red Dawn Brigade',
        entity: 'e3',
        cue: 'denied',
        content: 'carrying out the bombing',
        polarity: 'deny',
      },
      { id: 'c7', speaker: 'Police', cue: 'said', content: 'the roads were closed' },
    ],
  });
  const found = contradictionsInDocument(x);

  it('finds exclusive places, exclusive figures and a denial, with reasons', () => {
    const pairs = found.map((c) => c.claims.join('-')).sort();
    expect(pairs).toEqual(['c1-c2', 'c3-c4', 'c5-c6']);
    const reason = (p: string) => found.find((c) => c.claims.join('-') === p)?.reason ?? '';
    expect(reason('c1-c2')).toMatch(/Ukraine \(Investigators\) vs Belarus \(A border official\)/);
    expect(reason('c3-c4')).toMatch(/40 \(The ministry\) vs 143 \(Rescuers\)/);
    expect(reason('c5-c6')).toMatch(/^The Red Dawn Brigade denies what Police asserts/);
  });

  it('leaves compatible statements alone', () => {
    expect(found.some((c) => c.claims.includes('c7'))).toBe(false);
    const calm = build('calm', 'Police said 40 people were killed. Doctors said 40 people were killed.', null, {
      claims: [
        { id: 'a', speaker: 'Police', cue: 'said', content: '40 people were killed' },
        { id: 'b', speaker: 'Doctors', cue: 'said', content: '40 people were killed' },
      ],
    });
    expect(contradictionsInDocument(calm)).toEqual([]);
    // a denial too thin to say what it denies ("rejected this") contradicts nothing
    const thin = build(
      'thin',
      'Marchers chanted slogans against the Sable Order. The Sable Order rejected this.',
      null,
      {
        entities: [{ id: 'e1', name: 'Sable Order', type: 'armed_group' }],
        claims: [
          { id: 'a', speaker: 'Marchers', cue: 'chanted', content: 'slogans against the Sable Order' },
          { id: 'b', speaker: 'The Sable Order', entity: 'e1', cue: 'rejected', content: 'this', polarity: 'deny' },
        ],
      },
    );
    expect(contradictionsInDocument(thin)).toEqual([]);
  });
});

describe('contradictions from the extractor', () => {
  const text =
    'The regional governor said the gunmen fled to Nigeria, where a safe house had been prepared for them. ' +
    'A police commander later said the attackers had tried to cross the border into Chad. ' +
    "The foreign ministry in Abuja denied Nigeria's involvement in the raid.";
  const pairs = (x: ReturnType<typeof extract>) => {
    const content = (id: string) => x.claims.find((c) => c.id === id)?.content.text ?? id;
    return (x.contradictions ?? []).map((c) => [content(c.claims[0]), content(c.claims[1]), c.explanation?.rule]);
  };

  it('are in the contradictions field, with their rule only when explanations are asked for', () => {
    const explained = extract({ id: 'x', text, published: '2031-02-03' }, { explain: true });
    expect(pairs(explained)).toEqual([
      [
        'the gunmen fled to Nigeria, where a safe house had been prepared for them',
        'the attackers had tried to cross the border into Chad',
        'exclusive-values:destination',
      ],
      [
        'the gunmen fled to Nigeria, where a safe house had been prepared for them',
        "Nigeria's involvement in the raid",
        'denial-vs-assertion:involvement',
      ],
    ]);
    const plain = extract({ id: 'x', text, published: '2031-02-03' });
    expect(plain.contradictions?.map((c) => c.claims)).toEqual(explained.contradictions?.map((c) => c.claims));
    expect(plain.contradictions?.some((c) => 'explanation' in c)).toBe(false);
  });
});

describe('exclusive figures and places are about incidents', () => {
  it('sets two places of one bombing against each other, but not two poll figures or two venues', () => {
    const t =
      'Police said the bomb exploded in Ruvu. A witness said the bomb exploded in Mbeya. ' +
      'One survey said 54 percent of farmers back the plan. Another survey said 61 percent of farmers back the plan. ' +
      'Aides said the candidates will debate in Dodoma. Rivals said the candidates will debate in Arusha.';
    const x = build('venues', t, null, {
      entities: [
        { id: 'e1', name: 'Ruvu', type: 'location' },
        { id: 'e2', name: 'Mbeya', type: 'location' },
        { id: 'e3', name: 'Dodoma', type: 'location' },
        { id: 'e4', name: 'Arusha', type: 'location' },
      ],
      claims: [
        { id: 'a', speaker: 'Police', cue: 'said', content: 'the bomb exploded in Ruvu' },
        { id: 'b', speaker: 'A witness', cue: 'said', content: 'the bomb exploded in Mbeya' },
        { id: 'c', speaker: 'One survey', cue: 'said', content: '54 percent of farmers back the plan' },
        { id: 'd', speaker: 'Another survey', cue: 'said', content: '61 percent of farmers back the plan' },
        { id: 'e', speaker: 'Aides', cue: 'said', content: 'the candidates will debate in Dodoma' },
        { id: 'f', speaker: 'Rivals', cue: 'said', content: 'the candidates will debate in Arusha' },
      ],
    });
    expect(contradictionsInDocument(x).map((c) => `${c.claims.join('-')} ${c.explanation?.rule}`)).toEqual([
      'a-b exclusive-values:place',
    ]);
  });
});

describe('destinations of flight and involvement', () => {
  const rules = (x: ReturnType<typeof build>) =>
    contradictionsInDocument(x)
      .map((c) => `${c.claims.join('-')} ${c.explanation?.rule}`)
      .sort();

  const text =
    'The interior minister said the three gunmen had tried to flee to Armenia, where a safe house had been prepared for them. ' +
    'A day later the border guard commander said the gunmen were caught trying to cross the frontier into Georgia. ' +
    "The foreign ministry in Yerevan denied Armenia's involvement in the raid. " +
    'On Friday the interior minister repeated that the gunmen tried to flee to Armenia.';
  const x = build('flight', text, '2031-05-02', {
    entities: [
      { id: 'e1', name: 'Armenia', type: 'country' },
      { id: 'e2', name: 'Georgia', type: 'country' },
      { id: 'e3', name: 'Yerevan', type: 'location' },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'The interior minister',
        cue: 'said',
        content: 'the three gunmen had tried to flee to Armenia, where a safe house had been prepared for them',
      },
      {
        id: 'c2',
        speaker: 'the border guard commander',
        cue: 'said',
        content: 'the gunmen were caught trying to cross the frontier into Georgia',
      },
      {
        id: 'c3',
        speaker: 'The foreign ministry in Yerevan',
        cue: 'denied',
        content: "Armenia's involvement in the raid",
        polarity: 'deny',
      },
      { id: 'c4', speaker: 'the interior minister', cue: 'repeated', content: 'the gunmen tried to flee to Armenia' },
    ],
  });
  const found = contradictionsInDocument(x);

  it('sets two destinations told with different verbs against each other, and a denial against an implied involvement', () => {
    expect(rules(x)).toEqual([
      'c1-c2 exclusive-values:destination',
      'c1-c3 denial-vs-assertion:involvement',
      'c2-c4 exclusive-values:destination',
    ]);
    const by = (p: string) => found.find((c) => c.claims.join('-') === p);
    expect(by('c1-c2')?.reason).toBe(
      'mutually exclusive destinations of flight: Armenia (The interior minister) vs Georgia (the border guard commander)',
    );
    expect(by('c1-c3')?.reason).toMatch(
      /^The foreign ministry in Yerevan denies the involvement of Armenia that The interior minister implies/,
    );
    expect(by('c1-c3')?.explanation).toMatchObject({
      stage: 'contradictions',
      detail: expect.stringMatching(/implied/),
    });
  });

  it('needs help prepared at the destination to read involvement into a flight', () => {
    // c4 only says where the gunmen went: the denial of Armenia's involvement does not touch it
    expect(found.some((c) => c.claims.includes('c3') && c.claims.includes('c4'))).toBe(false);
    // and a speaker repeating the same destination does not contradict itself
    expect(found.some((c) => c.claims.join('-') === 'c1-c4')).toBe(false);
  });

  it('sets an explicit "was behind" against the accused\'s own denial of involvement', () => {
    const t = 'Prosecutors said the Sable Order was behind the arson. The Sable Order denied any involvement.';
    const y = build('sable', t, null, {
      entities: [{ id: 'e1', name: 'Sable Order', type: 'armed_group' }],
      claims: [
        { id: 'a', speaker: 'Prosecutors', cue: 'said', content: 'the Sable Order was behind the arson' },
        {
          id: 'b',
          speaker: 'The Sable Order',
          entity: 'e1',
          cue: 'denied',
          content: 'any involvement',
          polarity: 'deny',
        },
      ],
    });
    expect(rules(y)).toEqual(['a-b denial-vs-assertion:involvement']);
  });

  it('leaves the same destination, other travellers, travel, two scales and a route alone', () => {
    const t =
      'Police said the kidnappers escaped to Chad. A herder said the kidnappers ran away to Chad. ' +
      'Aid workers said thousands of families fled to Cameroon. ' +
      'Relatives said they were headed to Egypt on holiday. A colleague said the professor was headed to Cairo. ' +
      'The governor said the gunmen slipped into Kousseri. ' +
      'Police said the kidnappers later crossed into Libya.';
    const y = build('calm-flight', t, null, {
      entities: [
        { id: 'e1', name: 'Chad', type: 'country' },
        { id: 'e2', name: 'Cameroon', type: 'country' },
        { id: 'e3', name: 'Egypt', type: 'country' },
        { id: 'e4', name: 'Cairo', type: 'location' },
        { id: 'e5', name: 'Kousseri', type: 'location' },
        { id: 'e6', name: 'Libya', type: 'country' },
      ],
      claims: [
        { id: 'a', speaker: 'Police', cue: 'said', content: 'the kidnappers escaped to Chad' },
        { id: 'b', speaker: 'A herder', cue: 'said', content: 'the kidnappers ran away to Chad' },
        { id: 'c', speaker: 'Aid workers', cue: 'said', content: 'thousands of families fled to Cameroon' },
        { id: 'd', speaker: 'Relatives', cue: 'said', content: 'they were headed to Egypt on holiday' },
        { id: 'e', speaker: 'A colleague', cue: 'said', content: 'the professor was headed to Cairo' },
        { id: 'f', speaker: 'The governor', cue: 'said', content: 'the gunmen slipped into Kousseri' },
        { id: 'g', speaker: 'Police', cue: 'said', content: 'the kidnappers later crossed into Libya' },
      ],
    });
    // a-b: one destination; c: other people; d, e: travel, not flight; f: a town, the others
    // countries; g: the same police telling the route on (Libya still differs from the herder's Chad)
    expect(rules(y)).toEqual(['b-g exclusive-values:destination']);
  });

  it('lets a hedged destination contradict another place, but not the same one', () => {
    const t =
      'An aide said the hostage takers may have fled to Niger. Police said the hostage takers fled to Niger. A mayor said the hostage takers fled to Mali.';
    const y = build('hedge', t, null, {
      entities: [
        { id: 'e1', name: 'Niger', type: 'country' },
        { id: 'e2', name: 'Mali', type: 'country' },
      ],
      claims: [
        {
          id: 'a',
          speaker: 'An aide',
          cue: 'said',
          content: 'the hostage takers may have fled to Niger',
          hedged: true,
        },
        { id: 'b', speaker: 'Police', cue: 'said', content: 'the hostage takers fled to Niger' },
        { id: 'c', speaker: 'A mayor', cue: 'said', content: 'the hostage takers fled to Mali' },
      ],
    });
    expect(rules(y)).toEqual(['a-c exclusive-values:destination', 'b-c exclusive-values:destination']);
    expect(contradictionsInDocument(y)[0]?.reason).toContain('Niger (An aide, hedged) vs Mali (A mayor)');
  });

  it('reports a claim quoted inside another claim once, through the outer claim', () => {
    const t =
      'The minister said they wanted to escape to Moldova. Guards said the attackers tried to run away to Romania.';
    const y = build('nested', t, null, {
      entities: [
        { id: 'e1', name: 'Moldova', type: 'country' },
        { id: 'e2', name: 'Romania', type: 'country' },
      ],
      claims: [
        { id: 'outer', speaker: 'The minister', cue: 'said', content: 'they wanted to escape to Moldova' },
        { id: 'inner', speaker: 'they', cue: 'wanted', content: 'to escape to Moldova' },
        { id: 'other', speaker: 'Guards', cue: 'said', content: 'the attackers tried to run away to Romania' },
      ],
    });
    expect(rules(y)).toEqual(['outer-other exclusive-values:destination']);
  });

  it('reads "X was helped" as X getting help, not giving it', () => {
    const t = 'Officials said the shooter was assisted from abroad. Officials said the consulate helped the shooter.';
    const m = (name: string, entity: string) => {
      const at = t.indexOf(name);
      return { start: at, end: at + name.length, entity, type: 'organization' as const };
    };
    const content = (s: string) => ({ text: s, span: [t.indexOf(s), t.indexOf(s) + s.length] as [number, number] });
    const mentions = [m('shooter', 'E1'), m('consulate', 'E2')];
    const passive = propositionOf(
      claim('', { content: content('the shooter was assisted from abroad') }),
      mentions,
      null,
    );
    expect(passive.involved).toEqual([]);
    const active = propositionOf(claim('', { content: content('the consulate helped the shooter') }), mentions, null);
    expect(active.involved).toEqual(['@E2']);
    // helping with something else is not a part in the attack
    const t2 = 'Officials said the consulate helped evacuate the wounded.';
    const at = t2.indexOf('consulate');
    const relief = propositionOf(
      claim('', { content: { text: t2.slice(15), span: [15, t2.length] } }),
      [{ start: at, end: at + 9, entity: 'E2', type: 'organization' }],
      null,
    );
    expect(relief.involved).toEqual([]);
  });
});

describe('words that are not what they seem', () => {
  it('does not count dates, years or clock times as figures', () => {
    const p = propositionOf(claim('on Oct 5 in 2026 at 9 p.m. two officials said 12 people died'), [], null);
    expect(p.numbers).toEqual([2, 12]);
  });

  it('does not read the anonymity formula as a negation', () => {
    const a = propositionOf(claim('who asked not to be named, said the group was behind the attack'), [], null);
    const b = propositionOf(claim('the group was behind the attack'), [], null);
    expect(a.polarity).toBe('affirm');
    expect(a.tokens).toEqual(b.tokens);
  });
});
