/**
 * The learnt cue classifier: whether a verb the cue rules left alone still
 * introduces an attributed stance ("took aim at", "voted against", "made the
 * case"). Stance verbs of that kind attribute less than half the time when
 * judged by the word alone, so a list cannot take them; the classifier also
 * reads the context: what kind of subject precedes (a named person or
 * organisation, a pronoun, a role noun), what follows (a that-clause, an
 * infinitive, a quote, a noun object), tense, negation, and whether the
 * sentence already holds a claim.
 *
 * A logistic regression: a bias and one weight per feature, trained by
 * scripts/train-cue-model.mjs over polnear-train and written to
 * cue-model.json beside this module. Features are single lemmas, tags, short
 * context facts and pairs of at most two words, so the file holds figures and
 * no text of the training data. `cueFeatures` (the verb in its sentence) and
 * `proposalFeatures` (the claim it would make) are the feature functions: the
 * training script reads them from dist, so training and runtime agree.
 *
 * Lemma features (`l=`, `l|subj=`, `l|follow=` ...) only exist for verbs seen
 * often enough in training, and most stance verbs are rare: "rebuke",
 * "lament", "decry" turn up once or twice in a year of news. So each lemma
 * feature has a twin over the verb's WordNet class (`wn=communication`,
 * `wn|follow=communication|that`, `wn|subj=`, `wn|next=`, `wn|spk=`,
 * `wn|clen=`; `wnany=` for every class of its first senses), which the rare
 * and unseen verbs of a class share with the common ones. A plain-noun
 * subject or speaker is read the same way (`subjn=person`, `spkn=time`): "the
 * aide" can hold a view, "the findings" or "recent weeks" cannot.
 */

import type { Claim, Entity, Span } from '../contract.js';
import type { Token } from '../nlp.js';
import { nounClasses, verbClasses } from '../wordnet.js';
import model from './cue-model.json' with { type: 'json' };
import { CUE_LEMMAS, MODAL_AUXILIARIES, ROLE_NOUNS, WH_WORDS } from './cues.js';
import { type Quote, quoteAt } from './quotes.js';

/** What the feature function reads around a candidate, computed by the claim stage. */
export interface CueContext {
  tokens: Token[];
  /** first and end (exclusive) token of the candidate's segment */
  segStart: number;
  segEnd: number;
  /** the candidate is inside a quotation */
  inQuote: boolean;
  /** a rule cue already made a claim in the same segment */
  segmentHasClaim: boolean;
  /** the type of the entity whose mention covers the character offset, if any */
  entityTypeAt: (offset: number) => Entity['type'] | undefined;
}

export interface CueModel {
  bias: number;
  threshold: number;
  features: string[];
  weights: number[];
  /** a second model, over the rules' own verb cues: one below its threshold is dropped */
  veto?: CueModel | null;
}

const FUNCTION_NEXT = new Set([
  'that',
  'to',
  'for',
  'on',
  'about',
  'against',
  'of',
  'in',
  'with',
  'at',
  'out',
  'up',
  'over',
  'by',
  'as',
  'from',
  'into',
  'off',
  'back',
  'down',
  'whether',
  'if',
  'what',
  'how',
  'why',
  'the',
  'a',
  'his',
  'her',
  'their',
  'it',
  'him',
  'them',
  'case',
  'aim',
]);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const PERFECT = new Set(['has', 'have', 'had']);
const SKIP_LEFT = new Set(['also', 'then', 'later', 'again', 'still', 'already', 'repeatedly', 'publicly', 'once']);
const PERSONAL = new Set(['he', 'she', 'i', 'we', 'they', 'you']);
const OPEN = new Set(['"', '\u201C', "''", '\u00AB', "'", '\u2018']);

/** Tokens that may be a cue the rules did not take: verbs, not auxiliaries. */
export function isCueCandidate(t: Token): boolean {
  return t.pos === 'VERB' && /^[a-z]/i.test(t.text) && t.lemma.length > 1;
}

function tense(t: Token, aux: string | null): string {
  if (aux === 'modal') return 'modal';
  if (aux === 'perfect') return 'perfect';
  if (/ing$/.test(t.lower)) return 'ing';
  if (/ed$/.test(t.lower) || (t.lower !== t.lemma && !/s$/.test(t.lower))) return 'past';
  if (/s$/.test(t.lower) && t.lower !== t.lemma) return 'pres3';
  return 'base';
}

/** The class of the subject left of the cue (after auxiliaries and adverbs). */
function subjectClass(c: CueContext, p: number): string {
  const t = c.tokens[p];
  if (!t || p < c.segStart) return 'none';
  if (t.text === ',') return 'comma';
  if (OPEN.has(t.text) || t.text === '\u201D' || t.text === '"') return 'quote';
  if (t.lower === 'and' || t.lower === 'but') return 'conj';
  if (t.lower === 'who' || t.lower === 'that' || t.lower === 'which') return 'relative';
  if (t.lower === 'to') return 'to';
  if (PERSONAL.has(t.lower)) return 'pronoun';
  const type = c.entityTypeAt(t.start);
  if (type === 'person') return 'person';
  if (type === 'organization' || type === 'armed_group' || type === 'media') return 'org';
  if (type) return 'place';
  if (ROLE_NOUNS.has(t.lower)) return 'role';
  if (t.pos === 'PROPN') return 'propn';
  if (t.pos === 'NOUN') return 'noun';
  if (t.pos === 'PRON') return 'pron-other';
  return `tag-${t.pos}`;
}

/** What follows the cue (after one particle or adverb). */
function followClass(c: CueContext, k: number): string {
  const tokens = c.tokens;
  let j = k + 1;
  if (tokens[j]?.pos === 'ADV' && j < c.segEnd) j++;
  const t = tokens[j];
  if (!t || j >= c.segEnd) return 'end';
  if (t.lower === 'that') return 'that';
  if (t.text === ':') return 'colon';
  if (OPEN.has(t.text)) return 'quote';
  if (t.lower === 'to') return tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX' ? 'to-inf' : 'to-np';
  if (WH_WORDS.has(t.lower)) return 'wh';
  if (t.text === ',') return 'comma';
  if (t.pos === 'PUNCT') return 'punct';
  if (t.pos === 'ADP') return 'adp';
  if (t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM') {
    // a noun object then a that-clause or infinitive: "urged lawmakers to", "told the crowd that"
    for (let m = j + 1; m < Math.min(c.segEnd, j + 5); m++) {
      const w = tokens[m]!;
      if (w.lower === 'that') return 'np-that';
      if (w.lower === 'to' && tokens[m + 1]?.pos === 'VERB') return 'np-to';
      if (w.pos === 'VERB' || w.pos === 'PUNCT') break;
    }
    return 'np';
  }
  if (t.pos === 'PRON') return 'pron';
  return `tag-${t.pos}`;
}

/** The claim the verb machinery would make of a candidate, before the model decides on it. */
export interface CueProposal {
  /** token index of the speaker's head, or where the speaker comes from */
  speaker: number | 'shared' | 'none';
  content: Span;
  quote: Claim['quote'];
  /** makes the claim, its explanation carrying `note` */
  take: (note: string) => void;
}

/** How the claim stage runs the model: the training script sees every candidate and may try its own weights. */
export interface CueOptions {
  /** another model (and threshold) than the shipped one */
  model?: CueModel;
  /** called for each candidate the rules left alone that would make a claim, with its features and probability */
  onCandidate?: (k: number, features: string[], p: number, proposal: CueProposal) => void;
  /** called for each verb cue a rule took, with its features and the veto model's probability that it is right */
  onRuleCue?: (k: number, features: string[], p: number, content: Span) => void;
}

/** A rule's claim as the veto reads it. */
export interface VetoDraft {
  cueTokens: [number, number];
  speaker: { head: number } | null;
  speakerFrom?: unknown;
  content: Span;
  quote: Claim['quote'];
  rule: string;
}

/** The rules whose cue is one verb, which the veto model judges. */
const VETOABLE = new Set(['verb-cue', 'inverted-verb-cue', 'coordinated-cue', 'participle-cue']);

/**
 * The rule claims the veto model finds unlikely: verb cues whose context (the same features as the
 * learnt cues', with the rule's name) rarely made a claim in the training articles. A claim another
 * one takes its speaker from stays, and so does one inside a quotation.
 */
export function ruleCueVetoes<T extends VetoDraft>(d: CueDoc, drafts: readonly T[], options: CueOptions): Set<T> {
  const vetoed = new Set<T>();
  const source = options.model ? options.model.veto : shippedModel.veto;
  if (!source && !options.onRuleCue) return vetoed;
  const m = source ? compile(source) : compile({ bias: 0, threshold: 0, features: [], weights: [] });
  const owners = new Set(drafts.map((x) => x.speakerFrom).filter(Boolean));
  const perSegment = new Map<number, number>();
  for (const x of drafts) {
    const seg = d.segStart[x.cueTokens[0]]!;
    perSegment.set(seg, (perSegment.get(seg) ?? 0) + 1);
  }
  const entityTypeAt = entityLookup(d.entities);
  for (const x of drafts) {
    const k = x.cueTokens[0];
    if (!VETOABLE.has(x.rule) || x.cueTokens[1] !== k + 1 || owners.has(x)) continue;
    const t = d.tokens[k]!;
    // a claim told inside a quotation is one the news annotators leave out and a report's reader wants:
    // the training articles cannot judge it
    if (quoteAt(d.quotes, t.start) >= 0) continue;
    const c: CueContext = {
      tokens: d.tokens,
      segStart: d.segStart[k]!,
      segEnd: d.segEnd[k]!,
      inQuote: false,
      segmentHasClaim: (perSegment.get(d.segStart[k]!) ?? 0) > 1,
      entityTypeAt,
    };
    const speaker = x.speaker ? x.speaker.head : x.speakerFrom ? 'shared' : 'none';
    const features = [
      ...cueFeatures(c, k),
      ...proposalFeatures(c, k, { speaker, content: x.content, quote: x.quote, take: () => {} }),
      `rule=${x.rule}`,
    ];
    const p = probability(m, features);
    options.onRuleCue?.(k, features, p, x.content);
    if (source && p < m.threshold) vetoed.add(x);
  }
  return vetoed;
}

/** The entity type at a character offset, by binary search over the mentions. */
function entityLookup(entities: Entity[]): (offset: number) => Entity['type'] | undefined {
  const mentions = entities
    .flatMap((e) => e.mentions.map(([start, end]) => ({ start, end, type: e.type })))
    .sort((x, y) => x.start - y.start);
  return (offset) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    // mentions do not nest deeply: the few starting before the offset are enough to look at
    for (let j = lo - 1; j >= 0 && j >= lo - 4; j--) if (offset < mentions[j]!.end) return mentions[j]!.type;
    return undefined;
  };
}

/** The parts of the claim stage's document the learnt pass reads. */
interface CueDoc {
  tokens: Token[];
  quotes: Quote[];
  segStart: Int32Array;
  segEnd: Int32Array;
  entities: Entity[];
}

/**
 * Runs the model over the verbs no rule cue took, after the rules (so that whether a segment already
 * holds a claim is known). `propose` runs the verb machinery on a candidate as if it were a cue; a
 * proposal above the threshold is taken, its explanation naming the probability and heaviest features.
 */
export function learntCues(
  d: CueDoc,
  drafts: readonly { cueTokens: [number, number] }[],
  cueTaken: Uint8Array,
  options: CueOptions,
  propose: (k: number) => CueProposal | null,
): void {
  const m = options.model ? compile(options.model) : shipped;
  if (m.features.size === 0 && !options.onCandidate) return;
  const claimSegments = new Set<number>();
  for (const draft of drafts) claimSegments.add(d.segStart[draft.cueTokens[0]]!);
  const entityTypeAt = entityLookup(d.entities);
  for (let k = 0; k < d.tokens.length; k++) {
    const t = d.tokens[k]!;
    if (cueTaken[k] || !isCueCandidate(t)) continue;
    const c: CueContext = {
      tokens: d.tokens,
      segStart: d.segStart[k]!,
      segEnd: d.segEnd[k]!,
      inQuote: quoteAt(d.quotes, t.start) >= 0,
      segmentHasClaim: claimSegments.has(d.segStart[k]!),
      entityTypeAt,
    };
    const features = cueFeatures(c, k);
    // the verb alone already rules most candidates out: no need to run the machinery on them
    if (!options.onCandidate && probability(m, features) < m.threshold / 4) continue;
    const proposal = propose(k);
    if (!proposal) continue;
    features.push(...proposalFeatures(c, k, proposal));
    const p = probability(m, features);
    options.onCandidate?.(k, features, p, proposal);
    if (p >= m.threshold) proposal.take(`p=${p.toFixed(2)}, top features ${topFeatures(m, features).join(', ')}`);
  }
}

/** What the claim made of the candidate would be: its speaker's kind, content length and place, quote. */
function proposalFeatures(c: CueContext, k: number, proposal: CueProposal): string[] {
  const l = c.tokens[k]!.lemma;
  const speaker = typeof proposal.speaker === 'number' ? subjectClass(c, proposal.speaker) : proposal.speaker;
  const [s, e] = proposal.content;
  let n = 0;
  // content lies next to the cue: walk out from it rather than over the whole document
  const from = e <= c.tokens[k]!.start ? 0 : k;
  const to = e <= c.tokens[k]!.start ? k : c.tokens.length;
  let j = e <= c.tokens[k]!.start ? k - 1 : k + 1;
  const step = e <= c.tokens[k]!.start ? -1 : 1;
  while (j >= from && j < to) {
    const t = c.tokens[j]!;
    if (t.start >= s && t.end <= e) n++;
    else if (n > 0) break;
    j += step;
  }
  const length = n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 12 ? '6-12' : n <= 30 ? '13-30' : '31+';
  const before = e <= c.tokens[k]!.start;
  const wn = verbClass(l);
  return [
    `spk=${speaker}`,
    `l|spk=${l}|${speaker}`,
    `wn|spk=${wn}|${speaker}`,
    `wn|clen=${wn}|${length}`,
    ...(speaker === 'noun' ? [`spkn=${nounClass(c.tokens[proposal.speaker as number]!)}`] : []),
    `clen=${length}`,
    `l|clen=${l}|${length}`,
    `quote=${proposal.quote}`,
    ...(before ? ['content-before'] : []),
  ];
}

/**
 * Where a learnt cue's content begins when the rules would begin it right after the verb: past a
 * preposition or a short noun and preposition that belong to the stance ("voted against", "took aim
 * at", "made the case for"), when a content follows them in the segment.
 */
export function learntContentStart(tokens: Token[], k: number, start: number, segEnd: number): number {
  if (start !== k + 1) return start;
  const first = tokens[start];
  if (!first) return start;
  if (first.pos === 'ADP' && first.lower !== 'that' && start + 1 < segEnd) return start + 1;
  let j = start;
  if (tokens[j]?.pos === 'DET') j++;
  if (tokens[j]?.pos === 'NOUN' && tokens[j + 1]?.pos === 'ADP' && tokens[j + 1]!.lower !== 'of' && j + 2 < segEnd)
    return j + 2;
  return start;
}

/** The features of candidate token k: short names, each true when present. */
export function cueFeatures(c: CueContext, k: number): string[] {
  const tokens = c.tokens;
  const t = tokens[k]!;
  const l = t.lemma;
  const f: string[] = [`l=${l}`];
  let p = k - 1;
  let aux: string | null = null;
  let negated = false;
  while (p >= c.segStart) {
    const w = tokens[p]!;
    if (NEGATIONS.has(w.lower)) negated = true;
    else if (MODAL_AUXILIARIES.has(w.lower)) aux ??= 'modal';
    else if (PERFECT.has(w.lower)) aux ??= 'perfect';
    else if (!(w.pos === 'ADV' || w.pos === 'AUX' || SKIP_LEFT.has(w.lower))) break;
    p--;
  }
  const subject = subjectClass(c, p);
  const follow = followClass(c, k);
  const next = tokens[k + 1];
  const nextWord = next && k + 1 < c.segEnd && FUNCTION_NEXT.has(next.lower) ? next.lower : next ? next.pos : 'END';
  const tn = tense(t, aux);
  f.push(
    `subj=${subject}`,
    `follow=${follow}`,
    `tense=${tn}`,
    `l|subj=${l}|${subject}`,
    `l|follow=${l}|${follow}`,
    `l|next=${l}|${nextWord}`,
    `subj|follow=${subject}|${follow}`,
    `prevtag=${tokens[k - 1]?.pos ?? 'START'}`,
    `nexttag=${next?.pos ?? 'END'}`,
  );
  const next2 = tokens[k + 2];
  if (next && next2 && k + 2 < c.segEnd && FUNCTION_NEXT.has(next2.lower)) f.push(`next2=${nextWord}|${next2.lower}`);
  if (negated) f.push('neg', `l|neg=${l}`);
  if (c.inQuote) f.push('inquote', `l|inquote=${l}`);
  if (c.segmentHasClaim) f.push('segclaim', `follow|segclaim=${follow}`);
  if (CUE_LEMMAS.has(l)) f.push('lexicon', `lexicon|follow=${follow}`);
  if (k === c.segStart) f.push('first');
  if (/^[A-Z]/.test(t.text)) f.push('cap');
  if (tn === 'ing' && tokens[k - 1]?.text === ',') f.push('comma-ing');
  const wn = verbClass(l);
  f.push(`wn=${wn}`, `wn|follow=${wn}|${follow}`, `wn|subj=${wn}|${subject}`, `wn|next=${wn}|${nextWord}`);
  for (const other of verbClasses(l)) f.push(`wnany=${other}`);
  if (negated) f.push(`wn|neg=${wn}`);
  if (c.inQuote) f.push(`wn|inquote=${wn}`);
  if (subject === 'noun') {
    const kind = nounClass(tokens[p]!);
    f.push(`subjn=${kind}`, `wn|subjn=${wn}|${kind}`);
  }
  return f;
}

/** What a common noun names ("person", "group", "communication"): an aide or a panel can hold a view, a plan cannot. */
function nounClass(t: Token): string {
  return nounClasses(t.lemma)[0] ?? 'none';
}

/** A verb's most frequent WordNet class, the one its rare and unseen lemmas are judged by. */
function verbClass(lemma: string): string {
  return verbClasses(lemma)[0] ?? 'none';
}

interface Compiled {
  bias: number;
  threshold: number;
  features: Map<string, number>;
}

function compile(m: CueModel): Compiled {
  const features = new Map<string, number>();
  for (let i = 0; i < m.features.length; i++) features.set(m.features[i]!, m.weights[i] ?? 0);
  return { bias: m.bias, threshold: m.threshold, features };
}

const shippedModel = model as CueModel;
const shipped = compile(shippedModel);

/** The model's probability that the candidate is a cue. */
function probability(m: Compiled, features: readonly string[]): number {
  let z = m.bias;
  for (const name of features) z += m.features.get(name) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The heaviest features, for the explanation of a cue that was taken. Kept apart from `probability`:
 * most candidates are scored and dropped, and sorting and formatting for each of them was half the
 * learnt pass's time.
 */
function topFeatures(m: Compiled, features: readonly string[]): string[] {
  const parts: [string, number][] = [];
  for (const name of features) {
    const w = m.features.get(name);
    if (w !== undefined) parts.push([name, w]);
  }
  parts.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  return parts.slice(0, 3).map(([name, w]) => `${name} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`);
}
