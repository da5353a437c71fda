/**
 * Event mentions: every place in the text where a trigger announces an
 * event, with its clause (the evidence), the stretch of text it owns (so a
 * date or place modifying "the January 3 bombings" is not also given to the
 * arrest in the same sentence), and whether it is hypothetical or anaphoric.
 */
import type { EventType, Span } from '../contract.js';
import type { Analysis, Token } from '../nlp.js';
import { TRIGGERS_BY_FIRST_WORD, type TriggerEntry, type TriggerKind } from './lexicon.js';

export interface EventMention {
  type: EventType;
  subtype?: string;
  kind: TriggerKind;
  /** the trigger lexicon entry that matched, in its base form ("open fire") */
  phrase: string;
  /** token range of the trigger words, end exclusive */
  first: number;
  last: number;
  trigger: Span;
  sentence: number;
  /** the clause around the trigger */
  evidence: Span;
  /** the stretch whose dates, places and names belong to this mention first */
  region: Span;
  /** "the attack", "these bombings": refers back to an event already told */
  anaphoric: boolean;
  secondary: boolean;
  /** the verb is passive ("were kidnapped"): the agent follows "by" */
  passive: boolean;
}

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'its', 'their', 'his', 'her', 'said']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '"', '“', '”', '(', ')', '[', ']', '--', '—', '–', '.', '!', '?']);
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'although',
  'though',
  'where',
  'whereas',
  'if',
]);
// words before a trigger that make it hypothetical, planned, prevented or denied
const IRREALIS_BEFORE = new Set([
  'possible',
  'potential',
  'imminent',
  'impending',
  'planned',
  'plan',
  'plans',
  'planning',
  'plot',
  'plotted',
  'prepare',
  'preparing',
  'prepared',
  'preparation',
  'would',
  'could',
  'might',
  'should',
  'will',
  'shall',
  'wo',
  'to',
  'not',
  "n't",
  'never',
  'no',
  // a subject that denies the event: "nobody was arrested", "neither the army nor the rebels claimed it"
  'nobody',
  'nor',
  'prevent',
  'prevented',
  'foil',
  'foiled',
  'thwart',
  'thwarted',
  'avert',
  'averted',
  'future',
  'new',
  'further',
  'threat',
  'threats',
  'threatened',
  'threatening',
  'attempted',
  'failed',
  'avoid',
]);
const NEG_AFTER_NOUN = new Set(['threat', 'threats', 'plot', 'plots', 'plan', 'plans', 'warning', 'warnings', 'risk']);
// "attack helicopter", "bomb squad", "detention centre": the trigger word names a thing, not an event
const NOT_EVENT_AFTER = new Set([
  'helicopter',
  'helicopters',
  'aircraft',
  'plane',
  'planes',
  'jet',
  'jets',
  'submarine',
  'dog',
  'dogs',
  'squad',
  'squads',
  'shelter',
  'shelters',
  'threat',
  'threats',
  'scare',
  'center',
  'centre',
  'centers',
  'centres',
  'facility',
  'facilities',
  'camp',
  'camps',
  'warrant',
  'warrants',
  'rifle',
  'rifles',
  'weapons',
  'factory',
  'factories',
  'maker',
  'makers',
  'disposal',
  'expert',
  'experts',
  'unit',
  'units',
  'down',
  'out',
]);
const NOT_EVENT_BEFORE = new Set(['heart', 'panic', 'anxiety', 'asthma', 'sexual', 'in', 'under']);
// prepositions before an -ing form make it a gerund: "responsible for killing", "after bombing"
const GERUND_AFTER = new Set(['for', 'of', 'after', 'before', 'since', 'by', 'in']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets', 'getting']);
const ADVERB_LIKE = /ly$/;

function matchTrigger(tokens: Token[], k: number): { entry: TriggerEntry; last: number } | null {
  const head = tokens[k];
  if (!head) return null;
  const candidates = TRIGGERS_BY_FIRST_WORD.get(head.lower);
  if (!candidates) return null;
  const matches: { entry: TriggerEntry; last: number }[] = [];
  for (const entry of candidates) {
    // "took two nurses hostage": the rest of a gapped phrase may follow a few words on, within the clause
    for (let skip = 0; skip <= (entry.gap ?? 0); skip++) {
      const at = (w: number) => k + w + (w > 0 ? skip : 0);
      if (skip > 0 && CLAUSE_PUNCT.has(tokens[k + skip]?.text ?? '')) break;
      let ok = true;
      for (let w = 1; w < entry.words.length; w++) {
        const t = tokens[at(w)];
        if (!t || t.sentence !== head.sentence || t.lower !== entry.words[w]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        matches.push({ entry, last: at(entry.words.length - 1) });
        break;
      }
    }
  }
  if (matches.length === 0) return null;
  const longest = Math.max(...matches.map((m) => m.entry.words.length));
  const best = matches.filter((m) => m.entry.words.length === longest);
  const prev = tokens[k - 1];
  const next = tokens[Math.max(...best.map((m) => m.last)) + 1];
  // "the assassinated leader", "a murdered priest": a participle describing a person, not the event told
  if (
    best.every((m) => m.entry.kind === 'verb') &&
    /(ed|ing)$/.test(head.lower) &&
    prev &&
    (DETERMINERS.has(prev.lower) || prev.lower === 'a' || prev.lower === 'an') &&
    next &&
    next.sentence === head.sentence &&
    !['of', 'by', 'in', 'on', 'at'].includes(next.lower) &&
    /^[a-z]/i.test(next.text)
  )
    return null;
  if (best.length === 1) return best[0] ?? null;
  // same words as verb and noun ("attack", "bombing"): the context decides
  const nounContext =
    head.pos === 'NOUN' ||
    (prev !== undefined &&
      prev.sentence === head.sentence &&
      (DETERMINERS.has(prev.lower) ||
        ['a', 'an', 'of', 'for', 'in', 'after', 'before', 'during', 'since'].includes(prev.lower) ||
        prev.pos === 'ADJ' ||
        prev.pos === 'NUM' ||
        prev.lower.endsWith("'s")));
  const verbContext = (head.pos === 'VERB' && !nounContext) || prev?.lower === 'to';
  const want: TriggerKind = verbContext ? 'verb' : nounContext ? 'noun' : head.lower.endsWith('ed') ? 'verb' : 'noun';
  const chosen = best.find((m) => m.entry.kind === want);
  if (chosen) return chosen;
  // a verb form after a determiner is an adjective ("the murdering battalions") or a bare gerund
  if (want === 'noun' && prev && DETERMINERS.has(prev.lower)) return null;
  return best[0] ?? null;
}

function isIrrealis(tokens: Token[], first: number, last: number, kind: TriggerKind): boolean {
  const sentence = tokens[first]?.sentence;
  // look back over at most six words within the clause
  for (let j = first - 1, seen = 0; j >= 0 && seen < 6; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) break;
    if (CLAUSE_PUNCT.has(t.text)) break;
    if (IRREALIS_BEFORE.has(t.lower)) {
      // "to" only marks an infinitive before a verb ("planned to attack"), not "related to the bombings"
      if (t.lower === 'to' && (kind !== 'verb' || seen > 0)) {
        seen++;
        continue;
      }
      // "no attack", and a denied subject: "no one has been detained", "no group has yet claimed it"
      if (t.lower === 'no' && seen > 0) return onlyAuxiliariesBetween(tokens, j + 2, first);
      // "a new attack ... was carried out this morning": the next one of a series, told as done
      if (kind === 'noun' && NEXT_OF_SERIES.has(t.lower) && toldAsDone(tokens, last)) return false;
      // "members of this new movement attacked": an adjective before a verb qualifies its subject
      if (kind === 'verb' && ADJECTIVES_OF_THE_NOUN.has(t.lower)) {
        seen++;
        continue;
      }
      return true;
    }
    seen++;
  }
  const next = tokens[last + 1];
  if (next && next.sentence === sentence && kind === 'noun' && NEG_AFTER_NOUN.has(next.lower)) return true;
  return false;
}

// "new" or "further" attacks are usually threatened ones, unless the sentence tells them as done
const NEXT_OF_SERIES = new Set(['new', 'further']);
const ADJECTIVES_OF_THE_NOUN = new Set(['new', 'further', 'future', 'possible', 'potential', 'imminent', 'impending']);
const DONE_VERBS = new Set(['occurred', 'happened', 'perpetrated', 'staged', 'caused', 'killed', 'destroyed', 'left']);

/** The sentence goes on to tell the event as done: "... occurred", "... was carried out", "... took place". */
function toldAsDone(tokens: Token[], last: number): boolean {
  const sentence = tokens[last]?.sentence;
  for (let j = last + 1; j < tokens.length && j - last <= 25; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) return false;
    if (DONE_VERBS.has(t.lower)) return true;
    const next = tokens[j + 1]?.lower;
    if ((t.lower === 'carried' && next === 'out') || (t.lower === 'took' && next === 'place')) return true;
  }
  return false;
}

const AUXILIARIES = new Set(['have', 'has', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", "'ve"]);
const STILL = new Set(['yet', 'ever', 'so', 'far', 'also', 'reportedly']);

/** Tokens from..to (exclusive) are auxiliaries and adverbs of time only: the subject's verb comes next. */
function onlyAuxiliariesBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (!AUXILIARIES.has(w) && !STILL.has(w)) return false;
  }
  return true;
}
const PRONOUN_HEADS = new Set([
  'those',
  'these',
  'people',
  'persons',
  'men',
  'women',
  'anyone',
  'all',
  'some',
  'many',
  'most',
  'others',
  'one',
  '(',
]);

/**
 * "those arrested", "the suspects detained in Iran": a participle that
 * describes people by a past arrest, not a report of the arrest itself.
 */
function isReducedRelative(tokens: Token[], first: number, last: number, entry: TriggerEntry): boolean {
  if (entry.kind !== 'verb' || (entry.type !== 'arrest' && entry.type !== 'detention')) return false;
  const head = tokens[first];
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  if (!head || !/ed$/.test(head.lower) || !prev || prev.sentence !== head.sentence) return false;
  if (AUXILIARIES.has(prev.lower)) return false;
  if (PRONOUN_HEADS.has(prev.lower)) return true;
  const objectFollows =
    next !== undefined &&
    next.sentence === head.sentence &&
    !['ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(next.pos) &&
    !CLAUSE_PUNCT.has(next.text);
  return !objectFollows && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /s$/.test(prev.lower);
}

const MANY = new Set([
  'several',
  'many',
  'numerous',
  'dozens',
  'hundreds',
  'scores',
  'countless',
  'various',
  'multiple',
  'frequent',
  'repeated',
  'recent',
  'external',
  'constant',
  'continued',
  'terrorist',
  'guerrilla',
]);

/** "10 bomb attacks over the past days", "numerous attacks": a tally of events, not one of them. */
function isAggregate(tokens: Token[], first: number, last: number, entry: TriggerEntry): boolean {
  const head = tokens[last];
  if (entry.kind !== 'noun' || !head || !/s$/.test(head.lower)) return false;
  for (let j = first - 1; j >= 0 && first - j <= 3; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== head.sentence) break;
    if (MANY.has(t.lower) && t.lower !== 'terrorist' && t.lower !== 'guerrilla') return true;
    const monthBefore = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(tokens[j - 1]?.lower ?? '');
    if (/^\d+$/.test(t.text) && Number(t.text) >= 3 && Number(t.text) < 1900 && !monthBefore) return true;
    if (['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].includes(t.lower)) return true;
    // upper-case copy mistags nouns as verbs: only punctuation and determiners end the noun phrase here
    if (CLAUSE_PUNCT.has(t.text) || DETERMINERS.has(t.lower) || t.lower === 'a' || t.lower === 'an') break;
  }
  return false;
}

function clauseStart(tokens: Token[], first: number, kind: TriggerKind): number {
  const sentence = tokens[first]?.sentence;
  let start = first;
  const limit = kind === 'noun' ? 6 : 14;
  for (let j = first - 1; j >= 0 && first - j <= limit; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) break;
    if (CLAUSE_PUNCT.has(t.text) && !(t.text === ',' && /^\d/.test(tokens[j + 1]?.text ?? ''))) break;
    if (CLAUSE_WORDS.has(t.lower)) break;
    if (kind === 'noun') {
      // a noun trigger owns its modifiers ("the January 3 double bombings"), not the verb before them
      if (['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PRON'].includes(t.pos) && !/^\d/.test(t.text)) break;
      if (DETERMINERS.has(t.lower) || t.lower === 'a' || t.lower === 'an') break;
    }
    start = j;
  }
  return start;
}

function clauseEnd(tokens: Token[], last: number): number {
  const sentence = tokens[last]?.sentence;
  let end = last;
  for (let j = last + 1; j < tokens.length && j - last <= 20; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) break;
    if (CLAUSE_PUNCT.has(t.text)) break;
    // "kidnapped in Colombia and released today": a second verb starts another clause
    const following = tokens[j + 1];
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      following &&
      (following.pos === 'VERB' || /ed$/.test(following.lower))
    )
      break;
    end = j;
  }
  return end;
}

function isPassive(tokens: Token[], first: number): boolean {
  const head = tokens[first];
  if (!head || !/(ed|en|nt|shot|held|taken|slain)$/.test(head.lower)) return false;
  for (let j = first - 1; j >= 0 && first - j <= 3; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== head.sentence) return false;
    if (BE.has(t.lower)) return true;
    if (!ADVERB_LIKE.test(t.lower) && t.lower !== 'not' && t.lower !== 'reportedly' && t.lower !== 'also') return false;
  }
  return false;
}

/** All event trigger mentions in document order (hypothetical ones left out). */
export function findEventMentions(a: Analysis, skip: Span[] = []): EventMention[] {
  const tokens = a.tokens;
  const out: EventMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // most tokens start no trigger: matchTrigger would give up on the same look-up
    if (!t || !TRIGGERS_BY_FIRST_WORD.has(t.lower)) continue;
    if (skip.some(([s, e]) => t.start >= s && t.end <= e)) continue;
    const m = matchTrigger(tokens, k);
    if (!m) continue;
    const { entry, last } = m;
    const next = tokens[last + 1];
    const prev = tokens[k - 1];
    if (next && next.sentence === t.sentence && NOT_EVENT_AFTER.has(next.lower)) continue;
    if (prev && prev.sentence === t.sentence && NOT_EVENT_BEFORE.has(prev.lower) && entry.kind === 'noun') continue;
    // "charged" is a court action only when someone is charged with something
    if (entry.subtype === 'charge' && !tokens.slice(last + 1, last + 5).some((x) => x.lower === 'with')) continue;
    if (isReducedRelative(tokens, k, last, entry)) {
      k = last;
      continue;
    }
    if (isAggregate(tokens, k, last, entry)) {
      k = last;
      continue;
    }
    if (isIrrealis(tokens, k, last, entry.kind)) {
      k = last;
      continue;
    }
    // "those responsible for killing him", "after the killing": a gerund names the act, as a noun does
    const gerund =
      entry.kind === 'verb' &&
      /ing$/.test(t.lower) &&
      prev !== undefined &&
      prev.sentence === t.sentence &&
      (DETERMINERS.has(prev.lower) || GERUND_AFTER.has(prev.lower));
    const kind: TriggerKind = gerund ? 'noun' : entry.kind;
    const startTok = clauseStart(tokens, k, kind);
    const endTok = clauseEnd(tokens, last);
    const first = tokens[startTok] ?? t;
    const end = tokens[endTok] ?? t;
    const determiner = prev && prev.sentence === t.sentence ? prev.lower : '';
    let anaphoric = false;
    if (kind === 'noun') {
      // look past adjectives for the determiner: "the deadly attack", "the January 3 attack" has a date, handled later
      let j = k - 1;
      while (j >= 0 && tokens[j]?.sentence === t.sentence && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[j]?.pos ?? ''))
        j--;
      const det = tokens[j];
      anaphoric =
        det !== undefined &&
        det.sentence === t.sentence &&
        (DETERMINERS.has(det.lower) || det.lower.endsWith("'s") || DETERMINERS.has(determiner));
    }
    out.push({
      type: entry.type,
      ...(entry.subtype ? { subtype: entry.subtype } : {}),
      kind,
      phrase: entry.phrase,
      first: k,
      last,
      trigger: [t.start, tokens[last]?.end ?? t.end],
      sentence: t.sentence,
      evidence: [first.start, end.end],
      region: [first.start, end.end],
      anaphoric,
      secondary: entry.secondary === true,
      passive: kind === 'verb' && isPassive(tokens, k),
    });
    k = last;
  }
  // a mention's region stops where the next trigger of its sentence starts
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    const n = out[i + 1];
    if (m && n && n.sentence === m.sentence && n.evidence[0] < m.region[1] && n.evidence[0] > m.trigger[1]) {
      m.region = [m.region[0], n.evidence[0]];
    }
  }
  return out;
}
