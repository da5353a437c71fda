/**
 * Language identification. The extractor's rules are English; a report in
 * another language gets its `language` set and no extraction, rather than
 * garbage.
 *
 * Most reports are English, and English is cheap to recognise by the share of
 * its function words, so the statistical detector (eld, about 150 ms to load)
 * is only loaded for a text that does not look English.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface LanguageGuess {
  /** BCP 47 primary tag, or 'und' when the text is too short or unclear */
  language: string;
  /** how the guess was made, for explanations */
  method: 'function-words' | 'eld' | 'too-short';
}

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in that is was for on with as by at from it he she they his her their this be are were has have had not but or an which who said will would been its'.split(
    ' ',
  ),
);
const MIN_LETTERS = 20;
const ENGLISH_SHARE = 0.15;

interface EldDetector {
  detect(text: string): { language: string; isReliable(): boolean };
}
let eld: EldDetector | undefined;
function loadEld(): EldDetector {
  if (!eld) {
    // eld ships ESM only; Node 20.19+ can require() an ES module synchronously, which keeps extract() synchronous.
    const require = createRequire(import.meta.url);
    const entry = fileURLToPath(import.meta.resolve('eld/extrasmall'));
    eld = (require(entry) as { eld: EldDetector }).eld;
  }
  return eld;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const counts = quickCounts(sample) ?? unicodeCounts(sample);
  if (counts.letters < MIN_LETTERS) return { language: 'und', method: 'too-short' };
  if (
    counts.words >= 5 &&
    counts.english / counts.words >= ENGLISH_SHARE &&
    counts.latinLetters / counts.letters > 0.9
  ) {
    return { language: 'en', method: 'function-words' };
  }
  const guess = loadEld().detect(sample);
  return { language: guess.language || 'und', method: 'eld' };
}

interface Counts {
  /** letters (`\p{L}`, counted in code points) */
  letters: number;
  /** runs of letters in the lower-cased text */
  words: number;
  /** those runs that are English function words */
  english: number;
  /** letters A-Z, a-z */
  latinLetters: number;
}

/** The counts by regular expressions over the whole text: the definition `quickCounts` must agree with. */
function unicodeCounts(sample: string): Counts {
  // counted in loops rather than by matching every letter into an array (one string per letter)
  const letters = countLetters(sample);
  let words = 0;
  let english = 0;
  const word = /\p{L}+/gu;
  const lower = sample.toLowerCase();
  for (let m = word.exec(lower); m; m = word.exec(lower)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0])) english++;
  }
  let latinLetters = 0;
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) latinLetters++;
  }
  return { letters, words, english, latinLetters };
}

const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * How each non-ASCII code unit behaves in `unicodeCounts`, found once per code unit: 1 a letter whose
 * lower case is one non-ASCII letter, 2 a non-letter whose lower case is one non-letter, 3 anything else
 * (surrogates, letters whose lower case is two code units or ASCII, like the Kelvin sign), for which
 * `quickCounts` gives up. 0: not yet seen.
 */
const NON_ASCII_KIND = new Uint8Array(0x10000);
function nonAsciiKind(c: number): number {
  let kind = NON_ASCII_KIND[c]!;
  if (kind !== 0) return kind;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const letter = LETTER.test(ch);
  kind =
    (c >= 0xd800 && c <= 0xdfff) || lower.length !== 1 || lower.charCodeAt(0) < 128 || LETTER.test(lower) !== letter
      ? 3
      : letter
        ? 1
        : 2;
  NON_ASCII_KIND[c] = kind;
  return kind;
}
const LETTER = /\p{L}/u;

/**
 * The counts of `unicodeCounts` in one pass without regular expressions or a lower-cased copy: about
 * four times faster on news text (curly quotes and dashes used to send it to the slow path). Null when
 * the text holds a code unit whose case mapping or letter class this pass does not model.
 */
function quickCounts(text: string): Counts | null {
  let letters = 0;
  let latinLetters = 0;
  let words = 0;
  let english = 0;
  // start of the current run of letters, and whether it is all ASCII
  let start = -1;
  let ascii = true;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 0;
    let letter: boolean;
    if (c < 128) {
      const l = c | 32;
      letter = l >= 97 && l <= 122;
      if (letter) latinLetters++;
    } else {
      const kind = nonAsciiKind(c);
      if (kind === 3) return null;
      letter = kind === 1;
      if (letter) ascii = false;
    }
    if (letter) {
      letters++;
      if (start < 0) start = k;
    } else if (start >= 0) {
      words++;
      // a run with a non-ASCII letter lower-cases to something outside the (ASCII) function words
      if (ascii && k - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(start, k).toLowerCase()))
        english++;
      start = -1;
      ascii = true;
    }
  }
  return { letters, words, english, latinLetters };
}

/** How many letters (`\p{L}`, counted in code points) `text` holds. */
function countLetters(text: string): number {
  let n = 0;
  const run = /\p{L}+/gu;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const r = m[0];
    n += r.length;
    // a letter outside the basic plane is two code units
    for (let k = 0; k < r.length; k++) if ((r.charCodeAt(k) & 0xfc00) === 0xd800) n--;
  }
  return n;
}
