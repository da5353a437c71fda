import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../extract/contract.js';
import { type Figure, figuresOfEvent, timelineOf } from './figures.js';

const fig = (
  value: number,
  reported: string,
  qualifier: Qualifier = 'exact',
  doc = `d${value}${reported}`,
): Figure => ({
  measure: 'killed',
  value,
  qualifier,
  reported,
  source: { document: doc, outlet: `outlet-${doc}`, title: null, event: 'ev1' },
});

describe('figure timelines', () => {
  it('a rising toll is news, not a conflict; latest is the last reported', () => {
    const t = timelineOf('killed', [fig(31, '2031-01-09'), fig(12, '2031-01-01', 'at_least'), fig(27, '2031-01-03')]);
    expect(t?.figures.map((f) => f.value)).toEqual([12, 27, 31]);
    expect(t?.latest.value).toBe(31);
    expect(t?.range).toEqual({ min: 12, max: 31 });
    expect(t?.conflicting).toBe(false);
  });

  it('flags figures of the same day that cannot both hold', () => {
    const t = timelineOf('killed', [fig(40, '2031-01-01'), fig(143, '2031-01-02', 'at_least')]);
    expect(t?.conflicting).toBe(true);
    expect(t?.conflicts[0]?.reason).toMatch(/40 .* at least 143/);
  });

  it('accepts same-day figures whose qualifiers overlap', () => {
    expect(timelineOf('killed', [fig(30, '2031-01-01', 'approximately'), fig(32, '2031-01-01')])?.conflicting).toBe(
      false,
    );
    expect(timelineOf('killed', [fig(50, '2031-01-01', 'up_to'), fig(12, '2031-01-01', 'at_least')])?.conflicting).toBe(
      false,
    );
  });

  it('flags a later exact figure below what was already established', () => {
    const t = timelineOf('killed', [fig(20, '2031-01-01', 'at_least'), fig(15, '2031-01-05')]);
    expect(t?.conflicting).toBe(true);
    expect(t?.conflicts[0]?.reason).toMatch(/below the earlier/);
  });

  it('reads contract counts and count-valued extensions from an event', () => {
    const fs = figuresOfEvent(
      {
        id: 'ev1',
        type: 'arrest',
        date: null,
        location: null,
        actors: [],
        evidence: [0, 1],
        killed: null,
        arrested: { value: 4, qualifier: 'exact' },
      } as never,
      { document: 'd', outlet: null, title: null, event: 'ev1' },
      '2031-01-01',
    );
    expect(fs.map((f) => [f.measure, f.value])).toEqual([['arrested', 4]]);
    expect(timelineOf('injured', fs)).toBeNull();
  });
});
