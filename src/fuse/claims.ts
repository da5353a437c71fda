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
 * Public surface: `propositionOf`, `sourceKeyOf`, `sameProposition`, `compareClaims`,
 * `contradictionsInDocument`, `Proposition`, `ClaimFacts`, `ClaimConflict`, `MentionSpan`.
 */
import type { Claim, Contradiction, EntityType, Extraction } from '../extract/contract.js';
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
}

export type ConflictKind = 'denial' | 'place' | 'number' | 'responsibility';
export interface ClaimConflict {
  kind: ConflictKind;
  reason: string;
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
const QUALIFIER_WORDS = new Set(['least', 'about', 'around', 'nearly', 'almost', 'approximately', 'some', 'over']);

/**
 * The proposition of one claim. `mentions` are the document's entity mentions
 * (any order) with canonical ids; `speakerEntity` is the speaker's canonical id.
 */
export function propositionOf(claim: Claim, mentions: MentionSpan[], speakerEntity: string | null): Proposition {
  const [cs, ce] = claim.content.span;
  const text = claim.content.text;
  const inside = mentions
    .filter((m) => m.start >= cs && m.end <= ce && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens = new Set<string>();
  const places = new Set<string>();
  const actors = new Set<string>();
  const numbers: number[] = [];
  let negated = false;
  let firstPerson = false;
  let responsibility = false;
  let carried = false;
  const words = (piece: string) => {
    let previous = '';
    const raws =
      piece
        .replace(ANONYMITY, ' ')
        .toLowerCase()
        .match(/[a-z0-9][a-z0-9,.'’-]*/g) ?? [];
    for (let i = 0; i < raws.length; i++) {
      const w = (raws[i] as string).replace(/[’]/g, "'").replace(/[,.]+$/, '');
      const before = previous;
      previous = w;
      if (w.endsWith("n't")) negated = !negated;
      const bare = w.replace(/n't$/, '').replace(/'s$/, '');
      const n = numberValue(bare);
      if (n !== null) {
        // "Oct 5", "2026", "9 p.m." are when, not how many
        const after = raws[i + 1] ?? '';
        const when = MONTHS.has(before) || /^(a\.?m|p\.?m|gmt|utc|hours?)\b/.test(after) || (n >= 1900 && n <= 2100);
        if (!when) numbers.push(n);
        continue;
      }
      for (const part of bare.split(/[-']/)) {
        if (!part) continue;
        if (NEGATIONS.has(part)) {
          negated = !negated;
          continue;
        }
        if (FIRST_PERSON.has(part)) firstPerson = true;
        if (/^carr(y|ies|ied|ying)$/.test(part)) carried = true;
        if (STOPWORDS.has(part) || QUALIFIER_WORDS.has(part)) continue;
        const s = stem(part);
        if (RESPONSIBILITY.has(s) || RESPONSIBILITY.has(part)) {
          responsibility = true;
          tokens.add(RESP);
          continue;
        }
        tokens.add(s);
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
  return {
    tokens: sorted,
    frame: sorted.filter((t) => !slot.has(t)),
    places: [...places].sort(),
    numbers: [...new Set(numbers)].sort((a, b) => a - b),
    actors: responsibility ? [...actors].sort() : [],
    responsibility,
    polarity,
    denial: deny,
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
  // a stray "not" ("who asked not to be named") flips a bag of words; an explicit
  // denial, or the same words with the negation as the only difference, is needed
  if (
    pa.polarity !== pb.polarity &&
    sameProposition(pa, pb) &&
    (pa.denial || pb.denial || jaccard(pa.tokens, pb.tokens) >= STRICT_SIMILAR)
  ) {
    const [deny, affirm] = pa.polarity === 'deny' ? [a, b] : [b, a];
    return {
      kind: 'denial',
      reason: `${deny.speaker || 'a source'} denies what ${affirm.speaker || 'another source'} asserts: "${affirm.content}"`,
    };
  }
  if (pa.polarity !== 'affirm' || pb.polarity !== 'affirm') return null;
  if (!sameFrame(pa.frame, pb.frame)) return null;
  // "carried out the attack in Garissa" and "… in Lamu" are two attacks, not one statement
  // with two answers: a place where something happened tells the claims' subjects apart
  const differing = [
    ...pa.places.filter((p) => !pb.places.includes(p)),
    ...pb.places.filter((p) => !pa.places.includes(p)),
  ];
  if (differing.some(eventPlace)) return null;
  const names = (xs: string[]) => xs.map(name).join(', ');
  if (pa.responsibility && pb.responsibility && disjoint(pa.actors, pb.actors)) {
    return {
      kind: 'responsibility',
      reason: `conflicting attributions of responsibility: ${names(pa.actors)} (${a.speaker || 'a source'}) vs ${names(pb.actors)} (${b.speaker || 'another source'})`,
    };
  }
  if (disjoint(pa.places, pb.places)) {
    return {
      kind: 'place',
      reason: `the same statement with mutually exclusive places: ${names(pa.places)} vs ${names(pb.places)}`,
    };
  }
  // a higher count a week later is a revision, not a contradiction
  const sameTime = a.day === null || b.day === null || Math.abs(a.day - b.day) <= 1;
  if (sameTime && disjoint(pa.numbers, pb.numbers)) {
    return {
      kind: 'number',
      reason: `different figures given at the same time for the same statement: ${pa.numbers.join(', ')} vs ${pb.numbers.join(', ')}`,
    };
  }
  return null;
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
  const mentions = localMentions(extraction, canon);
  const doc = extraction.document.id;
  const facts: ClaimFacts[] = extraction.claims.map((c) => {
    const speaker = c.speaker.entity ? canon(c.speaker.entity) : null;
    return {
      id: c.id,
      document: doc,
      day: null,
      speaker: c.speaker.text,
      content: c.content.text,
      source: sourceKeyOf(c, doc, speaker),
      prop: propositionOf(c, mentions, speaker),
    };
  });
  const name = (t: string) => names.get(t.replace(/^@/, '')) ?? t;
  const places = new Set(extraction.events.map((e) => (e.location ? `@${canon(e.location)}` : '')).filter(Boolean));
  const eventPlace = (t: string) => places.has(t);
  const out: Contradiction[] = [];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i] as ClaimFacts;
      const b = facts[j] as ClaimFacts;
      const r = compareClaims(a, b, name, eventPlace);
      if (r) out.push({ claims: [a.id, b.id], reason: r.reason });
    }
  }
  return out;
}
