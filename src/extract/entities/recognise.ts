/**
 * Mention candidates: every token span that may name something, with the
 * type and identity key it would get. Sources: the phrase gazetteer
 * (countries, armed groups, media, known organisations), runs of capitalised
 * words classified by their head word or by person cues, regions
 * ("X Region"), and cities from GeoNames. In upper-case text, where capitals
 * say nothing, runs are words outside the English lexicon instead.
 * Choosing among overlapping candidates is left to the caller.
 */
import type { EntityType, Geo } from '../contract.js';
import type { Analysis, Token } from '../nlp.js';
import { capitalIndex, countryByCode } from './countries.js';
import { FACILITY_HEADS, MEDIA_HEADS, ORGANISATION_HEADS, ORGANISATION_LEADS } from './data/organisations.js';
import { GIVEN_NAMES, PERSON_TITLES, SPEECH_VERBS, TITLE_PARTS } from './data/people.js';
import { type GazetteerEntry, getGazetteer, lookupName, mayBePrefix } from './gazetteer.js';
import { isListedGivenName } from './given-names.js';
import {
  FNV_OFFSET,
  FUNCTION_WORDS,
  fnv,
  hasLetter,
  isAllUpper,
  isCapitalised,
  isKnownWord,
  keyHash,
  MONTHS,
  normKey,
  WEEKDAYS,
} from './lexicon.js';
import {
  type City,
  chooseCity,
  citiesKeyed,
  citiesNamed,
  mayNameHash,
  mayStartCityName,
  REGION_HEADS,
} from './places.js';

export interface Candidate {
  /** token range, end exclusive */
  start: number;
  end: number;
  type: EntityType;
  /** identity: candidates with the same key are the same thing */
  key: string;
  name: string;
  aliases: string[];
  geo?: Geo | null;
  /** among candidates of equal length, the higher wins */
  priority: number;
  /** from a curated list (its name and type are trusted over guesses) */
  known: boolean;
  /** an ambiguous name: kept only if the same thing is also named strongly */
  weak?: boolean;
  /** a guess with no type evidence: only fills gaps */
  fallback?: boolean;
  /** organisation name without its country prefix, to link "State Department" to "US State Department" */
  base?: string;
  /** a division's bare name ("Junin" for "Junin Department"): an alias unless something else in the text goes by it */
  bare?: string;
  /** listed under a name every country's institution has: this entry only in a text about this country */
  nationalOf?: string;
  /**
   * a mention that refers to the thing without naming it: a demonym for its country ("Salvadoran" in "the
   * Salvadoran minister"), "the capital" for the capital; never reported as an alias
   */
  unnamed?: boolean;
  /** the rule that found this mention (kebab-case, stable: `gazetteer:country`, `title-person`, …) */
  rule: string;
  /** what the rule matched, for a person reading `--explain` */
  detail?: string;
}

/** The rule name of a gazetteer entry: `gazetteer:country`, `gazetteer:armed-group`, … */
const GAZETTEER_RULES: Record<string, string> = {
  country: 'gazetteer:country',
  armed_group: 'gazetteer:armed-group',
  media: 'gazetteer:media',
  organization: 'gazetteer:organisation',
  location: 'gazetteer:region',
};

export interface DocumentView {
  a: Analysis;
  /** upper-case text: capitals carry no information */
  upper: boolean;
  /** sentences written in title case (headlines), where capitals carry little */
  titleCase: Set<number>;
  /**
   * per token, the stretch of text a name may not cross: the sentence, or in
   * upper-case wire text (wrapped at fixed width) the sentence ignoring line breaks
   */
  block: Int32Array;
  /** countries named or referred to by demonym, for choosing among homonym places */
  countries: Set<string>;
  /** per token, its kind (`WORD`, `SEPARATOR`, …: see `tokenKind`, `spanKey`) */
  plain: Uint8Array;
  /** per token, what the passes ask of it (bits `IS_WORD`, `NAME`, …: see `documentView`) */
  info: Uint32Array;
  /** per token with a letter, the id of its normal form (`keyIdOf`); -1 for the others and for "'s" */
  keyIds: Int32Array;
}

/** has a letter and is not punctuation */
export const IS_WORD = 1;
export const HAS_LETTER = 2;
const CAPITALISED = 4;
/**
 * may belong to a name: in mixed-case text a capitalised word (not "I", a month or a weekday), in
 * upper-case text a word outside the lexicon or a given name (not a function word, month or weekday)
 */
const NAME = 8;
/** letters only, three or more (the words `titleCaseSentences` weighs) */
const LETTERS3 = 16;
// what the lower-case form says whatever the document (`wordFacts`); the three "starts" hold for the
// token's key only where that key is its lower case (a `WORD` token)
const FUNCTION = 32;
const CALENDAR = 64;
/** the first word of a name in the phrase index (`prefixes`) */
const GAZETTEER_START = 128;
/** may be the first word of a city's name (`mayStartCityName`) */
const CITY_START = 256;
/** the first word of a capital's name (`capitalFirstWords`) */
const CAPITAL_START = 512;
/** a head word of a region, organisation or facility, or a noun of "the town of X" */
const HEAD = 1024;
const DEMONYM = 2048;
const GIVEN = 4096;
/** "capital" */
const CAPITAL_WORD = 8192;
/** phrases from the token have its lower case as their first word (see `leads`) */
const LEADS = 16384;
/** a Spanish particle ("la", "san", "de") */
const SPANISH = 32768;

/** The view of a document all passes share: blocks, token kinds and token facts, found once. */
export function documentView(a: Analysis, upper: boolean): DocumentView {
  // ids must stay valid while a document is read: the word map is emptied only between documents
  if (wordIds.size >= MAX_WORDS) wordIds.clear();
  const toks = a.tokens;
  const plain = new Uint8Array(toks.length);
  const info = new Uint32Array(toks.length);
  const keyIds = new Int32Array(toks.length).fill(-1);
  const block = new Int32Array(toks.length);
  let upperBlock = 0;
  for (const t of toks) {
    const i = t.i;
    const shape = textShape(t.text);
    const kind = shape & KIND_MASK;
    if (kind && a.text.startsWith(t.text, t.start)) plain[i] = kind;
    if (i > 0 && leads(a, toks[i - 1]!, plain[i - 1]!, t, plain[i]!)) info[i - 1]! |= LEADS;
    if (!upper) block[i] = t.sentence;
    else {
      const prev = toks[i - 1];
      if (prev && (isSentenceEnd(prev.text) || blankLineBetween(a.text, prev.end, t.start))) upperBlock++;
      block[i] = upperBlock;
    }
    if (!(shape & SHAPE_LETTER)) continue;
    const id = wordId(t.lower);
    // the normal form of a word or a dotted token is its lower case; "'s" has none
    if (plain[i] === WORD || plain[i] === DOTTED) keyIds[i] = id;
    else if (plain[i] !== POSSESSIVE) keyIds[i] = wordId(normKey(t.text));
    let bits = HAS_LETTER | wordBits[id]!;
    if (t.pos !== 'PUNCT') bits |= IS_WORD;
    if (shape & SHAPE_CAPITAL) bits |= CAPITALISED;
    if (bits & IS_WORD) {
      if (upper) {
        if (!(bits & (CALENDAR | FUNCTION)) && (bits & GIVEN || !isKnownWord(t.lower))) bits |= NAME;
      } else if (bits & CAPITALISED && t.text !== 'I' && !(bits & CALENDAR)) bits |= NAME;
    }
    if (shape & SHAPE_LETTERS3) bits |= LETTERS3;
    info[i] = bits;
  }
  const last = toks[toks.length - 1];
  if (last && leads(a, last, plain[last.i]!, undefined, 0)) info[last.i]! |= LEADS;
  return { a, upper, titleCase: new Set(), block, countries: new Set(), plain, info, keyIds };
}

/**
 * Whether every phrase from token `t` that runs past it has the normal form of `t` as its first word
 * (so a phrase index without that word holds none of them): a plain token other than "the" followed by a
 * space or by separating punctuation glued on ("Lima," "Lima-based": the normal form makes a space of it).
 * Phrases glued on otherwise ("U.S", "ABC.DEF") take the full normal form.
 */
function leads(a: Analysis, t: Token, kind: number, next: Token | undefined, nextKind: number): boolean {
  if (kind !== WORD || t.lower === 'the') return false;
  return !next || spaceBetween(a.text, t.end, t.end + 1) || (nextKind === SEPARATOR && next.start === t.end);
}

const isSentenceEnd = (text: string): boolean => text === '.' || text === '!' || text === '?';

/** `/\n\s*\n/` on the text between `from` and `to`: two line breaks with only whitespace between them. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  let lineBreak = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (lineBreak) return true;
      lineBreak = true;
    } else if (!(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[k]!)))) lineBreak = false;
  }
  return false;
}

const KIND_MASK = 7;
/** `hasLetter` */
const SHAPE_LETTER = 8;
/** `isCapitalised` */
const SHAPE_CAPITAL = 16;
/** `/^\p{L}{3,}$/u` */
const SHAPE_LETTERS3 = 32;

/**
 * A token text's kind (`tokenKind`, low bits) and whether it has a letter, opens with a capital and is
 * letters only, three or more: one scan of an ASCII text instead of one per question (Unicode regular
 * expressions only for other texts).
 */
function textShape(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let letters = false;
  let digits = false;
  let stops = false;
  let separators = false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters = true;
    else if (c >= 48 && c <= 57) digits = true;
    else if (c === 46) stops = true;
    else if (c < 128 && ASCII_KIND[c] === SEPARATOR) separators = true;
    // apostrophes, non-ASCII letters, …: the questions one by one
    else return tokenKind(text) | otherShape(text);
  }
  let shape: number;
  if (separators) shape = letters || digits || stops ? 0 : SEPARATOR;
  else shape = stops ? DOTTED : WORD;
  if (letters) shape |= SHAPE_LETTER;
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) shape |= SHAPE_CAPITAL;
  if (letters && !digits && !stops && !separators && n >= 3) shape |= SHAPE_LETTERS3;
  return shape;
}

function otherShape(text: string): number {
  let shape = 0;
  if (hasLetter(text)) shape |= SHAPE_LETTER;
  if (isCapitalised(text)) shape |= SHAPE_CAPITAL;
  if (/^\p{L}{3,}$/u.test(text)) shape |= SHAPE_LETTERS3;
  return shape;
}

/**
 * Lower-case words (and normal forms) by id, and per id what the word is whatever the document
 * (`wordFacts`): the same words recur in every document, so both are kept across documents (the lists and
 * indexes the facts come from never change), up to a bound.
 */
const wordIds = new Map<string, number>();
let wordBits = new Uint32Array(1 << 15);
const MAX_WORDS = 200_000;

function wordId(lower: string): number {
  let id = wordIds.get(lower);
  if (id !== undefined) return id;
  id = wordIds.size;
  wordIds.set(lower, id);
  if (id >= wordBits.length) {
    const grown = new Uint32Array(wordBits.length * 2);
    grown.set(wordBits);
    wordBits = grown;
  }
  wordBits[id] = wordFacts(lower);
  return id;
}

/** The id of a normal form if some token of the document being read has it (see `DocumentView.keyIds`). */
export const keyIdOf = (key: string): number | undefined => wordIds.get(key);

function wordFacts(lower: string): number {
  let f = 0;
  if (FUNCTION_WORDS.has(lower)) f |= FUNCTION;
  if (MONTHS.has(lower) || WEEKDAYS.has(lower)) f |= CALENDAR;
  if (GIVEN_NAMES.has(lower)) f |= GIVEN;
  if (getGazetteer().prefixes.has(lower)) f |= GAZETTEER_START;
  if (mayStartCityName(lower)) f |= CITY_START;
  if (capitalFirstWords(capitalIndex(normKey)).has(lower)) f |= CAPITAL_START;
  if (
    REGION_HEADS.has(lower) ||
    ORGANISATION_HEADS.has(lower) ||
    FACILITY_HEADS.has(lower) ||
    PLACE_OF_NOUNS.has(lower)
  )
    f |= HEAD;
  if (lower === 'capital') f |= CAPITAL_WORD;
  if (lookupName(lower).some((e) => e.demonym)) f |= DEMONYM;
  if (SPANISH_PARTS.has(lower)) f |= SPANISH;
  return f;
}

/** Whether token `k` (if any) has all the bits of `bits`. */
const tokenIs = (v: DocumentView, k: number, bits: number): boolean => ((v.info[k] ?? 0) & bits) === bits;

const ARMED_WORDS = new Set([
  'liberation',
  'revolutionary',
  'guerrilla',
  'guerrillas',
  'militia',
  'rebel',
  'rebels',
  'insurgent',
  'insurgents',
  'jihad',
  'mujahideen',
  'martyrs',
  'brigades',
  'commando',
  'commandos',
  'resistance',
  'guerrilla',
]);

/** Upper-case acronyms that are not names of anything. */
const NOT_ACRONYMS = new Set(
  'TV CEO ER OK AM PM GDP ID DNA PR PC PTSD NFL NBA MLB NHL LGBT LGBTQ TBD ASAP I II III IV VI VII VIII IX XI XII USD EUR HIV AIDS COVID NOTE ATM SUV FAQ LOL OMG PDF URL VIP Q A MP RPG AK IED IEDS AKA ET PT GMT UTC EST EDT PST BST CET MSK BREAKING UPDATE EXCLUSIVE WATCH VIDEO READ MORE'.split(
    ' ',
  ),
);

/** "San", "Santa", "São": the first word of a place (or a saint) named for a saint. */
const SAINT_WORDS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'st.', 'sainte', 'sankt']);

/** Words that follow a lead word in "Ministry of X" style names but are not names. */
const SPANISH_PARTS = new Set(['san', 'santa', 'santo', 'la', 'las', 'los', 'el', 'de', 'del', 'y']);

const PLACE_CUES = new Set([
  'in',
  'near',
  'at',
  'from',
  'outside',
  'to',
  'into',
  'across',
  'around',
  'toward',
  'towards',
]);
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'capital', 'port', 'municipality', 'hamlet', 'suburb']);

function isSentenceStart(v: DocumentView, k: number): boolean {
  const prev = v.a.tokens[k - 1];
  return !prev || prev.sentence !== v.a.tokens[k]!.sentence || /^["“'‘(]$/.test(prev.text);
}

const HONORIFICS = new Set([
  'mr.',
  'mr',
  'mrs.',
  'mrs',
  'ms.',
  'ms',
  'dr.',
  'dr',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'col.',
  'lt.',
  'capt.',
  'sgt.',
]);

const LEADING_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'every',
  'each',
]);

/** The text of a token range, with line breaks and runs of spaces as single spaces (names are shown on one line). */
function spanText(v: DocumentView, start: number, end: number): string {
  const toks = v.a.tokens;
  const text = v.a.text.slice(toks[start]!.start, toks[end - 1]!.end);
  return singleSpaced(text) ? text : text.replace(/\s+/g, ' ');
}

/** Whether the only whitespace in `s` is single ASCII spaces (as in most names): nothing to replace. */
function singleSpaced(s: string): boolean {
  let space = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c >= 9 && c <= 13) || c >= 128) return false;
    else space = false;
  }
  return true;
}

/** Token kinds whose share of a phrase's normal form (`normKey`) is known without normalising the phrase. */
export const WORD = 1;
/** ASCII punctuation that the normal form turns into a space (not `.`, `'`, `&` or a backtick) */
export const SEPARATOR = 2;
/** "'s", "’s": the normal form drops it (`'s` before a word boundary) */
export const POSSESSIVE = 3;
/** ASCII letters, digits and full stops with a full stop ("U.S.", "Mr.", "."): kept as written, in lower case */
export const DOTTED = 4;

/**
 * A token's kind: `WORD` for ASCII letters and digits only (its normal form is its lower case),
 * `SEPARATOR`, `POSSESSIVE`, `DOTTED`, or 0 for anything else (non-ASCII letters, apostrophes, `&`, …);
 * `documentView` keeps a kind only when the token stands at its offsets in the text (after some characters
 * wink reads differently, a document's offsets can drift from its token texts; lookups go by the text).
 */
function tokenKind(text: string): number {
  if (text.length === 0) return 0;
  if (text.length === 2 && (text[0] === "'" || text[0] === '’') && (text[1] === 's' || text[1] === 'S'))
    return POSSESSIVE;
  let letters = false;
  let stops = false;
  let separators = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const kind = c < 128 ? ASCII_KIND[c]! : 0;
    if (kind === WORD) letters = true;
    else if (kind === SEPARATOR) separators = true;
    else if (c === 46) stops = true;
    else return 0;
  }
  if (separators) return letters || stops ? 0 : SEPARATOR;
  return stops ? DOTTED : WORD;
}

/** per ASCII code: `WORD` for a letter or digit, `SEPARATOR` for punctuation that the normal form turns into a space */
const ASCII_KIND = (() => {
  const kinds = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z0-9]/.test(ch)) kinds[c] = WORD;
    else if (/[!"#$%()*+,/:;<=>?@[\\\]^_{|}~-]/.test(ch)) kinds[c] = SEPARATOR;
  }
  return kinds;
})();

/** Whether a letter or digit opens the text (`\w` for the word boundary after "'s"; `_` is a separator). */
const opensWithAlnum = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c < 128 && ASCII_KIND[c] === WORD;
};

/** Whether the text between `from` and `to` is whitespace (`\s`), and not empty. */
function spaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[k]!)) return false;
  }
  return true;
}

/**
 * `normKey(spanText(v, start, end))`, the form every name lookup takes, without building the span's text
 * when its tokens are of the kinds `tokenKind` knows, as nearly all probed phrases are: normKey
 * lower-cases, turns separating punctuation and the whitespace between tokens into single spaces, drops
 * "'s" before a word boundary, trims, and drops a leading "the"; tokens glued together stay glued.
 */
export function spanKey(v: DocumentView, start: number, end: number): string {
  const toks = v.a.tokens;
  if (end - start === 1 && v.plain[start] === WORD) return toks[start]!.lower;
  const keys = new SpanKeys(v, start);
  while (keys.end < end) keys.push();
  return keys.key();
}

/**
 * `spanKey(v, start, end)` for one start and growing ends, built a token at a time: passes that probe
 * every phrase from a token (n = 1, 2, …) pay for each token once instead of rebuilding each phrase.
 */
export class SpanKeys {
  /** the span is [start, end) */
  end: number;
  /** the normal form so far, before a leading "the" is dropped; undefined once a token needs `normKey` */
  private built: string | undefined = '';
  /** whitespace or a separator since the last word: the next one starts a new word of the key */
  private gap = false;
  /**
   * `keyHash` of `built` as it grows, and of what follows a leading "the " (`the` 2: `built` starts with
   * it; 1: `built` is "the"), so that bit filters of the name indexes answer without the key's string
   */
  private hash = FNV_OFFSET;
  private rest = FNV_OFFSET;
  private the = 0;

  /** `hashed`: keep `keyHash` up to date (only the passes with bit filters ask for it) */
  constructor(
    private readonly v: DocumentView,
    readonly start: number,
    private readonly hashed = false,
  ) {
    this.end = start;
  }

  /** Takes in the next token and returns the key of the longer span. */
  extend(): string {
    this.push();
    return this.key();
  }

  /** Takes in the next token. */
  push(): void {
    const { v } = this;
    const k = this.end++;
    if (this.built === undefined) return;
    const kind = v.plain[k];
    const toks = v.a.tokens;
    const t = toks[k]!;
    if (!kind) {
      this.built = undefined;
      return;
    }
    if (k > this.start) {
      const prevEnd = toks[k - 1]!.end;
      if (t.start !== prevEnd) {
        if (!spaceBetween(v.a.text, prevEnd, t.start)) {
          this.built = undefined;
          return;
        }
        this.gap = true;
      } else if (v.plain[k - 1] === POSSESSIVE && kind !== SEPARATOR && opensWithAlnum(t.text)) {
        // "'s" glued to a word ("'sX") is no word boundary: normKey keeps it
        this.built = undefined;
        return;
      }
    }
    if (kind === SEPARATOR) this.gap = true;
    else if (kind === WORD || kind === DOTTED) this.append(t.lower);
  }

  private append(piece: string): void {
    const { built } = this;
    if (!this.hashed) {
      this.built = built === '' ? piece : this.gap ? `${built} ${piece}` : built + piece;
      this.gap = false;
      return;
    }
    if (built === '') {
      this.built = piece;
      this.hash = fnv(FNV_OFFSET, piece);
      this.the = piece === 'the' ? 1 : 0;
    } else if (this.gap) {
      this.built = `${built} ${piece}`;
      this.hash = fnv(Math.imul(this.hash ^ 32, 0x01000193), piece);
      if (this.the === 1) {
        this.the = 2;
        this.rest = fnv(FNV_OFFSET, piece);
      } else if (this.the === 2) this.rest = fnv(Math.imul(this.rest ^ 32, 0x01000193), piece);
    } else {
      this.built = built + piece;
      this.hash = fnv(this.hash, piece);
      if (this.the === 1) this.the = 0;
      else if (this.the === 2) this.rest = fnv(this.rest, piece);
    }
    this.gap = false;
  }

  /** `keyHash(this.key())`, without building the key's string where the key was built token by token. */
  keyHash(): number {
    if (this.built === undefined || !this.hashed) return keyHash(this.key());
    return (this.the === 2 ? this.rest : this.hash) >>> 0;
  }

  /** The key of the span [start, end). */
  key(): string {
    const { built } = this;
    if (built === undefined) return normKey(spanText(this.v, this.start, this.end));
    return built.startsWith('the ') ? built.slice(4) : built;
  }
}

/** Sentences in title case ("Hillary Clinton Was Headed to ER But Diverted"). */
export function titleCaseSentences(v: DocumentView): Set<number> {
  const { a } = v;
  const out = new Set<number>();
  for (const s of a.sentences) {
    // verbs, adjectives and adverbs are written in lower case inside ordinary sentences, whatever the nouns do
    let content = 0;
    let capital = 0;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      if (!tokenIs(v, k, LETTERS3) || tokenIs(v, k, FUNCTION) || !TITLE_CASE_TELLS.has(a.tokens[k]!.pos)) continue;
      // demonyms are capitalised adjectives in any sentence ("Russian", "American")
      if (tokenIs(v, k, DEMONYM)) continue;
      content++;
      if (tokenIs(v, k, CAPITALISED)) capital++;
    }
    if (content >= 2 && capital / content >= 0.75) out.add(s.i);
  }
  return out;
}

const TITLE_CASE_TELLS = new Set(['VERB', 'AUX', 'ADJ', 'ADV']);

/** Whether the written form of a list entry fits the text's capitals. */
function caseFits(v: DocumentView, surface: string, e: GazetteerEntry): boolean {
  const key = normKey(e.written);
  if (v.upper) {
    if (FUNCTION_WORDS.has(key)) return false;
    // short acronyms that are also words ("IS", "US") cannot be told apart in capitals
    if (!key.includes(' ') && key.replace(/\./g, '').length <= 3 && isKnownWord(key.replace(/\./g, ''))) return false;
    // an acronym that is also a word ("SITE") cannot be told apart in capitals either
    if (!key.includes(' ') && isAllUpper(e.written) && isKnownWord(key)) return false;
    return true;
  }
  // camel-case acronyms ("LeT", "JeM") are only themselves written exactly so
  if (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(e.written) && !e.written.includes(' ') && e.written.length <= 5)
    return surface === e.written;
  const letters = e.written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && isAllUpper(letters)) return isAllUpper(surface.replace(/[^\p{L}]/gu, ''));
  const writtenWords = e.written.replace(/^the\s+/i, '').split(/[\s-]+/);
  const surfaceWords = surface.replace(/^the\s+/i, '').split(/[\s-]+/);
  if (writtenWords.length === surfaceWords.length) {
    for (let k = 0; k < writtenWords.length; k++) {
      if (isCapitalised(writtenWords[k]!) && !isCapitalised(surfaceWords[k]!)) return false;
    }
  } else if (isCapitalised(e.written) && !isCapitalised(surface)) return false;
  return true;
}

/** Gazetteer matches: every n-gram of words looked up in the phrase index. */
export function gazetteerCandidates(v: DocumentView): { candidates: Candidate[]; demonyms: Candidate[] } {
  const { a } = v;
  const toks = a.tokens;
  const { maxWords, prefixes } = getGazetteer();
  const max = maxWords * 2;
  const candidates: Candidate[] = [];
  const demonyms: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    if (!tokenIs(v, i, IS_WORD)) continue;
    // a word whose key is its lower case and that starts no listed name: no phrase from it is listed
    if (v.plain[i] === WORD && !tokenIs(v, i, GAZETTEER_START)) continue;
    const sentence = v.block[i];
    const keys = new SpanKeys(v, i, true);
    for (let n = 1; n <= max && i + n <= toks.length; n++) {
      const last = toks[i + n - 1]!;
      if (v.block[i + n - 1] !== sentence) break;
      keys.push();
      if ((!hasLetter(last.text) && !/^\d+$/.test(last.text)) || last.lower === "'s" || last.lower === '’s') continue;
      if (!mayBePrefix(keys.keyHash())) break;
      const key = keys.key();
      if (!prefixes.has(key)) break;
      const entries = lookupName(key);
      if (entries.length === 0) continue;
      const surface = spanText(v, i, i + n);
      for (const e of entries) {
        if (!caseFits(v, surface, e)) continue;
        // "The" belongs to the name only when the list writes it
        const start = first.lower === 'the' && !/^the\s/i.test(e.written) ? i + 1 : i;
        if (start >= i + n) continue;
        const c: Candidate = {
          start,
          end: i + n,
          type: e.type,
          key: e.key,
          name: e.name,
          aliases: e.aliases,
          geo: e.geo ?? null,
          priority: e.type === 'country' ? 60 : 50,
          known: true,
          weak: e.weak,
          ...(e.nationalOf ? { nationalOf: e.nationalOf } : {}),
          rule: e.demonym ? 'demonym' : (GAZETTEER_RULES[e.type] ?? `gazetteer:${e.type}`),
          detail: e.demonym
            ? `"${spanText(v, start, i + n)}" refers to ${e.name}`
            : `listed ${e.written === e.name ? 'name' : `alias of ${e.name}`}${e.weak ? ' (ambiguous: needs confirming)' : ''}`,
        };
        if (e.demonym) demonyms.push(c);
        else candidates.push(c);
      }
    }
  }
  return { candidates, demonyms };
}

interface Run {
  start: number;
  end: number;
}

/** Maximal runs of name words, joined by hyphens and lower-case connectors ("Ministry of Intelligence"). */
export function nameRuns(v: DocumentView): Run[] {
  const toks = v.a.tokens;
  const isName = (k: number) => tokenIs(v, k, NAME);
  const runs: Run[] = [];
  let k = 0;
  const spanish = (k: number) => tokenIs(v, k, SPANISH);
  while (k < toks.length) {
    if (!isName(k) || (v.upper && spanish(k) && toks[k]!.lower !== 'san')) {
      // upper-case names may open with "SAN", "SANTA", "LA", "EL" although they are words
      if (!(v.upper && spanish(k) && isName(k + 1))) {
        k++;
        continue;
      }
    }
    const sentence = v.block[k];
    let end = k + 1;
    for (;;) {
      if (end >= toks.length || v.block[end] !== sentence) break;
      if (isName(end)) {
        end++;
        continue;
      }
      const next = toks[end]!;
      // hyphenated names: ISIS-K, Al-Shabaab
      if (
        next.text === '-' &&
        next.start === toks[end - 1]!.end &&
        isName(end + 1) &&
        toks[end + 1]!.start === next.end
      ) {
        end += 2;
        continue;
      }
      const lower = next.lower;
      const connector = v.upper
        ? SPANISH_PARTS.has(lower) || lower === 'of'
        : lower === 'of'
          ? ORGANISATION_LEADS.has(toks[end - 1]!.lower) || isLeadRun(toks, k, end)
          : lower === 'for'
            ? // "Center for Responsive Politics", "Committee for the Protection of Journalists"
              ORGANISATION_HEADS.has(toks[end - 1]!.lower) || ORGANISATION_LEADS.has(toks[end - 1]!.lower)
            : ['de', 'del', 'la', 'al', 'bin', 'ibn', 'van', 'von', 'da', 'di', 'y', 'el'].includes(next.text);
      if (connector) {
        let j = end + 1;
        if (toks[j]?.lower === 'the' || (v.upper && SPANISH_PARTS.has(toks[j]?.lower ?? ''))) j++;
        if (toks[j] && v.block[j] === sentence && isName(j)) {
          end = j + 1;
          continue;
        }
      }
      break;
    }
    runs.push({ start: k, end });
    k = end;
  }
  return runs;
}

/** "Court of Appeals", "University of Tehran": a lead word followed by "of" inside the run. */
function hasLeadOf(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end - 2; k++)
    if (ORGANISATION_LEADS.has(toks[k]!.lower) && toks[k + 1]!.lower === 'of') return true;
    else if (ORGANISATION_HEADS.has(toks[k]!.lower) && toks[k + 1]!.lower === 'for') return true;
  return false;
}

/** A word outside the English lexicon: most surnames are ("Manzano"), most names of things are not ("Latino Decisions"). */
function hasUnusualWord(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (GIVEN_NAMES.has(toks[k]!.lower) || !isKnownWord(toks[k]!.lower)) return true;
  return false;
}

/** A word that may end a person's name: outside the lexicon, and no head word of a place or organisation. */
function looksLikeSurname(t: Token): boolean {
  const lower = t.lower;
  return (
    !isKnownWord(lower) && !ORGANISATION_HEADS.has(lower) && !FACILITY_HEADS.has(lower) && !REGION_HEADS.has(lower)
  );
}

/** Ordinary English words after a given name ("Donald Trump Praises Breitbart"): a headline, not a four-part name. */
function hasOrdinaryTail(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = toks[k]!;
    if (/^\p{Lu}\.$/u.test(t.text) || NAME_PARTICLES.has(t.lower)) continue;
    if (isKnownWord(t.lower) && !GIVEN_NAMES.has(t.lower) && t.pos !== 'PROPN') return true;
  }
  return false;
}

const NAME_PARTICLES = new Set(['de', 'del', 'la', 'van', 'von', 'bin', 'ibn', 'al', 'da', 'di', 'le']);

function isLeadRun(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++)
    if (ORGANISATION_LEADS.has(toks[k]!.lower) || PERSON_TITLES.has(toks[k]!.lower)) return true;
  return false;
}

function containsArmedWord(toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (ARMED_WORDS.has(toks[k]!.lower)) return true;
  return false;
}

/** Country code of a leading country name or demonym ("US", "Iranian"), if any. */
function countryPrefix(v: DocumentView, start: number, end: number): { code: string; words: number } | undefined {
  for (let n = Math.min(3, end - start - 1); n >= 1; n--) {
    const entries = lookupName(spanKey(v, start, start + n));
    const country = entries.find((e) => e.type === 'country');
    if (country) return { code: country.key.slice('country:'.length), words: n };
  }
  return undefined;
}

/** Classify runs of name words by head word, person cues and place lists. */
export function runCandidates(v: DocumentView, runs: Run[]): Candidate[] {
  const toks = v.a.tokens;
  const out: Candidate[] = [];
  for (const run of runs) {
    if (v.titleCase.has(toks[run.start]!.sentence) && !v.upper) continue;
    let { start } = run;
    const { end } = run;
    // "The", "A", "This" opening a sentence are not part of the name
    while (
      start < end - 1 &&
      (LEADING_DETERMINERS.has(toks[start]!.lower) ||
        (toks[start]!.pos !== 'PROPN' && (FUNCTION_WORDS.has(toks[start]!.lower) || isSentenceStart(v, start))))
    )
      start++;
    if (LEADING_DETERMINERS.has(toks[start]!.lower)) start++;
    if (start >= end) continue;
    const prev = toks[start - 1];
    const next = toks[end];
    const head = toks[end - 1]!.lower;

    // strip titles ("President", "Foreign Minister", "Sen.") and demonyms before a person's name
    let nameStart = start;
    let titled = false;
    while (nameStart < end - 1) {
      const w = toks[nameStart]!.lower;
      if (PERSON_TITLES.has(w) || (TITLE_PARTS.has(w) && w !== 'of' && w !== 'the')) {
        titled ||= PERSON_TITLES.has(w);
        nameStart++;
        continue;
      }
      if ((w === 'of' || w === 'the') && titled) {
        nameStart++;
        continue;
      }
      if (lookupName(toks[nameStart]!.lower).some((e) => e.demonym) && nameStart === start) {
        nameStart++;
        continue;
      }
      break;
    }
    // "Secretary of State Mike Pompeo": the title may run on through "of State"
    if (titled) {
      while (nameStart < end - 1 && (TITLE_PARTS.has(toks[nameStart]!.lower) || toks[nameStart]!.lower === 'of'))
        nameStart++;
    }
    // "Homeland Security Secretary Jeh Johnson", "Republican Indiana Gov. Mike Pence": a title inside the run
    for (let k = end - 2; k > nameStart; k--) {
      if (PERSON_TITLES.has(toks[k]!.lower) && end - (k + 1) <= 3) {
        nameStart = k + 1;
        titled = true;
        break;
      }
    }
    // "Crooked Hillary Clinton": a given name inside the run starts the name ("San Juan de Miraflores" is
    // a place named for a saint, not a Juan)
    if (
      !titled &&
      !SAINT_WORDS.has(toks[nameStart]!.lower) &&
      !GIVEN_NAMES.has(toks[nameStart]!.lower) &&
      !ORGANISATION_HEADS.has(head) &&
      !FACILITY_HEADS.has(head)
    ) {
      for (let k = nameStart + 1; k < end - 1; k++) {
        if (GIVEN_NAMES.has(toks[k]!.lower) && end - k <= 3) {
          nameStart = k;
          break;
        }
      }
    }
    const nameLength = end - nameStart;

    // "Mr. Camp", "Dr. Hall": after an honorific the run is a person whatever its last word
    if (HONORIFICS.has(toks[start]!.lower) && end - start >= 2 && end - start <= 4) {
      const name = spanText(v, start + 1, end);
      out.push({
        start: start + 1,
        end,
        type: 'person',
        key: `person:${normKey(name)}`,
        name,
        aliases: [],
        priority: 40,
        known: false,
        rule: 'honorific-person',
        detail: `after the honorific "${toks[start]!.text}"`,
      });
      continue;
    }
    // organisations, facilities, media, regions by head word (the whole run, title words included)
    const length = end - start;
    if (length >= 2 && REGION_HEADS.has(head) && isRegionName(v, start, end - 1, head)) {
      out.push(regionCandidate(v, start, end - 1, end, head));
      continue;
    }
    // "Moscow region", "Kherson oblast": a known place before a lower-case region word
    if (
      next &&
      REGION_HEADS.has(next.lower) &&
      !isCapitalised(next.text) &&
      v.block[end] === v.block[start] &&
      isRegionName(v, start, end, next.lower)
    ) {
      out.push(regionCandidate(v, start, end, end + 1, next.lower));
      continue;
    }
    if (length >= 2 && length <= 7 && (ORGANISATION_HEADS.has(head) || hasLeadOf(toks, start, end))) {
      out.push(organisationCandidate(v, start, end));
      continue;
    }
    const givenNamePair = length === 2 && GIVEN_NAMES.has(toks[start]!.lower) && !ORGANISATION_HEADS.has(head);
    if (length >= 2 && length <= 6 && FACILITY_HEADS.has(head) && !givenNamePair) {
      out.push(simpleCandidate(v, start, end, 'facility', 30));
      continue;
    }
    if (length >= 2 && length <= 5 && MEDIA_HEADS.has(head) && !v.upper) {
      out.push(simpleCandidate(v, start, end, 'media', 30));
      continue;
    }

    // people
    const first = toks[nameStart]!.lower;
    const allCapitalWords = (() => {
      for (let k = nameStart; k < end; k++) {
        const w = toks[k]!.text;
        // initials ("J.") are fine; acronyms are not names of people
        if (!isCapitalised(w) || (!v.upper && isAllUpper(w) && w.replace(/[^\p{L}]/gu, '').length > 1)) return false;
      }
      return true;
    })();
    const titleBefore = prev && PERSON_TITLES.has(prev.lower) && !isCapitalised(prev.text);
    // "Smith said", "said John Smith", "according to John Smith", "John Smith, who …", "John Smith, a lawyer for …"
    const after1 = toks[end + 1]?.lower ?? '';
    const after2 = toks[end + 2]?.lower ?? '';
    // "a spokesman for the Foreign Office, Mumtaz Zahra Baloch, declined": a role noun shortly before, then a comma
    let roleBefore = false;
    if (prev?.text === ',') {
      for (let k = start - 2; k >= Math.max(0, start - 9) && toks[k]!.sentence === toks[start]!.sentence; k--) {
        if (PERSON_TITLES.has(toks[k]!.lower) && !isCapitalised(toks[k]!.text)) roleBefore = true;
      }
    }
    const saysAfter =
      roleBefore ||
      (next && SPEECH_VERBS.has(next.lower)) ||
      (prev && ['said', 'says', 'added', 'wrote', 'asked'].includes(prev.lower)) ||
      (prev?.lower === 'to' && toks[start - 2]?.lower === 'according') ||
      (next?.text === ',' &&
        (after1 === 'who' ||
          /^\d{2}$/.test(after1) ||
          (['a', 'an', 'the'].includes(after1) &&
            (PERSON_TITLES.has(after2) || PERSON_TITLES.has(toks[end + 3]?.lower ?? '')))));
    // a run that is all title ("President") names no one
    // ("Mr. King" is someone: after an honorific any word is a name)
    let onlyTitles = !HONORIFICS.has(toks[nameStart - 1]?.lower ?? '');
    for (let k = start; k < end; k++)
      if (!PERSON_TITLES.has(toks[k]!.lower) && !TITLE_PARTS.has(toks[k]!.lower)) onlyTitles = false;
    // a first name from the wider lists ("Maribel Ramirez") counts before a surname only: "Clinton Cash",
    // "Hilton Head" and "Drake Hotel" end in a word of the lexicon or a head word
    const listedGivenName =
      !GIVEN_NAMES.has(first) &&
      nameLength >= 2 &&
      nameLength <= 3 &&
      looksLikeSurname(toks[end - 1]!) &&
      isListedGivenName(first);
    const person =
      !onlyTitles &&
      allCapitalWords &&
      nameLength <= 4 &&
      ((titled && nameLength >= 1) ||
        listedGivenName ||
        (GIVEN_NAMES.has(first) &&
          nameLength >= 2 &&
          (nameLength <= 3 || v.upper || !hasOrdinaryTail(toks, nameStart + 1, end))) ||
        (titleBefore && nameLength >= 1) ||
        (saysAfter &&
          nameLength >= 2 &&
          nameLength <= 3 &&
          !v.upper &&
          toks[nameStart]!.pos === 'PROPN' &&
          hasUnusualWord(toks, nameStart, end)));
    if (person && lookupName(spanKey(v, nameStart, end)).length === 0) {
      const name = spanText(v, nameStart, end);
      out.push({
        start: nameStart,
        end,
        type: 'person',
        key: `person:${normKey(name)}`,
        name,
        aliases: [],
        priority: 40,
        known: false,
        ...personRule(
          v,
          start,
          nameStart,
          titled,
          !!titleBefore,
          GIVEN_NAMES.has(first) || listedGivenName,
          !!saysAfter,
        ),
      });
      continue;
    }

    // acronyms not in the lists: organisations ("NYPD"), in mixed-case text only
    if (
      !v.upper &&
      length === 1 &&
      /^\p{Lu}[\p{Lu}\d&]{2,5}$/u.test(toks[start]!.text) &&
      !NOT_ACRONYMS.has(toks[start]!.text) &&
      !isKnownWord(toks[start]!.text) &&
      citiesNamed(toks[start]!.text).length === 0
    ) {
      if (lookupName(normKey(toks[start]!.text)).length === 0)
        out.push({
          ...simpleCandidate(v, start, end, 'organization', 10),
          rule: 'acronym',
          detail: 'an upper-case word outside the lexicon',
        });
      continue;
    }

    // cities and towns
    const city = cityCandidate(v, start, end);
    if (city) {
      out.push(city);
      continue;
    }
    // "in San Luis de la Reina": a place named for a saint that GeoNames' list of towns of 1,000 or more lacks
    if (length >= 2 && SAINT_WORDS.has(toks[start]!.lower) && prev && placeCued(v, start)) {
      out.push({
        ...simpleCandidate(v, start, end, 'location', 15),
        rule: 'saint-place',
        detail: `a name opening with "${toks[start]!.text}" after "${prev.text}", in no list of towns`,
      });
      continue;
    }
    // multi-word proper names of unknown kind fill gaps only
    if (!v.upper && length >= 2) {
      let proper = true;
      for (let k = start; k < end; k++) if (toks[k]!.pos !== 'PROPN' && /^\p{Lu}/u.test(toks[k]!.text)) proper = false;
      // title phrases ("Secretary of State") and demonym phrases ("North Korean") are no names
      const titleOrListed =
        PERSON_TITLES.has(toks[start]!.lower) ||
        TITLE_PARTS.has(toks[start]!.lower) ||
        lookupName(spanKey(v, start, end)).length > 0;
      if (proper && !titleOrListed)
        out.push({
          ...simpleCandidate(v, start, end, 'other', 0),
          fallback: true,
          rule: 'capitalised-name',
          detail: 'a run of capitalised proper nouns of unknown kind',
        });
    }
  }
  return out;
}

/** Generic heads ("Department", "District") make a region only after a known place name ("San Miguel Department"). */
function isRegionName(v: DocumentView, start: number, end: number, head: string): boolean {
  if (end <= start) return false;
  const toks = v.a.tokens;
  if (FACILITY_HEADS.has(toks[end - 1]!.lower) || ORGANISATION_HEADS.has(toks[end - 1]!.lower)) return false;
  const place = spanText(v, start, end);
  const knownPlace = citiesNamed(place).length > 0 && !lookupName(normKey(place)).some((e) => e.type !== 'country');
  if (['department', 'departments', 'district', 'districts', 'county'].includes(head)) return knownPlace || v.upper;
  // a name of proper nouns only, not a listed thing, no title ("Borno State", "the Tigray region"; not "Secretary of State")
  let proper = true;
  for (let k = start; k < end; k++) {
    const t = toks[k]!;
    if (t.pos !== 'PROPN' || !isCapitalised(t.text) || PERSON_TITLES.has(t.lower) || TITLE_PARTS.has(t.lower))
      proper = false;
  }
  if (lookupName(normKey(place)).some((e) => e.type !== 'country' && e.type !== 'location')) proper = false;
  if (head === 'state' || head === 'states') return !v.upper && proper && isCapitalised(toks[end]?.text ?? '');
  if (isCapitalised(toks[end]?.text ?? '')) return true;
  return knownPlace || proper;
}

function simpleCandidate(v: DocumentView, start: number, end: number, type: EntityType, priority: number): Candidate {
  const name = spanText(v, start, end);
  return {
    start,
    end,
    type,
    key: `${type}:${normKey(name)}`,
    name,
    aliases: [],
    priority,
    known: false,
    rule: `head-word:${type === 'organization' ? 'organisation' : type}`,
    detail: `ends in "${v.a.tokens[end - 1]!.text}"`,
  };
}

/** Which person cue made a run a person's name (the first that holds, most telling first). */
function personRule(
  v: DocumentView,
  start: number,
  nameStart: number,
  titled: boolean,
  titleBefore: boolean,
  givenName: boolean,
  saysAfter: boolean,
): Pick<Candidate, 'rule' | 'detail'> {
  const toks = v.a.tokens;
  if (titled) return { rule: 'title-person', detail: `after the title "${spanText(v, start, nameStart)}"` };
  if (titleBefore) return { rule: 'title-person', detail: `after the title "${toks[start - 1]!.text}"` };
  if (givenName) return { rule: 'given-name', detail: `opens with the given name "${toks[nameStart]!.text}"` };
  if (saysAfter) return { rule: 'speech-cue-person', detail: 'an unusual name beside a speech verb or role' };
  return { rule: 'person-name' };
}

const UNIT_WORDS = new Set([
  'forces',
  'force',
  'detachment',
  'directorate',
  'command',
  'unit',
  'units',
  'column',
  'squad',
  'group',
  'network',
  'movement',
  'front',
  'militia',
  'guerrillas',
  'army',
]);

function organisationCandidate(v: DocumentView, start: number, end: number): Candidate {
  const toks = v.a.tokens;
  const name = spanText(v, start, end);
  const prefix = countryPrefix(v, start, end);
  const baseStart = prefix ? start + prefix.words : start;
  const base = spanText(v, baseStart, end);
  const type: EntityType = containsArmedWord(toks, start, end) ? 'armed_group' : 'organization';
  // "FMLN FORCES", "SENDERO LUMINOSO DETACHMENT": a known group named with a unit word is the group
  const group =
    end - start >= 2 ? lookupName(spanKey(v, start, end - 1)).find((e) => e.type === 'armed_group') : undefined;
  if (group && UNIT_WORDS.has(toks[end - 1]!.lower)) {
    return {
      start,
      end,
      type: group.type,
      key: group.key,
      name: group.name,
      aliases: group.aliases,
      priority: 45,
      known: true,
      rule: 'gazetteer:armed-group',
      detail: `listed group "${group.written}" with the unit word "${toks[end - 1]!.text}"`,
    };
  }
  // a known organisation under its plain name ("State Department" in "US State Department")
  const known = lookupName(normKey(base)).find((e) => e.type === 'organization' || e.type === 'armed_group');
  if (known) {
    return {
      start,
      end,
      type: known.type,
      key: known.key,
      name: known.name,
      aliases: [...known.aliases, name],
      priority: 45,
      known: true,
      rule: known.type === 'armed_group' ? 'gazetteer:armed-group' : 'gazetteer:organisation',
      detail: `listed name "${known.written}"${prefix ? ' after a country' : ''}`,
    };
  }
  const key = prefix ? `${type}:${prefix.code}:${normKey(base)}` : `${type}:${normKey(base)}`;
  return {
    start,
    end,
    type,
    key,
    name,
    aliases: prefix ? [base] : [],
    priority: 35,
    known: false,
    base: normKey(base),
    rule: `head-word:${type === 'armed_group' ? 'armed-group' : 'organisation'}`,
    detail: `ends in "${toks[end - 1]!.text}"${type === 'armed_group' ? ' with an armed-group word' : ''}`,
  };
}

/** "Moscow Region", "San Miguel Department": the named part runs from start to nameEnd. */
function regionCandidate(v: DocumentView, start: number, nameEnd: number, end: number, head: string): Candidate {
  const place = spanText(v, start, nameEnd);
  const canonicalHead = REGION_HEADS.get(head) ?? head;
  const name = `${v.upper ? titleCase(place) : place} ${canonicalHead}`;
  const city = chooseCity(citiesNamed(place), v.countries);
  const country = lookupName(normKey(place)).find((e) => e.type === 'country');
  // a homonym town abroad says nothing about where a region of this document lies, nor does a small one
  // anywhere when the text names no country ("Borno State" is not the Italian village of Borno)
  const trusted =
    city && (v.countries.has(city.country) || (v.countries.size === 0 && city.population >= REGION_TOWN_POPULATION));
  const geo = trusted ? { lat: city.lat, lon: city.lon, country: city.country } : (country?.geo ?? null);
  const aliases = canonicalHead === 'Region' ? [`${place} Oblast`, `${place} region`] : [];
  // a village or neighbourhood is also called by its bare name ("Zacamil" for "Zacamil Neighborhood"), and so
  // is an administrative division ("Junin" for "Junin Department", "Borno" for "Borno State")
  const local = LOCAL_HEADS.has(canonicalHead);
  const bare = v.upper ? titleCase(place) : place;
  if (local) aliases.push(bare);
  return {
    start,
    end,
    type: 'location',
    key: local ? `place:${normKey(place)}` : `region:${normKey(place)}:${canonicalHead}`,
    name,
    aliases,
    geo,
    priority: 45,
    known: false,
    ...(!local && BARE_NAME_HEADS.has(canonicalHead) ? { bare } : {}),
    rule: 'region-head',
    detail: `"${place}" before the head word "${canonicalHead}"${geo ? (trusted ? ', geocoded by GeoNames' : ', geocoded to its country') : ''}`,
  };
}

/** A town this big may lend its place to a region of its name when the text names no country ("Moscow Region"). */
const REGION_TOWN_POPULATION = 50000;

const LOCAL_HEADS = new Set(['Village', 'Neighborhood', 'Hamlet', 'Canton', 'Settlement']);

/**
 * Divisions whose bare name is the division itself ("Junin" is Junin Department); not "County" ("Orange" is
 * not Orange County) nor "District" or "Municipality", which often share the bare name with their town.
 */
const BARE_NAME_HEADS = new Set(['Department', 'Province', 'Region', 'Governorate', 'Prefecture', 'Krai', 'State']);

/** Nouns that introduce a place's name: "the town of X", "the province of X". */
const PLACE_OF_NOUNS = new Set([
  'city',
  'town',
  'village',
  'municipality',
  'hamlet',
  'port',
  'canton',
  'neighborhood',
  'neighbourhood',
  'suburb',
  'province',
  'department',
  'region',
  'district',
]);

/** "the town of Tirapata", "THE MUNICIPALITY OF SAN PEDRO PERULAPAN": a place whether or not GeoNames knows it. */
export function placeOfCandidates(v: DocumentView): Candidate[] {
  const toks = v.a.tokens;
  const out: Candidate[] = [];
  const isName = (k: number) => tokenIs(v, k, NAME);
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!tokenIs(v, k, HEAD)) continue;
    const noun = toks[k]!.lower;
    if (!PLACE_OF_NOUNS.has(noun) || toks[k + 1]!.lower !== 'of') continue;
    if (!v.upper && isCapitalised(toks[k]!.text)) continue;
    const s = k + 2;
    let e = s;
    while (
      e < toks.length &&
      e - s < 5 &&
      v.block[e] === v.block[s] &&
      (isName(e) || (SPANISH_PARTS.has(toks[e]!.lower) && isName(e + 1)))
    )
      e++;
    if (e === s || !isName(e - 1)) continue;
    if (lookupName(spanKey(v, s, e)).some((x) => x.type === 'country')) continue;
    if (REGION_HEADS.has(noun) && !LOCAL_HEADS.has(REGION_HEADS.get(noun)!)) {
      out.push({ ...regionCandidate(v, s, e, e, noun), priority: 15, rule: 'place-of', detail: `"the ${noun} of …"` });
      continue;
    }
    const city = cityCandidate(v, s, e);
    if (city) continue;
    const place = spanText(v, s, e);
    const known = chooseCity(citiesNamed(place), v.countries);
    const geo =
      known && v.countries.has(known.country) ? { lat: known.lat, lon: known.lon, country: known.country } : null;
    out.push({
      start: s,
      end: e,
      type: 'location',
      key: `place:${normKey(place)}`,
      name: v.upper ? titleCase(place) : place,
      aliases: [],
      geo,
      priority: 15,
      known: false,
      rule: 'place-of',
      detail: `"the ${noun} of …"${geo ? ', geocoded by GeoNames' : ''}`,
    });
  }
  return out;
}

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A city or town: big enough, or introduced as a place ("in", "the city of"). */
function cityCandidate(
  v: DocumentView,
  start: number,
  end: number,
  key = spanKey(v, start, end),
): Candidate | undefined {
  const toks = v.a.tokens;
  if (/^['’]s$/i.test(toks[end - 1]!.text)) return undefined;
  if (nameGoesOn(v, end)) return undefined;
  const homonyms = citiesKeyed(key);
  if (homonyms.length === 0) return undefined;
  const surface = spanText(v, start, end);
  const city = chooseCity(homonyms, v.countries);
  if (!city) return undefined;
  const prev = toks[start - 1];
  const prev2 = toks[start - 2];
  const next = toks[end];
  // a dateline: "OSORNO, 18 JAN 89 --" at the head of a line
  const lineStart = start === 0 || /\n\s*$/.test(v.a.text.slice(prev?.end ?? 0, toks[start]!.start));
  const cue =
    (lineStart && (next?.text === ',' || countryInParentheses(v, end))) ||
    (prev && PLACE_CUES.has(prev.lower)) ||
    (prev?.lower === 'of' && prev2 && PLACE_NOUNS.has(prev2.lower)) ||
    (prev && PLACE_NOUNS.has(prev.lower)) ||
    (next?.text === ',' &&
      tokenIs(v, end + 1, IS_WORD) &&
      (isCapitalised(toks[end + 1]!.text) || v.upper) &&
      lookupName(toks[end + 1]!.lower).some((e) => e.type === 'country'));
  const single = end - start === 1;
  const word = toks[start]!;
  const inCountry = v.countries.has(city.country);
  let ok: boolean;
  if (v.upper) {
    const ordinary = single && isKnownWord(word.lower);
    ok = ordinary
      ? !!cue && inCountry && city.population >= 20000
      : (!!cue && (inCountry || city.population >= 20000)) || city.population >= 500000;
  } else {
    const proper = word.pos === 'PROPN';
    ok =
      (city.population >= 200000 && (proper || !single)) ||
      (!!cue && (inCountry || city.population >= 50000) && (proper || !single || inCountry));
  }
  if (!ok) return undefined;
  const name = v.upper || isAllUpper(surface) ? city.name : surface;
  return {
    start,
    end,
    type: 'location',
    key: `city:${normKey(city.name)}:${city.country}`,
    name,
    aliases: city.name !== name ? [city.name] : [],
    geo: { lat: city.lat, lon: city.lon, country: city.country },
    // a town of a country the text names beats a guess from a head word ("LA UNION" is a town, not a union)
    priority: inCountry ? 38 : 20,
    known: false,
    rule: 'gazetteer:city',
    detail: `GeoNames ${city.name}, ${city.country} (population ${city.population}${homonyms.length > 1 ? `, chosen among ${homonyms.length} homonyms` : ''})${cueWord(v, start, end, !!cue)}`,
  };
}

/** "in X", "near X", "the town of X": a word before token `k` that introduces a place. */
function placeCued(v: DocumentView, k: number): boolean {
  const prev = v.a.tokens[k - 1]?.lower ?? '';
  const prev2 = v.a.tokens[k - 2]?.lower ?? '';
  return PLACE_CUES.has(prev) || PLACE_NOUNS.has(prev) || (prev === 'of' && PLACE_NOUNS.has(prev2));
}

/**
 * Whether a place name continues at token `k` with a particle and a name word ("SANTA MARIA | DEL VALLE",
 * "San Juan | de Lurigancho"): a city matching the words before it is another, shorter-named place.
 */
function nameGoesOn(v: DocumentView, k: number): boolean {
  const particle = v.a.tokens[k]?.lower;
  if (particle !== 'de' && particle !== 'del' && particle !== 'do' && particle !== 'da') return false;
  const next = v.a.tokens[k + 1]?.lower === 'la' || v.a.tokens[k + 1]?.lower === 'los' ? k + 2 : k + 1;
  return v.block[next] === v.block[k] && tokenIs(v, next, NAME) && !tokenIs(v, next, FUNCTION);
}

/**
 * "(PANAMA)," at token `k`: a country's name in parentheses and a comma, as wire datelines give it after the
 * city ("PANAMA CITY (PANAMA), 26 JAN 89 --").
 */
function countryInParentheses(v: DocumentView, k: number): boolean {
  const toks = v.a.tokens;
  if (toks[k]?.text !== '(') return false;
  for (let close = k + 2; close <= k + 4 && close < toks.length; close++) {
    if (toks[close]!.text !== ')') continue;
    if (toks[close + 1]?.text !== ',') return false;
    return lookupName(spanKey(v, k + 1, close)).some((e) => e.type === 'country' && !e.demonym);
  }
  return false;
}

/** What introduced a place name, for the explanation: the word before it, a dateline, or its country after it. */
function cueWord(v: DocumentView, start: number, end: number, cued: boolean): string {
  if (!cued) return '';
  const toks = v.a.tokens;
  const prev = toks[start - 1];
  if (prev && (PLACE_CUES.has(prev.lower) || PLACE_NOUNS.has(prev.lower) || prev.lower === 'of'))
    return `, after "${prev.text}"`;
  if (
    (toks[end]?.text === ',' || countryInParentheses(v, end)) &&
    (start === 0 || /\n\s*$/.test(v.a.text.slice(prev?.end ?? 0, toks[start]!.start)))
  )
    return ', a dateline';
  return ', before its country';
}

/** the keys of the phrases `upperCityCandidates` probes from one token, by length (reused: no array per token) */
const cityKeys: (string | undefined)[] = [];

/** Upper-case text: any word n-gram that names a place ("SAN SALVADOR", whose words are ordinary). */
export function upperCityCandidates(v: DocumentView): Candidate[] {
  if (!v.upper) return [];
  const toks = v.a.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!tokenIs(v, i, IS_WORD) || tokenIs(v, i, FUNCTION)) continue;
    // most words start no city's name: then no phrase from here names one
    if (tokenIs(v, i, LEADS) && !tokenIs(v, i, CITY_START)) continue;
    // phrases of up to six words within the block, which only ends further on (blocks never resume)
    let longest = 1;
    while (longest < 6 && i + longest < toks.length && v.block[i + longest] === v.block[i]) longest++;
    const keys = new SpanKeys(v, i, true);
    for (let n = 1; n <= longest; n++) {
      keys.push();
      // phrases no city is named (the table's bit filter says so for nearly all) need no candidate
      cityKeys[n] = tokenIs(v, i + n - 1, IS_WORD) && mayNameHash(keys.keyHash()) ? keys.key() : undefined;
    }
    for (let n = longest; n >= 1; n--) {
      const key = cityKeys[n];
      if (key === undefined) continue;
      const c = cityCandidate(v, i, i + n, key);
      if (c) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

/** Upper-case text: "THE ATONAL BATTALION", "USULUTAN DEPARTMENT", "LAS CANAS BRIDGE" where the name words are ordinary. */
export function upperHeadCandidates(v: DocumentView): Candidate[] {
  if (!v.upper) return [];
  const toks = v.a.tokens;
  const out: Candidate[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!tokenIs(v, k, HEAD)) continue;
    const head = toks[k]!.lower;
    const isRegion = REGION_HEADS.has(head);
    const isOrg = ORGANISATION_HEADS.has(head);
    const isFacility = FACILITY_HEADS.has(head);
    if (!isRegion && !isOrg && !isFacility) continue;
    // walk back over name words (out of the lexicon, or Spanish particles)
    let start = k;
    while (start - 1 >= 0 && v.block[start - 1] === v.block[k] && k - start < 4) {
      const w = toks[start - 1]!;
      // "LA UNION", "EL PROGRESO": an ordinary word after a Spanish article is a name word too
      const afterArticle =
        SPANISH_ARTICLES.has(toks[start - 2]?.lower ?? '') &&
        tokenIs(v, start - 1, IS_WORD) &&
        !FUNCTION_WORDS.has(w.lower);
      if (tokenIs(v, start - 1, NAME) || (SPANISH_PARTS.has(w.lower) && start < k) || afterArticle) start--;
      else break;
    }
    // "THE ATONAL BATTALION": one ordinary word right after "THE" names a unit
    if (
      start === k &&
      isOrg &&
      toks[k - 2]?.lower === 'the' &&
      tokenIs(v, k - 1, IS_WORD) &&
      !FUNCTION_WORDS.has(toks[k - 1]!.lower) &&
      !GENERIC_UNIT_WORDS.has(toks[k - 1]!.lower) &&
      ['battalion', 'brigade', 'regiment', 'division'].includes(head)
    )
      start = k - 1;
    while (start < k && SPANISH_PARTS.has(toks[start]!.lower) && ['de', 'del', 'y'].includes(toks[start]!.lower))
      start++;
    if (start === k) continue;
    // the head itself after an article is the name ("LA UNION" is a department, not a union)
    if (SPANISH_ARTICLES.has(toks[k - 1]!.lower) && start === k - 1) continue;
    if (isRegion) {
      out.push(regionCandidate(v, start, k, k + 1, head));
      // "USULUTAN AND MORAZAN DEPARTMENTS": both are departments
      if (head.endsWith('s') && toks[start - 1]?.lower === 'and' && tokenIs(v, start - 2, NAME)) {
        out.push(regionCandidate(v, start - 2, start - 1, start - 1, head));
      }
    } else if (isOrg) out.push(organisationCandidate(v, start, k + 1));
    else out.push(simpleCandidate(v, start, k + 1, 'facility', 30));
  }
  return out;
}

const SPANISH_ARTICLES = new Set(['la', 'las', 'los', 'el', 'san', 'santa', 'santo']);

const GENERIC_UNIT_WORDS = new Set([
  'same',
  'military',
  'other',
  'army',
  'infantry',
  'artillery',
  'air',
  'first',
  'second',
  'third',
  'national',
  'special',
  'rapid',
  'whole',
  'entire',
  'new',
  'enemy',
  'government',
  'rebel',
  'guerrilla',
  'police',
]);

/** "Iranian authorities": a demonym before a word for the state stands for the country. */
export function demonymStateCandidates(v: DocumentView, demonyms: Candidate[]): Candidate[] {
  const toks = v.a.tokens;
  const out: Candidate[] = [];
  for (const d of demonyms) {
    const next = toks[d.end];
    if (!next || !STATE_WORDS.has(next.lower) || (!v.upper && isCapitalised(next.text))) continue;
    const country = countryByCode(d.key.slice('country:'.length));
    out.push({
      ...d,
      end: d.end + 1,
      aliases: [...(country?.names ?? []), spanText(v, d.start, d.end + 1)],
      priority: 55,
      name: country?.name ?? d.name,
      rule: 'demonym-state',
      detail: `"${spanText(v, d.start, d.end + 1)}" stands for ${country?.name ?? d.name}`,
    });
  }
  return out;
}

/**
 * "the Salvadoran army", "a Peruvian court": a demonym refers to its country, so it is a mention of the
 * country (a real span of the text) without being one of its names. Longer names containing it ("North
 * Korean", "Iranian authorities") win the overlap; "Latin American" refers to no country.
 */
export function demonymMentionCandidates(v: DocumentView, demonyms: Candidate[]): Candidate[] {
  const toks = v.a.tokens;
  const out: Candidate[] = [];
  for (const d of demonyms) {
    const prev = toks[d.start - 1];
    // "Latin American", "Central American": the people of a continent, not of the country
    const continental = CONTINENTAL_DEMONYMS.has(normKey(spanText(v, d.start, d.end)));
    if (continental && prev && REGIONAL_QUALIFIERS.has(prev.lower) && v.block[d.start - 1] === v.block[d.start])
      continue;
    // "Pro-American", "Anglo-American": a compound, not the country
    if (prev?.text === '-' && prev.end === toks[d.start]!.start) continue;
    const country = countryByCode(d.key.slice('country:'.length));
    out.push({
      ...d,
      aliases: (country?.names ?? []).filter((n) => n !== d.name && !isAllUpper(n.replace(/\./g, ''))),
      priority: 25,
      unnamed: true,
    });
  }
  return out;
}

const REGIONAL_QUALIFIERS = new Set(['latin', 'north', 'south', 'central', 'pan', 'anglo']);
/** Demonyms of a country that also name the people of a continent. */
const CONTINENTAL_DEMONYMS = new Set(['american', 'americans']);

/**
 * "the Honduran capital": the capital of that country; "in this capital", "the capital" in wire copy whose
 * dateline is a national capital: the dateline city. The mention is the words "capital" (with the demonym).
 */
export function capitalCandidates(v: DocumentView, demonyms: Candidate[]): Candidate[] {
  const toks = v.a.tokens;
  const out: Candidate[] = [];
  const home = datelineCity(v);
  const demonymEnding = new Map(demonyms.map((d) => [d.end, d]));
  for (let k = 1; k < toks.length; k++) {
    if (!tokenIs(v, k, CAPITAL_WORD)) continue;
    if (toks[k]!.lower !== 'capital' || toks[k + 1]?.lower === 'of' || (!v.upper && isCapitalised(toks[k]!.text)))
      continue;
    const d = demonymEnding.get(k);
    if (d && (toks[d.start - 1]?.lower === 'the' || toks[d.start - 1]?.lower === 'this')) {
      const country = countryByCode(d.key.slice('country:'.length));
      const city = country?.capitals
        .flatMap((name) => citiesNamed(name))
        .find((c) => c.country === country.cca2 && c.feature === 'PPLC');
      if (city) out.push(capitalCandidate(d.start, k + 1, city, `"the ${d.name}'s capital" is ${city.name}`));
      continue;
    }
    if (home && (toks[k - 1]?.lower === 'the' || toks[k - 1]?.lower === 'this'))
      out.push(capitalCandidate(k, k + 1, home, `"the capital" in a report filed from ${home.name}`));
  }
  return out;
}

function capitalCandidate(start: number, end: number, city: City, detail: string): Candidate {
  return {
    start,
    end,
    type: 'location',
    key: `city:${normKey(city.name)}:${city.country}`,
    name: city.name,
    aliases: [],
    geo: { lat: city.lat, lon: city.lon, country: city.country },
    priority: 30,
    known: false,
    unnamed: true,
    rule: 'capital',
    detail,
  };
}

/** The national capital a wire report is filed from ("SAN SALVADOR, 3 JAN 90 --"), if it is one. */
function datelineCity(v: DocumentView): City | undefined {
  const toks = v.a.tokens;
  if (!toks[0] || /\S/.test(v.a.text.slice(0, toks[0].start))) return undefined;
  for (let n = 1; n <= 4 && n < toks.length; n++) {
    if (toks[n]!.text !== ',' && !countryInParentheses(v, n)) continue;
    const city = chooseCity(citiesNamed(spanText(v, 0, n)), v.countries);
    return city?.feature === 'PPLC' ? city : undefined;
  }
  return undefined;
}

/** The country of the national capital a wire report is filed from, if it is filed from one. */
export const datelineCountry = (v: DocumentView): string | undefined => datelineCity(v)?.country;

const STATE_WORDS = new Set(['authorities', 'government', 'regime', 'leadership', 'state', 'officials']);

export { spanText };

/** Countries whose capital the text names ("SAN SALVADOR, 3 JAN 90"): context for choosing among homonym places. */
export function capitalCountries(v: DocumentView): Set<string> {
  const toks = v.a.tokens;
  const capitals = capitalIndex(normKey);
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    if (!tokenIs(v, i, IS_WORD) || (!v.upper && !tokenIs(v, i, CAPITALISED))) continue;
    if (tokenIs(v, i, LEADS) && !tokenIs(v, i, CAPITAL_START)) continue;
    const keys = new SpanKeys(v, i);
    for (let n = 1; n <= 3 && i + n <= toks.length && v.block[i + n - 1] === v.block[i]; n++) {
      const code = capitals.get(keys.extend());
      if (code) out.add(code);
    }
  }
  return out;
}

let capitalWords: { of: Map<string, string>; words: Set<string> } | undefined;
/** The first words of the capitals' names in normal form. */
function capitalFirstWords(capitals: Map<string, string>): Set<string> {
  if (capitalWords?.of !== capitals)
    capitalWords = { of: capitals, words: new Set([...capitals.keys()].map((k) => k.split(' ')[0]!)) };
  return capitalWords.words;
}
