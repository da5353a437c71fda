import { describe, expect, it } from 'vitest';
import { acronymOf, initialsOf, intervalOf, isoDay, normName, numberValue, personParts, stem } from './text.js';

describe('text helpers', () => {
  it('normalises names for alias keys', () => {
    expect(normName('The Islamic State’s Afghanistan-based branch')).toBe('islamic state afghanistan based branch');
    expect(normName('MOMBASA')).toBe(normName('Mombasa'));
    expect(normName('Ṣanʿāʾ')).toBe('san a');
  });

  it('spells initials and acronyms', () => {
    expect(initialsOf('Islamic State Khorasan Province')).toBe('iskp');
    expect(initialsOf('Coast Liberation Front')).toBe('clf');
    expect(initialsOf('Front')).toBeNull();
    expect(initialsOf('the coastal front')).toBeNull();
    expect(acronymOf('ISIS-K')).toBe('isisk');
    expect(acronymOf('U.N.')).toBeNull();
    expect(acronymOf('Nairobi')).toBeNull();
  });

  it('drops titles from people’s names', () => {
    expect(personParts('President Vladimir Putin')).toEqual({
      tokens: ['vladimir', 'putin'],
      first: 'vladimir',
      last: 'putin',
    });
  });

  it('stems inflections together', () => {
    for (const group of [
      ['killed', 'kills', 'killing'],
      ['planned', 'plans', 'planning'],
      ['attacked', 'attacks', 'attacking'],
      ['denies', 'denied'],
    ])
      expect(new Set(group.map(stem)).size).toBe(1);
    expect(stem('attack')).not.toBe(stem('attacker'));
  });

  it('reads numbers and contract dates', () => {
    expect(numberValue('1,200')).toBe(1200);
    expect(numberValue('forty')).toBe(40);
    expect(numberValue('many')).toBeNull();
    const day = intervalOf('2024-03-22');
    expect(day?.[0]).toBe(day?.[1]);
    const month = intervalOf('2024-02');
    expect(month && [isoDay(month[0]), isoDay(month[1])]).toEqual(['2024-02-01', '2024-02-29']);
    const year = intervalOf('2023');
    expect(year && [isoDay(year[0]), isoDay(year[1])]).toEqual(['2023-01-01', '2023-12-31']);
    expect(intervalOf('soon')).toBeNull();
  });
});
