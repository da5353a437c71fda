/**
 * Claim stage: attributed statements and beliefs (speaker, cue, content,
 * direct/indirect, anonymous sources, outlet, hedges, denials).
 *
 * Rule-based over the wink-nlp tokens: every reporting cue (a verb such as
 * "said", "according to", a statement noun with "that", "claimed
 * responsibility", a colon before a quote) is located, then its speaker noun
 * phrase (left: "X said"; right: "…, said X") and its content (after the cue:
 * "X said that C"; before it: "C, X said" / "“C,” X said"). Quotes are found
 * once for the whole text (quotes.ts) and bound direct content exactly,
 * including quotes over several paragraphs. Stances cued by a word and its
 * preposition ("railed against X", "his criticism of X") are read after the
 * cues (claims/stances.ts). Each claim keeps the spans it came from.
 */

import { firstAbove } from '../sorted.js';
import { type CueOptions, learntContentStart, learntCues, ruleCueVetoes } from './claims/cue-model.js';
import {
  ADDRESSEE_LEMMAS,
  ALLEGIANCE_LEMMAS,
  ANAPHORIC_CONTENTS,
  BACKGROUND_SUBORDINATORS,
  CLAUSE_ONLY_LEMMAS,
  CONTROL_ADJECTIVES,
  CUE_LEMMAS,
  DEED_LEMMAS,
  DENY_LEMMAS,
  FINDING_SOURCES,
  GROUP_QUANTIFIERS,
  HEDGE_WORDS,
  IRREGULAR_PLURALS,
  isParticipleCue,
  MENTAL_STATE_LEMMAS,
  MODAL_AUXILIARIES,
  NAMING_LEMMAS,
  NOUN_LIKE_BASE_FORMS,
  OBJECT_CONTROL_LEMMAS,
  OCCASION_NOUNS,
  OUTLETS,
  PHRASAL_CUES,
  PLAIN_SPEECH_LEMMAS,
  POLL_ANSWER_LEMMAS,
  PRODUCER_LEMMAS,
  PRODUCER_PARTICLES,
  PUBLISHING_LEMMAS,
  QUANTIFIERS,
  REFUSAL_LEMMAS,
  REGARD_LEMMAS,
  RETORT_LEMMAS,
  SHARE_WORDS,
  STATEMENT_NOUNS,
  THING_RELATIVE_PRONOUNS,
  TIME_PREPOSITIONS,
  TIME_WORDS,
  WH_WORDS,
} from './claims/cues.js';
import { findQuotes, type Quote, quoteAt } from './claims/quotes.js';
import {
  canHoldView,
  isAgent,
  isAnonymous,
  isSubjectPronoun,
  isTimePhrase,
  MentionIndex,
  type NounPhrase,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  POSSESSIVE_DETERMINERS,
  TIME_NOUNS,
} from './claims/speakers.js';
import { namedHolder, stanceAt } from './claims/stances.js';
import type { ExtractionContext } from './context.js';
import type { Claim, Entity, Span } from './contract.js';
import { type Analysis, inLexicon, MAX_SENTENCE_TOKENS, type Token } from './nlp.js';

/** Everything the rules read, computed once per document. */
interface Doc {
  text: string;
  tokens: Token[];
  quotes: Quote[];
  /** segment (sentence, also cut at paragraph breaks) start/end token per token */
  segStart: Int32Array;
  segEnd: Int32Array;
  paragraph: Int32Array;
  mentions: MentionIndex;
  entities: Entity[];
}

/** A claim before ids, resolution and outlets are settled. */
interface Draft {
  cueSpan: Span;
  cueTokens: [number, number];
  speaker: NounPhrase | null;
  /** speaker given as free text (source-less claims) */
  speakerText?: string;
  /** the speaker is the same as that of another draft (coordination, participles) */
  speakerFrom?: Draft;
  content: Span;
  quote: Claim['quote'];
  polarity: Claim['polarity'];
  hedges: string[];
  via: string[];
  /** the rule that produced the claim (kebab-case, stable: it names the claim's `explanation.rule`) */
  rule: string;
  /** how the rule matched beyond the cue and speaker: "content before the cue", "continued over the next quote" */
  notes?: string[];
}

const CLOSE_MARKS = new Set(['"', '\u201D', "''", '\u00BB', "'"]);
const OPEN_MARKS = new Set(['"', '\u201C', "''", "'", '\u00AB', '\u201E']);
const AUX_SKIP = new Set([
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  ...MODAL_AUXILIARIES,
  'also',
  'not',
  "n't",
  // the curly form of the above: "didn’t"
  'n\u2019t',
  'never',
  'later',
  'then',
  'further',
  'again',
  'previously',
  'earlier',
  'reportedly',
  'allegedly',
  'repeatedly',
  'publicly',
  'privately',
  'recently',
  'had',
  'once',
  'still',
  'already',
  'first',
]);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", 'being']);
const IRREGULAR_FORMS = new Map([
  ['said', 'say'],
  ['says', 'say'],
  ['told', 'tell'],
  ['tells', 'tell'],
  ['wrote', 'write'],
  ['thought', 'think'],
  ['knew', 'know'],
  ['felt', 'feel'],
  ['found', 'find'],
  ['heard', 'hear'],
  ['claims', 'claim'],
  ['claim', 'claim'],
  ['fears', 'fear'],
  ['fear', 'fear'],
  ['warns', 'warn'],
  ['believes', 'believe'],
  ['wants', 'want'],
  ['denies', 'deny'],
  ['reports', 'report'],
  ['notes', 'note'],
  ['adds', 'add'],
  ['argues', 'argue'],
  ['insists', 'insist'],
  ['estimates', 'estimate'],
  ['suggests', 'suggest'],
  ['hopes', 'hope'],
  ['worries', 'worry'],
]);
/** Words opening a setting phrase between a cue and its content: "said in a statement that", "told CNN on Monday". */
const SETTING_WORDS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'to',
  'via',
  'through',
  'from',
  'last',
  'this',
  'with',
  'over',
  'while',
  'earlier',
]);
/** Words opening a phrase that sets the scene of a cue rather than its content: "said as he left". */
const SETTING_OPENERS = new Set([
  'as',
  'when',
  'while',
  'after',
  'before',
  'during',
  'at',
  'in',
  'on',
  'following',
  'upon',
  'since',
  'because',
  'outside',
  'from',
]);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'it']);
/**
 * An object pronoun at j, not the possessive "her" of an addressee closed by a comma, "that" or a quote ("told her
 * supporters, “C”").
 */
function objectPronounAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !OBJECT_PRONOUNS.has(t.lower)) return false;
  if (t.lower !== 'her') return true;
  const np = nounPhraseStartingAt(tokens, j, tokens.length);
  const after = np && np.to > j + 1 ? tokens[np.to] : undefined;
  return !after || !(after.text === ',' || after.lower === 'that' || OPEN_MARKS.has(after.text));
}

/** Inside a quotation only plain reporting verbs attribute: "I think", "we want" are the quoted speaker's own words. */
const SPEECH_LEMMAS = new Set([
  'say',
  'tell',
  'claim',
  'report',
  'announce',
  'warn',
  'deny',
  'confirm',
  'write',
  'add',
  'state',
  'insist',
  'explain',
  'admit',
  'reveal',
  'declare',
]);
/**
 * Speech verbs as often followed by a plain object as by a clause ("denied the charge", "announced a run"): when no
 * clause follows, their content ends like any object's.
 */
const SPEECH_LEMMAS_TAKING_OBJECTS = new Set(['deny', 'confirm', 'admit', 'reveal', 'announce']);
/** Participles that attribute to the noun phrase right before them: "with O'Malley calling Trump a fascist". */
const NP_PARTICIPLE_LEMMAS = new Set([
  'say',
  'tell',
  'call',
  'claim',
  'warn',
  'argue',
  'insist',
  'endorse',
  'back',
  'support',
  'urge',
  'accuse',
  'criticize',
  'deny',
  'demand',
  'praise',
  'blame',
]);
/** Cues whose passive with a predicate gives a verdict: "was declared the winner", "was announced the winner". */
const VERDICT_LEMMAS = new Set(['declare', 'announce']);
/** Verbs before an infinitive that say what their subject must, may or can do, not what it does. */
const UNREALISED_LEMMAS = new Set(['have', 'need', 'get', 'face', 'give', 'tend', 'deserve']);
/** Cues of intention, read with an infinitive: "plans to", "wants to", "vows to". */
const INTENTION_LEMMAS = new Set(['plan', 'want', 'hope', 'vow', 'pledge', 'promise', 'intend', 'seek', 'threaten']);
/** Words that label a passage rather than name who speaks it: "Correction:", "The Latest:". */
const EDITORIAL_LABELS = new Set([
  'correction',
  'clarification',
  'source',
  'sources',
  'latest',
  'note',
  'update',
  'photo',
  'related',
  'watch',
  'editor',
  'byline',
  'email',
  'exclusive',
  'breaking',
  'video',
  'busted',
  'boom',
]);
const ADVERBS_NOT_SKIPPED = new Set(['most', 'so', 'as', 'too', 'there', 'here', 'how', 'however', 'thus', 'instead']);
const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you']);
const RESPONSIBILITY_VERBS = new Set(['claim', 'take', 'accept', 'assume', 'admit']);

function isWordLike(t: Token | undefined): boolean {
  return !!t && t.pos !== 'PUNCT' && t.pos !== 'SYM';
}

function cueLemma(d: Doc, k: number): string | null {
  const t = d.tokens[k]!;
  // "shot back that C", "fired back: “C”": a retort, reported like a reply
  const retort = retortLemma(d, k);
  if (retort) return CUE_LEMMAS.has(retort) ? retort : 'reply';
  if (t.pos === 'VERB' || t.pos === 'AUX') {
    if (CUE_LEMMAS.has(t.lemma)) return t.lemma;
    // (a participle, "…, making it clear that C", is left to the learnt model, which reads it with its subject)
    if (t.lemma === 'make' && !t.lower.endsWith('ing') && clearAfterMake(d, k) > 0) return 'make';
    if (phrasalCueEnd(d, k) > 0) return t.lemma;
    const irregular = IRREGULAR_FORMS.get(t.lower);
    return irregular ?? null;
  }
  // tagger slips: "sources claim that", "the woman disputes the idea" (not a name: "the United States, …")
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') return null;
  const prev = d.tokens[k - 1];
  const next = d.tokens[k + 1];
  // "is promising to build", "are threatening to leave": a progressive intention the tagger read as an adjective
  if (t.pos === 'ADJ' && BE_FORMS.has(prev?.lower ?? '') && next?.lower === 'to' && d.tokens[k + 2]?.pos === 'VERB') {
    const lemma = progressiveLemma(t.lower);
    return lemma && INTENTION_LEMMAS.has(lemma) ? lemma : null;
  }
  // a clause right after the word shows a verb the tagger read as a noun: "unions claim it will",
  // "results that show where", "critics question whether" (not "the support they gave": a relative)
  if (prev && next && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || RELATIVE_SUBJECTS.has(prev.lower))) {
    const clauseAfter =
      ['whether', 'how', 'why', 'where'].includes(next.lower) ||
      (isSubjectPronoun(next) &&
        !['that', 'which', 'who', 'what'].includes(next.lower) &&
        ['AUX', 'VERB'].includes(d.tokens[k + 2]?.pos ?? '') &&
        !/ing$/.test(d.tokens[k + 2]?.lower ?? ''));
    const lemma = IRREGULAR_FORMS.get(t.lower) ?? regularLemma(t.lower) ?? (CUE_LEMMAS.has(t.lower) ? t.lower : null);
    if (clauseAfter && lemma && !/^[A-Z]/.test(t.text)) return lemma;
  }
  // a share of those polled: "six in 10 say C", "nearly a third say C" (the clause after shows the verb)
  if (prev && next && (prev.pos === 'NUM' || SHARE_WORDS.has(prev.lower)) && !/^[A-Z]/.test(t.text)) {
    const lemma = IRREGULAR_FORMS.get(t.lower) ?? regularLemma(t.lower) ?? (CUE_LEMMAS.has(t.lower) ? t.lower : null);
    if (lemma && POLL_ANSWER_LEMMAS.has(lemma) && startsFiniteClause(d, k + 1)) return lemma;
  }
  if (t.pos === 'NOUN' && prev && !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) {
    const lemma = baseFormAfterModifiedSubject(d, k);
    if (lemma) return lemma;
  }
  if (!prev || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) return null;
  const first = t.text.charCodeAt(0);
  if (first >= 65 && first <= 90 && d.segStart[k] !== k) return null;
  if (!next) return d.tokens[k - 2]?.text === ',' ? (IRREGULAR_FORMS.get(t.lower) ?? regularLemma(t.lower)) : null;
  const irregular = IRREGULAR_FORMS.get(t.lower) ?? regularLemma(t.lower);
  if (!irregular) return baseFormAfterPlural(d, k) ?? baseFormAfterModifiedSubject(d, k);
  const prevNominal = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON';
  if (prevNominal && (next.lower === 'that' || next.text === ':' || OPEN_MARKS.has(next.text) || next.text === ','))
    return irregular;
  if (prevNominal && next.text === '.' && (t.lower === 'says' || t.lower === 'said')) return irregular;
  // "the ministry plans to close": an intention the tagger read as a plural noun
  if (prevNominal && /s$/.test(t.lower) && next.lower === 'to' && d.tokens[k + 2]?.pos === 'VERB') {
    const lemma = IRREGULAR_FORMS.get(t.lower) ?? regularLemma(t.lower);
    if (lemma && INTENTION_LEMMAS.has(lemma)) return lemma;
  }
  // a headline signed by its source: "Iran warned Russia of an attack, Reuters reports"
  if (prevNominal && d.tokens[k - 2]?.text === ',' && d.paragraph[k + 1] !== d.paragraph[k]) return irregular;
  if (prevNominal && t.pos === 'NOUN' && /(s|ed)$/.test(t.lower) && (next.pos === 'DET' || next.pos === 'PRON'))
    return irregular;
  return null;
}

/**
 * "made clear that C", "has made it very clear to voters that C", "makes clear his aim to": "make" with "clear"
 * states what follows; the token after "clear" (or 0 when "clear" does not follow).
 */
function clearAfterMake(d: Doc, k: number): number {
  let j = k + 1;
  if (d.tokens[j]?.lower === 'it') j++;
  while (d.tokens[j]?.pos === 'ADV' && j < k + 4) j++;
  return d.tokens[j]?.lower === 'clear' ? j + 1 : 0;
}

/**
 * "laid out his plan", "brushed off the report", "pointed out that C": a phrasal cue with its particle and an object
 * or a that-clause after it (not "walked back to the car"); the token after the particle, or 0.
 */
function phrasalCueEnd(d: Doc, k: number): number {
  const t = d.tokens[k]!;
  const particle = PHRASAL_CUES.get(t.lemma);
  if (!particle || d.tokens[k + 1]?.lower !== particle || t.pos !== 'VERB') return 0;
  const after = d.tokens[k + 2];
  if (!after) return 0;
  return objectStartsAt(d.tokens, k + 2) || after.lower === 'that' || after.text === ':' ? k + 2 : 0;
}

/** Past forms of retort verbs the tagger reads as nouns after a name: "Ann Ruiz shot back". */
const RETORT_NOUN_FORMS = new Map([
  ['shot', 'shoot'],
  ['struck', 'strike'],
]);

/**
 * The lemma of the verb at k when with "back" it opens a retort: a that-clause, a colon or a quote after the
 * particle (adverbs between); null otherwise.
 */
function retortLemma(d: Doc, k: number): string | null {
  const t = d.tokens[k]!;
  if (d.tokens[k + 1]?.lower !== 'back') return null;
  const prev = d.tokens[k - 1];
  const lemma =
    t.pos === 'VERB'
      ? t.lemma
      : t.pos === 'NOUN' && (prev?.pos === 'PROPN' || prev?.pos === 'PRON')
        ? RETORT_NOUN_FORMS.get(t.lower)
        : undefined;
  if (!lemma || !RETORT_LEMMAS.has(lemma)) return null;
  const j = skipForwardOverAdverbs(d, k + 2, d.segEnd[k]!);
  const w = d.tokens[j];
  if (!w) return null;
  const opensContent =
    (w.lower === 'that' && w.pos === 'SCONJ') ||
    w.text === ':' ||
    !!quoteOpeningAt(d, j) ||
    (w.text === ',' && !!quoteOpeningAt(d, j + 1));
  return opensContent ? lemma : null;
}

/**
 * A base-form cue the tagger read as a noun after a plural subject: "most voters support the ban", "polls show
 * him ahead" (a plural noun does not head a compound with the next word, "voter support" does).
 */
function baseFormAfterPlural(d: Doc, k: number): string | null {
  const t = d.tokens[k]!;
  const prev = d.tokens[k - 1];
  const next = d.tokens[k + 1];
  if (!prev || !next || !CUE_LEMMAS.has(t.lower) || NOUN_LIKE_BASE_FORMS.has(t.lower) || /^[A-Z]/.test(t.text))
    return null;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || !/[^s']s$/.test(prev.lower)) return null;
  // "C, records show." / "C, polls show, D": the word closes an inserted attribution
  if ((next.text === ',' || next.text === '.') && d.tokens[k - 2]?.text === ',' && k - 2 > d.segStart[k]!)
    return t.lower;
  return objectStartsAt(d.tokens, k + 1) ? t.lower : null;
}

/** An object (or a that-clause) of a verb opens at token `j`: "the ban", "him", "banning it", "that C". */
function objectStartsAt(tokens: Token[], j: number): boolean {
  const next = tokens[j];
  if (!next) return false;
  return (
    next.pos === 'DET' ||
    next.pos === 'PRON' ||
    next.pos === 'PROPN' ||
    next.pos === 'NUM' ||
    next.pos === 'NOUN' ||
    next.pos === 'ADJ' ||
    (next.pos === 'VERB' && /ing$/.test(next.lower)) ||
    // "records show that C": a that-clause after the word makes it the verb
    (next.lower === 'that' && next.pos === 'SCONJ')
  );
}

/**
 * A base-form cue the tagger read as a noun after a plural subject that a modifier parts from it, or after a
 * quantifier standing for a group: "voters in Ohio support the ban", "men under 35 back Ruiz", "both think
 * C" (a word after a singular noun or a modifier alone heads a compound: "the House support staff").
 */
function baseFormAfterModifiedSubject(d: Doc, k: number): string | null {
  const tokens = d.tokens;
  const t = tokens[k]!;
  if (!CUE_LEMMAS.has(t.lower) || NOUN_LIKE_BASE_FORMS.has(t.lower) || /^[A-Z]/.test(t.text)) return null;
  if (!objectStartsAt(tokens, k + 1) || quoteAt(d.quotes, t.start) >= 0) return null;
  const from = clauseStartBefore(d, k);
  // after a quantifier a noun goes on a compound ("most state parties", "some support staff"), unless the word is
  // one of belief or wish, which no compound starts with: "some say voters", "both want government to"
  if (from === k - 1)
    return GROUP_QUANTIFIERS.has(tokens[from]!.lower) &&
      (POLL_ANSWER_LEMMAS.has(t.lower) || !['NOUN', 'ADJ'].includes(tokens[k + 1]!.pos))
      ? t.lower
      : null;
  if (k - from > MAX_SUBJECT_REACH) return null;
  const subject = subjectHeadingFrom(d, from, k - 1);
  if (!subject || subject.to >= k || !pluralNoun(tokens[subject.head]!)) return null;
  // the modifier is a prepositional phrase ending on its noun: "in the House", "under 35", "from the audit"
  if (tokens[subject.to]!.pos !== 'ADP' || !['NOUN', 'PROPN', 'NUM'].includes(tokens[k - 1]!.pos)) return null;
  for (let j = subject.to; j < k; j++)
    if (!['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[j]!.pos)) return null;
  return t.lower;
}

/** A plural noun: "voters", "fishermen", "people". */
function pluralNoun(t: Token): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  return /[^s']s$/.test(t.lower) || t.lower.endsWith('men') || IRREGULAR_PLURALS.has(t.lower);
}

const RELATIVE_SUBJECTS = new Set(['that', 'who', 'which']);
const RELATIVE_PRONOUNS = new Set(['that', 'who', 'which', 'whose', 'whom', 'what']);

/**
 * A verb of judging with its predicate: "see the plan as a failure" (an object, then "as"), or in the passive
 * "is seen as a failure", "is considered unsafe" (the predicate right after the participle).
 */
function regardLemma(d: Doc, k: number): string | null {
  const t = d.tokens[k]!;
  if (t.pos !== 'VERB' || !REGARD_LEMMAS.has(t.lemma) || quoteAt(d.quotes, t.start) >= 0) return null;
  if (regardPredicateAt(d, k + 1)) {
    const before = d.tokens[skipBackOverAux(d, k, d.segStart[k]!, [])];
    return /ed$|en$/.test(t.lower) && before && BE_FORMS.has(before.lower) ? t.lemma : null;
  }
  // "see him as a threat": an object pronoun is a phrase of its own
  const object = OBJECT_PRONOUNS.has(d.tokens[k + 1]?.lower ?? '')
    ? { from: k + 1, to: k + 2, head: k + 1 }
    : nounPhraseStartingAt(d.tokens, k + 1, d.segEnd[k]!);
  // "saw the ferry as it left": an "as" clause is a time, not a predicate
  const predicate = object && d.tokens[object.to]?.lower === 'as' && regardPredicateAt(d, object.to);
  return predicate && !startsFiniteClause(d, object!.to + 1) ? t.lemma : null;
}

/** A predicate of a verb of judging begins at token j: "as a failure", "unsafe", "a risk", "one of the best". */
function regardPredicateAt(d: Doc, j: number): boolean {
  const w = d.tokens[j];
  if (!w) return false;
  if (w.lower === 'as') return d.tokens[j + 1]?.pos !== 'SCONJ' && d.tokens[j + 1]?.lower !== 'well';
  if (d.tokens[j - 1]?.lemma !== 'consider') return false;
  return w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || (w.lower === 'to' && d.tokens[j + 1]?.lower === 'be');
}

/** The lemma of an -ing form among the cue lemmas: "promising" → "promise", "planning" → "plan". */
function progressiveLemma(lower: string): string | null {
  if (!lower.endsWith('ing')) return null;
  const stem = lower.slice(0, -3);
  for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)]) if (CUE_LEMMAS.has(candidate)) return candidate;
  return null;
}

/** The cue lemma of a regular inflected form ("disputes", "emphasized"), if any. */
function regularLemma(lower: string): string | null {
  // the stems of -ies, -ied, -(e)s, -s, -d, -ed in that order, each tried only when the word has that
  // ending (six regex replacements a word cost more than the rest of cueLemma)
  const cue = (stem: string): boolean => CUE_LEMMAS.has(stem);
  if (lower.endsWith('s')) {
    if (lower.endsWith('ies') && cue(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
    const es = lower.endsWith('es') ? lower.slice(0, -2) : lower.slice(0, -1);
    if (cue(es)) return es;
    if (cue(lower.slice(0, -1))) return lower.slice(0, -1);
  } else if (lower.endsWith('d')) {
    if (lower.endsWith('ied') && cue(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
    if (cue(lower.slice(0, -1))) return lower.slice(0, -1);
    if (lower.endsWith('ed') && cue(lower.slice(0, -2))) return lower.slice(0, -2);
  }
  return null;
}

function buildDoc(a: Analysis, entities: Entity[]): Doc {
  const { tokens, text } = a;
  const n = tokens.length;
  const segStart = new Int32Array(n);
  const segEnd = new Int32Array(n);
  const paragraph = new Int32Array(n);
  let para = 0;
  let start = 0;
  const close = (end: number) => {
    for (let k = start; k < end; k++) {
      segStart[k] = start;
      segEnd[k] = end;
    }
    start = end;
  };
  let parens = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      if (hasNewline(text, tokens[k - 1]!.end, tokens[k]!.start)) {
        para++;
        parens = 0;
        close(k);
      } else if (parens === 0 && startsSentence(tokens, k)) close(k);
      // a text that never ends a sentence: the analysis cut it into bounded pieces, and so do the segments
      else if (k - start >= MAX_SENTENCE_TOKENS - 100 && tokens[k]!.sentence !== tokens[k - 1]!.sentence) close(k);
    }
    const t = tokens[k]!.text;
    if (t === '(') parens++;
    else if (t === ')' && parens > 0) parens--;
    paragraph[k] = para;
  }
  close(n);
  return {
    text,
    tokens,
    quotes: findQuotes(text),
    segStart,
    segEnd,
    paragraph,
    mentions: new MentionIndex(entities),
    entities,
  };
}

/**
 * Whether text[from, to) holds a line break. Only the gap between two tokens is read: an indexOf from
 * `from` ran on to the next line break, across the rest of the paragraph, for every token.
 */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** A sentence break before token k: after . ? ! (and closing marks) when a capital, digit or opening mark follows. */
const SENTENCE_ENDS = new Set(['.', '?', '!', '...', '\u2026']);

/**
 * Words the tokenizer reads with their full stop as an abbreviation ("in." for inches, "no." for number), so that
 * "staying in. And …" and "said no. But …" hold no stop token; before a capitalised word the stop ends the sentence.
 */
const STOPPED_WORDS = new Set(['in.', 'no.']);

function startsSentence(tokens: Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && CLOSE_MARKS.has(tokens[p]!.text) && !OPEN_MARKS.has(tokens[k]!.text)) {
    // a mark glued to the word after it opens a quote: '. "Let …'
    if (p === k - 1 && tokens[p]!.end === tokens[k]!.start && p > 0 && tokens[p - 1]!.end < tokens[p]!.start) break;
    p--;
  }
  const prev = tokens[p];
  if (prev && p === k - 1 && STOPPED_WORDS.has(prev.text) && /^[A-Z]/.test(tokens[k]!.text)) return true;
  if (!prev || !SENTENCE_ENDS.has(prev.text)) return false;
  // initials: "S. C.", "J. Smith"
  if (prev.text === '.' && /^[A-Z]$/.test(tokens[p - 1]?.text ?? '')) return false;
  // a title the tokenizer splits from its stop: "the Rev. Peter Okafor"
  if (
    prev.text === '.' &&
    ['Rev', 'Msgr', 'Fr'].includes(tokens[p - 1]?.text ?? '') &&
    tokens[p - 1]!.end === prev.start
  )
    return false;
  const first = tokens[k]!.text[0] ?? '';
  return /[A-Z0-9]/.test(first) || OPEN_MARKS.has(tokens[k]!.text) || first === '\u201C';
}

/**
 * The tokens lying wholly inside `span`, in order. Token starts and ends both only grow along the
 * document, so they are one run from the first token starting in the span: found by binary search
 * rather than by filtering every token of the document for each span asked about.
 */
function tokensWithin(tokens: Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let k = tokenAtOrAfter(tokens, span[0]); k < tokens.length && tokens[k]!.end <= span[1]; k++)
    out.push(tokens[k]!);
  return out;
}

/** Index of the token starting at or after char offset `pos`. */
function tokenAtOrAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The quote whose opening mark is token k, if any. */
function quoteOpeningAt(d: Doc, k: number): Quote | null {
  const t = d.tokens[k];
  if (!t || !OPEN_MARKS.has(t.text)) return null;
  const qi = quoteAt(d.quotes, t.start);
  const q = qi >= 0 ? d.quotes[qi]! : null;
  return q && q.open === t.start ? q : null;
}

/** The quote whose closing mark is token k (or whose mark sits just before a comma token k). */
function quoteClosingAt(d: Doc, k: number): Quote | null {
  for (const idx of [k, k - 1]) {
    const t = d.tokens[idx];
    if (!t || !CLOSE_MARKS.has(t.text)) continue;
    const qi = quoteAt(d.quotes, t.start);
    const q = qi >= 0 ? d.quotes[qi]! : null;
    if (q && q.close === t.end) return q;
  }
  return null;
}

/** Index of the first token before `k` that is not an auxiliary, negation or adverb. */
function skipBackOverAux(d: Doc, k: number, limit: number, adverbs: string[]): number {
  let p = k - 1;
  while (p >= limit) {
    const t = d.tokens[p]!;
    // any adverb sits between a speaker and its cue ("have long said", "now says", "often claim"), except a
    // question word or a degree word that belongs to what follows
    if (AUX_SKIP.has(t.lower) || (t.pos === 'ADV' && !WH_WORDS.has(t.lower) && !ADVERBS_NOT_SKIPPED.has(t.lower))) {
      if (HEDGE_WORDS.has(t.lower)) adverbs.push(t.lower);
      p--;
      continue;
    }
    break;
  }
  return p;
}

/** Trims whitespace, quote marks and trailing sentence punctuation off a span. */
function trimSpan(text: string, start: number, end: number, keepFinalStop: boolean): Span {
  let s = start;
  let e = end;
  const edge = /[\s"\u201C\u201D\u00AB\u00BB\u201E]/;
  for (;;) {
    const before = [s, e];
    while (s < e && edge.test(text[s]!)) s++;
    while (s < e && text.startsWith("''", s)) s += 2;
    while (e > s && edge.test(text[e - 1]!)) e--;
    while (e > s && text.startsWith("''", e - 2)) e -= 2;
    while (
      e > s &&
      (text[e - 1] === ',' || text[e - 1] === ';' || text[e - 1] === ':' || (!keepFinalStop && text[e - 1] === '.'))
    )
      e--;
    if (before[0] === s && before[1] === e) break;
  }
  return [s, e];
}

/** Keeps the closing mark of a quotation that opened inside the span: 'the plan was "a disaster"'. */
function balanceQuotes(text: string, span: Span): Span {
  const inner = text.slice(span[0], span[1]);
  const opens = (inner.match(/[\u201C"]/g) ?? []).length - (inner.match(/\u201D/g) ?? []).length;
  const straight = (inner.match(/"/g) ?? []).length;
  const next = text[span[1]];
  if ((next === '\u201D' && opens > 0) || (next === '"' && straight % 2 === 1)) return [span[0], span[1] + 1];
  return span;
}

function containsQuoteMark(text: string, span: Span): boolean {
  return /["\u201C\u201D\u00AB\u00BB]|''/.test(text.slice(span[0], span[1]));
}

function hedgesIn(d: Doc, span: Span): string[] {
  const out: string[] = [];
  for (let k = tokenAtOrAfter(d.tokens, span[0]); k < d.tokens.length && d.tokens[k]!.end <= span[1]; k++) {
    const w = d.tokens[k]!.lower;
    if (HEDGE_WORDS.has(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

/**
 * Where forward content ends: the sentence end, or before "; ", ", adding …",
 * ", according to …", "and <cue>" (a second claim by the same speaker), or the
 * close of the quote the cue sits in.
 */
function forwardEnd(d: Doc, from: number, cueIndex: number): { endToken: number; coordinated: number } {
  const limit = d.segEnd[from]!;
  const cueTok = d.tokens[cueIndex]!;
  const enclosing = quoteAt(d.quotes, cueTok.start);
  const enclosingEnd = enclosing >= 0 ? d.quotes[enclosing]!.end : Number.POSITIVE_INFINITY;
  // "As the mayor noted, C": a content after the clause's comma is the main clause itself
  let preposed = inPreposedClause(d, cueIndex);
  for (let j = cueIndex + 1; preposed && j < from; j++) if (d.tokens[j]!.text === ',') preposed = false;
  const object = objectContent(d, cueIndex, from);
  const infinitive = !object && d.tokens[from]?.lower === 'to' && d.tokens[from + 1]?.pos === 'VERB';
  for (let k = from; k < limit; k++) {
    const t = d.tokens[k]!;
    if (t.start >= enclosingEnd) return { endToken: k, coordinated: -1 };
    if (object && k > from && endsObject(d, k, cueIndex, from)) return { endToken: k, coordinated: -1 };
    if (infinitive && k > from + 1 && endsInfinitive(d, k)) return { endToken: k, coordinated: -1 };
    // "If X says C, the main clause …": the content ends where the main clause begins
    if (
      preposed &&
      k > from &&
      t.text === ',' &&
      quoteAt(d.quotes, t.start) === enclosing &&
      !RELATIVE_PRONOUNS.has(d.tokens[k + 1]?.lower ?? '') &&
      startsMainClause(d, k + 1)
    )
      return { endToken: k, coordinated: -1 };
    if (t.text === ';') return { endToken: k, coordinated: -1 };
    if (k === from) continue;
    const next = d.tokens[k + 1];
    if (k > from + 1 && endsWithAdjunct(d, k)) return { endToken: k, coordinated: -1 };
    if (t.text === ',' && next) {
      if (next.lower === 'according' && d.tokens[k + 2]?.lower === 'to') return { endToken: k, coordinated: -1 };
      // "argued that, while the levy may pass, C": right after the "that" the aside opens the reported clause itself
      const asideAfterThat = k === from + 1 && d.tokens[from]!.lower === 'that';
      if (!asideAfterThat && ['but', 'though', 'although', 'while'].includes(next.lower))
        return { endToken: k, coordinated: -1 };
      // ", and the ferry ran on": a second clause with its own subject is mostly the narrator's again
      if (next.lower === 'and' && quoteAt(d.quotes, t.start) < 0 && startsFiniteClause(d, k + 2))
        return { endToken: k, coordinated: -1 };
      if (next.lower === 'and') {
        const subject = nounPhraseStartingAt(d.tokens, k + 2, limit);
        if (subject && subject.to < limit && cueLemma(d, subject.to)) return { endToken: k, coordinated: -1 };
      }
      if (isParticipleCue(next.lower) && cueLemma(d, k + 1)) return { endToken: k, coordinated: -1 };
      if (quoteAt(d.quotes, t.start) < 0 && seriesPredicateAt(d, k + 1, cueIndex, from))
        return { endToken: k, coordinated: -1 };
      // trailing attribution: "…, officials said."
      const np = nounPhraseStartingAt(d.tokens, k + 1, limit);
      if (np && np.to < limit && cueLemma(d, np.to) && endsClause(d, np.to + 1))
        return { endToken: k, coordinated: -1 };
    }
    // "one in three said C and one in four said C2": a second speaker's claim joined without a comma
    if (t.lower === 'and' && d.tokens[k - 1]!.text !== ',' && quoteAt(d.quotes, t.start) < 0) {
      const subject = nounPhraseStartingAt(d.tokens, k + 1, limit);
      const verb = subject && subject.to < limit ? d.tokens[subject.to]! : null;
      const lemma = verb?.pos === 'VERB' && !verb.lower.endsWith('ing') ? cueLemma(d, subject!.to) : null;
      if (lemma && SPEECH_LEMMAS.has(lemma) && hasFiniteVerb(d, conjunctStart(d, from, k), k))
        return { endToken: k, coordinated: -1 };
    }
    if (!object && t.lower === 'and' && secondGerundAfter(d, k, cueIndex, from))
      return { endToken: k, coordinated: -1 };
    if ((t.lower === 'and' || t.lower === 'but') && next) {
      let v = k + 1;
      while (v < limit && (AUX_SKIP.has(d.tokens[v]!.lower) || d.tokens[v]!.pos === 'ADV')) v++;
      const lemma = v < limit ? cueLemma(d, v) : null;
      if (
        lemma &&
        d.tokens[v]!.pos === 'VERB' &&
        !isParticipleCue(d.tokens[v]!.lower) &&
        !CLAUSE_ONLY_LEMMAS.has(lemma)
      )
        return { endToken: k, coordinated: v };
    }
  }
  return { endToken: limit, coordinated: -1 };
}

/**
 * Where the conjunct ending before token k begins: after the last comma, semicolon or conjunction from `from` on, so
 * that "…, and Ann and Bo said" or "current and former aides said" show a conjunct without a verb of its own.
 */
function conjunctStart(d: Doc, from: number, k: number): number {
  let j = k - 1;
  while (j > from && d.tokens[j]!.text !== ',' && d.tokens[j]!.text !== ';' && d.tokens[j]!.pos !== 'CCONJ') j--;
  return j;
}

/**
 * The content after cue k is its object rather than a clause ("praised the mayor", "opposed the pact"):
 * no "that", colon or quote between them, and no subject and verb at its start.
 */
function objectContent(d: Doc, k: number, from: number): boolean {
  const lemma = cueLemma(d, k);
  if (
    !lemma ||
    (SPEECH_LEMMAS.has(lemma) && !SPEECH_LEMMAS_TAKING_OBJECTS.has(lemma)) ||
    CLAUSE_ONLY_LEMMAS.has(lemma) ||
    CLAUSAL_LEMMAS.has(lemma)
  )
    return false;
  const first = d.tokens[from];
  if (!first || OPEN_MARKS.has(first.text) || WH_WORDS.has(first.lower) || first.lower === 'to') return false;
  if (first.lower === 'that' && first.pos === 'SCONJ') return false;
  for (let j = k + 1; j < from; j++) if (d.tokens[j]!.lower === 'that' || d.tokens[j]!.text === ':') return false;
  return !startsFiniteClause(d, from);
}

/** Cues whose content is a clause even when no "that" opens it ("argued the plan would fail"). */
const CLAUSAL_LEMMAS = new Set([
  'believe',
  'suggest',
  'argue',
  'claim',
  'hope',
  'predict',
  'estimate',
  'indicate',
  'show',
  'allege',
  'assert',
  'contend',
  'acknowledge',
  'worry',
  'fear',
  'imply',
  'insist',
]);
const ADJUNCT_OPENERS = new Set([
  'who',
  'which',
  'whose',
  'where',
  'even',
  'though',
  'although',
  'while',
  'because',
  'as',
  'when',
]);

/** Words that open an adjunct of the act whatever follows them: "backed the bill during a rally". */
const ADJUNCT_PREPOSITIONS = new Set(['during', 'amid']);
/**
 * Words that open an adjunct when a clause follows: "as he left", "while the talks went on", "because she was ill",
 * "when the vote came" ("after" and "before" clauses are as often part of what is reported).
 */
const ADJUNCT_SUBORDINATORS = new Set(['as', 'while', 'because', 'when']);
/** Prepositions whose phrase says where an act happened when it names an occasion: "at a rally". */
const OCCASION_PREPOSITIONS = new Set(['at', 'in', 'on']);
/** Pronouns that make a whole object content: an object pronoun, a reflexive, "this", "so" ("said so"). */
const PRONOUN_OBJECTS = new Set([...OBJECT_PRONOUNS, 'himself', 'herself', 'themselves', 'this', 'so']);

/**
 * Whether an object content ends before token k: "praised the mayor, who …", "opposed the pact — one of …",
 * "declared war, leading to …", "dismissed the charge by pointing out …", "mentioned it and went back to …",
 * "backed the plan at a rally", "endorsed him as the race tightened", "endorsed him, and the party followed".
 */
function endsObject(d: Doc, k: number, cueIndex: number, from: number): boolean {
  const t = d.tokens[k]!;
  const next = d.tokens[k + 1];
  if (!next) return false;
  if (t.text === ',') {
    if (ADJUNCT_OPENERS.has(next.lower)) return true;
    if (next.pos === 'VERB' && next.lower.endsWith('ing') && next.lower !== 'including') return true;
  }
  if (d.tokens[k - 1]?.text !== ',' && speakerPredicateAfter(d, k, cueIndex, from)) return true;
  if (d.tokens[k - 1]?.text !== ',' && parallelClauseAfter(d, k, cueIndex, from)) return true;
  if (quoteAt(d.quotes, t.start) >= 0) return false;
  // a clause of the narrator's own: "endorsed him, and the party followed"
  if (t.text === ',') return (next.lower === 'and' || next.lower === 'but') && startsFiniteClause(d, k + 2);
  return adjunctOpensAt(d, k) || (closedObject(d, from, k) && timePhraseAt(d, k));
}

/**
 * The object from..k-1 is a pronoun or a bare name ("backed her", "endorsed Mr. Cruz"): a time after it dates the
 * act ("endorsed Mr. Cruz on Wednesday"), where after a common noun it may date the thing ("the vote last week").
 */
function closedObject(d: Doc, from: number, k: number): boolean {
  if (k === from + 1 && PRONOUN_OBJECTS.has(d.tokens[from]!.lower)) return true;
  for (let j = from; j < k; j++) if (d.tokens[j]!.pos !== 'PROPN') return false;
  return k > from;
}

/** A time phrase, perhaps after a time preposition, opens at k and closes its clause: "last week.", "in December,". */
function timePhraseAt(d: Doc, k: number): boolean {
  const from = TIME_PREPOSITIONS.has(d.tokens[k]!.lower) ? k + 1 : k;
  const limit = d.segEnd[k]!;
  let to = from;
  while (to < limit && to - from < 4 && !endsClause(d, to)) to++;
  return to > from && endsClause(d, to) && isTimePhrase(d.tokens, from, to);
}

/** Auxiliaries that carry tense, so open a predicate of their own after "and": "endorsed him and has campaigned". */
const TENSED_AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
]);

/**
 * A second predicate of the speaker's own opens at the coordinator k, so an object content (from token `from`) ends
 * there: "endorsed him and has campaigned with him since", "denied the charge but later paid a fine", "calling her a
 * liar and vowing to appeal". A tensed verb (a past or third-person form, or a tensed auxiliary) counts only when the
 * object holds no verb of its own it could share a subject with ("a town that borders the sea and has a port"); a bare
 * verb after "and" is as often a noun the tagger misread ("cited crime and drug use"). A gerund counts only after a
 * gerund cue, as "backed hiring and training staff" joins two objects, and not before an adjective ("rising costs").
 */
function speakerPredicateAfter(d: Doc, k: number, cueIndex: number, from: number): boolean {
  const t = d.tokens[k]!;
  if (t.lower !== 'and' && t.lower !== 'but' && t.lower !== 'or') return false;
  let v = k + 1;
  while (d.tokens[v]?.pos === 'ADV') v++;
  const verb = d.tokens[v];
  if (!verb || /^[A-Z]/.test(verb.text)) return false;
  if (verb.pos === 'VERB' && verb.lower.endsWith('ing'))
    return d.tokens[cueIndex]!.lower.endsWith('ing') && d.tokens[v + 1]?.pos !== 'ADJ';
  const tensed =
    verb.pos === 'AUX'
      ? TENSED_AUXILIARIES.has(verb.lower)
      : verb.pos === 'VERB' && (verb.lower.endsWith('ed') || verb.lower !== verb.lemma);
  if (!tensed) return false;
  return !holdsVerb(d, from, k);
}

/** Whether tokens from..k-1 hold a verb or open a clause, whose subject a coordinated verb or noun might share. */
function holdsVerb(d: Doc, from: number, k: number): boolean {
  for (let j = from; j < k; j++) {
    const w = d.tokens[j]!;
    if (w.pos === 'VERB' || w.pos === 'AUX' || WH_WORDS.has(w.lower) || w.lower === 'that') return true;
  }
  return false;
}

/** The tense a verb form shows: "past" ("backed", "withdrew", "had"), "present" ("backs", "has") or null (a bare form). */
function formTense(verb: Token): 'past' | 'present' | null {
  if (verb.pos !== 'VERB' && verb.pos !== 'AUX') return null;
  if (['was', 'were', 'had', 'did'].includes(verb.lower)) return 'past';
  if (['is', 'has', 'does'].includes(verb.lower)) return 'present';
  if (verb.pos === 'AUX' || verb.lower.endsWith('ing') || verb.lower === verb.lemma) return null;
  return verb.lower.endsWith('s') && !verb.lower.endsWith('ss') ? 'present' : 'past';
}

/**
 * A clause of the narrator's own, parallel to the cue's, opens at the coordinator k: "backs the levy and the mayor
 * opposes it", "endorsed him and her rival withdrew". Its verb must show the cue's tense, which a subject coordinated
 * into a reported clause seldom does ("found pilots and crews have …"); and, as for a second predicate, the object
 * must hold no verb of its own ("backed the raids in which pilots and crews were held").
 */
function parallelClauseAfter(d: Doc, k: number, cueIndex: number, from: number): boolean {
  if (d.tokens[k]!.lower !== 'and' && d.tokens[k]!.lower !== 'but') return false;
  if (holdsVerb(d, from, k)) return false;
  const cueTense = formTense(d.tokens[cueIndex]!);
  if (!cueTense || !startsFiniteClause(d, k + 1)) return false;
  const first = d.tokens[k + 1]!;
  let v = k + 2;
  if (!isSubjectPronoun(first) && first.lower !== 'there') {
    const np = nounPhraseStartingAt(d.tokens, k + 1, d.segEnd[k]!);
    if (!np) return false;
    v = np.to;
  }
  while (d.tokens[v]?.pos === 'ADV') v++;
  const verb = d.tokens[v];
  return !!verb && formTense(verb) === cueTense;
}

/**
 * A next predicate of the speaker's own, in a series after a comma, opens at token v: "defended the mayor, mocked
 * the council and left", "suggested the vote was rigged, called it a farce and walked out". Its verb shows the cue's
 * tense and takes an object at once (not "said the plan, approved in May, failed": a participle with its adjunct), a
 * clause content must already hold its own verb, and the series must close with "and" and a verb of that tense (not
 * "said the crew, the pilots' union, backed the plan": the verb of a subject set off by an appositive).
 */
function seriesPredicateAt(d: Doc, v: number, cueIndex: number, from: number): boolean {
  const verb = d.tokens[v];
  const after = d.tokens[v + 1];
  if (!verb || !after || verb.pos !== 'VERB' || /^[A-Z]/.test(verb.text) || verb.lower.endsWith('ing')) return false;
  const tense = formTense(d.tokens[cueIndex]!);
  if (!tense || formTense(verb) !== tense) return false;
  if (!['DET', 'PRON', 'PROPN', 'NOUN'].includes(after.pos)) return false;
  if (startsFiniteClause(d, from) && !holdsOwnVerb(d, from + 1, v - 1)) return false;
  // the series closes with a coordinated verb of the same tense: "…, mocked the council and left"
  const limit = d.segEnd[v]!;
  for (let j = v + 2; j < limit; j++) {
    const w = d.tokens[j]!;
    if (w.lower !== 'and' && w.lower !== 'but') continue;
    let u = j + 1;
    while (d.tokens[u]?.pos === 'ADV') u++;
    const next = d.tokens[u];
    if (next?.pos === 'VERB' && formTense(next) === tense) return true;
  }
  return false;
}

/**
 * "saying the port would close and urging calm": after a gerund cue, a gerund after "and" is the speaker's next act,
 * unless the content holds a gerund the second could pair with ("saying it meant cutting staff and raising rates") or
 * an adjective follows it ("rising costs").
 */
function secondGerundAfter(d: Doc, k: number, cueIndex: number, from: number): boolean {
  const gerund = d.tokens[k + 1];
  if (gerund?.pos !== 'VERB' || !gerund.lower.endsWith('ing') || d.tokens[k + 2]?.pos === 'ADJ') return false;
  if (!d.tokens[cueIndex]!.lower.endsWith('ing') || quoteAt(d.quotes, d.tokens[k]!.start) >= 0) return false;
  for (let j = from; j < k; j++) if (d.tokens[j]!.pos === 'VERB' && d.tokens[j]!.lower.endsWith('ing')) return false;
  return true;
}

/** An infinitive content ("vowed to repeal the law, …") ends before a participle adjunct or a closing appositive. */
function endsInfinitive(d: Doc, k: number): boolean {
  const next = d.tokens[k + 1];
  if (d.tokens[k]!.text !== ',' || !next || quoteAt(d.quotes, d.tokens[k]!.start) >= 0) return false;
  if (next.pos === 'VERB' && next.lower.endsWith('ing') && next.lower !== 'including') return true;
  return appositiveAt(d, k + 1);
}

/**
 * An appositive opens at token s and closes its sentence: "vowed to dredge the channel, a job of two years."; not
 * one set off by a second comma, after which the content goes on, nor the next item of a list.
 */
function appositiveAt(d: Doc, s: number): boolean {
  const first = d.tokens[s];
  if (!first || (first.pos !== 'DET' && !isPossessiveMarker(d.tokens[s + 1]))) return false;
  const limit = d.segEnd[s]!;
  for (let j = s + 1; j < limit; j++) {
    const w = d.tokens[j]!;
    if (w.pos === 'CCONJ' || [',', ';', ':', '\u2014', '--', '-', '('].includes(w.text)) return false;
  }
  return !!nounPhraseStartingAt(d.tokens, s, limit);
}

function isPossessiveMarker(t: Token | undefined): boolean {
  return !!t && (t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'");
}

/**
 * An adjunct of the act (its occasion or circumstance) opens at token k, right after a noun phrase: "praised him at
 * a rally", "cited the figure in an interview", "backed her as the race tightened". Time phrases are left in:
 * "backed the toll last year" reads as one act, and a cut there lost as many spans as it mended.
 */
function adjunctOpensAt(d: Doc, k: number): boolean {
  const t = d.tokens[k]!;
  const prev = d.tokens[k - 1];
  if (!prev || !['NOUN', 'PROPN', 'PRON'].includes(prev.pos)) return false;
  if (ADJUNCT_PREPOSITIONS.has(t.lower)) return true;
  if (ADJUNCT_SUBORDINATORS.has(t.lower)) return startsFiniteClause(d, k + 1);
  if (!OCCASION_PREPOSITIONS.has(t.lower)) return false;
  const np = nounPhraseStartingAt(d.tokens, k + 1, d.segEnd[k]!);
  if (!np) return false;
  for (let j = np.from; j < np.to; j++) {
    const w = d.tokens[j]!;
    if (w.pos === 'NOUN' && OCCASION_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * "a gunman claiming allegiance to the group shot six people": a participle phrase after a subject ends where
 * the sentence's own verb follows its object.
 */
function reducedRelativeEnd(d: Doc, lemma: string, content: Pick<Draft, 'content' | 'quote'>): Span {
  if (content.quote === 'direct') return content.content;
  const first = tokenAtOrAfter(d.tokens, content.content[0]);
  // a speech verb's clause is what was said: "a tweet saying rival X had shown bad judgment"
  if (d.tokens[first]?.lower === 'that' || (SPEECH_LEMMAS.has(lemma) && startsFiniteClause(d, first)))
    return content.content;
  for (let j = first + 1; j < d.tokens.length && d.tokens[j]!.end <= content.content[1]; j++) {
    const t = d.tokens[j]!;
    const prev = d.tokens[j - 1]!;
    // "the group backing the mayor, the Harbour Fund, spent …": a name set off after the object is the subject's
    // (not after a speech verb, whose clause may set off its subject's aside: "saying the levy, a steep one, would pass")
    if (t.text === ',' && j > first && !SPEECH_LEMMAS.has(lemma)) {
      const name = nounPhraseStartingAt(d.tokens, j + 1, d.segEnd[j]!);
      if (name && d.tokens[name.to]?.text === ',' && isFiniteVerb(d.tokens[name.to + 1])) {
        const span = trimSpan(d.text, content.content[0], prev.end, false);
        return span[1] > span[0] ? span : content.content;
      }
    }
    // "the group backing the mayor, spent …": an appositive's participle phrase ends at the comma before the verb
    const ends =
      ['NOUN', 'PROPN', 'NUM'].includes(prev.pos) || (prev.text === ',' && j - 1 > first && !SPEECH_LEMMAS.has(lemma));
    if (isFiniteVerb(t) && ends && quoteAt(d.quotes, t.start) < 0) {
      const span = trimSpan(d.text, content.content[0], prev.end, false);
      return span[1] > span[0] ? span : content.content;
    }
  }
  return content.content;
}

/** A verb form that may head a clause: an auxiliary, or a lower-case verb other than a gerund. */
function isFiniteVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !/^[A-Z]/.test(t.text)));
}

/** An adjunct of the narrator's begins at token k: "before claiming …", "after meeting …". */
function endsWithAdjunct(d: Doc, k: number): boolean {
  const t = d.tokens[k]!;
  const next = d.tokens[k + 1];
  if (!next || quoteAt(d.quotes, t.start) >= 0) return false;
  return ['before', 'after'].includes(t.lower) && next.pos === 'VERB' && next.lower.endsWith('ing');
}

/** A subject and its verb begin at token s; the tagger's plural-noun reading of a verb counts ("Francis points to"). */
function startsMainClause(d: Doc, s: number): boolean {
  if (startsFiniteClause(d, s)) return true;
  const np = nounPhraseStartingAt(d.tokens, s, d.segEnd[s] ?? s);
  if (!np || np.to - np.from < 2) return false;
  const last = d.tokens[np.to - 1]!;
  return last.pos === 'NOUN' && /[^s]s$/.test(last.lower) && d.tokens[np.to - 2]!.pos === 'PROPN';
}

/** Words opening a subordinate clause put before its main clause: "If X says C, …", "When she argued C, …". */
const PREPOSED_SUBORDINATORS = new Set([
  'if',
  'when',
  'whenever',
  'while',
  'although',
  'though',
  'because',
  'since',
  'as',
  'after',
  'before',
  'once',
  'unless',
  'whereas',
  'whether',
]);

/** Adverbs that may stand before a subordinator: "long before", "ever since", "only when", "shortly after". */
const SUBORDINATOR_ADVERBS = new Set(['long', 'ever', 'even', 'only', 'just', 'right', 'shortly', 'soon']);

/**
 * The cue at token k sits in a subordinate clause put before its main clause, with no comma between its
 * subordinator and the cue: one opening the sentence ("If X says C, …", "Long before she endorsed C, …", "Had
 * they nominated C, …") or a clause after a comma or conjunction ("…, and while he said C, the plan …").
 */
function inPreposedClause(d: Doc, k: number): boolean {
  const segStart = d.segStart[k]!;
  for (let j = k - 1; j >= segStart; j--) {
    const t = d.tokens[j]!;
    if ([',', ';', ':', '\u2014', '--'].includes(t.text)) return false;
    // (not "…, as he called it, …": an "as" after a comma is as often an aside as a clause before the main one)
    if (PREPOSED_SUBORDINATORS.has(t.lower) && opensPreposedClause(d, j, t.lower !== 'as')) return true;
  }
  let s = segStart;
  while (s < k && (OPEN_MARKS.has(d.tokens[s]!.text) || d.tokens[s]!.pos === 'CCONJ')) s++;
  // a conditional put as a question: "Had they nominated C, …", "Were she to say C, …"
  return ['had', 'were', 'should'].includes(d.tokens[s]?.lower ?? '') && /^[A-Z]/.test(d.tokens[s]!.text);
}

/**
 * The subordinator at j opens its sentence (after marks, conjunctions and an adverb: "And even if", "Long before"),
 * or, when `afterComma`, follows a comma (perhaps with a conjunction: "…, and while he said C, …").
 */
function opensPreposedClause(d: Doc, j: number, afterComma: boolean): boolean {
  const segStart = d.segStart[j]!;
  let s = j - 1;
  // the tagger reads a capitalised "Long" or "Ever" opening the sentence as a name
  if (s >= segStart && (d.tokens[s]!.pos === 'ADV' || SUBORDINATOR_ADVERBS.has(d.tokens[s]!.lower))) s--;
  while (s >= segStart && (OPEN_MARKS.has(d.tokens[s]!.text) || d.tokens[s]!.pos === 'CCONJ')) s--;
  return s < segStart || (afterComma && d.tokens[s]!.text === ',');
}

/** "said Peter Okafor of the harbour trust.": a prepositional phrase after the name ends the clause. */
function endsWithPlace(d: Doc, k: number, limit: number): boolean {
  if (!['of', 'at', 'from'].includes(d.tokens[k]?.lower ?? '')) return false;
  const np = nounPhraseStartingAt(d.tokens, k + 1, limit);
  return !!np && (endsClause(d, np.to) || endsWithPlace(d, np.to, limit));
}

/** Whether token k ends a clause (punctuation, a closing mark, or the end of its segment). */
function endsClause(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  if (!t || d.segStart[k] !== d.segStart[k - 1]) return true;
  return ['.', ',', ';', '!', '?', ':'].includes(t.text) || CLOSE_MARKS.has(t.text);
}

/**
 * The "that" opening a clause a few words on, past an addressee and setting without a verb: "told The Post and
 * Courier of Charleston on Saturday that", "wrote the local paper, The Chief, that"; -1 when there is none.
 */
function thatAhead(d: Doc, s: number, limit: number): number {
  for (let j = s; j < limit && j - s < 14; j++) {
    const w = d.tokens[j]!;
    if (w.lower === 'that' && w.pos === 'SCONJ') return j;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !/^[A-Z]/.test(w.text)) return -1;
    if (w.pos === 'PUNCT' && !['-', ','].includes(w.text)) return -1;
    if (OPEN_MARKS.has(w.text)) return -1;
  }
  return -1;
}

/** The word at j ends a hyphenated word the tokenizer split ("op-ed" → "op", "-", "ed"), which is no verb of its own. */
function hyphenatedTail(tokens: Token[], j: number): boolean {
  const dash = tokens[j - 1];
  return !!dash && dash.text === '-' && dash.end === tokens[j]!.start && tokens[j - 2]?.end === dash.start;
}

/** The "that" at j is a pronoun with its verb next ("that was a mistake", "that happened"), no complementiser. */
function pronounSubjectThat(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  // (a capital "That" inside a headline's title case may still be a complementiser)
  if (!next || tokens[j]!.text !== 'that') return false;
  return next.pos === 'AUX' || (next.pos === 'VERB' && next.lower.endsWith('ed'));
}

/** The word at j opens a hyphenated word the tokenizer split ("follow-up" → "follow", "-", "up"), a noun's modifier. */
function hyphenatedHead(tokens: Token[], j: number): boolean {
  const dash = tokens[j + 1];
  return !!dash && dash.text === '-' && dash.start === tokens[j]!.end && tokens[j + 2]?.start === dash.end;
}

/** The comma closing a short aside of adverbs and prepositional words that starts at `from` ("however,", "for example,"), or -1. */
function asideEnd(d: Doc, from: number, limit: number): number {
  for (let j = from; j < limit && j < from + 4; j++) {
    const w = d.tokens[j]!;
    if (w.text === ',') return j > from ? j : -1;
    if (!['ADV', 'ADP', 'NOUN', 'DET'].includes(w.pos)) return -1;
  }
  return -1;
}

/**
 * The first token of forward content after a cue: skips an addressee ("told
 * reporters"), "that", a colon, time and setting phrases ("on Monday", "in a
 * statement") and statement nouns ("rejected claims that").
 */
function contentStartAfter(d: Doc, k: number, lemma: string, via: string[]): number {
  const tokens = d.tokens;
  const limit = d.segEnd[k]!;
  let s = k + 1;
  // "made it clear to voters that C": the content after "clear" and whom it was made clear to
  const clear = lemma === 'make' ? clearAfterMake(d, k) : 0;
  if (clear > 0) {
    s = clear;
    if (tokens[s]?.lower === 'to' && tokens[s]?.pos === 'ADP') {
      if (OBJECT_PRONOUNS.has(tokens[s + 1]?.lower ?? '')) s += 2;
      else s = nounPhraseStartingAt(tokens, s + 1, limit)?.to ?? s;
    }
  }
  if (ADDRESSEE_LEMMAS.has(lemma) && objectPronounAt(tokens, s)) s++;
  else if (
    ADDRESSEE_LEMMAS.has(lemma) ||
    (SPEECH_LEMMAS.has(lemma) && lemma !== 'say' && !DENY_LEMMAS.has(lemma) && thatAhead(d, s, limit) > s)
  ) {
    const np = nounPhraseStartingAt(tokens, s, limit);
    if (np) {
      const name = d.text.slice(tokens[np.from]!.start, tokens[np.to - 1]!.end);
      const outlet = outletName(d, name);
      if (outlet) via.push(outlet);
      s = np.to;
      // a longer addressee and setting without a verb, up to "that": "told The Post and Courier of Charleston on Saturday that"
      const that = thatAhead(d, s, limit);
      if (that > s) s = that;
    }
  }
  // "said of the mayor: “C”", "wrote of her that C": whom it is about comes before the content
  if (tokens[s]?.lower === 'of' && s === k + 1 && SPEECH_LEMMAS.has(lemma)) {
    const about = nounPhraseStartingAt(tokens, s + 1, limit);
    const after = about ? tokens[about.to] : undefined;
    if (
      about &&
      after &&
      (after.text === ':' || after.lower === 'that' || (after.text === ',' && quoteOpeningAt(d, about.to + 1)))
    )
      s = about.to;
  }
  // "shot back that C": the particle comes before the content
  if (s === k + 1 && retortLemma(d, k)) s = skipForwardOverAdverbs(d, k + 2, limit);
  // "as the paper put it, “C”": the idiom's "it" is no content
  if (s === k + 1 && lemma === 'put' && tokens[s]?.lower === 'it') s++;
  // phrasal cues: "called for", "called on", "pointed to", "pointed out", "laid out", "brushed off"
  if ((lemma === 'call' || lemma === 'point') && ['for', 'on', 'to', 'out'].includes(tokens[s]?.lower ?? '')) s++;
  else if (s === k + 1 && phrasalCueEnd(d, k) > 0) s++;
  else if ((lemma === 'speak' || lemma === 'talk') && ['about', 'of'].includes(tokens[s]?.lower ?? '')) s++;
  // "warned of a long winter": what is warned of is the content
  else if (lemma === 'warn' && tokens[s]?.lower === 'of' && s === k + 1) s++;
  // "released the following statement:", "made the following comment:": the content comes after the colon
  if (tokens[s]?.lower === 'the' && tokens[s + 1]?.lower === 'following') {
    for (let j = s + 2; j < limit && j < s + 5; j++)
      if (tokens[j]!.text === ':') {
        if (j + 1 === limit) return j + 1;
        break;
      }
  }
  let that = -1;
  for (let guard = 0; guard < 12 && s < limit; guard++) {
    const t = tokens[s]!;
    if (t.text === ',' && isParticipleCue(tokens[s + 1]?.lower ?? '') && cueLemma(d, s + 1)) break;
    // an aside between the cue and its "that": "said, however, that", "believes, for example, that"
    if (t.text === ',' && s === k + 1) {
      const aside = asideEnd(d, s + 1, limit);
      if (aside > 0 && tokens[aside + 1]?.lower === 'that') {
        s = aside + 1;
        continue;
      }
    }
    if (t.text === ':' || ((t.text === ',' || t.text === '\u2014' || t.text === '--') && s > k + 1)) {
      s++;
      continue;
    }
    const afterComma = tokens[s + 1];
    if (
      t.text === ',' &&
      (quoteOpeningAt(d, s + 1) ||
        afterComma?.lower === 'that' ||
        (s === k + 1 &&
          lemma === 'say' &&
          afterComma &&
          isWordLike(afterComma) &&
          !isParticipleCue(afterComma.lower) &&
          afterComma.pos !== 'ADV'))
    ) {
      s++;
      continue;
    }
    // "denied that that was the case": the second "that" opens the content
    // (so does a "that" followed by its verb, no complementiser: the subject in "said that was a mistake", a relative
    // pronoun after a noun in "said in a film that showed the pier", which leaves no content after the cue)
    if (
      t.lower === 'that' &&
      tokens[s - 1]?.lower !== 'that' &&
      (isWordLike(tokens[s + 1]) || quoteOpeningAt(d, s + 1)) &&
      !pronounSubjectThat(tokens, s)
    ) {
      that = s;
      s++;
      continue;
    }
    if (t.pos === 'ADV' && (TIME_WORDS.has(t.lower) || t.lower.endsWith('ly')) && !HEDGE_WORDS.has(t.lower)) {
      s++;
      continue;
    }
    if (TIME_WORDS.has(t.lower) && (t.pos === 'PROPN' || t.pos === 'NOUN')) {
      s++;
      continue;
    }
    // a setting phrase up to a "that", comma or colon: "in a statement on Monday that"
    if (SETTING_WORDS.has(t.lower)) {
      // "said on Friday he met …": a time-only setting, then a clause without "that"
      let m = s + 1;
      while (m < limit && (TIME_WORDS.has(tokens[m]!.lower) || tokens[m]!.pos === 'DET' || tokens[m]!.pos === 'NUM'))
        m++;
      // "said on Wednesday the harbour had closed": a determiner after the time opens the clause's subject
      while (m > s + 2 && tokens[m - 1]!.pos === 'DET' && !TIME_WORDS.has(tokens[m - 1]!.lower)) m--;
      if (m > s + 1 && m < limit && TIME_WORDS.has(tokens[m - 1]!.lower) && startsFiniteClause(d, m)) {
        s = m;
        continue;
      }
      let j = s + 1;
      while (
        j < limit &&
        j - s < 10 &&
        ((tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') ||
          /^[A-Z]/.test(tokens[j]!.text) ||
          hyphenatedTail(tokens, j) ||
          hyphenatedHead(tokens, j))
      ) {
        const w = tokens[j]!;
        if (w.lower === 'that' || w.text === ',' || w.text === ':' || OPEN_MARKS.has(w.text)) break;
        j++;
      }
      const stop = tokens[j];
      const onlyTime = tokens
        .slice(s + 1, j)
        .every((w) => TIME_WORDS.has(w.lower) || w.pos === 'DET' || w.pos === 'NUM');
      if (
        stop &&
        (stop.lower === 'that' || (stop.text === ',' && j - s <= 4) || stop.text === ':' || (onlyTime && j > s + 1))
      ) {
        s = j;
        continue;
      }
      if (stop && OPEN_MARKS.has(stop.text) && tokens[j - 1]!.text !== ',' && j > s + 1 && j - s < 6) {
        s = j;
        continue;
      }
      break;
    }
    // "rejected claims that", "denied reports that"
    if (STATEMENT_NOUNS.has(t.lower) || (t.pos === 'DET' && STATEMENT_NOUNS.has(tokens[s + 1]?.lower ?? ''))) {
      const noun = STATEMENT_NOUNS.has(t.lower) ? s : s + 1;
      if (tokens[noun + 1]?.lower === 'that') {
        s = noun + 2;
        continue;
      }
    }
    break;
  }
  // "argued that in an era of change, C", "hope that as his path narrows, C": a phrase or clause opening the
  // that-clause before its subject belongs to the content, which then starts right after its "that"
  const opener = tokens[s];
  if (that >= 0 && opener && (opener.pos === 'ADP' || opener.pos === 'SCONJ') && s < limit) return that;
  return s;
}

function outletName(d: Doc, name: string): string | null {
  const key = name.replace(/^the\s+/i, '').toLowerCase();
  for (const e of d.entities) {
    if (e.type !== 'media') continue;
    if ([e.name, ...e.aliases].some((n) => n.replace(/^the\s+/i, '').toLowerCase() === key)) return e.name;
  }
  return OUTLET_BY_KEY.get(key) ?? null;
}

/** OUTLETS by the key `outletName` compares, the first outlet of a key winning (as the scan in list order did). */
const OUTLET_BY_KEY = new Map<string, string>();
for (const o of OUTLETS) {
  const key = o.replace(/^The\s+/, '').toLowerCase();
  if (!OUTLET_BY_KEY.has(key)) OUTLET_BY_KEY.set(key, o);
}

/**
 * A dash at k opens the last part of its sentence, which alone is what the attribution after it reports: "The
 * question is not the date — that won't happen, they think —". Not the second dash of a pair ("The plan — new
 * in May — failed, he said"), which closes an aside inside the content.
 */
function openingDash(d: Doc, k: number, segStart: number): boolean {
  if (!isSpacedDash(d, k)) return false;
  for (let j = k - 1; j >= segStart; j--) if (isSpacedDash(d, j)) return false;
  return true;
}

/** Tokens from..to-1 are a dateline heading a report: "LISBON, Portugal (AP)", "PARIS, May 2 (UPI)". */
function datelineBefore(d: Doc, from: number, to: number): boolean {
  if (to - from > 10) return false;
  for (let j = from; j < to; j++) if (/^\p{Ll}/u.test(d.tokens[j]!.text)) return false;
  return true;
}

/** A dash between words with space around it, not the hyphen of a compound ("op-ed"). */
function isSpacedDash(d: Doc, k: number): boolean {
  const t = d.tokens[k]!;
  if (!DASHES.has(t.text)) return false;
  if (t.text !== '-') return true;
  return /\s/.test(d.text[t.start - 1] ?? '') && /\s/.test(d.text[t.end] ?? '');
}

/** Content before the attribution: "C, X said" / "“C,” X said"; `endTok` is the comma or closing mark. */
function backwardContent(
  d: Doc,
  endTok: number,
  afterTok = -1,
): { span: Span; quote: Quote | null; mixed?: boolean } | null {
  const q = quoteClosingAt(d, endTok);
  if (q) {
    // a quote that ends a sentence begun outside it: "Details aside, the priority ''is X,'' he said"
    const openTok = tokenAtOrAfter(d.tokens, q.open);
    const first = d.segStart[openTok]!;
    if (
      !q.multiParagraph &&
      openTok > first &&
      d.segStart[endTok] === first &&
      quoteAt(d.quotes, d.tokens[first]!.start) < 0
    ) {
      const span = trimSpan(d.text, d.tokens[first]!.start, q.end, true);
      if (span[1] > span[0]) return { span, quote: null, mixed: true };
    }
    return { span: [q.start, q.end], quote: q };
  }
  const segStart = d.segStart[endTok]!;
  if (endTok <= segStart) return null;
  let startTok = segStart;
  const enclosing = quoteAt(d.quotes, d.tokens[endTok]!.start);
  let startChar = d.tokens[startTok]!.start;
  if (enclosing >= 0) startChar = Math.max(startChar, d.quotes[enclosing]!.start);
  // "— all of whom, she explained, needed help": the sentence goes on after the attribution, which sits in its last part
  const attributionInside =
    afterTok > endTok &&
    d.segStart[afterTok] === segStart &&
    (d.tokens[afterTok]!.text === ',' || d.tokens[afterTok]!.text === ';' || isSpacedDash(d, afterTok)) &&
    isWordLike(d.tokens[afterTok + 1]);
  let closedParens = 0;
  let dashes = 0;
  for (let k = endTok - 1; k > segStart; k--) {
    const t = d.tokens[k]!;
    if (t.text === ')') closedParens++;
    const dash =
      isSpacedDash(d, k) &&
      ++dashes === 1 &&
      openingDash(d, k, segStart) &&
      ((startsFiniteClause(d, k + 1) && hasFiniteVerb(d, k + 1, endTok)) ||
        attributionInside ||
        datelineBefore(d, segStart, k));
    if (t.text === '(' && closedParens > 0) closedParens--;
    else if (t.text === ':' || t.text === ';' || (t.text === '(' && k + 1 < endTok) || dash) {
      startTok = k + 1;
      startChar = Math.max(startChar, d.tokens[startTok]!.start);
      break;
    }
  }
  const span = trimSpan(d.text, startChar, d.tokens[endTok - 1]!.end, true);
  return span[1] > span[0] ? { span, quote: null } : null;
}

/**
 * After "“C1,” X said" the same speaker often goes on: ", “C2”" or ". “C2”" in
 * the same paragraph. Returns the end of C2 when that continuation is there.
 */
const CONTINUING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still']);

function continuationEnd(d: Doc, afterTok: number): number | null {
  const tokens = d.tokens;
  if (afterTok >= tokens.length) return null;
  const para = d.paragraph[afterTok - 1];
  const attributionSeg = d.segStart[afterTok - 1];
  let end: number | null = null;
  let words = 0;
  // the rest of the attribution sentence ("…, a scholar at the Center.") then quotes, to the paragraph's end
  for (let k = afterTok; k < tokens.length && d.paragraph[k] === para; k++) {
    const q = quoteOpeningAt(d, k);
    if (q) {
      if (q.multiParagraph) return end;
      const prev = tokens[k - 1]!;
      // a title closed with the sentence's stop ("said on “Morning Tide.”") ends the attribution sentence too
      const afterStop = CLOSE_MARKS.has(prev.text) && SENTENCE_ENDS.has(d.text[prev.start - 1] ?? '');
      // an abbreviation's stop may end the attribution sentence unsplit: "said in Santa Monica, Calif. “The …”"
      const afterAbbreviation =
        /\.$/.test(prev.text) && prev.text.length > 1 && /^[A-Z]/.test(tokens[k + 1]?.text ?? '');
      const fresh =
        d.segStart[k] !== attributionSeg || prev.text === ',' || prev.text === ':' || afterStop || afterAbbreviation;
      // a quoted title inside the attribution sentence ("told the channel's “Morning Show”") is narration
      if (end === null && !fresh) {
        k = tokenAtOrAfter(tokens, q.close) - 1;
        continue;
      }
      // a title or a phrase of a few words quoted inside a later narration sentence ("He helped revive “Twin
      // Peaks.”") is the narrator's, not the speaker going on ("But that is “not the same thing as a crime.”" is)
      if (
        end === null &&
        d.segStart[k] !== attributionSeg &&
        d.segStart[k] !== k &&
        isWordLike(prev) &&
        wordsWithin(d, k + 1, tokenAtOrAfter(tokens, q.close)) <= 3
      )
        return null;
      // a quote with its own attribution is left to that one; a quote closed by a full stop has none after it
      const after = tokenAtOrAfter(tokens, q.close);
      const closedByStop = d.text[q.end - 1] === '.';
      for (let j = after; !closedByStop && j < Math.min(after + 5, tokens.length); j++) {
        if (d.segStart[j] !== d.segStart[after] || d.paragraph[j] !== para) break;
        if (cueLemma(d, j)) return end;
      }
      end = q.end;
      k = after - 1;
      continue;
    }
    const lemma = cueLemma(d, k);
    if (lemma && !isParticipleCue(tokens[k]!.lower)) {
      // in the rest of the attribution sentence only another speech verb hands the quote on: not "failed to show
      // up at the hearing he was called to"
      const prev = tokens[k - 1]?.lower ?? '';
      // nor a relative clause on the speaker: "said Ann Hale, a pilot who said she would strike. “…”"
      const relative = tokens[skipBackOverAux(d, k, attributionSeg!, [])]?.lower === 'who';
      const inert =
        end === null &&
        d.segStart[k] === attributionSeg &&
        (!SPEECH_LEMMAS.has(lemma) || BE_FORMS.has(prev) || prev === 'to' || relative);
      if (!inert) return end;
    }
    if (end === null) {
      // after the attribution sentence only a quote may follow, perhaps after a conjunction: "But “C2”"
      if (d.segStart[k] !== attributionSeg && d.segStart[k] === k && CONTINUING_CONJUNCTIONS.has(tokens[k]!.lower))
        if (quoteOpeningAt(d, k + 1)) continue;
      // narration sentences with no cue may sit between the attribution and the next quote, which goes on
      if (isWordLike(tokens[k]) && ++words > 40) return null;
      // the attribution sentence goes on with a clause of its own: ", but Kevin was …"
      if (tokens[k]!.pos === 'CCONJ' && tokens[k - 1]?.text === ',') return null;
    } else if (isWordLike(tokens[k]) && quoteAt(d.quotes, tokens[k]!.start) < 0) return end;
  }
  if (end === null) return nextParagraphQuoteEnd(d, afterTok);
  return end;
}

/** How many word tokens lie in from..to-1. */
function wordsWithin(d: Doc, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (isWordLike(d.tokens[j])) n++;
  return n;
}

/**
 * "“C1,” X said.¶“C2”": a paragraph that is one quote with no attribution of its own, right after an
 * attribution that ends its paragraph, goes on with the same speaker. Returns the end of C2.
 */
function nextParagraphQuoteEnd(d: Doc, afterTok: number): number | null {
  const tokens = d.tokens;
  const para = d.paragraph[afterTok - 1]!;
  let k = afterTok;
  while (k < tokens.length && d.paragraph[k] === para) k++;
  if (k >= tokens.length || d.paragraph[k] !== para + 1) return null;
  const q = quoteOpeningAt(d, k);
  if (!q) return null;
  const after = tokenAtOrAfter(tokens, q.close);
  if (!q.multiParagraph && after < tokens.length && d.paragraph[after] === d.paragraph[k]) return null;
  return q.end;
}

/**
 * "C1, X said, C2." — an attribution inside the sentence: the content runs on
 * to the end of the sentence. `afterTok` is the first token after the
 * attribution; returns the new content end or null.
 */
function sentenceRunOnEnd(d: Doc, afterTok: number): number | null {
  const t = d.tokens[afterTok];
  if ((t?.text !== ',' && t?.text !== ';') || d.segStart[afterTok] !== d.segStart[afterTok - 1]) return null;
  const next = d.tokens[afterTok + 1];
  if (!next || !isWordLike(next) || next.lower === 'according') return null;
  if (isParticipleCue(next.lower) && cueLemma(d, afterTok + 1)) return null;
  if (['who', 'which', 'where', 'when', 'after', 'before', 'as', 'while'].includes(next.lower)) return null;
  // "C1, she said, and C2": only when a quote or a clause of the same speaker follows the conjunction
  if ((next.lower === 'and' || next.lower === 'but') && !quoteOpeningAt(d, afterTok + 2)) return null;
  const segEnd = d.segEnd[afterTok]!;
  const span = trimSpan(d.text, next.start, d.tokens[segEnd - 1]!.end, false);
  return span[1] > span[0] ? span[1] : null;
}

/** The latest claim whose cue sits earlier in the same segment as token k (drafts are in text order). */
function ownerInSegment(d: Doc, drafts: Draft[], k: number): Draft | undefined {
  const segStart = d.segStart[k];
  for (let i = drafts.length - 1; i >= 0; i--) {
    const x = drafts[i]!;
    if (d.segStart[x.cueTokens[0]] !== segStart) return undefined;
    if (x.cueTokens[0] < k) return x;
  }
  return undefined;
}

/** Words that hang a participle cue on a clause whose subject is its speaker: "after announcing", "while insisting". */
const SUBORDINATE_PARTICIPLE_HEADS = new Set([
  'by',
  'before',
  'after',
  'while',
  'when',
  'in',
  'without',
  'upon',
  'since',
]);

/**
 * "After announcing his bid, the senator …": a phrase that opens its sentence
 * hangs on the main clause after it, whose subject is the first noun phrase
 * after the phrase's comma, provided a verb follows it.
 */
function subjectAfterPreposedPhrase(d: Doc, head: number, k: number, segEnd: number): NounPhrase | null {
  const segStart = d.segStart[k]!;
  // only a phrase at the start of its sentence ("One month after announcing …" may lead with a time)
  for (let j = segStart; j < head; j++) {
    const w = d.tokens[j]!;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.text === ',' || quoteAt(d.quotes, w.start) >= 0) return null;
  }
  // a relative clause inside the phrase (", which is …,") is passed over
  for (let comma = k + 1; comma < segEnd - 1; comma++) {
    if (d.tokens[comma]!.text !== ',') continue;
    const np = nounPhraseStartingAt(d.tokens, comma + 1, segEnd);
    if (!np || isTimePhrase(d.tokens, np.from, np.to)) continue;
    if (['which', 'who', 'that', 'where', 'when'].includes(d.tokens[np.from]!.lower)) continue;
    const v = d.tokens[skipForwardOverAdverbs(d, np.to, segEnd)];
    return v && (v.pos === 'VERB' || v.pos === 'AUX') ? np : null;
  }
  return null;
}

function skipForwardOverAdverbs(d: Doc, k: number, limit: number): number {
  while (k < limit && d.tokens[k]!.pos === 'ADV') k++;
  return k;
}

/** Whether a verb that is no participle lies in [from, to): the words after an "as" phrase make a clause. */
function hasFiniteVerb(d: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = d.tokens[j]!;
    if ((w.pos === 'AUX' || w.pos === 'VERB') && !/(ing|ed)$/.test(w.lower)) return true;
  }
  return false;
}

/** A subject that names someone ("Mr. Putin", "he"); common nouns and "it", "who" are too often things or relatives. */
function nominalSubject(d: Doc, np: NounPhrase): boolean {
  const head = d.tokens[np.head]!;
  return ['he', 'she'].includes(head.lower) || /^[A-Z]/.test(head.text);
}

/** Prepositions whose object is what a clause-only cue is about: "agreed with", "worried about". */
const PREPOSITIONAL_COMPLEMENTS = new Set(['with', 'about', 'to', 'on']);

/** A noun phrase at `from` not followed by a "that" clause, a colon or a quote ("agreed with X that C" reports C). */
function prepositionalObjectOnly(d: Doc, from: number, limit: number): boolean {
  const np = nounPhraseStartingAt(d.tokens, from, limit);
  if (!np) return false;
  const after = d.tokens[np.to];
  return !after || !(after.lower === 'that' || after.text === ':' || !!quoteOpeningAt(d, np.to));
}

/** Pronouns that stand for their own clause's subject, near at hand: a relative "who", a personal pronoun. */
const CONJUNCT_PRONOUNS = new Set(['who', 'he', 'she', 'they', 'we', 'i']);

/**
 * The subject of the verb a coordinated cue at `and` + 1 is joined to, when it is nearer than the sentence's
 * subject or the earlier cue's speaker and differs from them: "Ann Cole, who opened the gate and said C" (a
 * relative clause's "who"), "…, and he smiled and said C". After a cue nobody is said to speak ("Asked whether
 * C1, the mayor shook her head and said C2"), any subject that names someone. Null where the earlier cue's
 * speaker or the sentence's subject should stand.
 */
function conjunctSubject(d: Doc, and: number, segStart: number, owner: Draft | undefined): NounPhrase | null {
  const ownerEnd = owner ? owner.cueTokens[1] : segStart;
  const np = clauseSubject(d, and - 1, segStart);
  if (!np || np.from < ownerEnd || isTimePhrase(d.tokens, np.from, np.to)) return null;
  const head = d.tokens[np.head]!;
  const pronoun = np.to - np.from === 1 && CONJUNCT_PRONOUNS.has(head.lower) && isSubjectPronoun(head);
  const lead = d.tokens[np.from - 1];
  // "Ann Cole, who opened the gate and said", "said an aide who saw it and described": a relative clause set off by
  // its comma, or on the earlier cue's own speaker; on an object ("praised those who left but said") the verbs are
  // the sentence's
  if (pronoun && head.lower === 'who')
    return lead?.text === ',' || (!!owner?.speaker && owner.speaker.to === np.from) ? np : null;
  // "…, and he smiled and said": a pronoun opening a main clause (not "after he won the vote and said", where the
  // coordination may join the sentence's own verbs), where no speaker came before
  if (pronoun)
    return !owner?.speaker && (!lead || np.from === segStart || lead.text === ',' || lead.pos === 'CCONJ') ? np : null;
  // "Asked whether C1, the mayor shook her head and said C2": the asked one speaks, who no cue has named
  if (voicesNobody(owner) && isAgent(d.tokens, np) && !RELATIVE_PRONOUNS.has(head.lower)) return np;
  return null;
}

/** A draft whose cue nobody is said to voice ("seemed", "is expected", "Asked whether C"): it lends no speaker. */
function voicesNobody(draft: Draft | undefined): boolean {
  return !!draft && !draft.speaker && !draft.speakerFrom && draft.speakerText === '';
}

/** Claims with a verb cue at token k. */
function verbCue(d: Doc, k: number, lemma: string, drafts: Draft[], learnt = false): Draft | null {
  const draft = wholePhraseCue(d, k, lemma, verbCueDraft(d, k, lemma, drafts, learnt));
  if (!draft?.speaker || draft.speaker.to > k || draft.rule === 'passive-agent') return draft;
  const participle = reducedRelative(d, draft.speaker, k, d.segStart[k]!, d.segEnd[k]!);
  if (participle === 'drop') return null;
  return participle ? { ...draft, rule: 'passive-agent', ...participle, quote: 'indirect', notes: [] } : draft;
}

/** "made it clear", "laid out" are the cue as a whole, not "made" or "laid" alone. */
function wholePhraseCue(d: Doc, k: number, lemma: string, draft: Draft | null): Draft | null {
  if (!draft || draft.cueTokens[0] !== k) return draft;
  const end = lemma === 'make' ? clearAfterMake(d, k) : phrasalCueEnd(d, k);
  if (end === 0) return draft;
  return { ...draft, cueSpan: [d.tokens[k]!.start, d.tokens[end - 1]!.end], cueTokens: [k, end] };
}

function verbCueDraft(d: Doc, k: number, lemma: string, drafts: Draft[], learnt: boolean): Draft | null {
  const tokens = d.tokens;
  const t = tokens[k]!;
  const segStart = d.segStart[k]!;
  const segEnd = d.segEnd[k]!;
  const next = tokens[k + 1];
  if (t.lower === 'according') return null;
  // "That said, C": a concession that links two sentences, with nobody saying anything
  if (t.lower === 'said' && next?.text === ',' && k - 1 === segStart && tokens[k - 1]!.lower === 'that') return null;
  // "claimed responsibility for the attack"
  if (next?.lower === 'responsibility' && RESPONSIBILITY_VERBS.has(lemma)) return responsibilityClaim(d, k, drafts);
  const phrasal = phrasalCueEnd(d, k) > 0;
  if (!CUE_LEMMAS.has(lemma) && !learnt && !REGARD_LEMMAS.has(lemma) && lemma !== 'make' && !phrasal) return null;
  // a verb of judging reports a stance only in the shapes its own rule reads ("is seen as", "see X as Y"); the
  // learnt model, which never saw that rule's guards, would take "the records considered unreliable were lost"
  if (learnt && REGARD_LEMMAS.has(lemma)) return null;
  // an intention is a claim only with its infinitive: "plans to close", not "plans a merger"
  if (lemma === 'plan' && !(next?.lower === 'to' && tokens[k + 2]?.pos === 'VERB')) return null;
  // "spoke of a betrayal", "talked about the wall": what is spoken about is the content
  if ((lemma === 'speak' || lemma === 'talk') && !['about', 'of'].includes(next?.lower ?? '')) return null;
  // participial adjectives: "271 pledged delegates", "the reported attack"
  const before1 = tokens[k - 1];
  if (
    /ed$/.test(t.lower) &&
    next &&
    (next.pos === 'NOUN' || next.pos === 'PROPN') &&
    before1 &&
    ['DET', 'NUM', 'ADJ'].includes(before1.pos)
  )
    return null;

  // "a think tank known for its polls", "made their feelings known": a participle describing a noun, no one knowing
  if (t.lower === 'known' && before1 && ['NOUN', 'PROPN'].includes(before1.pos)) return null;
  // "you know," as a filler between commas or before a closing bracket says nothing
  if (lemma === 'know' && before1?.lower === 'you' && next && [',', ')', '.', '\u2014'].includes(next.text))
    return null;
  const insideQuote = quoteAt(d.quotes, t.start) >= 0;
  if (insideQuote && !SPEECH_LEMMAS.has(lemma)) return null;
  const hedges: string[] = [];
  let p = skipBackOverAux(d, k, segStart, hedges);
  // progressive "is warning voters that": the auxiliary belongs to the cue
  const progressive =
    isParticipleCue(t.lower) && !!tokens[p] && BE_FORMS.has(tokens[p]!.lower) && tokens[p]!.lower !== 'being';
  if (progressive) p = skipBackOverAux(d, p, segStart, hedges);
  // "he appeared to suggest", "she seems to want": the seeming verb hedges the cue
  if (tokens[p]?.lower === 'to' && ['seem', 'appear'].includes(tokens[p - 1]?.lemma ?? '') && p - 1 > segStart) {
    hedges.push(tokens[p - 1]!.lower);
    p = skipBackOverAux(d, p - 1, segStart, hedges);
  }
  // "went on to say", "continued to insist": the cue is the speaker's own
  else if (tokens[p]?.lower === 'to' && p - 2 > segStart) {
    const before = tokens[p - 1]!;
    const phase =
      before.lower === 'on' && tokens[p - 2]!.lemma === 'go' ? p - 2 : before.lemma === 'continue' ? p - 1 : -1;
    if (phase > segStart) {
      p = skipBackOverAux(d, phase, segStart, hedges);
      // "is continuing to insist": the progressive's auxiliary too
      if (isParticipleCue(tokens[phase]!.lower) && BE_FORMS.has(tokens[p]?.lower ?? ''))
        p = skipBackOverAux(d, p, segStart, hedges);
    }
    // "was quick to point out", "is careful to note", "were more likely to say": the adjective's subject speaks
    // (not a plain "is likely to say", a guess at what someone will say)
    else if (before.pos === 'ADJ') {
      let be = p - 2;
      while (be > segStart && tokens[be]!.pos === 'ADV') be--;
      const comparative = be < p - 2 && ['more', 'less'].includes(tokens[p - 2]!.lower);
      if (BE_FORMS.has(tokens[be]!.lower) && (!/likely$/.test(before.lower) || comparative))
        p = skipBackOverAux(d, be, segStart, hedges);
    }
  }
  const prev = tokens[p];
  const via: string[] = [];
  const polarity: Claim['polarity'] = DENY_LEMMAS.has(lemma) ? 'deny' : 'affirm';
  const cueSpan: Span = [t.start, t.end];
  const base = { cueSpan, cueTokens: [k, k + 1] as [number, number], polarity, hedges, via, rule: 'verb-cue' };

  // an infinitive speaks for the one the clause it hangs on makes its doer: "went on the radio to declare C"
  if (prev && prev.lower === 'to' && prev.pos === 'PART')
    return learnt || insideQuote ? null : infinitiveCue(d, k, p, lemma, base);
  // passives ("he was asked"), except source-less "it is believed that"
  if (prev && BE_FORMS.has(prev.lower)) {
    const subject = tokens[skipBackOverAux(d, p, segStart, hedges)];
    if (subject?.lower === 'it' && next?.lower === 'that') {
      const content = forwardContent(d, k, k + 2);
      if (!content) return null;
      return { ...base, rule: 'source-less', speaker: null, speakerText: '', ...content };
    }
    // "the vote is expected to be close", "he was asked whether C": a stance nobody in the text is said to hold
    if (lemma === 'expect' && next?.lower === 'to') return sourceLess(d, k, p, base, clauseStartBefore(d, p), k + 1);
    // "the pier is widely seen as unsafe": a judgement nobody in the text is said to make, about the subject
    // (not an infinitive or gerund, "wants to be seen as", "risks being seen as": a wish, not a judgement)
    if (REGARD_LEMMAS.has(lemma) && regardPredicateAt(d, k + 1) && !insideQuote) {
      if (prev.lower === 'being' || (prev.lower === 'be' && tokens[p - 1]?.lower === 'to')) return null;
      const from = coordinatedSubjectStart(d, clauseStartBefore(d, p), p);
      // a relative clause ("the pier, which is seen as unsafe, …") judges its antecedent, which lies outside it
      if (RELATIVE_PRONOUNS.has(tokens[from]!.lower)) return null;
      const judged = sourceLess(d, k, p, base, from, k + 1);
      // "pigs are considered unclean by some faiths": the agent after the predicate judges
      const judge = judged ? agentInPredicate(d, k, judged.content[1]) : null;
      return judge && judged ? { ...judged, speaker: judge, speakerText: undefined, rule: 'passive-agent' } : judged;
    }
    // "Ruiz was declared the winner": a verdict nobody in the text is said to give, about the subject
    if (VERDICT_LEMMAS.has(lemma) && next?.pos === 'DET' && !insideQuote) {
      const q = skipBackOverAux(d, p, segStart, []);
      const subject = q >= segStart ? nounPhraseEndingAt(tokens, q, segStart) : null;
      if (!subject || RELATIVE_PRONOUNS.has(tokens[subject.from]!.lower)) return null;
      const draft = sourceLess(d, k, p, base, subject.from, k + 1);
      if (!draft) return null;
      // a clause opening its sentence ("After Ruiz was declared the winner, …") ends at its comma
      let comma = k + 1;
      while (comma < segEnd && tokens[comma]!.text !== ',') comma++;
      if (subject.from > segStart && comma < segEnd && tokens[comma]!.start < draft.content[1])
        draft.content = trimSpan(d.text, draft.content[0], tokens[comma]!.start, false);
      // "was declared the winner in Oban by the returning officer": the agent gives the verdict
      for (let j = k + 2; j < segEnd && tokens[j]!.end <= draft.content[1]; j++) {
        if (tokens[j]!.lower !== 'by') continue;
        const agent = nounPhraseStartingAt(tokens, j + 1, segEnd);
        if (agent && !isTimePhrase(tokens, agent.from, agent.to))
          return { ...draft, rule: 'passive-agent', speaker: agent, speakerText: undefined };
        break;
      }
      return draft;
    }
    if (lemma === 'ask' && WH_WORDS.has(next?.lower ?? '')) return sourceLess(d, k, p, base, k + 1, k + 1);
    // "was asked by a reporter whether C": the one who asks is the agent, the question its content
    if (lemma === 'ask' && next?.lower === 'by') {
      const question = questionAfterSetting(d, k);
      if (question?.asker) {
        const draft = sourceLess(d, k, p, base, question.from, question.from);
        return draft && { ...draft, rule: 'verb-cue', speaker: question.asker, speakerText: undefined };
      }
    }
    // "the plan was rejected by most pilots": the agent holds the stance, the subject is what it is about
    if (next?.lower === 'by' && /ed$/.test(t.lower) && !CLAUSE_ONLY_LEMMAS.has(lemma)) {
      const agent = nounPhraseStartingAt(tokens, k + 2, segEnd);
      const q = skipBackOverAux(d, p, segStart, []);
      const subject = q >= segStart ? nounPhraseEndingAt(tokens, q, segStart) : null;
      if (agent && subject && !isSubjectPronoun(tokens[subject.head]!) && !isTimePhrase(tokens, agent.from, agent.to)) {
        const span = trimSpan(d.text, tokens[subject.from]!.start, tokens[subject.to - 1]!.end, false);
        return { ...base, rule: 'passive-agent', speaker: agent, content: span, quote: 'indirect' };
      }
    }
    return null;
  }
  // "Asked whether C, …", "Asked on the radio about C", "… when asked who C": the question put to a speaker
  if (
    lemma === 'ask' &&
    (t.text === 'Asked' || (t.lower === 'asked' && p === k - 1 && prev?.lower === 'when' && prev.pos !== 'PRON'))
  ) {
    const question = questionAfterSetting(d, k);
    if (question) {
      const draft = sourceLess(d, k, p, base, question.from, question.from);
      if (draft && question.asker)
        return { ...draft, rule: 'verb-cue', speaker: question.asker, speakerText: undefined };
      return draft;
    }
  }

  // "Having announced that C1, the mayor said C2": a perfect participle opening the sentence hangs on the main
  // clause, whose subject speaks (the tagger reads a capitalised "Having" as a name otherwise)
  const opener = prev?.lower === 'having' ? (p === segStart ? p : p - 1 === segStart ? p - 1 : -1) : -1;
  if (opener >= 0 && (p === segStart || SUBORDINATE_PARTICIPLE_HEADS.has(tokens[opener]!.lower)) && !insideQuote) {
    const start = contentStartAfter(d, k, lemma, via);
    if (CLAUSE_ONLY_LEMMAS.has(lemma) && !startsClause(d, start, k)) return null;
    const content = forwardContent(d, k, start);
    const after = content ? subjectAfterPreposedPhrase(d, p, k, segEnd) : null;
    if (!content || !after) return null;
    const span = trimSpan(
      d.text,
      content.content[0],
      Math.min(content.content[1], tokens[after.from - 1]!.start),
      false,
    );
    return span[1] > span[0]
      ? { ...base, rule: 'participle-cue', speaker: after, content: span, quote: content.quote }
      : null;
  }

  // participles continue the clause of another speaker: "…, adding that C", "a statement suggesting that C"
  if (isParticipleCue(t.lower) && t.pos !== 'NOUN' && !progressive) {
    if (!prev) return null;
    const start = contentStartAfter(d, k, lemma, via);
    if (CLAUSE_ONLY_LEMMAS.has(lemma) && !startsClause(d, start, k)) return null;
    const content = forwardContent(d, k, start);
    if (!content) return null;
    if (prev.text === ',' || STATEMENT_NOUNS.has(prev.lower)) {
      const owner = ownerInSegment(d, drafts, k);
      // "Clinton seemed ready to riff on it, telling the crowd C": an earlier cue nobody is said to voice
      // ("seemed", "is expected") lends no speaker; the clause's subject speaks
      if (owner && !voicesNobody(owner))
        return { ...base, rule: 'participle-cue', speaker: null, speakerFrom: owner, ...content };
      let subject = clauseSubject(d, STATEMENT_NOUNS.has(prev.lower) ? p : p - 1, segStart);
      // "… hurled the kitchen sink at him, accusing": a subject that cannot hold a view sits inside the clause
      // (here before a noun the tagger read as a verb); the clause's own subject is further back
      if (subject && !canHoldView(tokens, subject)) {
        const outer = clauseSubject(d, subject.from - 1, segStart);
        if (outer && isAgent(tokens, outer) && !RELATIVE_SUBJECTS.has(tokens[outer.head]!.lower)) subject = outer;
      }
      return subject ? { ...base, rule: 'participle-cue', speaker: subject, ...content } : null;
    }
    // "by telling Clinton she …", "before adding that C": the subject of the clause the phrase hangs on
    if (SUBORDINATE_PARTICIPLE_HEADS.has(prev.lower) && prev.pos !== 'PRON' && prev.pos !== 'DET') {
      const left = clauseSubject(d, p - 1, segStart);
      if (
        left &&
        !['which', 'that', 'who'].includes(tokens[left.from]!.lower) &&
        !isTimePhrase(tokens, left.from, left.to)
      )
        return { ...base, rule: 'participle-cue', speaker: left, ...content };
      if (left) return null;
      const after = subjectAfterPreposedPhrase(d, p, k, segEnd);
      if (!after) return null;
      // the phrase ends at the comma before its main clause
      const end = Math.min(content.content[1], tokens[after.from - 1]!.start);
      const span = trimSpan(d.text, content.content[0], end, false);
      if (span[1] <= span[0]) return null;
      return { ...base, rule: 'participle-cue', speaker: after, content: span, quote: content.quote };
    }
    // "with O'Malley calling Trump a fascist", "a group backing Rubio"
    if (!NP_PARTICIPLE_LEMMAS.has(lemma) || /^[A-Z]/.test(t.text)) return null;
    const np = nounPhraseEndingAt(tokens, p, segStart);
    const before = np ? tokens[np.from - 1] : undefined;
    // "…, at one point calling the mayor a liar": a setting opens the phrase after its comma; no one at the point speaks
    if (np && before && TIME_PREPOSITIONS.has(before.lower) && tokens[np.from - 2]?.text === ',') {
      const owner = ownerInSegment(d, drafts, k);
      if (owner) return { ...base, rule: 'participle-cue', speaker: null, speakerFrom: owner, ...content };
      const subject = clauseSubject(d, np.from - 3, segStart);
      return subject ? { ...base, rule: 'participle-cue', speaker: subject, ...content } : null;
    }
    const producer = np ? producerOfObject(d, np, segStart) : null;
    if (producer) return { ...base, rule: 'participle-cue', speaker: producer, ...content };
    // "was heard on a microphone telling X", "featured old photos telling the story": a thing that cannot hold
    // a view relays the subject of the clause it hangs on
    const holder =
      np && !canHoldView(tokens, np)
        ? (clauseSubject(d, np.from - 1, segStart) ?? sentenceSubject(d, segStart, np.from))
        : null;
    if (
      holder &&
      isAgent(tokens, holder) &&
      !RELATIVE_SUBJECTS.has(tokens[holder.head]!.lower) &&
      tokens[holder.head]!.lower !== 'it'
    )
      return {
        ...base,
        rule: 'participle-cue',
        speaker: holder,
        ...content,
        content: reducedRelativeEnd(d, lemma, content),
      };
    if (np && !isTimePhrase(tokens, np.from, np.to) && !isSubjectPronoun(tokens[np.head]!))
      return {
        ...base,
        rule: 'participle-cue',
        speaker: np,
        ...content,
        content: reducedRelativeEnd(d, lemma, content),
      };
    return null;
  }

  // "Said the mayor, who grew up here, “C”": a sentence opening on its cue names the speaker, then quotes
  if (k === segStart && /^[A-Z]/.test(t.text) && SPEECH_LEMMAS.has(lemma) && !insideQuote) {
    const opening = quoteAfterOpeningCue(d, k);
    if (opening) return { ...base, ...opening, notes: ['cue opening the sentence'] };
  }

  // coordination: "X confirmed A and denied B"
  if (prev && (prev.lower === 'and' || prev.lower === 'but')) {
    const owner = ownerInSegment(d, drafts, k);
    // "Cruz exhorted Republicans to … and said C": the subject of the sentence's first verb
    const subject = owner ? null : sentenceSubject(d, segStart, p);
    if (!owner && !subject) return null;
    const start = contentStartAfter(d, k, lemma, via);
    if (CLAUSE_ONLY_LEMMAS.has(lemma) && !startsClause(d, start, k)) return null;
    // a nominal object ("… and blamed the oil price") only from a named subject, in the past or present
    // tense, and not a passive ("and backed by X": the one who backs comes after)
    if (
      !owner &&
      !startsThatOrQuote(d, start, k) &&
      !SPEECH_LEMMAS.has(lemma) &&
      (!subject || !nominalSubject(d, subject) || tokens[k + 1]?.lower === 'by' || !/ed$|s$/.test(t.lower))
    )
      return null;
    const content = forwardContent(d, k, start);
    if (!content) return null;
    const conjunct = conjunctSubject(d, p, segStart, owner);
    if (conjunct) return { ...base, rule: 'coordinated-cue', speaker: conjunct, ...content };
    return owner
      ? { ...base, rule: 'coordinated-cue', speaker: null, speakerFrom: owner, ...content }
      : { ...base, rule: 'coordinated-cue', speaker: subject, ...content };
  }

  // inversion: "…, said Mr. Burman" / "“C,” said X" (not "…, 49, told The Post": who is told is no speaker)
  if (prev && (prev.text === ',' || CLOSE_MARKS.has(prev.text)) && p === k - 1 && !ADDRESSEE_LEMMAS.has(lemma)) {
    const np = nounPhraseStartingAt(tokens, k + 1, segEnd);
    if (
      np &&
      !(np.to === np.from + 1 && tokens[np.from]!.lower === 'that') &&
      !isTimePhrase(tokens, np.from, np.to) &&
      (endsClause(d, np.to) || ['who', '('].includes(tokens[np.to]?.lower ?? '') || endsWithPlace(d, np.to, segEnd))
    ) {
      const back = backwardContent(d, p, np.to);
      // "Ann Ruiz, a pilot, criticized the fees": a name and its appositive before the cue are its subject, not a content
      // (a naming participle goes on after its name: "The program, called EB-5, allows …")
      const backStart = back ? tokenAtOrAfter(tokens, back.span[0]) : -1;
      const subjectBefore = !!back && !back.quote && !hasFiniteVerb(d, backStart, p) && tokens[np.to]?.text !== ',';
      // "The mayor, who grew up here, said the ferries …": a name and its relative clause are the cue's subject
      // (only the relative clause has a verb, so nothing before the cue is a statement of its own)
      const subjectWithRelative = !!back && !back.quote && appositiveSubject(d, p, segStart)?.from === backStart;
      // "…, said the ferries “will run late”": a quote or clause going on after the noun phrase is the content
      // of a cue whose subject stands before it, and the noun phrase that content's subject, not a speaker
      const followedByQuote = !!quoteOpeningAt(d, np.to) && d.segStart[np.to] === segStart;
      if (back && !subjectBefore && !subjectWithRelative && !followedByQuote)
        return withContinuation(
          d,
          { ...base, rule: 'inverted-verb-cue', speaker: np, ...backDraft(d, back), notes: ['content before the cue'] },
          np.to,
        );
    }
  }

  // speaker on the left, possibly with an appositive: "David Kamin, an adviser to the campaign, said"
  let np = prev ? nounPhraseEndingAt(tokens, p, segStart) : null;
  // "Both said C", "some think C": a quantifier opening its clause stands for the group it counts
  // ("they all said C": the pronoun before it)
  if (!np && prev?.pos === 'DET' && GROUP_QUANTIFIERS.has(prev.lower)) {
    const pronoun = tokens[p - 1];
    if (clauseStartBefore(d, p) === p) np = { from: p, to: p + 1, head: p };
    else if (pronoun && p - 1 >= segStart && isSubjectPronoun(pronoun) && !RELATIVE_PRONOUNS.has(pronoun.lower))
      np = { from: p - 1, to: p + 1, head: p - 1 };
  }
  // "A city official who spoke to discuss the plans said", "Jane Cole in a blog post said": the walk left stopped
  // on the object of a modifier; the subject heading the sentence, when all else before the cue modifies it
  if (np && (isObjectPhrase(d, np) || isRelativeCueObject(d, np)) && !learnt && !insideQuote) {
    const heading = nominalHeading(d, p, k, segStart);
    if (heading && modifierReaches(d, heading, np.from)) np = heading;
  }
  // "Even voters who praised his candidacy warned": a phrase that cannot hold a view ends a modifier of the subject
  else if (np && !learnt && !insideQuote && !canHoldView(tokens, np)) {
    const heading = nominalHeading(d, p, k, segStart);
    if (heading && heading.to <= np.from && isAgent(tokens, heading)) np = heading;
  }
  // "Wells Fargo this month announced": the time phrase is not the speaker
  if (np && isTimePhrase(tokens, np.from, np.to, true) && np.from - 1 >= segStart && !namesSpeaker(d, np)) {
    let q = skipBackOverAux(d, np.from, segStart, hedges);
    // "Sanders on Tuesday said"
    if (q > segStart && TIME_PREPOSITIONS.has(tokens[q]!.lower)) q = skipBackOverAux(d, q, segStart, hedges);
    const at = tokens[q];
    // "Ann Reyes, the party chairman, this past week announced": the name before the appositive
    if (at?.text === ',' && q > segStart) np = appositiveSubject(d, q, segStart);
    // "an average of polls taken over the past two weeks shows": the time ends a modifier of the subject
    else if (at?.pos === 'ADP' && !learnt && !insideQuote) np = nominalHeading(d, p, k, segStart);
    else np = q >= segStart ? nounPhraseEndingAt(tokens, q, segStart) : null;
  }
  if (np && isTimePhrase(tokens, np.from, np.to) && !namesSpeaker(d, np)) return null;
  if (!np && (prev?.text === ',' || prev?.text === '--' || prev?.text === '\u2014')) {
    const found = appositiveSubjectFound(d, p, segStart);
    np = found.np;
    // "Tom Hale, 34, of Tulsa, Okla., said": the name before the asides, when nothing else stands before them
    if (np && found.insideAside && !learnt && !insideQuote) np = nominalHeading(d, p, k, segStart) ?? np;
  }
  // the walk left stopped on an aside, a modifier or an adverb: the subject heading the sentence, taken only
  // when the cue goes on with a clause or a quote (checked below)
  const recovered = !np && !learnt && !insideQuote;
  if (recovered) np = subjectBeforeAsides(d, p, k, segStart);
  if (!np) return null;
  // "As the mayor noted, C": the clause after the "as" phrase is what was noted
  if (tokens[np.from - 1]?.lower === 'as' && np.from - 1 >= segStart && !insideQuote) {
    let comma = k + 1;
    if (['out', 'up'].includes(tokens[comma]?.lower ?? '')) comma++;
    while (comma < segEnd && tokens[comma]!.pos === 'ADV') comma++;
    if (tokens[comma]?.text === ',' && comma + 1 < segEnd && hasFiniteVerb(d, comma + 1, segEnd)) {
      const content = forwardContent(d, k, comma + 1);
      if (content)
        return { ...base, rule: 'as-clause', speaker: np, ...content, notes: ['content after an "as" clause'] };
    }
  }
  if (insideQuote && np.to - np.from === 1 && FIRST_SECOND_PERSON.has(tokens[np.from]!.lower)) return null;
  // "a donor who endorsed Rubio", "a voter who sought shelter": a relative clause naming someone by an act
  if (np.to - np.from === 1 && tokens[np.from]!.lower === 'who' && RELATIVE_ACT_LEMMAS.has(lemma)) return null;
  // a yes/no question puts a stance to its subject, who does not state it: "Do you support the levy?"
  if (isInvertedQuestion(d, np.from)) return null;

  const before = tokens[np.from - 1];
  const ruleStart = contentStartAfter(d, k, lemma, via);
  const start = learnt
    ? learntContentStart(tokens, k, ruleStart, segEnd)
    : SPEECH_LEMMAS.has(lemma) && !startsClause(d, ruleStart, k)
      ? (contentAfterAsides(d, k, segEnd) ?? ruleStart)
      : ruleStart;
  let forwardPossible =
    (start < segEnd ||
      (!!quoteOpeningAt(d, start) && [':', ','].includes(tokens[start - 1]?.text ?? '')) ||
      (!!quoteOpeningAt(d, start) && d.paragraph[start] === d.paragraph[k])) &&
    startsClause(d, start, k) &&
    // a participle cue right after is a clause of its own ("said, adding"), not after a preposition ("called for denying")
    !(
      isParticipleCue(tokens[start]?.lower ?? '') &&
      cueLemma(d, start) &&
      !['for', 'about', 'of', 'on', 'to', 'against'].includes(tokens[start - 1]?.lower ?? '')
    ) &&
    // "C, the university reported last week": a time alone is no content
    !onlyTimeToEnd(d, start);
  // "“C,” X said at an event" / "C, X said as he left": what follows the cue is its setting, not its content
  if (forwardPossible && before && (before.text === ',' || CLOSE_MARKS.has(before.text)) && np.from - 1 >= segStart) {
    const first = tokens[start];
    const q = quoteClosingAt(d, np.from - 1);
    const lead = tokens[segStart]!;
    // "Sunday on the channel’s “Tides,” X said C": a leading day opens a setting, not a quote
    const introPhrase =
      lead.pos === 'ADP' ||
      lead.pos === 'SCONJ' ||
      (lead.pos === 'VERB' && /ing$/.test(lead.lower)) ||
      (isTimePhrase(tokens, segStart, segStart + 1) && tokens[segStart + 1]?.pos === 'ADP');
    const commaQuote = q && SPEECH_LEMMAS.has(lemma) && /[,?!]\W*$/.test(d.text.slice(q.start, q.close + 1));
    // a quoted title inside the setting ("said on CNN's “State of the Union”") is no content
    const quotedTitle =
      !!quoteOpeningAt(d, start) && ![',', ':'].includes(tokens[start - 1]?.text ?? '') && start > k + 1;
    // "“C1,” he tweeted on May 2. “C2”": a quote in the next sentence goes on from the first, not instead of it
    const nextSentenceQuote = !!quoteOpeningAt(d, start) && d.segStart[start] !== d.segStart[k];
    const clausalAfter = startsThatOrQuote(d, start, k) && !quotedTitle;
    if (!clausalAfter && !introPhrase && (commaQuote || (first && SETTING_OPENERS.has(first.lower))))
      forwardPossible = false;
    if (q && nextSentenceQuote && /[,?!]\W*$/.test(d.text.slice(q.start, q.close + 1))) forwardPossible = false;
    // a quote split around its cue: "“C1,” she said, “C2”" is one claim from C1 to C2
    const second = quoteOpeningAt(d, start);
    if (commaQuote && second && tokens[start - 1]?.text === ',' && d.paragraph[start] === d.paragraph[k]) {
      const span: Span = [q.start, second.end];
      return { ...base, rule: 'split-quote', speaker: np, content: span, quote: 'direct' };
    }
  }
  // a recovered speaker only before what clearly is a content: a that-clause, a quote, a clause
  if (
    recovered &&
    !(
      forwardPossible &&
      (startsThatOrQuote(d, start, k) ||
        ((start === k + 1 || ADDRESSEE_LEMMAS.has(lemma)) && startsFiniteClause(d, start)))
    )
  )
    return null;
  // a closing mark just before the speaker may end the previous segment: "“Really?” Clinton said."
  const afterQuote =
    before && np.from === segStart && CLOSE_MARKS.has(before.text) && d.paragraph[np.from - 1] === d.paragraph[np.from];
  if (
    before &&
    (np.from - 1 >= segStart || afterQuote) &&
    (before.text === ',' || CLOSE_MARKS.has(before.text)) &&
    !forwardPossible
  ) {
    let after = k + 1;
    if (ADDRESSEE_LEMMAS.has(lemma) && objectPronounAt(tokens, after)) after++;
    else if (ADDRESSEE_LEMMAS.has(lemma)) {
      const obj = nounPhraseStartingAt(tokens, after, segEnd);
      if (obj) {
        const outlet = outletName(d, d.text.slice(tokens[obj.from]!.start, tokens[obj.to - 1]!.end));
        if (outlet && !via.includes(outlet)) via.push(outlet);
        after = obj.to;
      }
    }
    const back = backwardContent(d, np.from - 1, after);
    if (!back) return null;
    // "In a speech last July, he said …", "On Sunday, she disclosed": a setting, not a content
    // (unless the sentence goes on after the attribution: "But with each contest, they admit, it gets harder")
    // nor, before a verb that does not report speech, a phrase without a verb: "Offstage, the actors agree with X"
    // (a reply in a few words is said: "Not yet, she said")
    // ("a practice criticized by the pilots" is left to the reduced relative's agent)
    const verbless =
      !SPEECH_LEMMAS.has(lemma) &&
      next?.lower !== 'by' &&
      !tokensWithin(tokens, back.span).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (!back.quote && (verbless || isSettingPhrase(d, back.span)) && sentenceRunOnEnd(d, k + 1) === null) return null;
    return withContinuation(
      d,
      { ...base, speaker: np, ...backDraft(d, back), notes: ['content before the cue'] },
      after,
    );
  }
  // "The governor added:" ending its paragraph: the next paragraph is what was said
  // (an unbalanced opening mark there is an excerpt of a text, whose own speakers the claims inside name)
  if (
    !forwardPossible &&
    colonEndsParagraph(d, k, start) &&
    !OPEN_MARKS.has(tokens[start]!.text) &&
    SPEECH_LEMMAS.has(lemma)
  ) {
    let end = start;
    while (end + 1 < tokens.length && d.paragraph[end + 1] === d.paragraph[start]) end++;
    const span = trimSpan(d.text, tokens[start]!.start, tokens[end]!.end, true);
    if (span[1] > span[0] && end - start >= 3)
      return {
        ...base,
        rule: 'colon-paragraph',
        speaker: np,
        content: span,
        quote: containsQuoteMark(d.text, span) ? 'mixed' : 'indirect',
      };
  }
  // "agreed with the survey", "complained about the noise": a clause-only cue's prepositional object is its content
  if (
    CLAUSE_ONLY_LEMMAS.has(lemma) &&
    !insideQuote &&
    PREPOSITIONAL_COMPLEMENTS.has(tokens[k + 1]?.lower ?? '') &&
    tokens[k + 1]?.pos === 'ADP' &&
    before?.text !== ',' &&
    prepositionalObjectOnly(d, k + 2, segEnd)
  ) {
    const content = forwardContent(d, k, k + 2);
    if (content) return { ...base, speaker: np, ...content, notes: ['prepositional object'] };
  }
  // "agreed to pay the fee": an undertaking, from its "to" (not the phase verb "continued to")
  if (
    CLAUSE_ONLY_LEMMAS.has(lemma) &&
    lemma !== 'continue' &&
    !insideQuote &&
    tokens[k + 1]?.lower === 'to' &&
    tokens[k + 2]?.pos === 'VERB' &&
    before?.text !== ','
  ) {
    const content = forwardContent(d, k, k + 1);
    if (content) return { ...base, speaker: np, ...content, notes: ['infinitive'] };
  }
  if (!forwardPossible) return null;
  // a bare clause ("think it will") only when this cue is not itself reported: "said she thinks C" is one claim
  const reported = np.from > segStart && (tokens[np.from - 1]!.lower === 'that' || !!cueLemma(d, np.from - 1));
  // a belief or intention inside a report ("said he plans to", "says she hopes") is part of that report's content,
  // also with a subject of its own ("said the pilots fear C", "found that most voters want C"): polnear-train
  // annotates the inner claim apart for about one such cue in ten (5 of 57 stance verbs with a named or nominal
  // subject, 29 of 439 inner cues of any kind), so each would mostly be a second, spurious claim
  if (reported && !SPEECH_LEMMAS.has(lemma)) return null;
  const clausal =
    startsThatOrQuote(d, start, k) ||
    (start === k + 1 && !reported && !insideQuote && startsFiniteClause(d, start, true));
  const head = tokens[np.head]!;
  const finding =
    lemma === 'find' &&
    !insideQuote &&
    (FINDING_SOURCES.has(head.lemma) || FINDING_SOURCES.has(head.lower.replace(/s$/, '')));
  // what is tweeted or written is a statement even as a plain object: "tweeted her thanks", "wrote an op-ed"
  const published = PUBLISHING_LEMMAS.has(lemma) && !insideQuote && !reported;
  if (CLAUSE_ONLY_LEMMAS.has(lemma) && !clausal && !finding && !published && !phrasal) return null;
  // relative "that"/"which" subjects only report speech: "dresses that showed more" is no claim
  if (!clausal && np.to - np.from === 1 && ['that', 'which'].includes(tokens[np.from]!.lower) && lemma !== 'say')
    return null;
  const content = forwardContent(d, k, start);
  if (!content) return null;
  // "what X called “Y”", "which she said was a mistake": the relative clause is the claim, from its pronoun
  const relative = tokens[np.from - 1];
  if (relative && np.from - 1 >= segStart && ['what', 'which', 'whom'].includes(relative.lower)) {
    const span = relativeClauseSpan(d, np.from - 1, start, content.content);
    // "I liked what he said at that time": the pronoun is what was said, and nothing after the cue tells it
    if (span && onlyAdjunctsBetween(d, start, span[1])) return null;
    if (span)
      return {
        ...base,
        speaker: np,
        content: span,
        quote: containsQuoteMark(d.text, span) ? 'mixed' : 'indirect',
        notes: ['relative clause'],
      };
  }
  // "The museum, Mr. Obama said, would make visitors …": the attribution splits one sentence
  const verbFirst =
    tokens[start]?.pos === 'AUX' || (tokens[start]?.pos === 'VERB' && !isParticipleCue(tokens[start]!.lower));
  // (the attribution is then closed by a comma too: not "Hopefully, the mayor will seek help", "…, many think that can wait")
  if (
    verbFirst &&
    before?.text === ',' &&
    tokens[start - 1]?.text === ',' &&
    np.from - 1 > segStart &&
    content.quote !== 'direct'
  ) {
    const span = trimSpan(d.text, tokens[segStart]!.start, content.content[1], false);
    if (span[1] > span[0])
      return {
        ...base,
        speaker: np,
        content: span,
        quote: containsQuoteMark(d.text, span) ? 'mixed' : 'indirect',
        notes: ['sentence split by the attribution'],
      };
  }
  // "The mayor, who backed the toll, said …", "Voters who backed the toll warned …": the relative clause ends where
  // its antecedent's verb comes
  if (np.to - np.from === 1 && tokens[np.from]!.lower === 'who' && content.quote !== 'direct' && before) {
    // a verb that takes no clause has an object even where a clause could be read: "who praised his record warned"
    const takesClause = SPEECH_LEMMAS.has(lemma) || CLAUSAL_LEMMAS.has(lemma) || CLAUSE_ONLY_LEMMAS.has(lemma);
    const end = relativeContentEnd(d, start, content.content, clausal && takesClause, before.text === ',');
    if (end !== null) {
      // a quote closed after its comma is kept whole, mark and comma: 'called himself the "ferry candidate,"'
      const closesQuote = CLOSE_MARKS.has(d.text[end - 1] ?? '') && d.text[end - 2] === ',';
      const span: Span = closesQuote ? [content.content[0], end] : trimSpan(d.text, content.content[0], end, false);
      if (span[1] > span[0])
        return { ...base, speaker: np, content: span, quote: containsQuoteMark(d.text, span) ? 'mixed' : 'indirect' };
    }
  }
  return { ...base, speaker: np, ...content };
}

/** A name opens at token `j`: a capitalised word or a quote, after "the" at most ("the “We the People” fund"). */
function nameAt(tokens: Token[], j: number): boolean {
  const first = tokens[j]?.lower === 'the' ? tokens[j + 1] : tokens[j];
  return !!first && (OPEN_MARKS.has(first.text) || /^[A-Z]/.test(first.text));
}

/**
 * "a practice criticized by teachers", "a move intended as a signal": a past participle right after a noun phrase
 * modifies it (a reduced relative clause) rather than tells what it says. The agent of a "by" phrase holds the
 * stance and the noun phrase is what it is about; without one, a noun phrase that cannot hold a view and is the
 * object of a clause already under way is no speaker, and the participle no claim ('drop').
 */
function reducedRelative(
  d: Doc,
  np: NounPhrase,
  k: number,
  segStart: number,
  segEnd: number,
): { speaker: NounPhrase; content: Span } | 'drop' | null {
  const tokens = d.tokens;
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || /(ing|s)$/.test(t.lower)) return null;
  for (let j = np.to; j < k; j++) if (tokens[j]!.pos !== 'ADV' && tokens[j]!.lower !== 'not') return null;
  const head = tokens[np.head]!;
  if (isSubjectPronoun(head) || isTimePhrase(tokens, np.from, np.to)) return null;
  if (tokens[k + 1]?.lower === 'by') {
    const agent = nounPhraseStartingAt(tokens, k + 2, segEnd);
    // an agent is someone, not a means: "said by telephone", "announced by email"
    if (!agent || isTimePhrase(tokens, agent.from, agent.to) || !isAgent(tokens, agent)) return null;
    const content = trimSpan(d.text, tokens[np.from]!.start, tokens[np.to - 1]!.end, false);
    return content[1] > content[0] ? { speaker: agent, content } : null;
  }
  // "a group called the Harbour League": a name given to the noun phrase, by nobody in the text, whatever it is
  // (not "what officials called a hate crime", "called his dismissal unjust": no name follows)
  if (canHoldView(tokens, np) && !(NAMING_LEMMAS.has(t.lemma) && nameAt(tokens, k + 1))) return null;
  // "…, a move intended as a signal", "joined a movement called X": an appositive or an object, never the subject
  const before = tokens[np.from - 1];
  const appositive =
    before?.text === ',' && ['a', 'an'].includes(tokens[np.from]!.lower) && holdsOwnVerb(d, segStart, np.from - 1);
  return appositive || isObjectPhrase(d, np) ? 'drop' : null;
}

/** Who does what an infinitive at `to` says, and by which shape of its clause; null when the text names nobody. */
function infinitiveDoer(d: Doc, to: number, segStart: number): { np: NounPhrase; shape: string } | null {
  const tokens = d.tokens;
  if (to - 1 < segStart) return null;
  const w = tokens[to - 1]!;
  // "according to state records": the tagger's verb after a preposition; "how to attack him": a question, not a deed
  if (w.lower === 'according' || WH_WORDS.has(w.lower)) return null;
  // "leaving some to question", "prompted him to say": a pronoun or quantifier alone
  const single = (OBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it') || QUANTIFIERS.has(w.lower);
  const phrase = single ? { from: to - 1, to, head: to - 1 } : nounPhraseEndingAt(tokens, to - 1, segStart);
  if (phrase && !isTimePhrase(tokens, phrase.from, phrase.to)) {
    const lead = phrase.from - 1 >= segStart ? tokens[phrase.from - 1] : undefined;
    // "the loss led some allies to worry": the object is brought to speak (the verb says it is someone)
    if (lead?.pos === 'VERB' && OBJECT_CONTROL_LEMMAS.has(lead.lemma)) return { np: phrase, shape: 'object' };
  }
  const object = single ? phrase : namedHolder(tokens, phrase);
  if (object) {
    const lead = object.from - 1 >= segStart ? tokens[object.from - 1] : undefined;
    // "a chance for both to assert", "hard for voters to accept"
    if (lead?.lower === 'for') return { np: object, shape: 'for-subject' };
    // a headline's future: "Senator to back governor" (a line of its own)
    if (!lead && headlineAt(d, segStart) && !OBJECT_PRONOUNS.has(w.lower) && !isSubjectPronoun(tokens[object.head]!))
      return { np: object, shape: 'headline' };
  }
  // an adjective names a doer only when it says how willingly it acts ("was quick to", "reluctant to"), not what
  // it can or may do ("able to", "likely to")
  if (w.pos === 'ADJ' && !CONTROL_ADJECTIVES.has(w.lower)) return null;
  // the verb the infinitive hangs on
  let v = to - 1;
  while (v >= segStart && tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') v--;
  if (v < segStart) return null;
  const verb = tokens[v]!;
  // "urged voters to back", "declined to say", "asked her to explain": the governing cue reports the infinitive
  // (not across a comma: "agreed to a call, but only to tell him that C" adds a purpose of its own)
  const adjunct = tokens.slice(v + 1, to).some((x) => x.text === ',');
  if (verb.pos === 'VERB' && !adjunct && (CUE_LEMMAS.has(verb.lemma) || cueLemma(d, v))) return null;
  // what someone must or may do is not what they say: "had to defend", "has the power to confirm", "needs
  // delegates to support him", "faces pressure to show"
  if (UNREALISED_LEMMAS.has(verb.lemma)) return null;
  // a passive names the doer only when it is the one brought to act: "was pressed to explain"
  const passive = BE_FORMS.has(tokens[skipBackOverAux(d, v, segStart, [])]?.lower ?? '') && /(ed|en)$/.test(verb.lower);
  if (passive && !OBJECT_CONTROL_LEMMAS.has(verb.lemma)) return null;
  const subject = namedHolder(tokens, clauseSubject(d, to - 1, segStart));
  if (!subject) return null;
  return { np: subject, shape: passive ? 'passive' : v === to - 1 ? 'control' : 'purpose' };
}

/** Pronouns that name no one in particular: "To that, …", "To this day, …" open no view. */
const DEMONSTRATIVES = new Set(['it', 'this', 'that', 'these', 'those', 'what']);

/**
 * "To many, the pier is a symbol", "But to her supporters, she is a hero", "To anyone who follows the race, C": a
 * sentence opening on "to" and someone, then a clause after the comma, gives that clause as their view.
 */
function viewOf(d: Doc, k: number): Draft | null {
  const tokens = d.tokens;
  const segEnd = d.segEnd[k]!;
  const lead = tokens[k - 1];
  if (k > d.segStart[k]! && !(lead?.pos === 'CCONJ' || OPEN_MARKS.has(lead?.text ?? ''))) return null;
  const w = tokens[k + 1];
  if (!w || k + 1 >= segEnd || DEMONSTRATIVES.has(w.lower)) return null;
  // inside a quotation the view is the quoted speaker's own words
  if (quoteAt(d.quotes, tokens[k]!.start) >= 0) return null;
  const single = w.pos === 'PRON' || QUANTIFIERS.has(w.lower) || w.lower === 'others';
  const holder = single
    ? { from: k + 1, to: k + 2, head: k + 1 }
    : namedHolder(tokens, nounPhraseStartingAt(tokens, k + 1, segEnd));
  if (!holder || isTimePhrase(tokens, holder.from, holder.to)) return null;
  // "To a person, they backed the plan": all of them, not a view
  if (holder.to - holder.from === 2 && ['a', 'an'].includes(tokens[holder.from]!.lower)) return null;
  // the holder's comma, after a relative clause on it if one follows ("anyone who follows the race,")
  let comma = holder.to;
  if (tokens[comma]?.lower === 'who')
    while (comma < segEnd && comma - holder.to < 15 && tokens[comma]!.text !== ',') comma++;
  if (tokens[comma]?.text !== ',' || !startsFiniteClause(d, comma + 1, true)) return null;
  const content = forwardContent(d, k, comma + 1);
  if (!content) return null;
  const t = tokens[k]!;
  return {
    cueSpan: [t.start, t.end],
    cueTokens: [k, k + 1],
    polarity: 'affirm',
    hedges: [],
    via: [],
    rule: 'view-of',
    speaker: holder,
    ...content,
  };
}

/** The segment starting at token s is a paragraph of its own, as a headline is. */
function headlineAt(d: Doc, s: number): boolean {
  const end = d.segEnd[s]!;
  return (
    (s === 0 || d.paragraph[s - 1] !== d.paragraph[s]) &&
    (end >= d.tokens.length || d.paragraph[end] !== d.paragraph[s])
  );
}

/** Claims with a cue in the infinitive at `to`: its doer (infinitiveDoer) speaks. */
function infinitiveCue(
  d: Doc,
  k: number,
  to: number,
  lemma: string,
  base: Pick<Draft, 'cueSpan' | 'cueTokens' | 'polarity' | 'hedges' | 'via' | 'rule'>,
): Draft | null {
  const tokens = d.tokens;
  const doer = infinitiveDoer(d, to, d.segStart[k]!);
  if (!doer) return null;
  const start = contentStartAfter(d, k, lemma, base.via);
  // a question ("to question whether C") is a clause though the tagger may read its "whether" as a preposition
  const question = WH_WORDS.has(tokens[start]?.lower ?? '') && d.segStart[start] === d.segStart[k];
  const clausal = startsThatOrQuote(d, start, k) || question || (start === k + 1 && startsFiniteClause(d, start, true));
  if ((CLAUSE_ONLY_LEMMAS.has(lemma) || DEED_LEMMAS.has(lemma)) && !clausal) return null;
  if (!question && !startsClause(d, start, k)) return null;
  const content = forwardContent(d, k, start);
  if (!content) return null;
  return { ...base, rule: 'infinitive-cue', speaker: doer.np, ...content, notes: [`infinitive (${doer.shape})`] };
}

/**
 * Where the content of a cue inside a relative clause ends because the antecedent's own verb follows: after a comma
 * ("The mayor, who backed the toll, said …"; a clause content needs a verb of its own first, as in "who said the
 * men, and Mr. Cruz, must act" the verb is the content's), or, in a clause with no comma before its "who", right
 * after the object ("Voters who backed the toll warned …"). Null when the content runs on to its own end.
 */
function relativeContentEnd(
  d: Doc,
  start: number,
  content: Span,
  clausal: boolean,
  commaBefore: boolean,
): number | null {
  const tokens = d.tokens;
  const segEnd = d.segEnd[start]!;
  for (let j = start + 1; j < segEnd - 1 && tokens[j]!.start < content[1]; j++) {
    const t = tokens[j]!;
    const w = tokens[j + 1]!;
    if (!isFiniteVerb(w)) continue;
    // the comma may sit inside a quote that closes before the verb: "who called it “a mess,” has said …"
    const comma = t.text === ',' || (CLOSE_MARKS.has(t.text) && tokens[j - 1]?.text === ',');
    if (comma) {
      if (clausal && !holdsOwnVerb(d, start + 1, j)) continue;
      return t.text === ',' ? t.start : t.end;
    }
    if (!commaBefore && !clausal && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) && quoteAt(d.quotes, w.start) < 0)
      return t.end;
  }
  return null;
}

/** Whether tokens from..to-1 hold a verb, in any form but the gerund. */
function holdsOwnVerb(d: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = d.tokens[j]!;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.lower)) return true;
  }
  return false;
}

/** From relative pronoun `rel` to the end of its clause: a quote opening at `start`, else the first comma or the content's end. */
function relativeClauseSpan(d: Doc, rel: number, start: number, content: Span): Span | null {
  const q = quoteOpeningAt(d, start);
  let end = q ? q.end : content[1];
  if (!q)
    for (let j = start + 1; j < d.tokens.length && d.tokens[j]!.end <= content[1]; j++) {
      const t = d.tokens[j]!;
      if (t.text !== ',' && t.text !== ';') continue;
      // "what she said is growing demand for pools, parks and gyms": a list goes on after the comma
      const next = d.tokens[j + 1];
      const clauseAfter =
        !next ||
        next.pos === 'CCONJ' ||
        ADJUNCT_OPENERS.has(next.lower) ||
        startsFiniteClause(d, j + 1) ||
        d.tokens[rel]!.lower !== 'what';
      if (clauseAfter && quoteAt(d.quotes, t.start) < 0) {
        end = d.tokens[j - 1]!.end;
        break;
      }
    }
  const span = trimSpan(d.text, d.tokens[rel]!.start, end, false);
  return span[1] > span[0] ? balanceQuotes(d.text, span) : null;
}

/**
 * Tokens from `start` up to character `end` say nothing of their own: punctuation, adverbs, conjunctions,
 * prepositions, determiners, numbers and time words ("at that time", "this week", "But"), or nothing at all. A last
 * word that stands for what was said keeps its meaning: a question word ("did not say when"), "so" ("says so"),
 * a determiner or number used as a pronoun ("did not name any", "backed one").
 */
function onlyAdjunctsBetween(d: Doc, start: number, end: number): boolean {
  let last: Token | null = null;
  for (let j = start; j < d.tokens.length && d.tokens[j]!.end <= end; j++) {
    const t = d.tokens[j]!;
    if (t.pos !== 'PUNCT') last = t;
    if (TIME_NOUNS.has(t.lower) || TIME_WORDS.has(t.lower)) continue;
    if (!['PUNCT', 'ADV', 'ADP', 'DET', 'NUM', 'PART', 'CCONJ'].includes(t.pos)) return false;
  }
  if (!last || TIME_NOUNS.has(last.lower) || TIME_WORDS.has(last.lower)) return true;
  return !(WH_WORDS.has(last.lower) || last.lower === 'so' || last.pos === 'DET' || last.pos === 'NUM');
}

/** "I said it", "who told you that?": a speech verb whose content is a lone pronoun pointing back. */
function onlyAnaphorAfterSpeech(d: Doc, draft: Draft): boolean {
  let speech = false;
  for (let c = draft.cueTokens[0]; c < draft.cueTokens[1]; c++)
    if (PLAIN_SPEECH_LEMMAS.has(d.tokens[c]!.lemma)) speech = true;
  if (!speech) return false;
  let word: Token | null = null;
  for (let j = tokenAtOrAfter(d.tokens, draft.content[0]); j < d.tokens.length; j++) {
    const t = d.tokens[j]!;
    if (t.end > draft.content[1]) break;
    if (t.pos === 'PUNCT') continue;
    if (word) return false;
    word = t;
  }
  return word !== null && ANAPHORIC_CONTENTS.has(word.lower);
}

/** Tokens from `start` to the end of its segment are a time ("last week", "on Monday") and punctuation. */
function onlyTimeToEnd(d: Doc, start: number): boolean {
  const end = d.segEnd[start] ?? start;
  if (start >= end) return false;
  let time = false;
  for (let j = start; j < end; j++) {
    const t = d.tokens[j]!;
    if (!(TIME_WORDS.has(t.lower) || ['DET', 'NUM', 'PUNCT'].includes(t.pos) || ['on', 'in', 'last'].includes(t.lower)))
      return false;
    if (TIME_WORDS.has(t.lower)) time = true;
  }
  return time;
}

/** The cue's sentence ends in a colon that closes its paragraph, and token `start` opens the next one. */
function colonEndsParagraph(d: Doc, k: number, start: number): boolean {
  return (
    start < d.tokens.length &&
    d.tokens[start - 1]?.text === ':' &&
    d.paragraph[start - 1] === d.paragraph[k] &&
    d.paragraph[start] === d.paragraph[k]! + 1
  );
}

/**
 * A phrase that sets the scene rather than says something: a preposition or subordinator with no main clause
 * after it ("In a speech last July", "As has been the case in the industry", "On Tuesday, even as shares fell"),
 * or a time alone ("Earlier this week", "the following year"); a leading "But", "Thus" is passed over.
 */
function isSettingPhrase(d: Doc, span: Span): boolean {
  const all = tokenAtOrAfter(d.tokens, span[0]);
  let from = all;
  let to = from;
  while (to < d.tokens.length && d.tokens[to]!.end <= span[1]) to++;
  while (
    from < to &&
    (d.tokens[from]!.pos === 'CCONJ' || d.tokens[from]!.pos === 'ADV' || d.tokens[from]!.text === ',')
  )
    from++;
  const first = d.tokens[from];
  if (!first || from >= to) return false;
  const inside = d.tokens.slice(from, to);
  if (inside.every((t) => TIME_WORDS.has(t.lower) || ['DET', 'NUM', 'ADJ', 'ADV'].includes(t.pos))) return true;
  // a participle phrase ("Weighing in on the dispute", "According to aides") sets the scene as a preposition does
  const participial = first.pos === 'VERB' && /ing$/.test(first.lower);
  if (!(first.pos === 'ADP' || first.pos === 'SCONJ' || participial)) return false;
  if (
    !inside.some(
      (t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]/.test(t.text) && !reducedParticiple(inside, i),
    )
  )
    return true;
  // a clause of time or manner with nothing after it: "As has been the case", "But even after the growth cooled"
  return SETTING_SUBORDINATORS.has(first.lower) && !inside.some((t) => t.text === ',');
}
/**
 * The verb at `i` of a phrase is a participle modifying the noun before it, before any comma: "an interview
 * published Thursday", "the text accompanying the video" (after a comma a main clause may begin: "In 2014, the
 * plan failed").
 */
function reducedParticiple(phrase: Token[], i: number): boolean {
  const t = phrase[i]!;
  const before = phrase[i - 1];
  if (t.pos !== 'VERB' || !/(ed|en|ing)$/.test(t.lower) || !before || !['NOUN', 'PROPN'].includes(before.pos))
    return false;
  for (let j = 0; j < i; j++) if (phrase[j]!.text === ',') return false;
  return true;
}
/** Subordinators of time and manner whose clause, alone before "X said", only sets the scene. */
const SETTING_SUBORDINATORS = new Set(['as', 'when', 'after', 'before', 'once', 'until']);

/** The subject at `from` follows the auxiliary that opens a question: "Do you …?", "Would they …?" */
function isInvertedQuestion(d: Doc, from: number): boolean {
  const aux = d.tokens[from - 1];
  const segStart = d.segStart[from]!;
  if (!aux || from - 1 !== segStart || !QUESTION_AUX.has(aux.lower)) return false;
  const last = d.tokens[d.segEnd[from]! - 1];
  return last?.text === '?' || (CLOSE_MARKS.has(last?.text ?? '') && d.tokens[d.segEnd[from]! - 2]?.text === '?');
}
/** Acts that, after a relative "who", identify a person rather than report a stance (measured on polnear-train). */
const RELATIVE_ACT_LEMMAS = new Set(['endorse', 'seek', 'sign', 'pledge', 'challenge']);
const QUESTION_AUX = new Set([
  'do',
  'does',
  'did',
  'would',
  'will',
  'should',
  'could',
  'can',
  'are',
  'is',
  'have',
  'has',
]);

function backDraft(
  d: Doc,
  back: { span: Span; quote: Quote | null; mixed?: boolean },
): Pick<Draft, 'content' | 'quote'> {
  const quote: Claim['quote'] = back.mixed
    ? 'mixed'
    : back.quote
      ? 'direct'
      : containsQuoteMark(d.text, back.span)
        ? 'mixed'
        : 'indirect';
  return { content: back.span, quote };
}

function withContinuation(d: Doc, draft: Draft, afterTok: number): Draft {
  // "''C1'' of the plan, X said. ''C2''": content opening with a quote goes on like a direct one
  const opensWithQuote = draft.quote === 'mixed' && quoteAt(d.quotes, draft.content[0]) >= 0;
  if (draft.quote !== 'direct' && !opensWithQuote) {
    const runOn = sentenceRunOnEnd(d, afterTok);
    if (runOn !== null && runOn > draft.content[1]) {
      draft.content = [draft.content[0], runOn];
      draft.notes = [...(draft.notes ?? []), 'content runs on after the attribution'];
    }
    return draft;
  }
  const end = continuationEnd(d, afterTok);
  if (end !== null && end > draft.content[1]) {
    draft.content = [draft.content[0], end];
    draft.rule = 'quote-continuation';
    draft.notes = [...(draft.notes ?? []), 'the same speaker goes on in the next quote'];
  }
  return draft;
}

/** Correlatives the tagger reads as conjunctions, which may open a content's subject. */
const CORRELATIVES = new Set(['either', 'neither', 'both']);

/** Could forward content begin at token s (right after cue k)? */
function startsClause(d: Doc, s: number, k: number): boolean {
  const t = d.tokens[s];
  if (!t || d.segStart[s] !== d.segStart[k]) return !!quoteOpeningAt(d, s);
  if (OPEN_MARKS.has(t.text)) return true;
  if (t.lower === 'to') return d.tokens[s + 1]?.pos === 'VERB' || d.tokens[s + 1]?.pos === 'AUX';
  // "said both men would stay", "showed that either one would win": a correlative opens its clause's subject
  if (CORRELATIVES.has(t.lower)) return d.tokens[s + 1]?.pos !== 'PUNCT';
  if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SYM') return false;
  return true;
}

/** A that-clause, a quote or a colon follows the cue (for verbs that are only reporting with those). */
function startsThatOrQuote(d: Doc, s: number, k: number): boolean {
  if (quoteOpeningAt(d, s)) return true;
  // "found that, on average, C": an aside after the "that" keeps the content from the "that"
  if (d.tokens[s]?.lower === 'that' && d.tokens[s + 1]?.text === ',') return true;
  // "think that can wait": the pronoun "that" is the clause's subject
  if (s === k + 1 && pronounSubjectThat(d.tokens, s)) return true;
  for (let j = k + 1; j < s; j++) {
    const w = d.tokens[j]!;
    if (w.lower === 'that' || w.text === ':') return true;
  }
  return false;
}

/** A clause without "that" begins at token s: "think [it will not]", "believe [the plan is dead]". */
function startsFiniteClause(d: Doc, s: number, subjectModifiers = false): boolean {
  const tokens = d.tokens;
  const limit = d.segEnd[s] ?? s;
  const first = tokens[s];
  if (!first) return false;
  let v = s + 1;
  if (!(isSubjectPronoun(first) && first.lower !== 'that') && first.lower !== 'there') {
    const np = nounPhraseStartingAt(tokens, s, limit);
    if (!np) return false;
    v = np.to;
    // "think the progress on climate is real": the subject may carry prepositional phrases
    for (let pp = 0; subjectModifiers && pp < 2 && SUBJECT_PREPOSITIONS.has(tokens[v]?.lower ?? ''); pp++) {
      const object = nounPhraseStartingAt(tokens, v + 1, limit);
      if (!object) break;
      v = object.to;
    }
  }
  while (v < limit && tokens[v]!.pos === 'ADV') v++;
  const verb = tokens[v];
  if (!verb || (verb.pos !== 'AUX' && verb.pos !== 'VERB')) return false;
  return !isParticipleCue(verb.lower) && verb.lower !== 'to';
}

/** Prepositions that open a modifier of a clause's subject: "the progress on X", "a poll of voters in Y". */
const SUBJECT_PREPOSITIONS = new Set(['of', 'on', 'in', 'for', 'from', 'with', 'about', 'at', 'among', 'by']);

/** Forward content from token `start`: a quote opening there, or the rest of the clause. */
function forwardContent(d: Doc, k: number, start: number): Pick<Draft, 'content' | 'quote'> | null {
  const q = quoteOpeningAt(d, start);
  if (q) {
    const closeTok = tokenAtOrAfter(d.tokens, q.close);
    const rest = d.tokens[closeTok];
    const sentenceGoesOn =
      rest && d.segStart[closeTok] === d.segStart[start] && isWordLike(rest) && rest.lower !== 'he';
    if (!sentenceGoesOn || q.multiParagraph) return { content: [q.start, q.end], quote: 'direct' };
  }
  if (start >= d.tokens.length) return null;
  const { endToken } = forwardEnd(d, start, k);
  if (endToken <= start) return null;
  const span = balanceQuotes(d.text, trimSpan(d.text, d.tokens[start]!.start, d.tokens[endToken - 1]!.end, false));
  if (span[1] <= span[0]) return null;
  return { content: span, quote: containsQuoteMark(d.text, span) ? 'mixed' : 'indirect' };
}

/**
 * "The campaign sent out a press release saying C", "Cruz made a pitch to voters saying C": when the noun phrase before
 * a participle is the object (or, after "to", the recipient of the object) of a verb that puts something out, the
 * participle reports the verb's subject. Null when the verb is of another kind or its subject is only a relative word.
 */
function producerOfObject(d: Doc, object: NounPhrase, limit: number): NounPhrase | null {
  const tokens = d.tokens;
  let j = object.from - 1;
  if (tokens[j]?.lower === 'to' && j - 1 >= limit) {
    const sent = nounPhraseEndingAt(tokens, j - 1, limit);
    if (!sent) return null;
    j = sent.from - 1;
  }
  while (j > limit && PRODUCER_PARTICLES.has(tokens[j]!.lower)) j--;
  const verb = tokens[j];
  if (!verb || j < limit || verb.pos !== 'VERB' || !PRODUCER_LEMMAS.has(verb.lemma)) return null;
  const subject = isParticipleCue(verb.lower) ? clauseSubject(d, j, limit) : subjectOfFiniteVerb(d, j, limit);
  if (!subject || ['which', 'that', 'who'].includes(tokens[subject.from]!.lower)) return null;
  return subject;
}

/**
 * The subject of the finite verb at `v`, also past an appositive ("Trump, who …, issued") or a coordination
 * ("… hired lawyers and placed ads"), where the subject is the sentence's.
 */
function subjectOfFiniteVerb(d: Doc, v: number, limit: number): NounPhrase | null {
  const p = skipBackOverAux(d, v, limit, []);
  if (p < limit) return null;
  const before = d.tokens[p]!;
  if (before.text === ',') return appositiveSubject(d, p, limit - 1);
  if (before.lower !== 'and' && before.lower !== 'but') return clauseSubject(d, v, limit);
  // "had sent letters, hired lawyers and placed ads": back over the coordinated verbs to the first one with a subject
  for (let u = p - 1; u > limit; u--) {
    const t = d.tokens[u]!;
    if (t.pos !== 'VERB' || isParticipleCue(t.lower) || d.tokens[u - 1]?.lower === 'to') continue;
    const q = skipBackOverAux(d, u, limit, []);
    const w = d.tokens[q];
    if (!w || q < limit) return null;
    if (w.text === ',' || w.lower === 'and' || w.lower === 'but') continue;
    const np = nounPhraseEndingAt(d.tokens, q, limit);
    return np && !isTimePhrase(d.tokens, np.from, np.to) ? np : null;
  }
  return null;
}

/**
 * "Davis made it clear that C", "Obama, making it plain that C": the "it" before the adjective only holds the place of
 * the clause after it, and who makes it so is the speaker. Null unless the speaker is such an "it".
 */
function makerOfDummyIt(d: Doc, speaker: NounPhrase): NounPhrase | null {
  const tokens = d.tokens;
  const it = tokens[speaker.from]!;
  const make = tokens[speaker.from - 1];
  if (speaker.to !== speaker.from + 1 || it.lower !== 'it' || make?.lemma !== 'make') return null;
  const segStart = d.segStart[speaker.from]!;
  const m = speaker.from - 1;
  if (m <= segStart) return null;
  const q = skipBackOverAux(d, m, segStart, []);
  const before = tokens[q];
  // "Obama, making it clear": the participle phrase follows its subject
  if (isParticipleCue(make.lower) && before?.text === ',') return nounPhraseEndingAt(tokens, q - 1, segStart);
  // "… mocked the party, and made it clear": the subject of the sentence's first verb
  if (before && ['and', 'but'].includes(before.lower)) return sentenceSubject(d, segStart, q);
  return clauseSubject(d, m, segStart);
}

/** The subject of the clause a participle or statement noun hangs on: "Lukashenko made a statement suggesting". */
function clauseSubject(d: Doc, from: number, limit: number): NounPhrase | null {
  for (let v = from; v > limit; v--) {
    const t = d.tokens[v]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // a gerund or infinitive inside the clause's object has no subject of its own: "warned against drawing
    // lessons, saying", "used the storm to justify it, saying"
    if (t.pos === 'VERB' && (isParticipleCue(t.lower) || d.tokens[v - 1]?.lower === 'to')) continue;
    // "seemed to be ready to riff on it, telling": nor has an infinitive auxiliary
    if (t.pos === 'AUX' && d.tokens[v - 1]?.lower === 'to') continue;
    const p = skipBackOverAux(d, v, limit, []);
    if (p < limit) return null;
    // "The mayor, clearly frustrated, responded …, saying": the subject before its appositive
    // (a subject ending on a thing, "the other candidate on the stage, the senator, said", is named by the appositive)
    if (d.tokens[p]!.text === ',' && p > limit) {
      const subject = appositiveSubject(d, p, limit);
      if (!subject || canHoldView(d.tokens, subject) || d.tokens[subject.to]?.text !== ',') return subject;
      const aside = nounPhraseStartingAt(d.tokens, subject.to + 1, p);
      return aside && aside.to === p && isAgent(d.tokens, aside) ? aside : subject;
    }
    const np = nounPhraseEndingAt(d.tokens, p, limit);
    // "Trump on Thursday stepped up his attacks, saying": the time phrase sits between the subject and its verb
    if (np && isTimePhrase(d.tokens, np.from, np.to)) {
      let q = np.from - 1;
      if (q > limit && TIME_PREPOSITIONS.has(d.tokens[q]!.lower)) q--;
      return q >= limit && q < np.from - 1 ? nounPhraseEndingAt(d.tokens, q, limit) : null;
    }
    // "went first at the town hall hosted by CNN, predicting": a past participle with its agent after the object of
    // a preposition or verb is a reduced relative clause on that object; the clause's own verb is further back
    const before = np ? d.tokens[np.from - 1] : undefined;
    if (
      np &&
      p === v - 1 &&
      /(ed|en)$/.test(t.lower) &&
      d.tokens[v + 1]?.lower === 'by' &&
      (before?.pos === 'ADP' || before?.pos === 'VERB')
    ) {
      v = np.from;
      continue;
    }
    return np;
  }
  return null;
}

/**
 * The question after "asked" at token k, past a setting ("asked on Monday at a briefing about C") and an agent
 * ("asked by a reporter whether C"): where its wh-word stands or what follows "about", and who asked.
 */
function questionAfterSetting(d: Doc, k: number): { from: number; asker: NounPhrase | null } | null {
  const tokens = d.tokens;
  const limit = Math.min(d.segEnd[k]!, k + 12);
  let asker: NounPhrase | null = null;
  for (let j = k + 1; j < limit; j++) {
    const w = tokens[j]!;
    if (WH_WORDS.has(w.lower)) return { from: j, asker };
    // what was asked about is the content, as with the stance cue "talked about": "asked about [the levy]"
    if (w.lower === 'about') return j + 1 < limit ? { from: j + 1, asker } : null;
    if (w.text === ',' || w.pos === 'VERB' || w.pos === 'AUX' || OPEN_MARKS.has(w.text)) return null;
    if (w.lower === 'by' && !asker) {
      asker = nounPhraseStartingAt(tokens, j + 1, limit);
      if (!asker || isTimePhrase(tokens, asker.from, asker.to)) return null;
      j = asker.to - 1;
    }
  }
  return null;
}

/** Where the clause holding token `k` begins: after a comma, a conjunction or the segment start. */
function clauseStartBefore(d: Doc, k: number): number {
  const segStart = d.segStart[k]!;
  for (let j = k; j > segStart; j--) {
    const w = d.tokens[j - 1]!;
    if (w.text === ',' || w.text === ';' || w.text === ':' || w.pos === 'CCONJ' || w.pos === 'SCONJ') return j;
    if (OPEN_MARKS.has(w.text) || w.text === '\u2014' || w.text === '--') return j;
  }
  let s = segStart;
  while (s < k && (d.tokens[s]!.pos === 'CCONJ' || OPEN_MARKS.has(d.tokens[s]!.text))) s++;
  return s;
}

/**
 * A clause start at `from` that cuts a coordinated subject ("Minnesota and [Colorado are seen as …]") moves back
 * over the first conjunct.
 */
function coordinatedSubjectStart(d: Doc, from: number, verb: number): number {
  const and = d.tokens[from - 1];
  const before = d.tokens[from - 2];
  if (and?.lower !== 'and' || !before || !(before.pos === 'NOUN' || before.pos === 'PROPN')) return from;
  const conjunct = nounPhraseStartingAt(d.tokens, from, verb);
  if (!conjunct || conjunct.to < skipBackOverAux(d, verb, from, []) + 1) return from;
  const first = nounPhraseEndingAt(d.tokens, from - 2, d.segStart[from]!);
  return first ? first.from : from;
}

/**
 * A claim without a named holder (empty speaker): "the vote is expected to be
 * close", "he seemed lost", "asked whether C". The content runs from token
 * `from` to the end of the clause after the cue.
 */
function sourceLess(
  d: Doc,
  k: number,
  cueEnd: number,
  base: Pick<Draft, 'cueSpan' | 'cueTokens' | 'polarity' | 'hedges' | 'via'>,
  from: number,
  forwardFrom: number,
): Draft | null {
  const limit = d.segEnd[k]!;
  if (from >= limit || forwardFrom >= limit) return null;
  let { endToken } = forwardEnd(d, forwardFrom, k);
  const perceptive = d.tokens[k]!.lemma === 'seem' || d.tokens[k]!.lemma === 'appear';
  // a question ends at the comma that returns to the main clause: "Asked whether C, she said …"
  for (let j = forwardFrom; j < endToken; j++) {
    const w = d.tokens[j]!;
    if ((w.text === ',' || w.text === ':') && (from > k || d.tokens[j + 1]?.pos === 'CCONJ' || perceptive)) {
      endToken = j;
      break;
    }
  }
  if (endToken <= from) return null;
  const span = trimSpan(d.text, d.tokens[from]!.start, d.tokens[endToken - 1]!.end, false);
  if (span[1] <= span[0]) return null;
  void cueEnd;
  return {
    ...base,
    rule: 'source-less',
    speaker: null,
    speakerText: '',
    content: span,
    quote: containsQuoteMark(d.text, span) ? 'mixed' : 'indirect',
  };
}

/**
 * "The board has reportedly approved the sale", "Reportedly, the board approved it": the clause is a report
 * nobody in the text is said to make (a cue verb right after it has its own speaker: "reportedly told aides C").
 */
function reportedly(d: Doc, k: number): Draft | null {
  const tokens = d.tokens;
  if (quoteAt(d.quotes, tokens[k]!.start) >= 0) return null;
  const verb = skipForwardOverAdverbs(d, k + 1, d.segEnd[k]!);
  if (cueLemma(d, verb) || (AUX_SKIP.has(tokens[verb]?.lower ?? '') && cueLemma(d, verb + 1))) return null;
  const base = {
    cueSpan: [tokens[k]!.start, tokens[k]!.end] as Span,
    cueTokens: [k, k + 1] as [number, number],
    polarity: 'affirm' as const,
    hedges: [],
    via: [],
  };
  const from = clauseStartBefore(d, k);
  // a relative clause ("the mayor, who reportedly …") or a participle after a comma ("…, reportedly winning"):
  // the report is about a phrase outside the clause
  if (RELATIVE_PRONOUNS.has(tokens[from]!.lower) || (from === k && tokens[k - 1]?.text === ',')) return null;
  // opening its clause: what follows it, after its comma
  const start = from < k ? from : tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  const draft = sourceLess(d, k, k, base, start, Math.max(start, k + 1));
  if (!draft) return null;
  // the clause ends at its comma: "With Ruiz reportedly leaving, the party …"
  for (let j = Math.max(start, k + 1); j < d.segEnd[k]! && tokens[j]!.start < draft.content[1]; j++)
    if (tokens[j]!.text === ',' && quoteAt(d.quotes, tokens[j]!.start) < 0) {
      const span = trimSpan(d.text, draft.content[0], tokens[j]!.start, false);
      return span[1] > span[0] ? { ...draft, content: span } : null;
    }
  return draft;
}

/** The person or group of a "by" phrase after the cue at `k`, within the content ending at `end`. */
function agentInPredicate(d: Doc, k: number, end: number): NounPhrase | null {
  const tokens = d.tokens;
  for (let j = k + 1; j < d.segEnd[k]! && tokens[j]!.end <= end; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.lower !== 'by') continue;
    const agent = nounPhraseStartingAt(tokens, j + 1, d.segEnd[k]!);
    return agent && isAgent(tokens, agent) && !isTimePhrase(tokens, agent.from, agent.to) ? agent : null;
  }
  return null;
}

/**
 * "To the professor, the stare seemed sad": a person or group the impression is "to", heading the sentence before
 * the clause at `from`, holds it.
 */
function perceiverBefore(d: Doc, from: number): NounPhrase | null {
  const tokens = d.tokens;
  if (tokens[from - 1]?.text !== ',') return null;
  let to = d.segStart[from]!;
  while (to < from && tokens[to]!.pos === 'CCONJ') to++;
  if (tokens[to]?.lower !== 'to') return null;
  const np = nounPhraseStartingAt(tokens, to + 1, from - 1);
  return np && np.to === from - 1 && isAgent(tokens, np) ? np : null;
}

/**
 * "The mayor said [the captains seemed to …]": a reporting verb between the clause start `from` and the seeming
 * verb at `k` introduces the clause that holds the impression, which starts after it (and its "that") at the
 * subject of the seeming verb; what comes before is someone else's statement, not part of the impression.
 */
function reportedClauseStart(d: Doc, from: number, k: number): number {
  const tokens = d.tokens;
  let start = from;
  for (let j = from; j < k; j++) if (tokens[j]!.pos === 'VERB' && cueLemma(d, j)) start = j + 1;
  if (start === from) return from;
  if (tokens[start]?.lower === 'that') start++;
  const p = skipBackOverAux(d, k, start, []);
  const subject = p >= start ? nounPhraseEndingAt(tokens, p, start) : null;
  return subject ? subject.from : start;
}

function perception(d: Doc, k: number): Draft | null {
  const t = d.tokens[k]!;
  const from = clauseStartBefore(d, k);
  if (from >= k) return null;
  // a relative clause ("a sky that seemed to …") or a cue after it ("appeared to blame"): not a claim of its own
  if (['that', 'which', 'who'].includes(d.tokens[from - 1]?.lower ?? '')) return null;
  if (['that', 'which', 'who'].includes(d.tokens[k - 1]?.lower ?? '')) return null;
  if (d.tokens[k + 1]?.lower === 'to' && cueLemma(d, k + 2)) return null;
  // "didn't seem impressed", "cannot seem to", "where the two appeared to": no impression is reported
  const before = d.tokens[k - 1]?.lower ?? '';
  if (['not', "n't", 'n’t', 'never'].includes(before) || before === 'cannot') return null;
  if (['where', 'when'].includes(d.tokens[from]?.lower ?? '')) return null;
  const base = {
    cueSpan: [t.start, t.end] as Span,
    cueTokens: [k, k + 1] as [number, number],
    polarity: 'affirm' as const,
    hedges: [],
    via: [],
  };
  const start = reportedClauseStart(d, from, k);
  const draft = sourceLess(d, k, k, base, start, k + 1);
  const perceiver = draft ? perceiverBefore(d, from) : null;
  if (draft && perceiver) return { ...draft, speaker: perceiver, speakerText: undefined, rule: 'perception' };
  // "Rubio seemed hopeful that C", "many voters seem to be hoping for C": an impression of someone holding a view
  // is that person's view (not "it seems", nor a thing's: "the plan seemed to fail", nor a mere state: "the
  // candidate seemed tired", the writer's impression)
  const p = skipBackOverAux(d, k, start - 1, []);
  const subject = p >= start ? nounPhraseEndingAt(d.tokens, p, start) : null;
  if (!draft || !subject || subject.from !== start) return draft;
  let view = false;
  for (let j = k + 1; j < Math.min(k + 6, d.segEnd[k]!) && !view; j++)
    view = (d.tokens[j]!.lower === 'that' && d.tokens[j]!.pos === 'SCONJ') || !!cueLemma(d, j);
  if (!view) return draft;
  const head = d.tokens[subject.head]!;
  if (['it', 'that', 'which', 'who'].includes(head.lower) || !isAgent(d.tokens, subject)) return draft;
  return { ...draft, speaker: subject, speakerText: undefined, rule: 'perception' };
}

/** The subject of a sentence's first finite verb before token `before`: "Authorities announced … and said". */
function sentenceSubject(d: Doc, segStart: number, before: number): NounPhrase | null {
  for (let v = segStart + 1; v < before; v++) {
    const t = d.tokens[v]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (quoteAt(d.quotes, t.start) >= 0 || isParticipleCue(t.lower)) return null;
    const p = skipBackOverAux(d, v, segStart, []);
    if (p < segStart) return null;
    // "Donald Trump, her opponent, bemoaned … and said"
    const np =
      d.tokens[p]!.text === ',' ? appositiveSubject(d, p, segStart - 1) : nounPhraseEndingAt(d.tokens, p, segStart);
    if (!np || isTimePhrase(d.tokens, np.from, np.to)) return null;
    const lead = d.tokens[np.from - 1];
    if (np.from !== segStart && lead?.text !== ',' && !OPEN_MARKS.has(lead?.text ?? '')) return null;
    return np;
  }
  return null;
}

/** "X, <appositive>, said": the name before the appositive. */
function appositiveSubject(d: Doc, comma: number, limit: number): NounPhrase | null {
  return appositiveSubjectFound(d, comma, limit).np;
}

/**
 * A noun phrase that is the object of a preposition or a verb ("of Tulsa", "in a blog post", "to discuss the
 * budget"): part of a modifier or an aside, never the subject of the verb after it ("as" opens a clause: "as
 * the mayor said").
 */
function isObjectPhrase(d: Doc, np: NounPhrase): boolean {
  const before = d.tokens[np.from - 1];
  if (!before || np.from - 1 < d.segStart[np.from]! || isSubjectPronoun(d.tokens[np.head]!)) return false;
  // "after the mayor said", "since the board decided": a preposition that also opens a clause may head this one
  if (before.pos === 'ADP') return PHRASE_ONLY_PREPOSITIONS.has(before.lower);
  // "said officials think": a cue's clause opens with its own subject
  return before.pos === 'VERB' && !/^[A-Z]/.test(before.text) && !cueLemma(d, np.from - 1);
}

/**
 * The object of a cue inside a relative clause: "Two aides who have accused the mayor of fraud said", "an aide
 * who spoke anonymously to discuss the plans said" — the relative pronoun is that cue's subject, so the phrase after it cannot open a reported clause of its own
 * (as it may after a plain cue: "said officials think"), and the sentence's subject stands before the pronoun.
 */
function isRelativeCueObject(d: Doc, np: NounPhrase): boolean {
  const verb = np.from - 1;
  const segStart = d.segStart[np.from]!;
  if (verb <= segStart || d.tokens[verb]!.pos !== 'VERB' || !cueLemma(d, verb)) return false;
  let q = verb - 1;
  // back along the relative clause's verb chain: "who spoke anonymously to discuss the plans said"
  while (
    q > segStart &&
    (AUX_SKIP.has(d.tokens[q]!.lower) ||
      ['ADV', 'VERB', 'AUX'].includes(d.tokens[q]!.pos) ||
      (d.tokens[q]!.lower === 'to' && d.tokens[q + 1]?.pos === 'VERB'))
  )
    q--;
  const opener = d.tokens[q]!.lower;
  return WH_RELATIVES.has(opener) || opener === 'that';
}

const PHRASE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'at',
  'from',
  'with',
  'for',
  'to',
  'into',
  'about',
  'by',
  'near',
  'during',
  'among',
]);

/**
 * Does a modifier of `subject` reach the object phrase at `object` without a clause of its own in between
 * ("officials who met to discuss the plans" does; "one thing working in her favour is that voters" does not)?
 */
function modifierReaches(d: Doc, subject: NounPhrase, object: number): boolean {
  for (let j = subject.to; j < object; j++) {
    const t = d.tokens[j]!;
    if (WH_RELATIVES.has(t.lower)) return true;
    if (t.lower === 'that' || t.pos === 'AUX' || BE_FORMS.has(t.lower)) return false;
    // a past tense with its object is the sentence's own verb ("the critics gained ground after a gaffe by"),
    // a participle is not ("a letter obtained by the paper")
    // (nor is an adjective the tagger took for a verb: "in a televised interview")
    const next = d.tokens[j + 1];
    const attributive = ['DET', 'ADJ'].includes(d.tokens[j - 1]!.pos);
    if (
      t.pos === 'VERB' &&
      !/ing$/.test(t.lower) &&
      !attributive &&
      next &&
      ['NOUN', 'PROPN', 'DET', 'PRON'].includes(next.pos)
    )
      return false;
  }
  return true;
}

/**
 * appositiveSubject, and whether the name it found stands inside a longer aside: an outer name it stopped at
 * is the object of a preposition ("Ann Ruiz, who grew up in Leeds, England, in 1990, said": not Leeds, and so
 * perhaps not England), or the name itself is one ("Ann Ruiz, 34, of Leeds, England, said").
 */
function appositiveSubjectFound(d: Doc, comma: number, limit: number): { np: NounPhrase | null; insideAside: boolean } {
  const none = { np: null, insideAside: false };
  const delimiter = d.tokens[comma]!.text;
  for (let c = comma - 1; c > limit && comma - c < 45; c--) {
    const t = d.tokens[c]!;
    // a capitalised word the tagger took for a verb is a name: "a fisherman from the Concord area"
    const nameLike = t.pos === 'VERB' && /^[A-Z][a-z]/.test(t.text) && d.segStart[c] !== c;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !nameLike) {
      // an appositive may hold a relative clause ("an economist who served as …") or open with a
      // participle ("Trump, speaking to veterans, said"); other verbs end the search
      let rel = c - 1;
      while (
        rel > limit &&
        !['who', 'which', 'whose'].includes(d.tokens[rel]!.lower) &&
        d.tokens[rel]!.text !== delimiter
      )
        rel--;
      // a participle ("one of the states suing the agency") is a reduced relative clause
      const opensWithParticiple = /(ing|ed)$/.test(t.lower) && t.pos === 'VERB';
      if (!['who', 'which', 'whose'].includes(d.tokens[rel]?.lower ?? '') && !opensWithParticiple) return none;
    }
    if (t.text !== delimiter) continue;
    let np = nounPhraseEndingAt(d.tokens, c - 1, limit);
    if (!np || np.to !== c) return none;
    let insideAside = isObjectPhrase(d, np);
    // stacked appositives: "Scott Pruitt, the attorney general of Oklahoma, one of the states …, said"
    for (let guard = 0; guard < 2; guard++) {
      const first = d.tokens[np.from]!;
      if (first.pos === 'PROPN' && d.tokens[np.from - 1]?.text === ',' && np.from - 1 <= limit) break;
      let c2 = np.from - 1;
      while (c2 > limit && d.tokens[c2]!.text !== ',' && np.from - c2 < 12) {
        const w = d.tokens[c2]!;
        if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT') break;
        c2--;
      }
      if (c2 <= limit || d.tokens[c2]!.text !== ',') break;
      const outer = nounPhraseEndingAt(d.tokens, c2 - 1, limit);
      if (!outer || outer.to !== c2 || d.tokens[outer.from]!.pos !== 'PROPN') break;
      // "Alarmed by the unrest in Ohio, Senator Ann Reyes, the party leader, said": a place in a phrase before
      // the name is no outer appositive
      if (isObjectPhrase(d, outer)) {
        insideAside = true;
        break;
      }
      // "On Tuesday, Tom Reed, chairman of …, said": a time phrase is no outer appositive
      if (isTimePhrase(d.tokens, outer.from, outer.to)) break;
      np = outer;
    }
    return { np, insideAside };
  }
  return none;
}

/**
 * "The head of the pilots' union, Jim Hale, said", "A third, Ann Cole, said": a description the name after it
 * stands in apposition to; the speaker runs from the description over the name, whose head it takes, so that it
 * links to the one named. `p` is the comma closing the name before the cue. Null unless the subject is such a
 * description and the aside a name the entity stage found.
 */
function appositiveName(d: Doc, subject: NounPhrase, p: number): NounPhrase | null {
  const tokens = d.tokens;
  if (tokens[p]?.text !== ',') return null;
  let c = p - 1;
  while (c > subject.from && p - c <= 6 && tokens[c]!.text !== ',') c--;
  if (tokens[c]?.text !== ',' || c === p - 1 || subject.to > c) return null;
  const head = tokens[subject.head]!;
  if (head.pos === 'PROPN' || isSubjectPronoun(head) || isMistaggedVerbName(d, subject.head)) return null;
  const name = nounPhraseStartingAt(tokens, c + 1, p);
  if (!name || name.from !== c + 1 || name.to !== p) return null;
  for (let j = name.from; j < name.to; j++) if (tokens[j]!.pos !== 'PROPN' && tokens[j]!.text !== '.') return null;
  const entity = d.mentions.linkSpan([tokens[name.from]!.start, tokens[name.to - 1]!.end], tokens[name.head]!.start);
  return entity && NAMED_SPEAKER_TYPES.has(entity.type) ? { from: subject.from, to: name.to, head: name.head } : null;
}

/**
 * "The mayor released a video that said C": a "that" or "which" whose antecedent someone sent out or published
 * (producerOfObject) speaks for that someone, as the participle does in "released a video saying C". Null for
 * any other relative ("fans passed out bottles that said C": the bottles' words are no one's in the text). Taken
 * for verbs of speech only: what a thing "showed" is its own evidence, not its producer's word.
 */
function producerOfRelative(d: Doc, relative: NounPhrase): NounPhrase | null {
  const tokens = d.tokens;
  if (relative.to - relative.from !== 1 || !['that', 'which'].includes(tokens[relative.from]!.lower)) return null;
  const segStart = d.segStart[relative.from]!;
  let end = relative.from - 1;
  if (tokens[end]?.text === ',') end--;
  let object = end >= segStart ? nounPhraseEndingAt(tokens, end, segStart) : null;
  // "released a video on Friday that said": the time phrase after the object is passed over
  if (object && isTimePhrase(tokens, object.from, object.to)) {
    let q = object.from - 1;
    if (q > segStart && TIME_PREPOSITIONS.has(tokens[q]!.lower)) q--;
    object = q >= segStart && q < object.from - 1 ? nounPhraseEndingAt(tokens, q, segStart) : null;
  }
  return object ? producerOfObject(d, object, segStart) : null;
}

/** A time word that is here a name the entity stage found: "Day said" of a Ms. Day, "May said" of a Mrs. May. */
function namesSpeaker(d: Doc, np: NounPhrase): boolean {
  const head = d.tokens[np.head]!;
  if (!/^[A-Z]/.test(head.text)) return false;
  const entity = d.mentions.linkSpan([head.start, head.end], head.start);
  return !!entity && NAMED_SPEAKER_TYPES.has(entity.type);
}

const NAMED_SPEAKER_TYPES = new Set(['person', 'organization', 'media']);
// relative pronouns other than "that", which is also a conjunction and is checked apart
const WH_RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves']);
/** an aside's closing delimiter, by its opening one */
const ASIDE_CLOSE = new Map([
  [',', ','],
  ['\u2014', '\u2014'],
  ['--', '--'],
  ['(', ')'],
]);

/** Tokens between the start of a sentence and its cue beyond which the sentence's subject is not sought. */
const MAX_SUBJECT_REACH = 80;

/**
 * The subject heading the sentence when only asides and modifiers stand between it and the cue at `p + 1`,
 * which the walk left from the cue cannot cross: "Ann Ruiz, meanwhile, who runs the fund, said",
 * "Mr. Ito, citing the figures, said", "A report published Monday said", "Ford itself said". Each aside must
 * read as one (a relative or participial clause, a prepositional or adverbial phrase, an appositive without
 * a verb of its own), so that a second clause ("Ruiz won, and Ito, too, said") never lends its subject.
 */
function subjectBeforeAsides(d: Doc, p: number, k: number, segStart: number): NounPhrase | null {
  const tokens = d.tokens;
  // a noun, not a verb: "a signed letter", "his recent reads", "so-called", "rank-and-file"
  // (unless the word is a base-form verb the tagger read as a noun after a modified subject: "voters in Ohio support")
  if (d.text[tokens[k]!.start - 1] === '-') return null;
  if (tokens[k]!.pos !== 'VERB' && !(tokens[k]!.pos === 'NOUN' && baseFormAfterModifiedSubject(d, k))) return null;
  // "Jolly said": a name the tagger took for an adverb, which the walk left passed over
  const adjacent = tokens[k - 1];
  if (
    adjacent &&
    k - 1 >= segStart &&
    adjacent.pos === 'ADV' &&
    /^[A-Z][a-z]/.test(adjacent.text) &&
    namesSpeaker(d, { from: k - 1, to: k, head: k - 1 })
  )
    return nounPhraseEndingAt(tokens, k - 1, segStart);
  if (p < segStart) return null;
  // "Ford itself said", "the workers here said": an emphatic pronoun or an adverb the walk left does not pass
  let q = p;
  while (
    q > segStart &&
    (REFLEXIVES.has(tokens[q]!.lower) ||
      AUX_SKIP.has(tokens[q]!.lower) ||
      (tokens[q]!.pos === 'ADV' && !WH_WORDS.has(tokens[q]!.lower)) ||
      // "has since said"
      (tokens[q]!.lower === 'since' && AUX_SKIP.has(tokens[q - 1]!.lower)))
  )
    q--;
  const last = tokens[q]!;
  if (
    last.pos === 'DET' ||
    WH_WORDS.has(last.lower) ||
    POSSESSIVE_DETERMINERS.has(last.lower) ||
    (last.pos === 'ADJ' && POSSESSIVE_DETERMINERS.has(tokens[q - 1]?.lower ?? ''))
  )
    return null;
  // the subject of a relative clause is no speaker of the sentence: "the talks that the sides themselves agreed to"
  const relativeAbove = (np: NounPhrase) =>
    WH_RELATIVES.has(tokens[np.from - 1]?.lower ?? '') || tokens[np.from - 1]?.lower === 'that';
  if (q < p) {
    const np = nounPhraseEndingAt(tokens, q, segStart);
    if (
      np &&
      !isTimePhrase(tokens, np.from, np.to) &&
      !WH_RELATIVES.has(tokens[np.from]!.lower) &&
      tokens[np.from]!.lower !== 'that' &&
      !relativeAbove(np)
    )
      return np;
  }
  // a subject further back is no longer what the cue is about, and walking to it from every cue of a
  // sentence without end (a list, text with no full stops) costs the square of its length
  if (p - segStart > MAX_SUBJECT_REACH) return null;
  const subject = subjectHeadingFrom(d, segStart, p);
  if (subject) return subject;
  // after a dateline, a lead-in or a quote ending a sentence: "PARIS (AP) — …", "One trend: …", "“C.” Ruiz, …"
  for (let b = segStart; b < p; b++) {
    const w = tokens[b]!;
    if (quoteAt(d.quotes, w.start) >= 0 && !CLOSE_MARKS.has(w.text)) continue;
    const sentenceQuote = CLOSE_MARKS.has(w.text) && !!quoteClosingAt(d, b) && /[.?!]/.test(d.text[w.start - 1] ?? '');
    if (w.text === '\u2014' || w.text === '--' || w.text === ':' || sentenceQuote)
      return subjectHeadingFrom(d, b + 1, p);
  }
  // "The port grew, while Jim Hale in a blog post said": the subject heading the last clause a conjunction opens
  for (let b = p - 1; b > segStart; b--) {
    const w = tokens[b]!;
    if (quoteAt(d.quotes, w.start) >= 0) continue;
    if ((w.pos === 'CCONJ' || w.pos === 'SCONJ') && w.lower !== 'that' && tokens[b - 1]?.text === ',')
      return subjectHeadingFrom(d, b + 1, p);
  }
  return null;
}

/** subjectBeforeAsides when a noun heads it (not a participle opening the sentence: "Alarmed by the vote, …"). */
function nominalHeading(d: Doc, p: number, k: number, segStart: number): NounPhrase | null {
  const np = subjectBeforeAsides(d, p, k, segStart);
  const head = np ? d.tokens[np.head]! : null;
  if (!np || !head || !['NOUN', 'PROPN', 'NUM'].includes(head.pos)) return null;
  // a dash or bracket the walk took in before the name: "- Democrats in Iowa who …"
  let from = np.from;
  while (from < np.head && d.tokens[from]!.pos === 'PUNCT') from++;
  return { ...np, from };
}

/** The subject opening the clause at `from` and everything up to token `p` before the cue being asides to it. */
function subjectHeadingFrom(d: Doc, from: number, p: number): NounPhrase | null {
  const tokens = d.tokens;
  let s = from;
  while (s < p && tokens[s]!.pos === 'CCONJ') s++;
  // one leading setting before the subject: "In a statement, …", "Last week, …"
  const lead = tokens[s]!;
  const leadTime = nounPhraseStartingAt(tokens, s, p);
  if (
    lead.pos === 'ADP' ||
    lead.pos === 'ADV' ||
    (lead.pos === 'SCONJ' && lead.lower !== 'that') ||
    (leadTime && isTimePhrase(tokens, leadTime.from, leadTime.to))
  ) {
    let c = s + 1;
    while (c < p && (tokens[c]!.text !== ',' || quoteAt(d.quotes, tokens[c]!.start) >= 0)) c++;
    // without a comma only a degree adverb leads the subject: "Nearly eight in 10 voters"
    if (c < p) s = c + 1;
    else if (lead.pos === 'ADV') s++;
    else return null;
  }
  // "those surveyed said", "those who attended said": a demonstrative heads a modified subject
  const head =
    tokens[s]!.lower === 'those' && s < p ? { from: s, to: s + 1, head: s } : nounPhraseStartingAt(tokens, s, p + 1);
  if (!head || head.to > p || isTimePhrase(tokens, head.from, head.to)) return null;
  const first = tokens[head.from]!;
  if (WH_RELATIVES.has(first.lower) || first.lower === 'that' || first.lower === 'it') return null;
  // the end of a quote the cue stands outside of
  if (quoteAt(d.quotes, first.start) >= 0) return null;
  let j = head.to;
  // "Exit polling shows": a gerund the tagger took for a verb heads the subject
  if (j === p && tokens[j]!.pos === 'VERB' && /ing$/.test(tokens[j]!.text)) return { ...head, to: j + 1, head: j };
  // "those surveyed said", "voters polled said": a participle right before the cue belongs to the subject
  if (j === p && tokens[j]!.pos === 'VERB' && /ed$/.test(tokens[j]!.text)) return { ...head, to: j + 1 };
  // a modifier without commas: "officials who attended", "a poll released Monday", "voters in Ohio"
  if (!asideDelimiter(d, j)) {
    if (!opensRestrictiveModifier(tokens, j)) return null;
    while (j <= p && (!asideDelimiter(d, j) || quoteAt(d.quotes, tokens[j]!.start) >= 0)) j++;
    // "eight in 10 voters overall said": a count's group is part of the subject
    // … as is what a bare "those" is: "those around him"
    const count = tokens[head.head]!.pos === 'NUM' && tokens[head.to]!.lower === 'in';
    if (j > p && tokens[head.head]!.lower === 'those') return { from: head.from, to: p + 1, head: head.head };
    if (j > p) return count ? { from: head.from, to: p + 1, head: p } : head;
  }
  while (j <= p) {
    const close = asideDelimiter(d, j);
    if (!close) return null;
    let e = j + 1;
    const closesAt = (x: number) => (close === '-' ? asideDelimiter(d, x) === '-' : tokens[x]!.text === close);
    while (e <= p && (!closesAt(e) || quoteAt(d.quotes, tokens[e]!.start) >= 0)) e++;
    // "citing “a rigged system,” said": the aside's comma inside the closing quote (a doubled mark is two tokens)
    let mark = p;
    while (mark > j && CLOSE_MARKS.has(tokens[mark]!.text)) mark--;
    const quoteCloses = e > p && close === ',' && mark < p && tokens[mark]!.text === ',';
    if (e > p && !quoteCloses) return null;
    const end = quoteCloses ? mark : e;
    // anything in parentheses is an aside
    if (close !== ')' && !isAside(d, j + 1, end, close !== ',')) return null;
    if (quoteCloses || e === p) return head;
    // "Sen. Ann Reed (D-Del.), said": a comma after the parenthesis
    if (close === ')' && e + 1 === p && tokens[p]!.text === ',') return head;
    // a comma closing one aside may open the next: "Ruiz, meanwhile, who …, said"
    j = close === ',' ? e : e + 1;
  }
  return null;
}

/** The delimiter that closes an aside opened by token `j`, if it opens one (a spaced hyphen is a dash). */
function asideDelimiter(d: Doc, j: number): string | undefined {
  const t = d.tokens[j];
  if (!t) return undefined;
  if (t.text === '-' && /\s/.test(d.text[t.start - 1] ?? '') && /\s/.test(d.text[t.end] ?? '')) return '-';
  return ASIDE_CLOSE.get(t.text);
}

/**
 * Where the content starts after asides that follow the cue: "said — on the radio, as it happens — that C",
 * "said, among other things, that C", "said on Monday, in reference to the storm, “C”". The asides are
 * settings (a preposition, an adverb, a subordinate clause); the content opens with "that" or a quote.
 */
function contentAfterAsides(d: Doc, k: number, segEnd: number): number | null {
  const tokens = d.tokens;
  const limit = Math.min(segEnd, k + 30);
  let j = k + 1;
  // a setting straight after the cue, up to the first delimiter: "said on Monday, …" (not what is spoken
  // about, nor a clause: "said in politics it takes time")
  if (tokens[j]?.pos === 'ADP') {
    if (!SETTING_WORDS.has(tokens[j]!.lower)) return null;
    for (; j < limit && !asideDelimiter(d, j); j++) {
      const w = tokens[j]!;
      if (((w.pos === 'VERB' || w.pos === 'AUX') && !/^[A-Z]/.test(w.text)) || OPEN_MARKS.has(w.text)) return null;
    }
  }
  while (j < limit) {
    const close = asideDelimiter(d, j);
    if (!close) return null;
    if (close === ',' && quoteOpeningAt(d, j + 1)) return j > k + 1 ? j + 1 : null;
    if (close === ',' && tokens[j + 1]?.lower === 'that' && j > k + 1) return j + 2;
    let e = j + 1;
    while (e < limit && asideDelimiter(d, e) !== close) e++;
    if (e >= limit) return null;
    const first = tokens[j + 1]!;
    // a dashed aside may be any phrase; a comma aside only a setting
    if (close === ',' && !(first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ')) return null;
    if (first.lower === 'that' || OPEN_MARKS.has(first.text)) return null;
    for (let x = j + 1; x < e; x++) {
      const w = tokens[x]!;
      // "while testifying before Congress" sets the scene; another cue's clause would be a claim of its own
      const setting = isParticipleCue(w.lower) && ['SCONJ', 'ADP'].includes(tokens[x - 1]!.pos);
      if (OPEN_MARKS.has(w.text) || (cueLemma(d, x) && !setting)) return null;
    }
    const after = tokens[e + 1];
    if (close !== ',' && after?.lower === 'that') return e + 2;
    if (close !== ',' && after && quoteOpeningAt(d, e + 1)) return e + 1;
    j = close === ',' ? e : e + 1;
  }
  return null;
}

/** "Said Okafor, who grew up near the docks, “C”": the name after the opening cue, then its quote. */
function quoteAfterOpeningCue(d: Doc, k: number): Pick<Draft, 'speaker' | 'content' | 'quote'> | null {
  const tokens = d.tokens;
  const limit = Math.min(tokens.length, k + 40);
  const np = nounPhraseStartingAt(tokens, k + 1, limit);
  if (!np || isTimePhrase(tokens, np.from, np.to)) return null;
  let j = np.to;
  while (j < limit && d.paragraph[j] === d.paragraph[k]) {
    if (tokens[j]!.text !== ',' && tokens[j]!.text !== ':') return null;
    if (quoteOpeningAt(d, j + 1)) {
      const content = forwardContent(d, k, j + 1);
      return content ? { speaker: np, ...content } : null;
    }
    let e = j + 1;
    while (e < limit && tokens[e]!.text !== ',') e++;
    if (e >= limit || !isAside(d, j + 1, e, false)) return null;
    j = e;
  }
  return null;
}

/** Token `j`, right after a subject, opens a modifier of it: a relative clause, a participle, a preposition. */
function opensRestrictiveModifier(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (WH_RELATIVES.has(t.lower) || t.lower === 'that' || REFLEXIVES.has(t.lower)) return true;
  if (t.pos === 'VERB' && /ing$/.test(t.lower)) return true;
  // "a report published Monday", "a poll released by": a participle, not a past tense ("came in", "began Monday with")
  if (
    t.pos === 'VERB' &&
    /ed$/.test(t.lower) &&
    next &&
    (next.lower === 'by' ||
      (isTimePhrase(tokens, j + 1, j + 2) && !['with', 'by'].includes(tokens[j + 2]?.lower ?? '')))
  )
    return true;
  if (t.pos === 'ADP' && t.lower !== 'that') return true;
  return (t.lower === 'familiar' || t.lower === 'close') && next?.pos === 'ADP';
}

/**
 * Tokens [from, to) read as an aside between a subject and its verb: "meanwhile", "citing the poll", "who runs
 * the fund", "after the vote closed", "a founder of the group". A clause with its own subject and verb is not
 * one ("the vote is close"), nor is an inserted attribution ("he said").
 */
function isAside(d: Doc, from: number, to: number, dashed: boolean): boolean {
  const tokens = d.tokens;
  if (to <= from) return false;
  const first = tokens[from]!;
  if (OPEN_MARKS.has(first.text) || first.lower === 'that') return false;
  if (first.pos === 'CCONJ') return dashed;
  if (WH_RELATIVES.has(first.lower)) return true;
  if (first.pos === 'VERB' && !isMistaggedVerbName(d, from))
    return first.lower !== first.lemma && !['said', 'says', 'say'].includes(first.lower);
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV') return true;
  if (first.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(first.lower)) return false;
  // an appositive: no verb of its own before a relative pronoun opens a clause inside it
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (quoteAt(d.quotes, t.start) >= 0) continue;
    if (WH_RELATIVES.has(t.lower) || t.lower === 'that') return true;
    if (t.pos === 'AUX') return false;
    if (t.pos !== 'VERB' || isMistaggedVerbName(d, j) || /(ing|ed)$/.test(t.lower)) continue;
    // "the hacker known as", "a firm run by": a participle after its noun
    const before = tokens[j - 1]!;
    if (t.lower !== t.lemma && (before.pos === 'NOUN' || before.pos === 'PROPN')) continue;
    // "the center-left think tank": a verb the tagger took in a compound; "a rabbi helping to organize": an infinitive
    if (tokens[j - 1]?.text === '-' || tokens[j - 1]?.lower === 'to') continue;
    const after = tokens[j + 1];
    if (j + 1 < to && after && (after.pos === 'NOUN' || after.pos === 'PROPN')) continue;
    return false;
  }
  return true;
}

/** A capitalised word inside the sentence the tagger took for a verb: a name ("Ford", "Lynch"). */
function isMistaggedVerbName(d: Doc, j: number): boolean {
  return /^[A-Z][a-z]/.test(d.tokens[j]!.text) && d.segStart[j] !== j;
}

/** "The group claimed responsibility for the attack": content is "responsibility for the attack". */
function responsibilityClaim(d: Doc, k: number, drafts: Draft[]): Draft | null {
  const tokens = d.tokens;
  const segStart = d.segStart[k]!;
  const hedges: string[] = [];
  const p = skipBackOverAux(d, k, segStart, hedges);
  const prev = tokens[p];
  const speaker: NounPhrase | null = prev ? nounPhraseEndingAt(tokens, p, segStart) : null;
  let speakerFrom: Draft | undefined;
  if (!speaker && prev && (prev.lower === 'and' || prev.text === ',')) {
    speakerFrom = ownerInSegment(d, drafts, k);
    if (!speakerFrom) return null;
  } else if (!speaker) return null;
  let end = k + 2;
  const limit = d.segEnd[k]!;
  while (end < limit && ![',', '.', ';', '!', '?'].includes(tokens[end]!.text) && tokens[end]!.lower !== 'and') end++;
  const content: Span = [tokens[k + 1]!.start, tokens[end - 1]!.end];
  const draft: Draft = {
    cueSpan: [tokens[k]!.start, tokens[k + 1]!.end],
    cueTokens: [k, k + 2],
    speaker,
    content,
    quote: 'indirect',
    polarity: 'affirm',
    hedges,
    via: [],
    rule: 'responsibility-claim',
  };
  if (speakerFrom) draft.speakerFrom = speakerFrom;
  return draft;
}

/**
 * "a recent report from the Pew Research Center", "audio provided by the station", "a tally Tuesday by the AP": a
 * source that is a document or a figure keeps who made it, who is the one reporting.
 */
function withAuthor(d: Doc, np: NounPhrase, limit: number): NounPhrase {
  const tokens = d.tokens;
  let j = np.to;
  if (tokens[j]?.pos === 'VERB' && /(ed|en)$/.test(tokens[j]!.lower)) j++;
  if (tokens[j] && TIME_WORDS.has(tokens[j]!.lower)) j++;
  if (!['by', 'from'].includes(tokens[j]?.lower ?? '')) return np;
  const author = nounPhraseStartingAt(tokens, j + 1, limit);
  if (!author || isTimePhrase(tokens, author.from, author.to)) return np;
  return { ...np, to: author.to };
}

/** "according to X, C" / "C, according to X". */
function accordingTo(d: Doc, k: number): Draft | null {
  const tokens = d.tokens;
  const segStart = d.segStart[k]!;
  const segEnd = d.segEnd[k]!;
  let np = nounPhraseStartingAt(tokens, k + 2, segEnd);
  // the tagger reads a bare noun after "to" as a verb: "according to police", "according to exit polls"
  if (!np) {
    let j = k + 2;
    while (j < segEnd && j - k < 8 && isWordLike(tokens[j]) && tokens[j]!.pos !== 'ADP') j++;
    const stop = tokens[j];
    if (j > k + 2 && (!stop || j === segEnd || [',', '.', ';', ')'].includes(stop.text)))
      np = { from: k + 2, to: j, head: j - 1 };
  }
  if (!np) return null;
  np = withAuthor(d, np, segEnd);
  const cueSpan: Span = [tokens[k]!.start, tokens[k + 1]!.end];
  const base = {
    cueSpan,
    cueTokens: [k, k + 2] as [number, number],
    polarity: 'affirm' as const,
    via: [] as string[],
    rule: 'according-to',
  };
  let content: Pick<Draft, 'content' | 'quote'> | null = null;
  const prev = tokens[k - 1];
  let s = np.to;
  // "according to a report by Reuters, C": skip the rest of the source phrase up to the comma
  while (s < segEnd && tokens[s]!.text !== ',' && s - np.to < 8) s++;
  const commaAfter = tokens[s]?.text === ',';
  const atStart = k === segStart || (prev && OPEN_MARKS.has(prev.text) && k - 1 === segStart);
  // "Since last November, according to X, C": an introductory phrase without a verb before the cue
  let introOnly = !atStart && prev?.text === ',';
  for (let j = segStart; introOnly && j < k; j++)
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') introOnly = false;
  if (atStart || (introOnly && commaAfter)) {
    content = forwardContent(d, k, commaAfter ? s + 1 : s);
    if (content && introOnly) content.content = [tokens[segStart]!.start, content.content[1]];
  } else if (k > segStart) {
    const back = backwardContent(d, prev && [',', '(', '\u2014'].includes(prev.text) ? k - 1 : k, s);
    if (back) content = backDraft(d, back);
  }
  if (!content) return null;
  return { ...base, speaker: np, hedges: [], ...content };
}

/** A direct quote whose cue is one punctuation token (a colon or a dash) beside its speaker. */
function punctuationCuedQuote(
  d: Doc,
  k: number,
  speaker: Draft['speaker'],
  q: { start: number; end: number },
  rule: string,
): Draft {
  const t = d.tokens[k]!;
  return {
    cueSpan: [t.start, t.end],
    cueTokens: [k, k + 1],
    speaker,
    content: [q.start, q.end],
    quote: 'direct',
    polarity: 'affirm',
    hedges: [],
    via: [],
    rule,
  };
}

/** "X: “C”" — a name, a colon, a quote. */
function colonQuote(d: Doc, k: number): Draft | null {
  const q = quoteOpeningAt(d, k + 1);
  if (!q || k - 1 < d.segStart[k]!) return null;
  const np = nounPhraseEndingAt(d.tokens, k - 1, d.segStart[k]!);
  if (!np || np.from !== d.segStart[k]) return null;
  return punctuationCuedQuote(d, k, np, q, 'colon-quote');
}

const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-', '--']);

/** "“C” ― Name": a quote signed with a dash, as in collected reader comments. */
function dashAttribution(d: Doc, k: number): Draft | null {
  const q = quoteClosingAt(d, k - 1);
  if (!q || d.paragraph[k] !== d.paragraph[tokenAtOrAfter(d.tokens, q.open)]) return null;
  const np = nounPhraseStartingAt(d.tokens, k + 1, d.tokens.length);
  if (!np || d.tokens[np.head]!.pos !== 'PROPN' || !endsClause(d, np.to)) return null;
  return punctuationCuedQuote(d, k, np, q, 'dash-attribution');
}

/** Documents that state findings in a headline lead: "Poll: …", "Report: …". */
const REPORT_NOUNS = new Set(['poll', 'polls', 'report', 'survey', 'study', 'newspaper', 'memo', 'audit', 'analysis']);

/** Unquoted text after "X:" is a statement only with some words: not a figure, a name ("Clinton: 1,769") or a section heading ("Cruz: Just hang on"). */
function isStatementLike(d: Doc, span: Span): boolean {
  const words = tokensWithin(d.tokens, span).filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= 4;
}

/** "Sanders: Clinton needs to …" — a short name leading a headline or a transcript turn. */
function colonLead(d: Doc, k: number): Draft | null {
  const segStart = d.segStart[k]!;
  if (k - segStart > 4 || k === segStart) return null;
  let from = segStart;
  if (OPEN_MARKS.has(d.tokens[from]!.text)) from++;
  const np = nounPhraseEndingAt(d.tokens, k - 1, from);
  if (!np || np.from !== from) return null;
  const head = d.tokens[np.head]!;
  if (head.pos !== 'PROPN' && !/^[A-Z]/.test(head.text)) return null;
  // editorial labels are no speakers: "Correction: …", "The Latest: …"
  if (np.to - np.from <= 2 && EDITORIAL_LABELS.has(head.lower)) return null;
  let segEnd = d.segEnd[k]!;
  if (k + 1 >= segEnd) return null;
  // a transcript turn ("PENCE: Well, look, …") runs to the end of its paragraph
  const turn =
    (from === 0 || d.paragraph[from - 1] !== d.paragraph[from]) &&
    /^[A-Z][A-Z .'-]+$/.test(d.text.slice(d.tokens[np.from]!.start, d.tokens[np.to - 1]!.end));
  if (turn) while (segEnd < d.tokens.length && d.paragraph[segEnd] === d.paragraph[k]) segEnd++;
  const q = turn ? null : quoteOpeningAt(d, k + 1);
  const span = q
    ? ([q.start, q.end] as Span)
    : trimSpan(d.text, d.tokens[k + 1]!.start, d.tokens[segEnd - 1]!.end, turn);
  if (span[1] <= span[0]) return null;
  if (!q && !turn && !isStatementLike(d, span)) return null;
  // a one-word lead that is a dictionary word ("Breaking:", "Answer:") names a speaker only as a known person or organisation
  const lead = d.tokens[np.from]!;
  if (
    np.to - np.from === 1 &&
    !turn &&
    !/^[A-Z]{3,}$/.test(lead.text) &&
    !REPORT_NOUNS.has(lead.lower) &&
    inLexicon(lead.lower)
  ) {
    const e = d.mentions.linkSpan([lead.start, lead.end], lead.start);
    if (!e || !['person', 'organization', 'media', 'armed_group', 'country'].includes(e.type)) return null;
  }
  // a place heading a list or a section ("Iowa: Ann Hale, Tom Reyes, …") is no speaker
  const leadStart = d.tokens[np.from]!.start;
  const leadEnd = d.tokens[np.to - 1]!.end;
  if (d.entities.some((e) => e.type === 'location' && e.mentions.some(([s, e2]) => s === leadStart && e2 === leadEnd)))
    return null;
  const t = d.tokens[k]!;
  return {
    cueSpan: [t.start, t.end],
    cueTokens: [k, k + 1],
    speaker: np,
    content: span,
    quote: q || turn ? 'direct' : 'indirect',
    polarity: 'affirm',
    hedges: [],
    via: [],
    rule: 'colon-lead',
  };
}

/** "X's claim that C", "her warning that C". */
function statementNoun(d: Doc, k: number): Draft | null {
  const tokens = d.tokens;
  if (tokens[k + 1]?.lower !== 'that') return null;
  const prev = tokens[k - 1];
  if (!prev) return null;
  const segStart = d.segStart[k]!;
  let speaker: NounPhrase | null = null;
  if (prev.lower === "'s" || prev.lower === '\u2019s') speaker = nounPhraseEndingAt(tokens, k - 2, segStart);
  else if (isSubjectPronoun(prev) || ['his', 'her', 'their', 'its'].includes(prev.lower))
    speaker = { from: k - 1, to: k, head: k - 1 };
  if (!speaker) return null;
  const content = forwardContent(d, k, k + 2);
  if (!content) return null;
  const t = tokens[k]!;
  return {
    cueSpan: [t.start, t.end],
    cueTokens: [k, k + 1],
    speaker,
    ...content,
    polarity: 'affirm',
    hedges: [],
    via: [],
    rule: 'statement-noun',
  };
}

/** Character F1 of two spans, as the claim matcher compares contents. */
function spanOverlap(a: Span, b: Span): number {
  const shared = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  return (2 * shared) / (a[1] - a[0] + b[1] - b[0]);
}

/**
 * Whether verb k opens a stance the stance rule reads ("vouch for", "spoke out against"): that rule
 * draws the cue with its preposition, so the learnt pass leaves the verb to it.
 */
function stanceVerb(d: Doc, k: number): boolean {
  const tokens = d.tokens;
  if (quoteAt(d.quotes, tokens[k]!.start) >= 0) return false;
  for (let j = k + 1; j <= k + 2 && j < d.segEnd[k]!; j++) {
    if (tokens[j]!.pos !== 'ADP') continue;
    const m = stanceAt(tokens, j, d.segStart[j]!, d.segEnd[j]!);
    return m !== null && m.cue[0] <= k;
  }
  return false;
}

/**
 * "railed against the deal", "her criticism of the plan" (claims/stances.ts), outside quotations (a
 * quoted speaker's own stance words are theirs to report) and where no other rule has a claim on the content.
 */
function stanceClaim(d: Doc, k: number, drafts: Draft[], cueTaken: Uint8Array): Draft | null {
  const tokens = d.tokens;
  const m = stanceAt(tokens, k, d.segStart[k]!, d.segEnd[k]!);
  if (!m || quoteAt(d.quotes, tokens[k]!.start) >= 0) return null;
  for (let c = m.cue[0]; c < m.cue[1]; c++) if (cueTaken[c]) return null;
  const span = balanceQuotes(
    d.text,
    trimSpan(d.text, tokens[m.content[0]]!.start, tokens[m.content[1] - 1]!.end, false),
  );
  if (span[1] <= span[0]) return null;
  // inside another claim's content the stance is part of what that speaker says ("she said his attacks on X …")
  const at = tokens[k]!.start;
  if (drafts.some((x) => spanOverlap(x.content, span) >= 0.5 || (x.content[0] <= at && at < x.content[1]))) return null;
  return {
    cueSpan: [tokens[m.cue[0]]!.start, tokens[m.cue[1] - 1]!.end],
    cueTokens: m.cue,
    speaker: m.holder,
    ...(m.holder ? {} : { speakerText: '' }),
    content: span,
    quote: containsQuoteMark(d.text, span) ? 'mixed' : 'indirect',
    polarity: 'affirm',
    hedges: [],
    via: [],
    rule: m.holder ? 'stance' : 'source-less',
    notes: [`${m.kind} and its preposition`],
  };
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'his', 'her']);
const ORG_TYPES: ReadonlySet<string> = new Set(['organization', 'armed_group', 'media']);
const PERSON_TYPES: ReadonlySet<string> = new Set(['person']);

interface ResolvedSpeaker {
  speaker: Claim['speaker'];
  /** how the speaker was found, for the explanation */
  how: string;
}

/** 'm' or 'f' when a mention of the person carries a gendered title ("Mr.", "Ms.", "Mrs."), else ''. */
function titleGender(d: Doc, e: Entity): string {
  let gender = '';
  for (const [start, end] of e.mentions) {
    const around = d.text.slice(Math.max(0, start - 6), Math.min(end, start + 5));
    const m = /\b(Mr|Mrs|Ms|Miss)\.?\s/.exec(around);
    if (!m) continue;
    const g = m[1] === 'Mr' ? 'm' : 'f';
    if (gender && gender !== g) return '';
    gender = g;
  }
  return gender;
}

// subject forms only: an object ("Trump attacked her") is most often someone else
const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'himself']);
const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'herself']);
const genderCache = new WeakMap<Entity, string>();

/**
 * 'm' or 'f' for a person: a gendered title, else the pronoun that most often comes first after a mention of them
 * within its sentence ("Sanders said he …", "Clinton, who she …"), when one gender clearly outnumbers the other.
 */
function personGender(d: Doc, e: Entity): string {
  const known = genderCache.get(e);
  if (known !== undefined) return known;
  let gender = titleGender(d, e);
  if (!gender) {
    let male = 0;
    let female = 0;
    for (const [, end] of e.mentions) {
      const first = tokenAtOrAfter(d.tokens, end);
      const limit = Math.min(d.segEnd[first] ?? first, first + 10);
      for (let j = first; j < limit; j++) {
        const w = d.tokens[j]!;
        // another name or a quotation: the pronoun after it may be about someone else
        if (OPEN_MARKS.has(w.text) || CLOSE_MARKS.has(w.text) || w.pos === 'PROPN') break;
        if (MALE_PRONOUNS.has(w.lower)) male++;
        else if (FEMALE_PRONOUNS.has(w.lower)) female++;
        else continue;
        break;
      }
    }
    if (male >= 2 && male >= 3 * female) gender = 'm';
    else if (female >= 2 && female >= 3 * male) gender = 'f';
  }
  genderCache.set(e, gender);
  return gender;
}

/** Does the draft's clause open with a background subordinator ("because he said", "if they refuse to")? */
function inBackgroundClause(d: Doc, draft: Draft): boolean {
  const k = draft.cueTokens[0];
  let j = (draft.speaker ? draft.speaker.from : k) - 1;
  const segStart = d.segStart[k]!;
  while (j >= segStart && d.tokens[j]!.pos === 'ADV' && !BACKGROUND_SUBORDINATORS.has(d.tokens[j]!.lower)) j--;
  return j >= segStart && BACKGROUND_SUBORDINATORS.has(d.tokens[j]!.lower);
}

/**
 * "The senator who wants the pier closed said C": a relative clause on a speaker ends where that speaker's own
 * cue comes, which the clause's content must not run over (verbCue cuts the shape with commas, "X, who …, said";
 * here the other draft's cue tells where, with or without them).
 */
function endRelativeClauseAtMainVerb(d: Doc, rel: Draft, cues: CueIndex): void {
  const np = rel.speaker;
  if (!np || np.to - np.from !== 1 || d.tokens[np.from]!.lower !== 'who') return;
  const main = cues.first(
    rel.content[0],
    rel.content[1],
    (x) => x !== rel && !!x.speaker && x.speaker.to <= np.from && x.cueSpan[1] <= rel.content[1],
  );
  if (!main) return;
  let last = tokenAtOrAfter(d.tokens, main.cueSpan[0]) - 1;
  while (last > 0 && (AUX_SKIP.has(d.tokens[last]!.lower) || d.tokens[last]!.pos === 'ADV')) last--;
  const end = d.tokens[last]!.text === ',' ? d.tokens[last]!.start : d.tokens[last]!.end;
  const span = trimSpan(d.text, rel.content[0], end, false);
  if (span[1] > span[0]) rel.content = span;
}

/**
 * The drafts by where their cue starts, to find those whose cue lies inside a span without a scan of every
 * draft for every draft (a text of thousands of cues made that quadratic).
 */
class CueIndex {
  private readonly byCue: { draft: Draft; order: number }[];

  constructor(drafts: readonly Draft[]) {
    this.byCue = drafts
      .map((draft, order) => ({ draft, order }))
      .sort((x, y) => x.draft.cueSpan[0] - y.draft.cueSpan[0]);
  }

  /** Of the drafts whose cue starts after `from` and before `to` and that pass `test`, the first in the list's order. */
  first(from: number, to: number, test: (x: Draft) => boolean): Draft | undefined {
    const lo = firstAbove(this.byCue, (x) => x.draft.cueSpan[0], from);
    let best: { draft: Draft; order: number } | undefined;
    for (let j = lo; j < this.byCue.length && this.byCue[j]!.draft.cueSpan[0] < to; j++) {
      const x = this.byCue[j]!;
      if ((!best || x.order < best.order) && test(x.draft)) best = x;
    }
    return best?.draft;
  }
}

/** Cues that, told inside another claim's content, describe the people that claim is about (claims/cues.ts). */
const FOLDED_LEMMA_SETS = [MENTAL_STATE_LEMMAS, ALLEGIANCE_LEMMAS, REFUSAL_LEMMAS];

/**
 * Drafts that are part of another draft's content rather than claims of their own. Inside what someone else
 * says, the report presents these as that speaker's account:
 *  - a belief, wish, intention, side taken or refusal ("she said voters want change", "he said the captains
 *    who backed the strike …");
 *  - a cue whose speaker is the object of a preposition ("a letter to the board criticizing the levy"), a
 *    modifier rather than a subject;
 *  - a cue in a clause of condition, reason, time limit or question ("because the captains told her C"),
 *    background to the statement rather than a statement;
 *  - an impression nobody is said to hold ("the captains seemed to accept it"; not a question put to the
 *    speaker, "when asked").
 * Inside what a source is cited for ("according to the poll, most voters said C"), any claim told in the
 * reporter's words is that source's claim; a quotation of its own speaker is not ("“C,” she said, according
 * to the paper"). A claim told inside a quotation stays when it reports a statement made at some past time
 * ("“The board said the pier was safe,” she said": its speaker's own words, which a reader of the report wants);
 * a habit, generality or supposition told there is the quoted speaker's rhetoric ("“People say the pier is
 * safe, but …”", "“I'm telling you, …”", "“Nobody would say …”") and folds into the quotation. A draft another
 * one shares its speaker with always stays.
 */
function foldedIntoOuterContent(d: Doc, drafts: Draft[]): Set<Draft> {
  const folded = new Set<Draft>();
  const owners = new Set(drafts.map((x) => x.speakerFrom).filter(Boolean));
  const contents = new ContentIndex(drafts);
  for (const inner of drafts) {
    const cue = d.tokens[inner.cueTokens[0]]!;
    if (owners.has(inner)) continue;
    if (quoteAt(d.quotes, cue.start) >= 0) {
      if (!reportsPastStatement(d, inner) && contents.find(...spanOfCueAndContent(d, inner), (x) => longer(x, inner)))
        folded.add(inner);
      continue;
    }
    const partOfAnyContent =
      // a "by" agent is the object of its preposition but speaks for itself: "a practice criticized by the pilots"
      (!!inner.speaker && inner.rule !== 'passive-agent' && isObjectPhrase(d, inner.speaker)) ||
      FOLDED_LEMMA_SETS.some((lemmas) => lemmas.has(cue.lemma)) ||
      inBackgroundClause(d, inner) ||
      (describesAThing(d, inner) && inner.quote !== 'direct') ||
      (inner.rule === 'source-less' && cue.lemma !== 'ask');
    const partOfCitedSource = inner.quote !== 'direct';
    if (!partOfAnyContent && !partOfCitedSource) continue;
    const outer = contents.find(
      ...spanOfCueAndContent(d, inner),
      (x) => (partOfAnyContent || x.rule === 'according-to') && longer(x, inner),
    );
    if (outer) folded.add(inner);
  }
  return folded;
}

/**
 * Is the draft's speaker the relative pronoun of a thing ("documents that showed C", "an ad which urges C")? Inside
 * another claim's content such a clause, told in the reporter's words, tells which thing that claim is about, not
 * what anyone said; the words a thing bears, quoted ("a sign that read “C”"), and a "who", which speaks for a
 * person, stay.
 */
function describesAThing(d: Doc, draft: Draft): boolean {
  const np = draft.speaker;
  if (!np || np.to - np.from !== 1 || !THING_RELATIVE_PRONOUNS.has(d.tokens[np.from]!.lower)) return false;
  // "released a video that said C": the one who released it speaks (see resolveSpeaker), the clause is no description
  return !(SPEECH_LEMMAS.has(d.tokens[draft.cueTokens[0]!]!.lemma) && producerOfRelative(d, np));
}

/** From the draft's cue or content, whichever comes first, to the end of the other. */
function spanOfCueAndContent(d: Doc, draft: Draft): Span {
  const cue = d.tokens[draft.cueTokens[0]]!;
  return [Math.min(cue.start, draft.content[0]), Math.max(cue.end, draft.content[1])];
}

/** Is the outer draft's content strictly longer (so that two drafts never fold into each other)? */
function longer(outer: Draft, inner: Draft): boolean {
  return outer !== inner && outer.content[1] - outer.content[0] > inner.content[1] - inner.content[0];
}

/**
 * Does the cue tell of a statement made at some past time ("the board said C", "he had told them C"), rather than
 * a habit, a generality or a supposition ("people say C", "I'm telling you C", "any captain would say C", "a poll
 * saying C", "his claim that C")? Only the past form of a verb without a modal before it does.
 */
function reportsPastStatement(d: Doc, draft: Draft): boolean {
  const k = draft.cueTokens[0];
  const cue = d.tokens[k]!;
  const w = cue.lower;
  if (w === cue.lemma || w.endsWith('ing') || w === `${cue.lemma}s` || w === `${cue.lemma}es`) return false;
  for (let j = k - 1; j >= d.segStart[k]!; j--) {
    const t = d.tokens[j]!;
    if (MODAL_AUXILIARIES.has(t.lower)) return false;
    if (!AUX_SKIP.has(t.lower) && t.pos !== 'ADV' && t.pos !== 'AUX') break;
  }
  return true;
}

/**
 * The drafts by where their content starts, to find one whose content covers a span without a scan of every
 * draft for every draft: a text of thousands of cues made that quadratic. Only contents starting at most the
 * longest content's length before the span's end can reach it.
 */
class ContentIndex {
  private readonly byStart: Draft[];
  private readonly longest: number;

  constructor(drafts: readonly Draft[]) {
    this.byStart = [...drafts].sort((x, y) => x.content[0] - y.content[0]);
    let longest = 0;
    for (const x of drafts) longest = Math.max(longest, x.content[1] - x.content[0]);
    this.longest = longest;
  }

  /** A draft whose content covers [from, to) and that passes `test`, if any. */
  find(from: number, to: number, test: (x: Draft) => boolean): Draft | undefined {
    const lo = firstAbove(this.byStart, (x) => x.content[0], from);
    for (let j = lo - 1; j >= 0 && this.byStart[j]!.content[0] >= to - this.longest; j--) {
      const x = this.byStart[j]!;
      if (x.content[1] >= to && test(x)) return x;
    }
    return undefined;
  }
}

/** Speaker text, entity and anonymity for a draft. */
function resolveSpeaker(d: Doc, draft: Draft, resolved: Map<Draft, ResolvedSpeaker>): ResolvedSpeaker {
  if (draft.speakerFrom) {
    const owner = resolved.get(draft.speakerFrom);
    if (owner)
      return {
        speaker: { ...owner.speaker },
        how: `speaker shared with the cue "${d.text.slice(draft.speakerFrom.cueSpan[0], draft.speakerFrom.cueSpan[1])}"`,
      };
  }
  if (!draft.speaker)
    return {
      speaker: { text: draft.speakerText ?? '', entity: null, anonymous: true, span: null },
      how: 'no speaker named',
    };
  // the description with the name in apposition to it, taken only now, so that the rules and the learnt model
  // read the subject as it stands
  const k = draft.cueTokens[0];
  const np =
    (draft.speaker.to <= k && draft.rule !== 'passive-agent'
      ? (appositiveName(d, draft.speaker, skipBackOverAux(d, k, d.segStart[k]!, [])) ??
        (SPEECH_LEMMAS.has(d.tokens[k]!.lemma) ? producerOfRelative(d, draft.speaker) : null))
      : null) ?? draft.speaker;
  const tokens = d.tokens;
  const span: Span = [tokens[np.from]!.start, tokens[np.to - 1]!.end];
  const text = d.text.slice(span[0], span[1]);
  const head = tokens[np.head]!;
  const anonymous = isAnonymous(tokens, np);
  let entity: Entity | null = null;
  let how = `speaker "${text}"`;
  if (np.to - np.from === 1 && head.lower === 'who') {
    // a relative pronoun speaks for its antecedent: "Cruz, who refused …"
    const at = np.from - (tokens[np.from - 1]?.text === ',' ? 2 : 1);
    const antecedent = at >= 0 ? nounPhraseEndingAt(tokens, at, d.segStart[np.from]!) : null;
    if (antecedent)
      entity = d.mentions.linkSpan(
        [tokens[antecedent.from]!.start, tokens[antecedent.to - 1]!.end],
        tokens[antecedent.head]!.start,
      );
    how = `speaker by relative pronoun "${text}" → ${entity?.name ?? 'unresolved'}`;
  } else if (np.to - np.from === 1 && PERSON_PRONOUNS.has(head.lower)) {
    // "Mr. Okafor … she said": a person whose title gives the other gender is passed over
    const pronounGender = ['he', 'his'].includes(head.lower) ? 'm' : ['she', 'her'].includes(head.lower) ? 'f' : null;
    entity = d.mentions.lastBefore(
      span[0],
      PERSON_TYPES,
      (e) => !pronounGender || !['m', 'f'].includes(personGender(d, e)) || personGender(d, e) === pronounGender,
    );
    how = `speaker by pronoun "${text}" → ${entity?.name ?? 'unresolved'}`;
  } else if (
    !anonymous &&
    head.pos === 'NOUN' &&
    tokens[np.from]!.lower === 'the' &&
    !tokens.slice(np.from, np.to).some((t) => t.pos === 'PROPN')
  ) {
    // "the agency", "the ministry": the organisation named before whose name has that word, else the last one
    const word = head.lower;
    entity =
      d.mentions.lastBefore(span[0], ORG_TYPES, (e) => e.name.toLowerCase().includes(word)) ??
      d.mentions.lastBefore(span[0], ORG_TYPES);
    how = `speaker by description "${text}" → ${entity?.name ?? 'unresolved'}`;
  } else if (!anonymous) {
    entity = d.mentions.linkSpan(span, head.start);
    if (entity) how = `speaker "${text}" → ${entity.name}`;
  } else how = `anonymous speaker "${text}"`;
  return { speaker: { text, entity: entity?.id ?? null, anonymous, span }, how };
}

/** Anonymous sources reach us through the outlet the document says is reporting. */
function documentOutlets(d: Doc, drafts: Draft[], speakers: Claim['speaker'][]): string[] {
  const out: string[] = [];
  drafts.forEach((draft, i) => {
    const s = speakers[i]!;
    if (!draft.speaker || s.anonymous) return;
    const outlet = outletName(d, s.text) ?? (s.entity ? outletByEntity(d, s.entity) : null);
    if (outlet && !out.includes(outlet)) out.push(outlet);
  });
  return out;
}

function outletByEntity(d: Doc, id: string): string | null {
  const e = d.entities.find((x) => x.id === id);
  return e && e.type === 'media' ? e.name : null;
}

export function extractClaims(
  a: Analysis,
  entities: Entity[],
  _ctx: ExtractionContext,
  cueOptions: CueOptions = {},
): Claim[] {
  if (a.tokens.length === 0) return [];
  const d = buildDoc(a, entities);
  const drafts: Draft[] = [];
  const contentKeys = new Map<string, Draft>();
  const cueTaken = new Uint8Array(d.tokens.length);
  const add = (draft: Draft | null) => {
    if (!draft) return;
    const [s, e] = draft.content;
    if (!(e > s && s >= 0 && e <= d.text.length)) return;
    // "he proposed two months ago", "I don't want to say so": a content of adjuncts alone tells nothing (a quoted
    // "Absolutely" or "No" is an answer)
    if (draft.quote !== 'direct' && onlyAdjunctsBetween(d, tokenAtOrAfter(d.tokens, s), e)) return;
    if (draft.quote !== 'direct' && onlyAnaphorAfterSpeech(d, draft)) return;
    // one claim per content span and cue
    const key = `${s}:${e}`;
    const holderless = contentKeys.get(key);
    for (let c = draft.cueTokens[0]; c < draft.cueTokens[1]; c++) if (cueTaken[c]) return;
    // "The captains seemed to accept it, the mayor said": the impression is the named speaker's statement
    if (holderless && !(holderless.rule === 'source-less' && draft.speaker)) return;
    contentKeys.set(key, draft);
    cueTaken.fill(1, draft.cueTokens[0], draft.cueTokens[1]);
    if (holderless) drafts.splice(drafts.indexOf(holderless), 1, draft);
    else drafts.push(draft);
  };
  const tokens = d.tokens;
  // claims cued by an infinitive wait until every other cue has made its claim (below)
  const infinitives: Draft[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      add(accordingTo(d, k));
      continue;
    }
    if (t.text === ':') {
      add(colonQuote(d, k) ?? colonLead(d, k));
      continue;
    }
    if (DASHES.has(t.text)) {
      add(dashAttribution(d, k));
      continue;
    }
    // "To many, the pier is a symbol": a view, held by those the sentence opens on
    if (t.lower === 'to' && k <= d.segStart[k]! + 1) {
      const draft = viewOf(d, k);
      if (draft) {
        add(draft);
        continue;
      }
    }
    // "the race seemed to be his to lose", "she appears to have won": an impression without a holder
    if (
      t.pos === 'VERB' &&
      (t.lemma === 'seem' || (t.lemma === 'appear' && ['to', 'that'].includes(tokens[k + 1]?.lower ?? ''))) &&
      quoteAt(d.quotes, t.start) < 0
    ) {
      add(perception(d, k));
      continue;
    }
    if (t.lower === 'reportedly' && t.pos === 'ADV') {
      add(reportedly(d, k));
      continue;
    }
    const lemma = cueLemma(d, k) ?? regardLemma(d, k);
    if (lemma) {
      const draft = verbCue(d, k, lemma, drafts);
      if (draft?.rule === 'infinitive-cue') infinitives.push(draft);
      else add(draft);
      continue;
    }
    if (t.pos === 'NOUN' && STATEMENT_NOUNS.has(t.lower)) add(statementNoun(d, k));
  }
  // verbs the rules left alone that the learnt model takes for cues (claims/cue-model.ts)
  learntCues(d, drafts, cueTaken, cueOptions, (k) => {
    // "seem" and "appear" are the impression rule's (perception), which leaves some alone on purpose
    if (tokens[k]!.lemma === 'seem' || tokens[k]!.lemma === 'appear') return null;
    if (stanceVerb(d, k)) return null;
    const guess = verbCue(d, k, tokens[k]!.lemma, drafts, true);
    // a shared speaker would cut its owner's content (below), which a guess must not do
    if (!guess || guess.speakerFrom) return null;
    const maker = guess.speaker ? makerOfDummyIt(d, guess.speaker) : null;
    const draft = maker ? { ...guess, speaker: maker } : guess;
    const speaker = draft.speaker ? draft.speaker.head : 'none';
    const take = (note: string) => add({ ...draft, rule: 'learnt-cue', notes: [note, ...(draft.notes ?? [])] });
    return { speaker, content: draft.content, quote: draft.quote, take };
  });
  const vetoed = ruleCueVetoes(d, drafts, cueOptions);
  if (vetoed.size) drafts.splice(0, drafts.length, ...drafts.filter((x) => !vetoed.has(x)));
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.pos === 'ADP') add(stanceClaim(d, k, drafts, cueTaken));
  // an infinitive inside what another cue reports ("said he flew there to tell them") is part of that content; taken
  // last, so that neither the learnt model's view of the sentence nor a stance over the same words changes
  // (a stance's object may run on over the infinitive: "after his praise of Ruiz to discuss …")
  const reported = new ContentIndex(drafts);
  const notStance = (y: Draft) => y.rule !== 'stance';
  for (const x of infinitives) if (!reported.find(x.cueSpan[0], x.cueSpan[1], notStance)) add(x);

  // a coordinated cue cuts its owner's content: "confirmed A and denied B"
  for (const draft of drafts) {
    if (!draft.speakerFrom) continue;
    const owner = draft.speakerFrom;
    if (owner.rule === 'quote-continuation') continue;
    if (owner.content[0] < draft.cueSpan[0] && owner.content[1] > draft.cueSpan[0]) {
      let cut = draft.cueSpan[0];
      const k = tokenAtOrAfter(tokens, cut);
      let j = k - 1;
      while (j >= 0 && (AUX_SKIP.has(tokens[j]!.lower) || tokens[j]!.pos === 'ADV')) j--;
      if (tokens[j] && ['and', 'but', ','].includes(tokens[j]!.lower)) cut = tokens[j]!.start;
      const span = trimSpan(d.text, owner.content[0], cut, false);
      if (span[1] > span[0]) owner.content = span;
    }
  }

  const cues = new CueIndex(drafts);
  for (const draft of drafts) endRelativeClauseAtMainVerb(d, draft, cues);
  const folded = foldedIntoOuterContent(d, drafts);
  if (folded.size) drafts.splice(0, drafts.length, ...drafts.filter((x) => !folded.has(x)));

  const resolved = new Map<Draft, ResolvedSpeaker>();
  const found = drafts.map((draft) => {
    const s = resolveSpeaker(d, draft, resolved);
    resolved.set(draft, s);
    return s;
  });
  const speakers = found.map((s) => s.speaker);
  const outlets = documentOutlets(d, drafts, speakers);
  return drafts.map((draft, i) => {
    const speaker = speakers[i]!;
    const content = d.text.slice(draft.content[0], draft.content[1]);
    const hedges = [...draft.hedges];
    for (const h of hedgesIn(d, draft.content)) if (!hedges.includes(h)) hedges.push(h);
    const via = [...draft.via];
    if (speaker.anonymous && draft.speaker) for (const o of outlets) if (!via.includes(o)) via.push(o);
    const claim: Claim = {
      id: `c${i + 1}`,
      speaker,
      cue: { text: d.text.slice(draft.cueSpan[0], draft.cueSpan[1]), span: draft.cueSpan },
      content: { text: content, span: draft.content },
      quote: draft.quote,
      polarity: draft.polarity,
      hedged: hedges.length > 0,
    };
    if (hedges.length) claim.hedges = hedges;
    if (via.length) claim.via = via;
    const detail = [`cue "${claim.cue.text}"`, found[i]!.how, ...(draft.notes ?? [])];
    if (via.length) detail.push(`via ${via.join(', ')}`);
    claim.explanation = { stage: 'claims', rule: draft.rule, detail: detail.join('; ') };
    return claim;
  });
}
