import { describe, expect, it } from 'vitest';
import { findCasualties, parseNumber } from './counts.js';

describe('parseNumber', () => {
  it('reads digits, thousands separators and number words', () => {
    expect(parseNumber('143')).toBe(143);
    expect(parseNumber('1,250')).toBe(1250);
    expect(parseNumber('seven')).toBe(7);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('two hundred')).toBe(200);
    expect(parseNumber('a dozen')).toBe(12);
    expect(parseNumber('several')).toBeNull();
  });
});

describe('findCasualties', () => {
  it('reads an exact count after the verb', () => {
    expect(findCasualties('The blast killed 12 people at the market.').killed).toEqual({
      value: 12,
      qualifier: 'exact',
    });
  });

  it('reads "at least"', () => {
    expect(findCasualties('Gunmen killed at least nine villagers.').killed).toEqual({
      value: 9,
      qualifier: 'at_least',
    });
  });

  it('reads "approximately", "about" and "nearly" as approximate', () => {
    expect(findCasualties('The fire killed approximately 40 people.').killed?.qualifier).toBe('approximately');
    expect(findCasualties('About 30 people were killed in the raid.').killed).toEqual({
      value: 30,
      qualifier: 'approximately',
    });
    expect(findCasualties('Nearly fifty civilians died.').killed).toEqual({ value: 50, qualifier: 'approximately' });
  });

  it('reads "up to" and "more than"', () => {
    expect(findCasualties('The shelling killed up to 15 soldiers.').killed?.qualifier).toBe('up_to');
    expect(findCasualties('More than 200 people died in the attack.').killed).toEqual({
      value: 200,
      qualifier: 'more_than',
    });
  });

  it('reads number words before the outcome', () => {
    const c = findCasualties('Three policemen were killed and eleven others were wounded.');
    expect(c).toMatchObject({
      killed: { value: 3, qualifier: 'exact' },
      injured: { value: 11, qualifier: 'exact' },
    });
    // the words each count was read from, for `--explain`
    expect(c.said).toEqual({ killed: 'Three policemen were killed', injured: 'eleven others were wounded' });
  });

  it('reads one victim named in the singular, but not the last of a list', () => {
    expect(findCasualties('ONE PERSON WAS KILLED AND TWO OTHERS WERE HURT.')).toMatchObject({
      killed: { value: 1, qualifier: 'exact' },
      injured: { value: 2, qualifier: 'exact' },
    });
    expect(findCasualties('A policeman was wounded in the ambush.').injured).toEqual({ value: 1, qualifier: 'exact' });
    expect(findCasualties('Three farmers and a child were killed.').killed).toBeNull();
  });

  it('reads "left N dead" and "N dead"', () => {
    expect(findCasualties('The ambush left five soldiers dead.').killed).toEqual({ value: 5, qualifier: 'exact' });
    expect(findCasualties('Officials reported 8 dead after the blast.').killed?.value).toBe(8);
  });

  it('reads the injured alone', () => {
    const c = findCasualties('The grenade wounded 23 worshippers.');
    expect(c.killed).toBeNull();
    expect(c.injured).toEqual({ value: 23, qualifier: 'exact' });
  });

  it('counts the victims after a killing noun, joined groups added up', () => {
    expect(findCasualties('Bishops condemned the massacre of seven monks at the abbey.').killed).toEqual({
      value: 7,
      qualifier: 'exact',
    });
    expect(findCasualties('THE MURDER OF THE FOUR NUNS AND THEIR TWO DRIVERS').killed).toEqual({
      value: 6,
      qualifier: 'exact',
    });
    expect(findCasualties('Gunmen killed three soldiers and a policeman.').killed?.value).toBe(4);
    expect(findCasualties('Gunmen murdered the 14 members of the council.').killed?.value).toBe(14);
    // a time between the noun and its victims
    expect(findCasualties('They mourned the killing last week of two activists.').killed?.value).toBe(2);
    expect(findCasualties('THE MURDER ON THE EVENING OF 3 MAY OF FOUR GUARDS').killed?.value).toBe(4);
    expect(findCasualties('The raid killed the one chance of a truce.').killed).toBeNull();
    // a second number that is not a group of victims stays apart
    expect(findCasualties('The blast killed 12 people and 40 were wounded.').killed?.value).toBe(12);
    expect(findCasualties('The bomb killed two guards and wounded four passengers.').killed?.value).toBe(2);
    // a year or a duration after the noun is no count
    expect(findCasualties('The killings of 1989 are still unpunished.').killed).toBeNull();
    expect(findCasualties('The murder of two hours ago shocked them.').killed).toBeNull();
  });

  it('ignores numbers that are not people', () => {
    expect(findCasualties('He was killed 3 hours later.').killed).toBeNull();
    expect(findCasualties('The talks lasted 3 days.').killed).toBeNull();
  });
});
