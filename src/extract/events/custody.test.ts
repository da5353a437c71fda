import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { findCustody } from './counts.js';

describe('arrest and detention counts', () => {
  it('reads the number after the verb, before the passive and after "the arrest of"', () => {
    expect(findCustody('arrest', 'Police in Tamale arrested 14 suspects on Sunday.')).toMatchObject({
      arrested: { value: 14, qualifier: 'exact' },
    });
    expect(findCustody('detention', 'At least 30 people were detained overnight in the old town.')).toMatchObject({
      detained: { value: 30, qualifier: 'at_least' },
    });
    expect(findCustody('arrest', 'The arrest of five men followed a raid on a warehouse.')).toMatchObject({
      arrested: { value: 5, qualifier: 'exact' },
    });
    expect(findCustody('detention', 'Soldiers detained more than a dozen villagers.')).toMatchObject({
      detained: { value: 12, qualifier: 'more_than' },
    });
    expect(findCustody('arrest', 'Some twenty protesters have been arrested, a lawyer said.')).toMatchObject({
      arrested: { value: 20, qualifier: 'approximately' },
    });
  });

  it('keeps each count to its own kind of event', () => {
    const s = 'Police arrested 14 suspects and detained 30 others.';
    expect(findCustody('arrest', s).arrested?.value).toBe(14);
    expect(findCustody('arrest', s).detained).toBeUndefined();
    expect(findCustody('detention', s).detained?.value).toBe(30);
    expect(findCustody('attack', s)).toEqual({});
  });

  it('does not count times, years or a bare "a man"', () => {
    expect(findCustody('arrest', 'He was arrested 3 days later in the capital.')).toEqual({});
    expect(findCustody('arrest', 'She was arrested in 2019 and released.')).toEqual({});
    expect(findCustody('arrest', 'Police arrested a man near the bridge.')).toEqual({});
    expect(findCustody('detention', 'He had been detained for 48 hours.')).toEqual({});
  });

  it('fills the extension fields of the extracted events', () => {
    const x = extract({
      id: 'custody',
      text: 'Police in the port city of Tamale arrested 14 suspects on Sunday after the bombing of a bus station. At least 30 people were detained in raids the next day, the regional police chief said.',
      published: '2031-02-03',
    });
    const arrest = x.events.find((e) => e.type === 'arrest');
    expect(arrest?.arrested).toEqual({ value: 14, qualifier: 'exact' });
    expect(arrest).not.toHaveProperty('detained');
    const detention = x.events.find((e) => e.type === 'detention');
    expect(detention?.detained).toEqual({ value: 30, qualifier: 'at_least' });
  });
});
