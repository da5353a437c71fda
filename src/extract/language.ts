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
  if (!NON_ASCII.test(sample)) {
    const ascii = asciiCounts(sample);
    if (ascii.letters < MIN_LETTERS) return { language: 'und', method: 'too-short' };
    // every letter is a Latin one
    if (ascii.words >= 5 && ascii.english / ascii.words >= ENGLISH_SHARE)
      return { language: 'en', method: 'function-words' };
  }
  // counted in loops rather than by matching every letter into an array (one string per letter)
  const letters = countLetters(sample);
  if (letters < MIN_LETTERS) return { language: 'und', method: 'too-short' };
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
  if (words >= 5 && english / words >= ENGLISH_SHARE && latinLetters / letters > 0.9) {
    return { language: 'en', method: 'function-words' };
  }
  const guess = loadEld().detect(sample);
  return { language: guess.language || 'und', method: 'eld' };
}

const NON_ASCII = /[\u0080-\uffff]/;
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * For ASCII text, where a letter (`\p{L}`) is A-Z or a-z: the letters, the words (runs of letters) and
 * the English function words among them, as detectLanguage counts them, in one pass without regexes.
 */
function asciiCounts(text: string): { letters: number; words: number; english: number } {
  let letters = 0;
  let words = 0;
  let english = 0;
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) | 32 : 0;
    if (c >= 97 && c <= 122) {
      letters++;
      if (start < 0) start = k;
    } else if (start >= 0) {
      words++;
      if (k - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(start, k).toLowerCase()))
        english++;
      start = -1;
    }
  }
  return { letters, words, english };
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
