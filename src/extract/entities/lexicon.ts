/**
 * Word-level helpers shared by the entity recognisers: the normal form used to
 * compare names, case tests, calendar words, function words, and (for
 * upper-case text, where capitals say nothing) whether a word is ordinary
 * English according to wink's lexicon.
 */

import { inLexicon } from '../nlp.js';

/** Normal form of a name for comparison: lower case, no accents, no hyphens, no leading "the". */
export function normKey(s: string): string {
  let t = s.toLowerCase();
  // accents and typographic quotes only in non-ASCII names: most names skip the costly steps
  if (NON_ASCII.test(t))
    t = t
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u2018\u2019`]/g, "'");
  if (!PLAIN_WORDS.test(t)) {
    t = t
      .replace(/[-\u2010-\u2015_/]/g, ' ')
      .replace(/[^\p{L}\p{N}.'& ]+/gu, ' ')
      .replace(/'s\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return t.startsWith('the ') ? t.slice(4) : t;
}

const NON_ASCII = /[^ -~]/;

export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over the UTF-16 code units of `s`, continuing from `h` (unsigned 32 bits after `>>> 0`). */
export function fnv(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/** The hash of a normal form that the name indexes' bit filters use (places, gazetteer). */
export const keyHash = (key: string): number => fnv(FNV_OFFSET, key) >>> 0;
const PLAIN_WORDS = /^[a-z0-9]+( [a-z0-9]+)*$/;

/** Whether the word opens with a capital letter (told without the Unicode regular expression for ASCII). */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}

/** Whether the word has capitals and no lower-case letter (told by a scan of the code units when all are ASCII). */
export function isAllUpper(w: string): boolean {
  let upper = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}
/** Whether the word has a letter; ASCII letters are told without the Unicode regular expression (most words). */
export function hasLetter(w: string): boolean {
  let wide = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return true;
    if (w.charCodeAt(k) >= 128) wide = true;
  }
  return wide && /\p{L}/u.test(w);
}

/** An upper-case document (wire copy): most letters are capitals. */
export function isUpperCaseText(text: string): boolean {
  let upper = 0;
  let lower = 0;
  // code units, not code points: only ASCII letters count, and no half of a surrogate pair is one
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper + lower > 0 && upper / (upper + lower) > 0.8;
}

export const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
export const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Function words and other words that never start or end a name. */
export const FUNCTION_WORDS = new Set(
  `a an the and or but nor of in on at to for from by with without about against between into through during before after
above below over under again further then once here there when where why how all any both each few more most other some
such no not only own same so than too very can will just should now is are was were be been being have has had do does did
this that these those he she it they we you i me him her them us my his its our your their who whom which what whose as if
while because until also yet however meanwhile according said says told added one two three four five six seven eight nine
ten several many some another new former last next first second third`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case connectors allowed inside a multi-word name ("Ministry of Intelligence", "San Luis de la Reina"). */
export const NAME_CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'al',
  'bin',
  'ibn',
  'van',
  'von',
  'da',
  'di',
  'du',
  'le',
  'y',
  'and',
  'for',
  'the',
  '&',
]);

const knownCache = new Map<string, boolean>();

/**
 * Whether a lower-case word is in wink's English lexicon. Used only for
 * upper-case text, to tell names (mostly out of the lexicon) from ordinary
 * words. Asked of the analysing wink instance (`inLexicon`), once per word.
 */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  const cached = knownCache.get(lower);
  if (cached !== undefined) return cached;
  const known = inLexicon(lower);
  knownCache.set(lower, known);
  return known;
}
