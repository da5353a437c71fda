/**
 * Speaker noun phrases around a cue: walks left ("a senior security official
 * says") or right ("…, said Mr. Burman") over the tagged tokens, keeping
 * titles, roles, possessors ("Iran's Ministry of Intelligence") and partitives
 * ("one of the sources"); decides whether an unnamed speaker is anonymous; and
 * links speakers to entities, resolving pronouns and definite descriptions
 * ("the agency", "the source") to what was named before.
 */
import type { Entity, Span } from '../contract.js';
import type { Token } from '../nlp.js';
import { nounClasses } from '../wordnet.js';
import { ANONYMOUS_HEADS, ORGANISATION_NOUNS, QUANTIFIERS, ROLE_NOUNS } from './cues.js';

export interface NounPhrase {
  /** token index range, end exclusive */
  from: number;
  to: number;
  /** token index of the head noun */
  head: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Possessive determiners: they open a noun phrase as an article does ("his aide", "their spokesman"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to']);

function isNominal(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ' || isMistaggedName(t);
}

/** Capitalised words the tagger took for verbs or adjectives are usually names ("Lynch said"). */
function isMistaggedName(t: Token): boolean {
  return (
    (t.pos === 'VERB' || t.pos === 'X' || t.pos === 'ADV') &&
    /^[A-Z][a-z]/.test(t.text) &&
    // a focus adverb opening the sentence is no part of the name it stresses: "Even Rendell, a supporter, said"
    !/^(Then|Now|Also|Still|Later|So|Here|There|Even|Only|Just)$/.test(t.text)
  );
}

function isPossessiveMarker(t: Token): boolean {
  return t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'" || t.lower === '\u2019';
}

export const TIME_NOUNS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'days',
  'weeks',
  'months',
  'years',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'earlier',
  'later',
  'ago',
  'time',
  // "this past week", "in the past"
  'past',
]);

const YEAR = /^(1[89]|20)\d\d$/;

/**
 * A phrase made only of time words and determiners ("this month", "late August", "Tuesday"); with `years`, a year
 * too ("who in 2010 said": where a subject is sought; a content may well end on one).
 */
export function isTimePhrase(tokens: Token[], from: number, to: number, years = false): boolean {
  let sawTime = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (TIME_NOUNS.has(t.lower) || (years && t.pos === 'NUM' && YEAR.test(t.text))) sawTime = true;
    else if (
      !(
        t.pos === 'DET' ||
        t.pos === 'NUM' ||
        ['last', 'next', 'late', 'early', 'this', 'that', 'mid'].includes(t.lower)
      )
    )
      return false;
  }
  return sawTime;
}

/** Is `t` a pronoun that can be a subject on its own? */
export function isSubjectPronoun(t: Token): boolean {
  return (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ') && SUBJECT_PRONOUNS.has(t.lower);
}

/**
 * An adjective the tagger gave a noun's place after a determiner: "the incumbent",
 * "the Republican incumbent" (a determiner at most two words before it).
 */
function isSubstantiveAdjective(tokens: Token[], k: number, limit: number): boolean {
  const p1 = tokens[k - 1];
  if (!p1 || k - 1 < limit) return false;
  if (p1.pos === 'DET' && !['no', 'any', 'all', 'each', 'every', 'both', 'some'].includes(p1.lower)) return true;
  const p2 = tokens[k - 2];
  return p1.pos === 'PROPN' && !!p2 && k - 2 >= limit && ['the', 'a', 'an'].includes(p2.lower);
}

/**
 * The noun phrase ending at token `end` (inclusive), walking left no further
 * than token `limit`. Returns null when `end` cannot end a noun phrase.
 */
export function nounPhraseEndingAt(tokens: Token[], end: number, limit: number): NounPhrase | null {
  let last = tokens[end];
  if (!last) return null;
  let endAt = end;
  // a parenthesis after the head: "One of the terrorists (arrested in Iran) said"
  if (last.text === ')') {
    let k = end - 1;
    while (k > limit && tokens[k]!.text !== '(' && end - k < 12) k--;
    if (tokens[k]?.text !== '(' || k - 1 < limit) return null;
    endAt = k - 1;
    last = tokens[endAt]!;
  }
  if (isSubjectPronoun(last)) return { from: endAt, to: end + 1, head: endAt };
  if (
    !(
      last.pos === 'PROPN' ||
      last.pos === 'NOUN' ||
      last.pos === 'NUM' ||
      isMistaggedName(last) ||
      (last.pos === 'ADJ' && (QUANTIFIERS.has(last.lower) || isSubstantiveAdjective(tokens, endAt, limit)))
    )
  )
    return null;
  let from = endAt;
  const head = endAt;
  while (from - 1 >= limit) {
    const p = tokens[from - 1]!;
    if (isNominal(p) || isPossessiveMarker(p) || p.text === '-' || p.text === '&' || p.text === '.') {
      from--;
      continue;
    }
    if (p.pos === 'DET' || POSSESSIVE_DETERMINERS.has(p.lower)) {
      from--;
      // partitive before the determiner: "one of the sources"
      const of = tokens[from - 1];
      const q = tokens[from - 2];
      if (of?.lower === 'of' && q && from - 2 >= limit && (QUANTIFIERS.has(q.lower) || q.pos === 'NUM')) {
        from -= 2;
        const d = tokens[from - 1];
        if (d && from - 1 >= limit && d.pos === 'DET') from--;
        break;
      }
      // "Mr. Morgan of the Sierra Club", "the head of the agency"
      if (of?.lower === 'of' && q && from - 2 >= limit && (q.pos === 'PROPN' || ROLE_NOUNS.has(q.lower))) {
        from -= 2;
        continue;
      }
      // "a person familiar with the matter", "a spokesman for the ministry"
      if (
        of &&
        q &&
        from - 2 >= limit &&
        NP_PREPOSITIONS.has(of.lower) &&
        (ROLE_NOUNS.has(q.lower) || q.lower === 'familiar')
      ) {
        from -= 2;
        continue;
      }
      break;
    }
    // a preposition attached to a role noun: "a spokesman for the ministry", "a person familiar with the matter"
    if (NP_PREPOSITIONS.has(p.lower) && from - 2 >= limit) {
      const q = tokens[from - 2]!;
      if (
        ROLE_NOUNS.has(q.lower) ||
        q.lower === 'familiar' ||
        (p.lower === 'of' && (q.pos === 'PROPN' || q.pos === 'NOUN'))
      ) {
        from--;
        continue;
      }
    }
    // coordinated names: "The United States and many other Western countries"
    if ((p.lower === 'and' || p.lower === '&') && from - 2 >= limit && tokens[from - 2]!.pos === 'PROPN') {
      from--;
      continue;
    }
    break;
  }
  // never start on a possessive marker or punctuation
  while (from < head && (isPossessiveMarker(tokens[from]!) || tokens[from]!.pos === 'PUNCT')) from++;
  return { from, to: end + 1, head: headOf(tokens, from, endAt + 1) };
}

/** Titles whose stop the tokenizer splits off ("Mr." and "Gov." stay whole). */
const TITLE_STOPS: ReadonlySet<string> = new Set(['Rev', 'Msgr', 'Fr']);

/**
 * The noun phrase starting at token `start` and walking right no further than
 * `limit` (exclusive): "said [the second source]", "according to [US officials]".
 */
export function nounPhraseStartingAt(tokens: Token[], start: number, limit: number): NounPhrase | null {
  const first = tokens[start];
  if (!first || start >= limit) return null;
  if (isSubjectPronoun(first) && first.lower !== 'that') return { from: start, to: start + 1, head: start };
  let k = start;
  let head = -1;
  while (k < limit) {
    const t = tokens[k]!;
    // partitive "some of the miners", "one of the sources"
    if (head < 0 && QUANTIFIERS.has(t.lower) && tokens[k + 1]?.lower === 'of') {
      head = k;
      k += 2;
      continue;
    }
    if (t.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.lower)) {
      if (head >= 0 && !isPossessiveMarker(tokens[k - 1]!)) break;
      k++;
      continue;
    }
    if (isNominal(t)) {
      if (t.pos !== 'ADJ') head = k;
      k++;
      continue;
    }
    if (isPossessiveMarker(t) || t.text === '-' || t.text === '&') {
      k++;
      continue;
    }
    // the stop of a title the tokenizer split off: "the Rev. Peter Okafor"
    if (t.text === '.' && head === k - 1 && TITLE_STOPS.has(tokens[k - 1]!.text) && tokens[k - 1]!.end === t.start) {
      k++;
      continue;
    }
    if (NP_PREPOSITIONS.has(t.lower) && head >= 0 && (ROLE_NOUNS.has(tokens[head]!.lower) || t.lower === 'of')) {
      const next = tokens[k + 1];
      if (next && (next.pos === 'DET' || isNominal(next))) {
        k++;
        continue;
      }
    }
    break;
  }
  if (head < 0) return null;
  // trim trailing adjectives and prepositions left dangling
  let to = head + 1;
  // hyphenated compounds the tokenizer split: "the 46-year-old"
  while (to < k && (isNominal(tokens[to]!) || (tokens[to]!.text === '-' && to + 1 < k && isNominal(tokens[to + 1]!))))
    to++;
  return { from: start, to, head: headOf(tokens, start, to) };
}

/**
 * The head noun of a phrase: the noun before its first attached preposition
 * ("a spokesman for the ministry" → spokesman), skipping partitives ("one of
 * the sources" → sources) and "familiar with".
 */
export function headOf(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!NP_PREPOSITIONS.has(t.lower)) continue;
    const before = tokens[k - 1]!;
    if (t.lower === 'of' && (QUANTIFIERS.has(before.lower) || before.pos === 'NUM' || before.pos === 'ADJ')) continue;
    if (before.lower === 'familiar' && k - 2 >= from) return k - 2;
    return k - 1;
  }
  let h = to - 1;
  while (h > from && (tokens[h]!.pos === 'PUNCT' || tokens[h]!.text === ')')) h--;
  if (tokens[h]!.text === ')' || tokens[h]!.pos === 'VERB') {
    // the first "(" in [from, to), read from `from` on rather than from the document's first token
    let open = -1;
    for (let i = Math.max(from, 0); i < to && i < tokens.length; i++)
      if (tokens[i]!.text === '(') {
        open = i;
        break;
      }
    if (open > from) h = open - 1;
  }
  return h;
}

/** An unnamed speaker whose head is a source/official-like role. */
export function isAnonymous(tokens: Token[], np: NounPhrase): boolean {
  return ANONYMOUS_HEADS.has(tokens[np.head]!.lower);
}

/**
 * WordNet classes of nouns that can hold or voice a view: people and groups, and the sources that state things
 * ("a report", "the poll", "his analysis").
 */
const HOLDER_CLASSES: ReadonlySet<string> = new Set(['person', 'group', 'communication', 'cognition']);

/**
 * Can the phrase's head hold a view? "a move", "the stage", "his candidacy" cannot; names, pronouns and numbers are
 * judged elsewhere, and a noun WordNet does not know gets the benefit of the doubt.
 */
export function canHoldView(tokens: Token[], np: NounPhrase): boolean {
  const head = tokens[np.head]!;
  if (head.pos !== 'NOUN' || ROLE_NOUNS.has(head.lower) || ORGANISATION_NOUNS.has(head.lemma)) return true;
  // a name or a count inside the phrase: "a WBUR poll last week", "about 9 percent"
  for (let k = np.from; k < np.to; k++) if (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NUM') return true;
  // a compound names its own kind: "think tank" is a group, "tank" a vessel
  const before = tokens[np.head - 1];
  const compound =
    before && np.head - 1 >= np.from && before.pos === 'NOUN' ? nounClasses(`${before.lemma} ${head.lemma}`) : [];
  const classes = compound.length ? compound : nounClasses(head.lemma);
  return classes.length === 0 || classes.some((c) => HOLDER_CLASSES.has(c));
}

/** Is the phrase someone (a name, a pronoun, a person or a group), as the agent of a passive must be? */
export function isAgent(tokens: Token[], np: NounPhrase): boolean {
  const head = tokens[np.head]!;
  if (
    head.pos === 'PROPN' ||
    isSubjectPronoun(head) ||
    ROLE_NOUNS.has(head.lower) ||
    ORGANISATION_NOUNS.has(head.lemma)
  )
    return true;
  const classes = nounClasses(head.lemma);
  return classes.includes('person') || classes.includes('group');
}

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

const SPEAKING_TYPES = new Set(['person', 'organization', 'armed_group', 'country', 'media', 'other']);

/** Entity mentions in text order, for linking speakers and resolving pronouns. */
export class MentionIndex {
  private readonly mentions: MentionRef[];

  constructor(entities: Entity[]) {
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map(([start, end]) => ({ start, end, entity })))
      .sort((x, y) => x.start - y.start || y.end - x.end);
  }

  /** The entity best naming the speaker span: the speaking-type mention nearest the head. */
  linkSpan(span: Span, headStart: number): Entity | null {
    let best: MentionRef | null = null;
    for (const m of this.mentionsIn(span)) {
      if (!SPEAKING_TYPES.has(m.entity.type)) continue;
      const containsHead = m.start <= headStart && headStart < m.end;
      if (!best || containsHead || m.end - m.start > best.end - best.start) best = m;
      if (containsHead) break;
    }
    return best?.entity ?? null;
  }

  /** The last mention before `pos` of an entity whose type is in `types`. */
  lastBefore(pos: number, types: ReadonlySet<string>, accept?: (e: Entity) => boolean): Entity | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.end > pos) continue;
      if (types.has(m.entity.type) && (!accept || accept(m.entity))) return m.entity;
    }
    return null;
  }

  private *mentionsIn(span: Span): Generator<MentionRef> {
    for (const m of this.mentions) {
      if (m.start >= span[1]) return;
      if (m.start >= span[0] && m.end <= span[1]) yield m;
    }
  }
}
