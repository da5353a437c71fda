import { describe, expect, it } from 'vitest';
import { givenNamesFromFaker } from '../../../scripts/given-names.mjs';
import { LISTED_GIVEN_NAMES } from './data/given-names.js';
import { isListedGivenName } from './given-names.js';

describe('listed given names', () => {
  it('hold what the installed faker locales give (run `npm run data:given-names` after a faker upgrade)', () => {
    expect([...LISTED_GIVEN_NAMES].sort()).toEqual(givenNamesFromFaker());
  });

  it('count names of many languages, with and without their accents', () => {
    for (const name of ['maribel', 'abelardo', 'bohdan', 'ximena', 'josé', 'jose', 'oluwaseun'])
      expect(isListedGivenName(name), name).toBe(true);
  });

  it('leave out names that are English words, listed countries or large cities', () => {
    for (const name of ['will', 'hope', 'major', 'jordan', 'israel', 'paris']) {
      expect(LISTED_GIVEN_NAMES.has(name), `${name} is in the lists`).toBe(true);
      expect(isListedGivenName(name), name).toBe(false);
    }
  });
});
