import { describe, expect, it } from 'vitest';
import { build } from '../../test/fuse/build.js';
import type { Claim } from '../extract/contract.js';
import { contradictionsInDocument, propositionOf, sameProposition, sourceKeyOf } from './claims.js';

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
    expect(reason('c1-c2')).toMatch(/Ukraine vs Belarus/);
    expect(reason('c3-c4')).toMatch(/40 vs 143/);
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
