/**
 * Given names beyond our own short list (data/people.ts): whether a lower-case word is a first name in
 * the first-name lists of many languages (data/given-names.ts, written from the @faker-js/faker
 * locales by scripts/given-names.mjs), so that "Maribel Ramirez" or "ABELARDO DAZA" is a person
 * without a title or a speech verb beside it.
 *
 * The lists are far larger than ours and were made for other uses, so a listed name counts only when
 * it is no English word ("Will", "Hope", "Major"), no listed country, group or organisation ("Israel",
 * "Jordan") and no sizeable city ("Paris"): those would make people of ordinary phrases and places.
 * Every name that counts is a word outside the English lexicon, so in upper-case text it may already
 * start a name run; what the lists add is the judgement that the run is a person.
 */

import { LISTED_GIVEN_NAMES } from './data/given-names.js';
import { lookupName } from './gazetteer.js';
import { isKnownWord } from './lexicon.js';
import { citiesNamed } from './places.js';

/** A city this large named like a given name is more often the city ("Paris", "Austin"). */
const CITY_POPULATION = 50_000;

/** Whether `lower` (a lower-case word) is a listed given name that may open a person's name. */
export function isListedGivenName(lower: string): boolean {
  if (lower.length < 3 || !LISTED_GIVEN_NAMES.has(lower) || isKnownWord(lower)) return false;
  if (lookupName(lower).length > 0) return false;
  return !citiesNamed(lower).some((city) => city.population >= CITY_POPULATION);
}
