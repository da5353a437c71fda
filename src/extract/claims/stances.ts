/**
 * Stances cued by a word and its preposition: "X railed against the deal",
 * "X is skeptical of the plan", "Trump's attacks on Clinton", "X raised
 * questions about the cost", "X, a supporter of Cruz". The object of the
 * preposition (a noun or gerund phrase) is what the stance is about; its holder
 * is the subject of the verb, of the linking verb before the adjective or of the
 * light verb before the noun, the noun's possessor, or the name an agent noun
 * is in apposition to. The word lists live in cues.ts.
 */
import type { Token } from '../nlp.js';
import {
  ASPECT_LEMMAS,
  CONTROL_ADJECTIVES,
  CONTROL_LEMMAS,
  LIGHT_STANCE_VERBS,
  ROLE_NOUNS,
  STANCE_ADJECTIVES,
  STANCE_AGENT_NOUNS,
  STANCE_HOLDER_NOUNS,
  STANCE_IN_NOUNS,
  STANCE_NOUNS,
  STANCE_VERBS,
  TIME_PREPOSITIONS,
} from './cues.js';
import { isTimePhrase, type NounPhrase, nounPhraseEndingAt } from './speakers.js';

export interface StanceMatch {
  /** cue tokens, end exclusive: the head word (with its particle or "in") to the preposition */
  cue: [number, number];
  /** null when nobody is named: "when asked about the loan" */
  holder: NounPhrase | null;
  /** content tokens, end exclusive */
  content: [number, number];
  /** which word class cued the stance, for the explanation */
  kind: 'verb' | 'adjective' | 'noun' | 'agent noun' | 'question';
}

const PREPOSITIONS = new Set(['about', 'of', 'for', 'on', 'against', 'with', 'to', 'over', 'at']);
const LINKING_LEMMAS = new Set(['be', 'become', 'remain', 'seem', 'appear', 'grow', 'stay', 'sound', 'get']);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", '\u2019s', 'being', "'re", "'m"]);
const POSSESSIVE_MARKERS = new Set(["'s", '\u2019s', "'", '\u2019']);
/** Possessive pronouns the claim stage resolves to a person. */
const PERSON_POSSESSIVES = new Set(['his', 'her']);
/** A name token that carries its possessive: "Trump's", "Ruiz’s". */
const GLUED_POSSESSIVE = /.['’]s$/;
/** Possessive pronouns that stand for a group or a body; only a light verb's subject names their holder. */
const GROUP_POSSESSIVES = new Set(['their', 'its', 'our']);
/** Tags of a word that opens a noun phrase, and never an infinitive's verb. */
const NOUN_PHRASE_OPENERS = new Set(['DET', 'PROPN', 'NUM', 'ADJ']);
const NEGATIONS = new Set(['not', "n't", '\u2019t', 'never']);
/** Words that open a clause or adjunct of the narrator's after the object: "about the plan, which …". */
const OBJECT_ENDS = new Set([
  'where',
  'because',
  'as',
  'while',
  'when',
  'if',
  'since',
  'although',
  'though',
  'unless',
  'until',
  'whereas',
  'after',
  'before',
  'but',
  'according',
]);
/** Adverbs that open a clause of their own: "when asked about", "after talking about". */
const CLAUSE_OPENING_ADVERBS = new Set(['when', 'where', 'why', 'how', 'after', 'before', 'while', 'once', 'then']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Words after a comma that elaborate the object rather than end it. */
const ELABORATIONS = new Set(['including', 'particularly', 'especially', 'notably']);
/** Particles of phrasal stance verbs: "speak out", "open up", "double down", "push back", "weigh in". */
const PARTICLES = new Set(['out', 'up', 'down', 'back', 'in']);
/** Prepositions that open a setting (place, occasion) rather than part of the object. */
const SETTING_PREPOSITIONS = new Set(['at', 'during', 'ahead', 'amid', 'despite', 'throughout']);
/** Endings of nouns for people by what they do: "fishermen", "the advisor", "economists" (not "-ter": "center", "letter"). */
const PERSON_SUFFIX = /(?:[^t]er|or|ist|[mw]an|[mw]en|ian)s?$/;
const CONTENT_QUESTION_WORDS = new Set(['whether', 'how', 'what', 'why', 'who', 'where', 'when']);
/** Pronouns that stand for people; "it", "that", "this" mostly stand for things ("the report"). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'his', 'her']);

function isNominal(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON';
}

/** Skips auxiliaries, negations and adverbs leftwards from k - 1; returns the first other token's index. */
function skipBackOverAuxiliaries(tokens: Token[], k: number, limit: number): number {
  let p = k - 1;
  while (p >= limit) {
    const t = tokens[p]!;
    if (t.lower === 'to' || CLAUSE_OPENING_ADVERBS.has(t.lower)) break;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || NEGATIONS.has(t.lower)) p--;
    else break;
  }
  return p;
}

/** Whether a form of "be" stands between tokens p and v (exclusive): "has been asked", "is talking". */
function beBetween(tokens: Token[], p: number, v: number): boolean {
  for (let j = p + 1; j < v; j++) if (BE_FORMS.has(tokens[j]!.lower)) return true;
  return BE_FORMS.has(tokens[p]?.lower ?? '');
}

/** The subject of the first verb of the sentence, before token `before`: "Sanders toured Ohio, railing against". */
function sentenceSubject(tokens: Token[], segStart: number, before: number): NounPhrase | null {
  for (let v = segStart + 1; v < before; v++) {
    const t = tokens[v]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const np = subjectOf(tokens, v, segStart);
    // the subject opens the sentence: "In Ohio, Sanders …" has a setting first, "Voters who …" a clause inside
    return np && (np.from === segStart || tokens[np.from - 1]?.text === ',') ? np : null;
  }
  return null;
}

/** "wants to talk about", "was eager to talk about": the subject of the verb or adjective before "to". */
function infinitiveSubject(tokens: Token[], to: number, limit: number): NounPhrase | null {
  const w = tokens[to - 1];
  if (!w || to - 1 < limit) return null;
  if (w.pos === 'VERB' && CONTROL_LEMMAS.has(w.lemma) && !w.lower.endsWith('ing')) {
    const p = skipBackOverAuxiliaries(tokens, to - 1, limit);
    return beBetween(tokens, p, to - 1) ? null : subjectOf(tokens, to - 1, limit);
  }
  if (w.pos === 'ADJ' && CONTROL_ADJECTIVES.has(w.lower)) return linkedSubject(tokens, to - 1, limit);
  return null;
}

/**
 * The subject noun phrase of the verb at v: "Mr. Kamp has long railed", "she was". A noun phrase that is
 * itself an object ("gave an interview to a magazine focused on") has a participle after it, not a verb.
 */
function subjectOf(tokens: Token[], v: number, limit: number): NounPhrase | null {
  const p = skipBackOverAuxiliaries(tokens, v, limit);
  if (p < limit) return null;
  if (tokens[p]!.text === ',') return appositiveHead(tokens, p, limit);
  let np = nounPhraseEndingAt(tokens, p, limit);
  // "Ruiz on Monday lashed out at": the time phrase between subject and verb is passed over
  if (np && isTimePhrase(tokens, np.from, np.to) && TIME_PREPOSITIONS.has(tokens[np.from - 1]?.lower ?? ''))
    np = np.from - 2 >= limit ? nounPhraseEndingAt(tokens, np.from - 2, limit) : null;
  if (!np) return null;
  const lead = tokens[np.from - 1];
  const relative = np.to - np.from === 1 && tokens[np.from]!.lower === 'who';
  if (!relative && np.from > limit && lead && ['ADP', 'VERB', 'AUX', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(lead.pos))
    return null;
  return namedHolder(tokens, np);
}

/**
 * "Clinton, the front-runner, was critical of", "Ann Ruiz, 43, is a supporter of": the name that opens the
 * sentence before the aside whose closing comma is at `comma`.
 */
function appositiveHead(tokens: Token[], comma: number, limit: number): NounPhrase | null {
  let open = comma - 1;
  while (open > limit && comma - open < 12 && tokens[open]!.text !== ',') {
    if (tokens[open]!.pos === 'VERB' || tokens[open]!.pos === 'AUX') return null;
    open--;
  }
  if (tokens[open]?.text !== ',' || open === comma - 1) return null;
  const np = nounPhraseEndingAt(tokens, open - 1, limit);
  if (!np || np.from !== limit || !/^[A-Z]/.test(tokens[np.head]!.text)) return null;
  return namedHolder(tokens, np);
}

/** A holder is someone: a name, a personal pronoun, a role or a group of people ("the discussion focused on" has none). */
export function namedHolder(tokens: Token[], np: NounPhrase | null): NounPhrase | null {
  if (!np || isTimePhrase(tokens, np.from, np.to)) return null;
  const head = tokens[np.head]!;
  if (np.to - np.from === 1 && PERSONAL_PRONOUNS.has(head.lower)) return np;
  if (head.pos === 'PRON' || head.pos === 'DET') return null;
  if (/^[A-Z]/.test(head.text) && (np.head !== np.from || head.pos === 'PROPN')) return np;
  return ROLE_NOUNS.has(head.lower) || STANCE_HOLDER_NOUNS.has(head.lower) || PERSON_SUFFIX.test(head.lower)
    ? np
    : null;
}

/**
 * The noun or gerund phrase after the preposition at k, ending before a clause or adjunct of the
 * narrator's: a comma, a relative or subordinate word, a finite verb (the phrase was a subject), the end of
 * the sentence.
 */
const MAX_OBJECT_TOKENS = 80;

function objectAfter(tokens: Token[], k: number, segEnd: number): [number, number] | null {
  const s = k + 1;
  const first = tokens[s];
  if (!first || s >= segEnd) return null;
  const question = CONTENT_QUESTION_WORDS.has(first.lower);
  const opening =
    question ||
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(first.pos) ||
    (first.pos === 'VERB' && first.lower.endsWith('ing')) ||
    /^["\u201C\u2018]$/.test(first.text);
  if (!opening) return null;
  // "talked about it", "worried about that": a bare pronoun says nothing the reader can use
  if (first.pos === 'PRON' && !PERSON_POSSESSIVES.has(first.lower) && !['their', 'its', 'our'].includes(first.lower))
    if (!tokens[s + 1] || s + 1 >= segEnd || !isNominal(tokens[s + 1]!)) return null;
  let end = s + 1;
  // inside a clause of the object's own ("how it works", "a bill that would ban …") verbs do not end it
  let clausal = question;
  // an object runs to the first of its ends, but no further than a long sentence's worth of tokens: in a
  // list or a text without full stops, a scan to the segment's end from every preposition is quadratic
  const limit = Math.min(segEnd, s + MAX_OBJECT_TOKENS);
  for (; end < limit; end++) {
    const t = tokens[end]!;
    const prev = tokens[end - 1]!;
    // "the plans, particularly the budget": an elaboration goes on with the object
    if (t.text === ',' && ELABORATIONS.has(tokens[end + 1]?.lower ?? '')) {
      clausal = true;
      continue;
    }
    if ([',', ';', ':', '(', ')', '\u2014', '\u2013', '--'].includes(t.text)) break;
    if (clausal) continue;
    // a restrictive relative clause belongs to the object: "the claim that he won", "voters who stayed home"
    if (RELATIVE_PRONOUNS.has(t.lower) && t.pos !== 'DET') {
      clausal = true;
      continue;
    }
    if (OBJECT_ENDS.has(t.lower)) break;
    // "his criticism of the plan was": the phrase is the subject of a verb of its own
    if (t.pos === 'AUX' && !['to'].includes(prev.lower)) break;
    // ... but a participle with its agent modifies the object: "an order signed by the governor"
    if (
      t.pos === 'VERB' &&
      !t.lower.endsWith('ing') &&
      ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(prev.pos) &&
      !(tokens[end + 1]?.lower === 'by' && /(?:ed|en)$/.test(t.lower))
    )
      break;
    // a participle after a noun opens an adjunct: "supporters living abroad"
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) break;
    if (t.lower === 'and' && tokens[end + 1]?.pos === 'VERB' && !tokens[end + 1]!.lower.endsWith('ing')) break;
    // a setting after the object: "railed against the judge at a rally", "attacked Sanders in last week's debate"
    if (SETTING_PREPOSITIONS.has(t.lower)) break;
    if ((t.lower === 'in' || t.lower === 'on') && timeAhead(tokens, end + 1, segEnd)) break;
  }
  while (end > s && tokens[end - 1]!.pos === 'PUNCT') end--;
  if (end <= s || isTimePhrase(tokens, s, end)) return null;
  return [s, end];
}

/** The verb of an "-ing" form the tagger took for a noun, if it is one of `verbs`: "railing" → "rail". */
function ingStem(word: string, verbs: ReadonlySet<string> | undefined): string {
  const stem = word.slice(0, -3);
  if (!verbs) return stem;
  return verbs.has(stem) ? stem : verbs.has(`${stem}e`) ? `${stem}e` : stem.slice(0, -1);
}

/** A time phrase opens at token j: "in July", "on Tuesday", "in last Sunday's debate". */
function timeAhead(tokens: Token[], j: number, segEnd: number): boolean {
  for (let e = j + 1; e <= Math.min(segEnd, j + 3); e++) if (isTimePhrase(tokens, j, e)) return true;
  return false;
}

/** Index of the word before k, passing over one adverb ("spoke briefly about", "deeply skeptical of"). */
function headBefore(tokens: Token[], k: number, limit: number): number {
  const h = k - 1;
  if (h - 1 >= limit && tokens[h]!.pos === 'ADV' && !PARTICLES.has(tokens[h]!.lower)) return h - 1;
  return h;
}

/** "X is skeptical of": the subject of the linking verb before the adjective at a (adverbs between). */
function linkedSubject(tokens: Token[], a: number, limit: number): NounPhrase | null {
  let p = a - 1;
  while (p >= limit && (tokens[p]!.pos === 'ADV' || NEGATIONS.has(tokens[p]!.lower) || tokens[p]!.lower === 'more'))
    p--;
  const link = tokens[p];
  if (!link || p < limit) return null;
  if (!(BE_FORMS.has(link.lower) || LINKING_LEMMAS.has(link.lemma))) return null;
  return subjectOf(tokens, p, limit);
}

/**
 * "voters wary of the deal", "officials angry about the cuts": the people an attitude adjective right after
 * them describes, as a clause without its verb would ("voters who are wary of").
 */
function modifiedNoun(tokens: Token[], a: number, limit: number): NounPhrase | null {
  if (tokens[a]!.pos !== 'ADJ') return null;
  let p = a - 1;
  while (p >= limit && tokens[p]!.pos === 'ADV') p--;
  const t = tokens[p];
  if (!t || p < limit || !(t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  return namedHolder(tokens, nounPhraseEndingAt(tokens, p, limit));
}

/** Start of the noun phrase whose head is the noun at h, over its adjectives and adverbs ("his fierce criticism"). */
function modifiersStart(tokens: Token[], h: number, limit: number): number {
  let j = h;
  while (j - 1 >= limit && (['ADJ', 'ADV'].includes(tokens[j - 1]!.pos) || participleModifier(tokens, j - 1, limit)))
    j--;
  return j;
}

/**
 * A participle the tagger read as a verb that modifies the noun after it inside a noun phrase: "Ruiz's
 * disparaging remarks", "her nuanced views". Only after a possessive or an article, so that a light verb
 * right before its object ("raised questions about") is not taken for one.
 */
function participleModifier(tokens: Token[], j: number, limit: number): boolean {
  const t = tokens[j]!;
  if (t.pos !== 'VERB' || !/(?:ing|ed)$/.test(t.lower) || j - 1 < limit) return false;
  const before = tokens[j - 1]!;
  // "He's endured questions": after a pronoun "'s" is "has", and the participle a verb of the clause
  const possessor = tokens[j - 2];
  return (
    (POSSESSIVE_MARKERS.has(before.lower) && (possessor?.pos === 'NOUN' || possessor?.pos === 'PROPN')) ||
    PERSON_POSSESSIVES.has(before.lower) ||
    before.pos === 'DET' ||
    (before.pos === 'PROPN' && GLUED_POSSESSIVE.test(before.text))
  );
}

/** The holder of the stance noun at h: a possessor, or the subject of a light verb whose object it is. */
function nounHolder(tokens: Token[], h: number, limit: number): NounPhrase | null {
  const j = modifiersStart(tokens, h, limit);
  const before = tokens[j - 1];
  if (!before || j - 1 < limit) return null;
  // the tagger may leave a name's possessive on the name itself: "Trump's attacks on"
  const gluedPossessive = before.pos === 'PROPN' && GLUED_POSSESSIVE.test(before.text);
  if (POSSESSIVE_MARKERS.has(before.lower) || gluedPossessive) {
    const np = nounPhraseEndingAt(tokens, gluedPossessive ? j - 1 : j - 2, limit);
    // "the crowd cheered Clinton's attacks on Trump": as an object the phrase is what another holder reacts to
    const lead = np && np.from > limit ? tokens[np.from - 1] : undefined;
    if (lead && ['VERB', 'AUX', 'ADP'].includes(lead.pos)) return null;
    return namedHolder(tokens, np);
  }
  if (PERSON_POSSESSIVES.has(before.lower)) return { from: j - 1, to: j, head: j - 1 };
  // "Obama's focus on": a noun right after a name's possessive is no light verb's object
  if (before.pos === 'PROPN') return null;
  // "expressed concerns about", "made no mention of", "raised new questions about", "pledged their support to"
  const v = before.pos === 'DET' || GROUP_POSSESSIVES.has(before.lower) ? j - 2 : j - 1;
  const verb = tokens[v];
  if (!verb || v < limit || !(verb.pos === 'VERB' || verb.pos === 'AUX')) return null;
  if (!LIGHT_STANCE_VERBS.has(verb.lemma)) return null;
  // "has the backing of X": X holds it, the subject only has it
  if (verb.lemma === 'have' && before.lower === 'the') return null;
  // a passive light verb ("concerns were raised about") names no holder
  const p = skipBackOverAuxiliaries(tokens, v, limit);
  if (tokens[p] && BE_FORMS.has(tokens[p]!.lower)) return null;
  if (verb.lower.endsWith('ing')) return null;
  return subjectOf(tokens, v, limit);
}

/** "Ann Ruiz, a critic of the plan" / "Ann Ruiz is a critic of the plan": whom the agent noun at h describes. */
function agentHolder(tokens: Token[], h: number, limit: number): NounPhrase | null {
  let j = modifiersStart(tokens, h, limit);
  if (['a', 'an', 'the'].includes(tokens[j - 1]?.lower ?? '') && j - 1 >= limit) j--;
  // "they were supporters of": a plural needs no article after a linking verb
  else if (!(tokens[h]!.lower.endsWith('s') && BE_FORMS.has(tokens[j - 1]?.lower ?? ''))) return null;
  const before = tokens[j - 1];
  if (!before || j - 1 < limit) return null;
  if (before.text === ',') {
    const np = nounPhraseEndingAt(tokens, j - 2, limit);
    // an appositive names a person or group: its name is capitalised
    if (!np || !/^[A-Z]/.test(tokens[np.head]!.text)) return null;
    return namedHolder(tokens, np);
  }
  if (BE_FORMS.has(before.lower)) return subjectOf(tokens, j - 1, limit);
  // "He remains a proponent of", "she became a critic of"
  if (before.pos === 'VERB' && AGENT_LINKING_LEMMAS.has(before.lemma)) return subjectOf(tokens, j - 1, limit);
  return null;
}

/** Linking verbs that make their subject what an agent noun names: "remains a critic of". */
const AGENT_LINKING_LEMMAS = new Set(['remain', 'become']);

/** The subject of the verb before an "in favor of" phrase: "voted in favor of", "came out in support of". */
function inPhraseHolder(tokens: Token[], inAt: number, limit: number): NounPhrase | null {
  let v = inAt - 1;
  // "was always in favor of", "has spoken out in favor of"
  while (v > limit && tokens[v]!.pos === 'ADV' && !PARTICLES.has(tokens[v]!.lower)) v--;
  if (tokens[v]?.lower === 'out') v--;
  // "took votes in favor of", "raised $5 million in support of": the phrase follows the verb's object
  const object = nounPhraseEndingAt(tokens, v, limit);
  if (object && object.from - 1 >= limit && tokens[object.from - 1]!.pos === 'VERB') v = object.from - 1;
  const verb = tokens[v];
  if (!verb || v < limit) return null;
  if (BE_FORMS.has(verb.lower)) return subjectOf(tokens, v, limit);
  if (verb.pos !== 'VERB' || verb.lower.endsWith('ing')) return null;
  const p = skipBackOverAuxiliaries(tokens, v, limit);
  if (tokens[p] && BE_FORMS.has(tokens[p]!.lower)) return null;
  // "… the filibuster and voted in favor of": the second verb of the sentence's subject
  if (tokens[p]?.lower === 'and' && p > limit) return sentenceSubject(tokens, limit, p);
  return subjectOf(tokens, v, limit);
}

/** A stance cued by the preposition at token k, or null. `segStart`/`segEnd` bound its sentence. */
export function stanceAt(tokens: Token[], k: number, segStart: number, segEnd: number): StanceMatch | null {
  const prep = tokens[k]!;
  if (!PREPOSITIONS.has(prep.lower) || k - 1 <= segStart) return null;
  // the tagger reads "to" before a noun phrase as an infinitive's particle too ("opposition to/PART the deal")
  if (prep.pos === 'PART' && !(prep.lower === 'to' && NOUN_PHRASE_OPENERS.has(tokens[k + 1]?.pos ?? ''))) return null;
  // a capitalised preposition is a headline's Title Case, which the tagger reads poorly
  if (prep.text !== prep.lower) return null;
  const match = (from: number, holder: NounPhrase | null, kind: StanceMatch['kind']): StanceMatch | null => {
    if (!holder && kind !== 'question') return null;
    const content = objectAfter(tokens, k, segEnd);
    return content ? { cue: [from, k + 1], holder, content, kind } : null;
  };
  const h = headBefore(tokens, k, segStart);
  const head = tokens[h]!;
  // "spoke out against", "opened up about", "doubled down on": the particle goes with its verb
  const particle = PARTICLES.has(head.lower) && h - 1 > segStart ? h - 1 : -1;
  const verbAt = particle >= 0 ? particle : h;
  const verb = tokens[verbAt]!;

  const verbs = STANCE_VERBS.get(prep.lower);
  const possessed =
    POSSESSIVE_MARKERS.has(tokens[verbAt - 1]?.lower ?? '') || PERSON_POSSESSIVES.has(tokens[verbAt - 1]?.lower ?? '');
  // the tagger reads "talks" after a name as a plural noun: "Mr. Sanders talks about"
  const afterName = tokens[verbAt - 1]?.pos === 'PROPN' || ['he', 'she'].includes(tokens[verbAt - 1]?.lower ?? '');
  const participle = verb.lower.endsWith('ing');
  const afterBe = beBetween(tokens, skipBackOverAuxiliaries(tokens, verbAt, segStart), verbAt);
  // ... and "railing" after "is" as a noun: "she is railing against"
  const progressiveNoun = verb.pos === 'NOUN' && participle && afterBe;
  const verbLike =
    verb.pos === 'VERB' ||
    verb.pos === 'AUX' ||
    (verb.pos === 'NOUN' && afterName && /s$/.test(verb.lower)) ||
    progressiveNoun;
  const lemma = progressiveNoun ? ingStem(verb.lower, verbs) : verb.lemma;
  // a passive ("was voted on") names no holder; "is worried about" is an adjective's (below)
  if (verbs?.has(lemma) && verbLike && !possessed && !(afterBe && !participle)) {
    const p = skipBackOverAuxiliaries(tokens, verbAt, segStart);
    // progressive "is talking about"
    if (beBetween(tokens, p, verbAt)) return match(verbAt, subjectOf(tokens, verbAt, segStart), 'verb');
    const before = tokens[p];
    // "started talking about", "wants to talk about": the subject of the verb the phrase completes
    if (participle && before && ASPECT_LEMMAS.has(before.lemma) && before.pos === 'VERB')
      return match(verbAt, subjectOf(tokens, p, segStart), 'verb');
    // "Sanders toured Ohio, railing against trade deals", "… and railed against": the sentence's subject
    // (a finite verb after a comma may close an aside instead: "Ruiz, a sailor, lashed out at")
    if (before && (before.text === ',' || before.lower === 'and') && p > segStart) {
      const subject = sentenceSubject(tokens, segStart, p);
      if (subject || participle || before.lower === 'and') return match(verbAt, subject, 'verb');
      return match(verbAt, subjectOf(tokens, verbAt, segStart), 'verb');
    }
    if (participle) return null;
    if (before?.lower === 'to') return match(verbAt, infinitiveSubject(tokens, p, segStart), 'verb');
    return match(verbAt, subjectOf(tokens, verbAt, segStart), 'verb');
  }
  // "when asked about the loan", "she was asked about it": a question put to someone, who may not answer it
  if (verb.lemma === 'ask' && prep.lower === 'about' && h === k - 1) {
    const p = skipBackOverAuxiliaries(tokens, h, segStart);
    const before = tokens[p]?.lower ?? '';
    if (head.text === 'Asked' || beBetween(tokens, p, h) || ['when', 'after', 'while', 'if', ','].includes(before))
      return match(h, null, 'question');
    return null;
  }
  // "X is against the plan"
  if (prep.lower === 'against' && BE_FORMS.has(head.lower) && h === k - 1)
    return match(h, subjectOf(tokens, h, segStart), 'adjective');
  if (STANCE_ADJECTIVES.get(prep.lower)?.has(head.lower) && ['ADJ', 'VERB'].includes(head.pos))
    return match(h, linkedSubject(tokens, h, segStart) ?? modifiedNoun(tokens, h, segStart), 'adjective');
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !possessed) return null;
  if (tokens[h - 1]?.lower === 'in' && STANCE_IN_NOUNS.get(prep.lower)?.has(head.lower))
    return match(h - 1, inPhraseHolder(tokens, h - 1, segStart), 'noun');
  if (STANCE_NOUNS.get(prep.lower)?.has(head.lower)) {
    return match(h, nounHolder(tokens, h, segStart), 'noun');
  }
  if (STANCE_AGENT_NOUNS.get(prep.lower)?.has(head.lower))
    return match(h, agentHolder(tokens, h, segStart), 'agent noun');
  return null;
}
