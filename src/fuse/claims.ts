/**
 * Propositions, sources and contradictions of attributed claims. Pure.
 *
 * A claim's proposition is its content reduced to a bag of stems without
 * stopwords, with entity mentions replaced by canonical entity tokens (`@E12`),
 * negation stripped into the polarity, numbers and places lifted out as slot
 * values. Two claims state the same proposition when their bags are similar
 * (token Jaccard) and their slots agree; they contradict when one denies what
 * the other affirms, when the same frame carries exclusive values (flee to
 * Ukraine / to Belarus; 40 dead / 143 dead reported at the same time), or when
 * they name different perpetrators for the same thing.
 *
 * A claim's source is what makes it independent: a named speaker (the same
 * official quoted by five outlets is one source), else the outlet it was taken
 * from (`via`: five outlets repeating "according to Reuters" are one), else for
 * anonymous speakers the document (two anonymous officials in one article are one).
 *
 * Public surface: `propositionOf`, `sourceKeyOf`, `sameProposition`, `compareClaims`, `mayConflict`,
 * `contradictionsInDocument`, `Proposition`, `ClaimFacts`, `ClaimConflict`, `MentionSpan`.
 */
import type { Claim, Contradiction, EntityType, Extraction } from '../extract/contract.js';
import { firstAbove } from '../sorted.js';
import { jaccard, NEGATIONS, normName, numberValue, STOPWORDS, stem } from './text.js';

export interface MentionSpan {
  start: number;
  end: number;
  /** canonical entity id */
  entity: string;
  type: EntityType;
}

export interface Proposition {
  /** sorted, unique: stems and `@entity` tokens, no numbers, no negation */
  tokens: string[];
  /** tokens minus the slot values: what is said, without where, how many or who did it */
  frame: string[];
  places: string[];
  numbers: number[];
  /** perpetrators, only filled when the frame is about responsibility */
  actors: string[];
  responsibility: boolean;
  polarity: 'affirm' | 'deny';
  /** the extractor saw a denial (a cue like "denied"), not only a "not" somewhere in the words */
  denial: boolean;
  /**
   * Where the claim says someone fled, or meant to go ("escape to X", "cross the border
   * into X", "make their way to X"): place tokens. Absent in propositions of older snapshots.
   */
  destinations?: string[];
  /** the destinations that are countries: a country and a town in it are not exclusive */
  countryDestinations?: string[];
  /** who flees: the head words of the subject, [] for a pronoun or when unsaid */
  movers?: string[];
  /**
   * Entities the claim says were involved ("X's involvement", "X was behind", "X organised",
   * or a flight to X where help "had been prepared"): asserted when affirmed, denied when denied.
   */
  involved?: string[];
}

export interface ClaimFacts {
  /** globally unique: `document:claimId` (or the local id inside one document) */
  id: string;
  document: string;
  /** publication day number of the document, or null */
  day: number | null;
  speaker: string;
  content: string;
  source: string;
  prop: Proposition;
  /** the claim is hedged ("allegedly", "may have"): shown in reasons, never a reason to drop a conflict */
  hedged?: boolean;
}

export type ConflictKind = 'denial' | 'place' | 'number' | 'responsibility';
/**
 * The rules, by name (the `rule` of a contradiction's explanation):
 * `denial-vs-assertion` (the same proposition, one side denying it),
 * `denial-vs-assertion:involvement` (a denial of X's involvement against a claim that says or
 * implies it), `exclusive-values:destination` (fled to X / to Y), `exclusive-values:place`
 * (the same statement with another place), `exclusive-values:count` (different figures at the
 * same time), `responsibility-conflict` (different perpetrators).
 */
export type ConflictRule =
  | 'denial-vs-assertion'
  | 'denial-vs-assertion:involvement'
  | 'exclusive-values:destination'
  | 'exclusive-values:place'
  | 'exclusive-values:count'
  | 'responsibility-conflict';
export interface ClaimConflict {
  kind: ConflictKind;
  rule: ConflictRule;
  reason: string;
  /** what matched, for the explanation */
  detail: string;
}

const PLACE_TYPES = new Set<EntityType>(['location', 'country', 'facility']);
const ACTOR_TYPES = new Set<EntityType>(['armed_group', 'organization', 'person', 'other']);
const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my', 'ours']);
// All the ways of pinning an act on someone become one token, so that
// "was behind the attack" and "is responsible for the attack" share a frame.
const RESPONSIBILITY = new Set(['responsibl', 'responsibility', 'behind', 'blam', 'blame', 'perpetrat', 'orchestrat']);
const RESP = 'RESP';
const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(
    ' ',
  ),
);
// "who asked not to be named": the words of anonymity carry a "not" that negates nothing said
const ANONYMITY =
  /\b(?:(?:who )?(?:asked|requested|spoke on condition) )?not to be (?:named|identified)\b|\bon condition of anonymity\b/gi;
// every match of ANONYMITY holds one of these: a claim without them has nothing to blank out
const ANONYMITY_WORDS = /not to be |anonymity/i;
const QUALIFIER_WORDS = new Set(['least', 'about', 'around', 'nearly', 'almost', 'approximately', 'some', 'over']);

// A flight and where to: "escape to X", "fled into X", "slipped into X", "ran away to X",
// "cross the border with X", "crossed into X". Tested on the claim's words just before a place.
// "headed to X", "made their way to X", "ran to X" are as often travel as flight: they count
// only when the claim says who moves and it is the attackers ("the gunmen headed for X").
const STRONG_FLIGHT =
  '(?:escap(?:e|es|ed|ing)|fle(?:e|es|eing|d)|r[au]n(?:s|ning)? (?:away|off)|slip(?:s|ped|ping)?|sneak(?:s|ed|ing)?|(?:get|got|getting) away|defect(?:s|ed|ing)?)';
const WEAK_FLIGHT = '(?:r[au]n(?:s|ning)?|head(?:s|ed|ing)?|ma(?:ke|kes|de|king) (?:their|his|her|its|a) way)';
const flightTo = (verb: string) =>
  new RegExp(
    `\\b${verb}\\b(?:\\s+(?!to\\b|towards?\\b|into\\b|and\\b|but\\b|or\\b)[\\w'’-]+){0,3}?\\s+(?:to|towards?|into|for)\\s+(?:the\\s+)?$`,
    'i',
  );
const FLIGHT_TO = flightTo(STRONG_FLIGHT);
const WEAK_FLIGHT_TO = flightTo(WEAK_FLIGHT);
const CROSS_TO =
  /\b(?:cross(?:es|ed|ing)?\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|frontier)\s+(?:with|into|to)|cross(?:es|ed|ing)?\s+(?:over\s+)?into|across\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:border|frontier)\s+(?:into|to))\s+(?:the\s+)?$/i;
const FLIGHT_ANYWHERE = new RegExp(
  `\\b${STRONG_FLIGHT}\\b|\\b${WEAK_FLIGHT}\\b|\\bcross(?:es|ed|ing)?\\b|\\bacross\\s+the\\b`,
  'i',
);
// the subject of a flight stops at the first auxiliary, intention or adverb: "the attackers | had planned to"
const SUBJECT_STOP =
  /^(?:had|has|have|was|were|is|are|would|could|should|might|may|will|did|do|does|wanted|want|wants|planned|plans|plan|tried|tries|try|intended|intend|meant|hoped|sought|attempted|then|also|all|both|later|first|to|who|which|that)$/;
const PRONOUNS = new Set(['they', 'he', 'she', 'it', 'them', 'we', 'i', 'you', 'those', 'these']);
/** words naming the people an attack report is about: any two of them may be the same people */
const PERPETRATORS =
  /^(?:attackers?|gunm[ae]n|assailants?|suspects?|perpetrators?|terrorists?|militants?|shooters?|bombers?|killers?|men|fighters?|kidnappers?|hijackers?|culprits?|raiders?|insurgents?|accused)$/;
// help made ready at the destination implies the destination's involvement
const PREPARED =
  /\b(?:prepared|arranged|organi[sz]ed|set up|opened|ready|waiting|awaited|awaiting|helped|help|assisted|assistance|safe passage|corridor)\b/i;
// "X's involvement", "X was (not) involved / behind", "X (had) organised …", "X helped the gunmen", "X ordered the
// attack"; helping or ordering anything else ("helped evacuate civilians") is not involvement, and "X was helped"
// is the passive: X got help
const INVOLVEMENT_AFTER =
  /^(?:'s|’s)?\s+(?:involvement|complicity|participation|role|hand)\b|^\s+(?:was|were|is|are|had been|has been|have been)\s+(?:(?:also|directly|indirectly|allegedly|reportedly|not|never)\s+)?(?:involved|behind|complicit)\b|^\s+(?:(?:had|has|have)\s+)?(?:(?:also|directly|allegedly|reportedly)\s+)?(?:(?:organi[sz]ed|orchestrated|masterminded|sponsored|financed|funded)\b|(?:helped|assisted|aided|armed|sheltered|hid)\s+(?:the\s+)?(?:attackers?|gunm[ae]n|terrorists?|perpetrators?|assailants?|suspects?|militants?|bombers?|shooters?|killers?|them|him)\b|ordered\s+(?:the\s+)?(?:attack|bombing|shooting|assault|strike|killing|massacre|raid)s?\b)/i;
const INVOLVEMENT_BEFORE = /\b(?:involvement|complicity|participation|role|hand)\s+(?:of|by)\s+(?:the\s+)?$/i;

/** Lower-case words of a stretch of text. */
const wordList = (s: string): string[] => s.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];

/** The head words of whoever flees: [] for a pronoun or nothing said; perpetrator words stand for one another. */
function moversOf(before: string): string[] {
  const out: string[] = [];
  for (const w of wordList(before)) {
    if (SUBJECT_STOP.test(w) || /ly$/.test(w)) break;
    if (PRONOUNS.has(w)) return [];
    if (STOPWORDS.has(w)) continue;
    out.push(PERPETRATORS.test(w) ? 'PERP' : stem(w));
  }
  return [...new Set(out)].sort();
}

/** Destinations of flight, who flees, and who is said to be involved, from a claim's text and mentions. */
function flightAndInvolvement(
  text: string,
  cs: number,
  inside: readonly MentionSpan[],
): { destinations: string[]; countryDestinations: string[]; movers: string[]; involved: string[] } {
  const strong = new Set<MentionSpan>();
  const weak = new Set<MentionSpan>();
  const involved = new Set<string>();
  for (const m of inside) {
    const head = text.slice(0, m.start - cs);
    // the clause the place sits in: no further back than the last sentence break
    const lastBreak = Math.max(
      head.lastIndexOf('.'),
      head.lastIndexOf(';'),
      head.lastIndexOf('!'),
      head.lastIndexOf('?'),
    );
    const clause = head.slice(Math.max(lastBreak + 1, head.length - 90));
    if (PLACE_TYPES.has(m.type)) {
      if (FLIGHT_TO.test(clause) || CROSS_TO.test(clause)) strong.add(m);
      else if (WEAK_FLIGHT_TO.test(clause)) weak.add(m);
    }
    if (m.type === 'media') continue;
    const tail = text.slice(m.end - cs, m.end - cs + 60);
    if (INVOLVEMENT_AFTER.test(tail) || INVOLVEMENT_BEFORE.test(clause)) involved.add(`@${m.entity}`);
  }
  // the flight verb is only looked for when a place follows one
  const verb = strong.size || weak.size ? FLIGHT_ANYWHERE.exec(text) : null;
  const movers = verb ? moversOf(text.slice(0, verb.index)) : [];
  const all = [...strong, ...(movers.includes('PERP') ? weak : [])];
  const destinations = [...new Set(all.map((m) => `@${m.entity}`))].sort();
  const countryDestinations = [...new Set(all.filter((m) => m.type === 'country').map((m) => `@${m.entity}`))].sort();
  if (destinations.length && PREPARED.test(text)) for (const d of destinations) involved.add(d);
  return {
    destinations,
    countryDestinations,
    movers: destinations.length ? movers : [],
    involved: [...involved].sort(),
  };
}

interface WordPart {
  negation: boolean;
  firstPerson: boolean;
  carried: boolean;
  /** the stem the part adds, null for a stopword or qualifier */
  token: string | null;
  responsibility: boolean;
}
interface WordInfo {
  /** the word with curly apostrophes straightened and trailing commas and full stops dropped */
  w: string;
  /** ends in n't */
  nt: boolean;
  n: number | null;
  parts: WordPart[];
}
// what one word of a claim contributes to its proposition, which depends on the word alone;
// claims repeat words, so it is worked out once (cleared when it grows large)
const WORD_INFO = new Map<string, WordInfo>();

function wordInfo(raw: string): WordInfo {
  const known = WORD_INFO.get(raw);
  if (known) return known;
  const w = raw.replace(/[’]/g, "'").replace(/[,.]+$/, '');
  const bare = w.replace(/n't$/, '').replace(/'s$/, '');
  const n = numberValue(bare);
  const parts: WordPart[] = [];
  if (n === null)
    for (const part of bare.split(/[-']/)) {
      if (!part) continue;
      const negation = NEGATIONS.has(part);
      const skip = negation || STOPWORDS.has(part) || QUALIFIER_WORDS.has(part);
      const s = skip ? '' : stem(part);
      parts.push({
        negation,
        firstPerson: !negation && FIRST_PERSON.has(part),
        carried: !negation && /^carr(y|ies|ied|ying)$/.test(part),
        token: skip ? null : s,
        responsibility: !skip && (RESPONSIBILITY.has(s) || RESPONSIBILITY.has(part)),
      });
    }
  const info = { w, nt: w.endsWith("n't"), n, parts };
  if (WORD_INFO.size >= 50_000) WORD_INFO.clear();
  WORD_INFO.set(raw, info);
  return info;
}

/**
 * The proposition of one claim. `mentions` are the document's entity mentions
 * (any order) with canonical ids; `speakerEntity` is the speaker's canonical id.
 */
export function propositionOf(claim: Claim, mentions: MentionSpan[], speakerEntity: string | null): Proposition {
  const [cs, ce] = claim.content.span;
  const inside = mentions.filter((m) => m.start >= cs && m.end <= ce && m.end > m.start).sort(byPlace);
  return propositionWith(claim, inside, speakerEntity);
}

const byPlace = (a: MentionSpan, b: MentionSpan) => a.start - b.start || b.end - a.end;

/**
 * The mentions inside [cs, ce] of `sorted` (sorted by `byPlace`, a stable sort): the same list, in the
 * same order, as filtering the unsorted mentions and sorting the rest, since a stable sort keeps ties
 * in their first order either way. A binary search finds the first that may start inside.
 */
function mentionsInside(sorted: readonly MentionSpan[], cs: number, ce: number): MentionSpan[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as MentionSpan).start < cs) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionSpan[] = [];
  for (let k = lo; k < sorted.length; k++) {
    const m = sorted[k] as MentionSpan;
    if (m.start > ce) break;
    if (m.end <= ce && m.end > m.start) out.push(m);
  }
  return out;
}

/** `propositionOf` with the claim's mentions already picked out and sorted by `byPlace`. */
function propositionWith(claim: Claim, inside: MentionSpan[], speakerEntity: string | null): Proposition {
  const cs = claim.content.span[0];
  const text = claim.content.text;
  const tokens = new Set<string>();
  const places = new Set<string>();
  const actors = new Set<string>();
  const numbers: number[] = [];
  let negated = false;
  let firstPerson = false;
  let responsibility = false;
  let carried = false;
  const anonymity = ANONYMITY_WORDS.test(text);
  const words = (piece: string) => {
    let previous = '';
    const raws =
      (anonymity ? piece.replace(ANONYMITY, ' ') : piece).toLowerCase().match(/[a-z0-9][a-z0-9,.'’-]*/g) ?? [];
    for (let i = 0; i < raws.length; i++) {
      const info = wordInfo(raws[i] as string);
      const w = info.w;
      const before = previous;
      previous = w;
      if (info.nt) negated = !negated;
      const n = info.n;
      if (n !== null) {
        // "Oct 5", "2026", "9 p.m." are when, not how many
        const after = raws[i + 1] ?? '';
        const when = MONTHS.has(before) || /^(a\.?m|p\.?m|gmt|utc|hours?)\b/.test(after) || (n >= 1900 && n <= 2100);
        if (!when) numbers.push(n);
        continue;
      }
      for (const part of info.parts) {
        if (part.negation) {
          negated = !negated;
          continue;
        }
        if (part.firstPerson) firstPerson = true;
        if (part.carried) carried = true;
        if (part.token === null) continue;
        if (part.responsibility) {
          responsibility = true;
          tokens.add(RESP);
          continue;
        }
        tokens.add(part.token);
      }
    }
  };
  let at = cs;
  const entityTokens: { entity: string; type: EntityType }[] = [];
  for (const m of inside) {
    if (m.start < at) continue;
    words(text.slice(at - cs, m.start - cs));
    entityTokens.push({ entity: m.entity, type: m.type });
    at = m.end;
  }
  words(text.slice(at - cs));
  // "blamed X for the attack": the cue, not the content, says it is about responsibility
  for (const w of claim.cue.text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (RESPONSIBILITY.has(stem(w)) || RESPONSIBILITY.has(w)) {
      responsibility = true;
      tokens.add(RESP);
    }
  }
  if (carried) {
    tokens.delete('carri');
    tokens.delete('carry');
    responsibility = true;
    tokens.add(RESP);
  }
  let hasAgent = false;
  for (const e of entityTokens) {
    const t = `@${e.entity}`;
    tokens.add(t);
    if (PLACE_TYPES.has(e.type)) places.add(t);
    else if (ACTOR_TYPES.has(e.type)) {
      hasAgent = true;
      actors.add(t);
    }
  }
  const deny = claim.polarity === 'deny';
  // "We did not carry it out," said X / X denied carrying out / X said it was behind it:
  // the speaker is the subject left unsaid
  if (speakerEntity && !hasAgent && (deny || firstPerson || responsibility)) {
    const t = `@${speakerEntity}`;
    tokens.add(t);
    actors.add(t);
  }
  const polarity = deny !== negated ? 'deny' : 'affirm';
  const slot = new Set<string>([...places, ...(responsibility ? actors : [])]);
  const sorted = [...tokens].sort();
  const flight = flightAndInvolvement(text, cs, inside);
  // "denied involvement": the speaker denies its own part when the words name nobody else
  if (deny && !flight.involved.length && speakerEntity && /\b(?:involvement|complicity|involved)\b/i.test(text))
    flight.involved.push(`@${speakerEntity}`);
  return {
    tokens: sorted,
    frame: sorted.filter((t) => !slot.has(t)),
    places: [...places].sort(),
    numbers: [...new Set(numbers)].sort((a, b) => a - b),
    actors: responsibility ? [...actors].sort() : [],
    responsibility,
    polarity,
    denial: deny,
    ...flight,
  };
}

/** What makes a claim independent of others: a named speaker, else the wire it came via, else its document. */
export function sourceKeyOf(claim: Claim, document: string, speakerEntity: string | null): string {
  const via = claim.via?.find((v) => normName(v));
  // "according to Meridian Wire": the wire is the source, whether or not it is also called the speaker
  if (via && (claim.speaker.anonymous || normName(claim.speaker.text) === normName(via))) return `via:${normName(via)}`;
  if (!claim.speaker.anonymous) {
    if (speakerEntity) return `speaker:${speakerEntity}`;
    const k = normName(claim.speaker.text);
    if (k) return `speaker:${k}`;
  }
  if (via) return `via:${normName(via)}`;
  return `anonymous:${document}`;
}

const disjoint = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length > 0 && b.length > 0 && !a.some((x) => (b as (string | number)[]).includes(x));

// Exclusive figures and places are about incidents: a toll, a count of people held, where an attack
// happened. Percentages in polls, sums of money or where a debate is held are other matters, and
// two of them differ far more often than they contradict.
const TOLL_STEMS = new Set(
  'kill dead di death toll injur wound hurt arrest detain kidnap abduct hostag miss victim casualti bodi'.split(' '),
);
const INCIDENT_STEMS = new Set(
  'attack bomb explos blast shoot shot raid storm kill kidnap abduct ambush strike struck fire massacr assault'.split(
    ' ',
  ),
);
const about = (frame: readonly string[], stems: Set<string>) => frame.some((t) => stems.has(t));

const SIMILAR = 0.5;
const STRICT_SIMILAR = 0.8;
const SAME_FRAME = 0.6;

/** Overlap of two frames relative to the smaller, with at least two shared words: paraphrases differ in length. */
function sameFrame(a: readonly string[], b: readonly string[]): boolean {
  const sb = new Set(b);
  const shared = new Set(a.filter((x) => sb.has(x))).size;
  return shared >= 2 && shared / Math.min(new Set(a).size, sb.size) >= SAME_FRAME;
}

/** Same proposition, ignoring polarity: similar bags and no slot that disagrees. */
export function sameProposition(a: Proposition, b: Proposition): boolean {
  if (disjoint(a.places, b.places) || disjoint(a.numbers, b.numbers) || disjoint(a.actors, b.actors)) return false;
  return jaccard(a.tokens, b.tokens) >= SIMILAR;
}

/** How many words two propositions share: one merge over their sorted, unique token lists. */
function sharedWords(a: Proposition, b: Proposition): number {
  const x = a.tokens;
  const y = b.tokens;
  let n = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const c = (x[i] as string) < (y[j] as string) ? -1 : (x[i] as string) > (y[j] as string) ? 1 : 0;
    if (c === 0) n++;
    if (c <= 0) i++;
    if (c >= 0) j++;
  }
  return n;
}

/**
 * Whether `compareClaims` could find a conflict between two propositions that share
 * `shared` words: a denial of the same proposition or two claims on the same frame need two
 * shared words; otherwise both must name someone's involvement, or both a destination of
 * flight. `compareClaims` starts with this test, so a caller comparing many pairs may skip
 * the others first with a cheaper count of the shared words (as `contradictionsInDocument`
 * does) and still miss nothing, whatever kinds of conflict are added later.
 */
export function mayConflict(a: Proposition, b: Proposition, shared: number): boolean {
  return (
    shared >= 2 ||
    (nonEmpty(a.involved) && nonEmpty(b.involved)) ||
    (nonEmpty(a.destinations) && nonEmpty(b.destinations))
  );
}

const nonEmpty = (xs: readonly string[] | undefined) => xs !== undefined && xs.length > 0;

/**
 * Why two claims cannot both be true, or null. `name` turns an entity token
 * (`@E3`) into a readable name for the reason; `eventPlace` tells whether an
 * entity token is where some incident happened.
 */
export function compareClaims(
  a: ClaimFacts,
  b: ClaimFacts,
  name: (token: string) => string,
  eventPlace: (token: string) => boolean = () => false,
): ClaimConflict | null {
  if (a.document === b.document && a.source === b.source && a.prop.polarity !== b.prop.polarity) return null;
  const pa = a.prop;
  const pb = b.prop;
  const shared = sharedWords(pa, pb);
  if (!mayConflict(pa, pb, shared)) return null;
  const who = (f: ClaimFacts, fallback: string) => `${f.speaker || fallback}${f.hedged ? ', hedged' : ''}`;
  const names = (xs: string[]) => xs.map(name).join(', ');
  // a stray "not" ("who asked not to be named") flips a bag of words; an explicit
  // denial, or the same words with the negation as the only difference, is needed
  // and two words in common at least: "this", denied, shares too little with anything to contradict it
  if (
    pa.polarity !== pb.polarity &&
    sameProposition(pa, pb) &&
    shared >= 2 &&
    (pa.denial || pb.denial || jaccard(pa.tokens, pb.tokens) >= STRICT_SIMILAR)
  ) {
    const [deny, affirm] = pa.polarity === 'deny' ? [a, b] : [b, a];
    return {
      kind: 'denial',
      rule: 'denial-vs-assertion',
      reason: `${deny.speaker || 'a source'} denies what ${affirm.speaker || 'another source'} asserts: "${affirm.content}"`,
      detail: `the same proposition (${jaccard(pa.tokens, pb.tokens).toFixed(2)} of its words shared), affirmed by ${who(affirm, 'a source')} and denied by ${who(deny, 'a source')}`,
    };
  }
  // "denied X's involvement" against "X was behind it" or "fled to X, where help had been prepared"
  if (pa.polarity !== pb.polarity) {
    const [deny, affirm] = pa.polarity === 'deny' ? [a, b] : [b, a];
    const shared = (deny.prop.involved ?? []).filter((x) => (affirm.prop.involved ?? []).includes(x));
    if (!shared.length) return null;
    const implied = (affirm.prop.destinations ?? []).some((d) => shared.includes(d));
    return {
      kind: 'denial',
      rule: 'denial-vs-assertion:involvement',
      reason: `${deny.speaker || 'a source'} denies the involvement of ${names(shared)} that ${affirm.speaker || 'another source'} ${implied ? 'implies' : 'asserts'}: "${affirm.content}"`,
      detail: `involvement of ${names(shared)}: ${implied ? 'implied by a flight there with help prepared' : 'asserted'} (${who(affirm, 'a source')}), denied (${who(deny, 'a source')})`,
    };
  }
  if (pa.polarity !== 'affirm' || pb.polarity !== 'affirm') return null;
  // fled to X / to Y: whatever the verb, one flight has one destination. Not the same source
  // in one report (a route told in steps), nor two groups of people told apart by their words.
  const da = pa.destinations ?? [];
  const db = pb.destinations ?? [];
  // a country against a town may be one place at two scales ("to Egypt", "to Cairo")
  const scale = (p: Proposition, d: string[]) => {
    const n = (p.countryDestinations ?? []).length;
    return n === d.length ? 'country' : n === 0 ? 'place' : 'mixed';
  };
  const sameScale = scale(pa, da) === scale(pb, db) && scale(pa, da) !== 'mixed';
  if (disjoint(da, db) && sameScale && !(a.document === b.document && a.source === b.source) && sameMovers(pa, pb)) {
    return {
      kind: 'place',
      rule: 'exclusive-values:destination',
      reason: `mutually exclusive destinations of flight: ${names(da)} (${who(a, 'a source')}) vs ${names(db)} (${who(b, 'another source')})`,
      detail: `destination ${names(da)} in "${a.content}" vs ${names(db)} in "${b.content}"`,
    };
  }
  if (!sameFrame(pa.frame, pb.frame)) return null;
  // "carried out the attack in Garissa" and "… in Lamu" are two attacks, not one statement
  // with two answers: a place where something happened tells the claims' subjects apart
  const differing = [
    ...pa.places.filter((p) => !pb.places.includes(p)),
    ...pb.places.filter((p) => !pa.places.includes(p)),
  ];
  if (differing.some(eventPlace)) return null;
  if (pa.responsibility && pb.responsibility && disjoint(pa.actors, pb.actors)) {
    return {
      kind: 'responsibility',
      rule: 'responsibility-conflict',
      reason: `conflicting attributions of responsibility: ${names(pa.actors)} (${a.speaker || 'a source'}) vs ${names(pb.actors)} (${b.speaker || 'another source'})`,
      detail: `perpetrator ${names(pa.actors)} vs ${names(pb.actors)} on the same frame`,
    };
  }
  if (disjoint(pa.places, pb.places) && about(pa.frame, INCIDENT_STEMS) && about(pb.frame, INCIDENT_STEMS)) {
    return {
      kind: 'place',
      rule: 'exclusive-values:place',
      reason: `the same statement with mutually exclusive places: ${names(pa.places)} (${who(a, 'a source')}) vs ${names(pb.places)} (${who(b, 'another source')})`,
      detail: `place ${names(pa.places)} (${who(a, 'a source')}) vs ${names(pb.places)} (${who(b, 'another source')}) on the same frame`,
    };
  }
  // a higher count a week later is a revision, not a contradiction
  const sameTime = a.day === null || b.day === null || Math.abs(a.day - b.day) <= 1;
  if (sameTime && disjoint(pa.numbers, pb.numbers) && about(pa.frame, TOLL_STEMS) && about(pb.frame, TOLL_STEMS)) {
    return {
      kind: 'number',
      rule: 'exclusive-values:count',
      reason: `different figures given at the same time for the same statement: ${pa.numbers.join(', ')} (${who(a, 'a source')}) vs ${pb.numbers.join(', ')} (${who(b, 'another source')})`,
      detail: `count ${pa.numbers.join(', ')} (${who(a, 'a source')}) vs ${pb.numbers.join(', ')} (${who(b, 'another source')}), ${a.day === null || b.day === null ? 'undated' : 'within a day'}`,
    };
  }
  return null;
}

/** Whoever flees in one claim may be whoever flees in the other: a pronoun, shared words, or both perpetrators. */
function sameMovers(a: Proposition, b: Proposition): boolean {
  const ma = a.movers ?? [];
  const mb = b.movers ?? [];
  return ma.length === 0 || mb.length === 0 || ma.some((w) => mb.includes(w));
}

/** Mentions of one document's entities, with the document's own entity ids standing in for canonical ones. */
export function localMentions(extraction: Extraction, canonical: (local: string) => string = (x) => x): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (const e of extraction.entities) {
    const entity = canonical(e.id);
    for (const [start, end] of e.mentions ?? []) out.push({ start, end, entity, type: e.type });
  }
  return out;
}

/**
 * How far apart in a document's list of claims two claims may be and still be compared. Real reports hold a
 * few hundred claims at most, so every pair is compared; a text of tens of thousands of cues (a hostile one:
 * "who said that …" without end) would make the comparison quadratic.
 */
const MAX_CLAIMS_APART = 2000;
/** A sharing list holds the claims' positions themselves, its own sort keys. */
const claimIndex = (j: number): number => j;

/**
 * The contradictions among one document's claims (the `contradictions` field
 * of an extraction). Entities with the same normalised name count as one.
 */
export function contradictionsInDocument(extraction: Extraction): Contradiction[] {
  const byName = new Map<string, string>();
  const local = new Map<string, string>();
  const names = new Map<string, string>();
  for (const e of extraction.entities) {
    const k = `${e.type === 'other' ? '' : e.type}:${normName(e.name)}`;
    const id = byName.get(k) ?? e.id;
    byName.set(k, id);
    local.set(e.id, id);
    if (!names.has(id)) names.set(id, e.name);
  }
  const canon = (x: string) => local.get(x) ?? x;
  // sorted once for all the claims (propositionOf would filter and sort the whole list per claim)
  const mentions = localMentions(extraction, canon).sort(byPlace);
  const doc = extraction.document.id;
  const facts: ClaimFacts[] = extraction.claims.map((c) => {
    const speaker = c.speaker.entity ? canon(c.speaker.entity) : null;
    const [cs, ce] = c.content.span;
    return {
      id: c.id,
      document: doc,
      day: null,
      speaker: c.speaker.text,
      content: c.content.text,
      source: sourceKeyOf(c, doc, speaker),
      prop: propositionWith(c, mentionsInside(mentions, cs, ce), speaker),
      hedged: c.hedged,
    };
  });
  const name = (t: string) => names.get(t.replace(/^@/, '')) ?? t;
  const places = new Set(extraction.events.map((e) => (e.location ? `@${canon(e.location)}` : '')).filter(Boolean));
  const eventPlace = (t: string) => places.has(t);
  // a claim reported inside another's words ("X said they wanted to flee to Y"): the outer claim speaks for it
  const spans = extraction.claims.map((c) => c.content.span);
  const within = (i: number, j: number) => {
    const [a0, a1] = spans[i] as [number, number];
    const [b0, b1] = spans[j] as [number, number];
    return i !== j && b0 <= a0 && a1 <= b1 && (b1 - b0 > a1 - a0 || j < i);
  };
  const containers = (i: number) => facts.map((_, j) => j).filter((j) => within(i, j));
  // only the pairs that mayConflict, found by an index of the words, in the order of the loop over all pairs
  const n = facts.length;
  const claimsWith = new Map<string, number[]>();
  // each claim's lists of the claims sharing one of its words (itself included)
  const sharing = facts.map((f, i) =>
    f.prop.tokens.map((t) => {
      const list = claimsWith.get(t);
      if (list) {
        list.push(i);
        return list;
      }
      const made = [i];
      claimsWith.set(t, made);
      return made;
    }),
  );
  const shared = new Uint32Array(n);
  const found = new Map<string, { i: number; j: number; r: ClaimConflict }>();
  for (let i = 0; i < n; i++) {
    const fi = facts[i] as ClaimFacts;
    const last = Math.min(n - 1, i + MAX_CLAIMS_APART);
    shared.fill(0, i + 1, last + 1);
    // each list holds its claims in ascending order: start past i, stop at the last claim compared
    for (const list of sharing[i] ?? [])
      for (let at = firstAbove(list, claimIndex, i); at < list.length && list[at]! <= last; at++)
        shared[list[at]!] = (shared[list[at]!] ?? 0) + 1;
    for (let j = i + 1; j <= last; j++) {
      if (!mayConflict(fi.prop, (facts[j] as ClaimFacts).prop, shared[j] ?? 0)) continue;
      if (within(i, j) || within(j, i)) continue;
      const r = compareClaims(fi, facts[j] as ClaimFacts, name, eventPlace);
      if (r) found.set(`${i}|${j}`, { i, j, r });
    }
  }
  const has = (x: number, y: number) => found.has(x < y ? `${x}|${y}` : `${y}|${x}`);
  const out: Contradiction[] = [];
  for (const { i, j, r } of found.values()) {
    if (containers(i).some((k) => has(k, j)) || containers(j).some((k) => has(i, k))) continue;
    out.push({
      claims: [(facts[i] as ClaimFacts).id, (facts[j] as ClaimFacts).id],
      reason: r.reason,
      explanation: { stage: 'contradictions', rule: r.rule, detail: r.detail },
    });
  }
  return out;
}
