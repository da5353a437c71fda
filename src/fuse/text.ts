/**
 * Text and date helpers for fusion: name normalisation (for alias keys),
 * initials and acronyms, person-name parts, a small suffix stemmer, stopwords,
 * number words, and day arithmetic over contract dates (YYYY, YYYY-MM, YYYY-MM-DD).
 *
 * Public surface: `normName`, `nameTokens`, `initialsOf`, `acronymOf`, `personParts`,
 * `stem`, `STOPWORDS`, `NEGATIONS`, `numberValue`, `dayOf`, `intervalOf`, `isoDay`,
 * `weekOf`, `monthOf`, `jaccard`.
 */
import { parseNumber } from '../extract/events/counts.js';

const MS_DAY = 86_400_000;

/** Days since 1970-01-01 of the calendar day a date or timestamp starts with; null when unreadable. */
export function dayOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / MS_DAY);
}

/** The inclusive day interval a contract date stands for: a day, a whole month or a whole year. */
export function intervalOf(date: string | null | undefined): [number, number] | null {
  if (!date) return null;
  const day = dayOf(date);
  if (day !== null) return [day, day];
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    const lo = Math.floor(Date.UTC(y, mo - 1, 1) / MS_DAY);
    const hi = Math.floor(Date.UTC(y, mo, 1) / MS_DAY) - 1;
    return Number.isNaN(lo) ? null : [lo, hi];
  }
  const year = /^(\d{4})$/.exec(date);
  if (year) {
    const y = Number(year[1]);
    return [Math.floor(Date.UTC(y, 0, 1) / MS_DAY), Math.floor(Date.UTC(y + 1, 0, 1) / MS_DAY) - 1];
  }
  return null;
}

export const isoDay = (day: number): string => new Date(day * MS_DAY).toISOString().slice(0, 10);
export const weekOf = (day: number): number => Math.floor(day / 7);
/** A 30-day bucket: coarse time blocks for indexes that only need "about the same month". */
export const monthOf = (day: number): number => Math.floor(day / 30);

/** Lower-case, diacritics and possessives removed, punctuation to spaces, no leading article. */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'s\b/gi, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export const nameTokens = (s: string): string[] => normName(s).split(' ').filter(Boolean);

const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'al', 'el', 'de', 'du', 'la', 'le', 'a', 'an']);

/** Initials of a multi-word capitalised name ("Coast Liberation Front" → "clf"); null for one word or lower-case words. */
export function initialsOf(name: string): string | null {
  const words = name
    .replace(/[\u2018\u2019']s\b/g, '')
    .split(/[\s\-–]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase();
}

/** The letters of an all-capitals acronym of 3 to 7 letters ("ISIS-K" → "isisk"); null otherwise. */
export function acronymOf(name: string): string | null {
  const compact = name.replace(/[\s.\-–]/g, '');
  if (!/^\p{Lu}{3,7}$/u.test(compact)) return null;
  return compact.toLowerCase();
}

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'president',
  'prime',
  'minister',
  'gen',
  'general',
  'col',
  'colonel',
  'lt',
  'capt',
  'captain',
  'major',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'sheikh',
  'king',
  'queen',
  'prince',
  'commander',
  'inspector',
  'judge',
  'justice',
  'pope',
  'chancellor',
]);

/** A person's name without titles: its tokens, first and last. */
export function personParts(name: string): { tokens: string[]; first: string; last: string } | null {
  const tokens = nameTokens(name);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] ?? '')) tokens.shift();
  if (!tokens.length) return null;
  return { tokens, first: tokens[0] ?? '', last: tokens[tokens.length - 1] ?? '' };
}

export const STOPWORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of to in on at by for from with without into onto ' +
    'over under about after before during since until as is are was were be been being am has have had having do does did ' +
    "will would shall should can could may might must it its it's they them their theirs he him his she her hers we us our ours " +
    'i me my you your yours who whom whose which what when where why how all any both each few more most other some such ' +
    'only own same so too very just also still yet already again further once s t also said says say told tell according ' +
    'which while upon per via up down out off'
  ).split(/\s+/),
);

// "out" is a stopword but "carried out" matters for responsibility; handled by the responsibility lexicon.
export const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'nt', 'nor', 'neither', 'none', 'nobody', 'nothing']);

/** Words that are numbers only inside a phrase ("a dozen"), never as a single token of a proposition. */
const NOT_NUMBERS_ALONE = new Set(['a', 'an', 'no']);

/** The value of a numeral or a single number word; null for anything else. */
export function numberValue(token: string): number | null {
  const t = token.toLowerCase();
  if (NOT_NUMBERS_ALONE.has(t) || /\s/.test(t)) return null;
  return parseNumber(t);
}

/**
 * A deliberately small suffix stripper: enough that "killed", "kills" and
 * "killing" meet, without a dependency. Over-stemming is harmless here because
 * both sides of every comparison go through the same function.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(sh|ch|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ion') && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "planned" → "plann" → "plan"; "fitted" → "fit"
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 0;
  const sa = new Set(a);
  let inter = 0;
  const sb = new Set(b);
  for (const x of sb) if (sa.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}
