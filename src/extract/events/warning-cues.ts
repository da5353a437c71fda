/**
 * Warning mentions: one party telling another of a threat ("X warned Y of",
 * "X shared information with Y about a possible attack", "X alerted Y",
 * "intelligence passed to Y", "X had told Y of a plot"). Mentions of the same
 * issuer and recipient (a capital standing for its country) are one warning;
 * its issued date, threat, threat actor, basis and specificity are read from
 * all of its mentions and from what the text says about the warning's detail.
 */
import { createRequire } from 'node:module';
import type { Entity, EntityType, Span, Specificity } from '../contract.js';
import type { DateMention } from '../dates.js';
import type { Token } from '../nlp.js';
import { type DocContext, datesIn, mentionsIn, type PlacedMention, sentenceSpan } from './context.js';

export interface AnchorEvent {
  type: string;
  date: DateMention | null;
  location: Entity | null;
  start: number;
}

export interface WarningMention {
  cue: Span;
  first: number;
  sentence: number;
  evidence: Span;
  issuer: PlacedMention | null;
  recipient: PlacedMention | null;
  issued: DateMention | null;
  threat: { text: string; span: Span } | null;
  threatActor: Entity | null;
  basis: string | null;
  specificity: Specificity;
  /** all the clauses that tell of this warning */
  mentions: Span[];
  /** the cue's rule (`warning-cue:warn-verb`, …) and how the parties and issued date were found, for explanations */
  rule: string;
  issuerHow: string | null;
  recipientHow: string | null;
  issuedHow?: string;
}

const PARTY_TYPES: EntityType[] = ['country', 'location', 'organization', 'person', 'armed_group', 'media'];
const WARN_VERBS = new Set([
  'warn',
  'warns',
  'warned',
  'forewarned',
  'alert',
  'alerts',
  'alerted',
  'cautioned',
  'notified',
]);
const INFO_NOUNS = new Set([
  'information',
  'intelligence',
  'details',
  'data',
  'warning',
  'warnings',
  'tip',
  'tips',
  'alert',
]);
const THREAT_WORDS =
  /\b(threats?|attacks?|plots?|terror\w*|bomb\w*|operations?|dangers?|strikes?|assaults?|explosi\w*|hostile|militants?|imminent)\b/i;
// checked for every token of the document: a set, not an array search
const SHARE_VERBS = new Set([
  'shared',
  'shares',
  'share',
  'passed',
  'provided',
  'gave',
  'sent',
  'handed',
  'relayed',
  'conveyed',
]);
const BE_FORMS = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
const CLAUSE_BREAK = new Set([',', ';', '.', ':', '"', '“', '”', '(', ')', '!', '?']);
const NEGATION = new Set(['not', "n't", 'never', 'failed', 'no']);

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

let countryKeys: Map<string, string> | undefined;
/** Country names, capitals and demonyms → ISO code, so "Tehran" and "Iran" are one party. */
function countryKeyMap(): Map<string, string> {
  if (countryKeys) return countryKeys;
  const require = createRequire(import.meta.url);
  const list = require('world-countries') as CountryRecord[];
  const map = new Map<string, string>();
  for (const c of list) {
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings,
      ...(c.capital ?? []),
      c.demonyms?.eng?.m ?? '',
      c.demonyms?.eng?.f ?? '',
    ];
    for (const n of names) if (n && n.length > 2 && !map.has(n.toLowerCase())) map.set(n.toLowerCase(), c.cca2);
  }
  countryKeys = map;
  return map;
}

let demonyms: Map<string, string[]> | undefined;
/** English demonyms of a country by ISO code ("SV" → ["Salvadoran"]). */
export function demonymsOf(code: string): string[] {
  if (!demonyms) {
    const require = createRequire(import.meta.url);
    const list = require('world-countries') as CountryRecord[];
    demonyms = new Map(
      list.map((c) => [c.cca2, [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))]]),
    );
  }
  return demonyms.get(code) ?? [];
}

/** One key for a party: the country a country, capital or "Iranian authorities" stands for, else the entity. */
export function partyKey(e: Entity | null | undefined): string | null {
  if (!e) return null;
  if (e.type === 'country' || e.type === 'location' || e.type === 'organization') {
    const keys = countryKeyMap();
    for (const n of [e.name, ...e.aliases]) {
      const low = n.toLowerCase();
      const direct = keys.get(low);
      if (direct && (e.type !== 'organization' || /^(\w+) (authorities|government|officials)$/.test(low)))
        return `country:${direct}`;
      const demonym = /^(\w+) (authorities|government|officials)$/.exec(low);
      if (demonym) {
        const k = keys.get(demonym[1] ?? '');
        if (k) return `country:${k}`;
      }
    }
  }
  return `entity:${e.id}`;
}

interface Cue {
  first: number;
  last: number;
  /** token from which the recipient is looked for */
  recipientFrom: number;
  passive: boolean;
  /** `warning-cue:warn-verb`, `warning-cue:tipped-off`, `warning-cue:shared-information`, `warning-cue:told-of` */
  rule: string;
}

function lower(tokens: Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

// every word a cue starts with: one look-up rules out the other tokens
const CUE_STARTS = new Set([...WARN_VERBS, ...SHARE_VERBS, 'tipped', 'told', 'informed']);

function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = lower(tokens, k);
    if (!CUE_STARTS.has(w)) continue;
    if (WARN_VERBS.has(w)) {
      const passive = BE_FORMS.has(lower(tokens, k - 1));
      cues.push({ first: k, last: k, recipientFrom: k + 1, passive, rule: 'warning-cue:warn-verb' });
      continue;
    }
    if (w === 'tipped' && lower(tokens, k + 1) === 'off') {
      cues.push({ first: k, last: k + 1, recipientFrom: k + 2, passive: false, rule: 'warning-cue:tipped-off' });
      continue;
    }
    // "shared information with Y", "passed intelligence to Y", "provided information to Y"
    if (SHARE_VERBS.has(w)) {
      for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
        const x = lower(tokens, j);
        if (CLAUSE_BREAK.has(x)) break;
        if ((x === 'with' || x === 'to') && (hasInfoNoun(tokens, k + 1, j) || hasInfoNoun(tokens, k - 4, k))) {
          cues.push({
            first: k,
            last: j,
            recipientFrom: j + 1,
            passive: false,
            rule: 'warning-cue:shared-information',
          });
          break;
        }
      }
      continue;
    }
    // "had told Y of a plot"
    if (w === 'told' || w === 'informed') {
      for (let j = k + 1; j <= k + 5 && j < tokens.length; j++) {
        const x = lower(tokens, j);
        if (CLAUSE_BREAK.has(x)) break;
        if ((x === 'of' || x === 'about') && THREAT_WORDS.test(tokensText(tokens, j + 1, j + 6))) {
          cues.push({ first: k, last: k, recipientFrom: k + 1, passive: false, rule: 'warning-cue:told-of' });
          break;
        }
      }
    }
  }
  return cues;
}

function hasInfoNoun(tokens: Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < to; j++) if (INFO_NOUNS.has(lower(tokens, j))) return true;
  return false;
}

function tokensText(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), to)
    .map((t) => t.text)
    .join(' ');
}

function negated(tokens: Token[], first: number): boolean {
  for (let j = first - 1; j >= first - 3 && j >= 0; j--) {
    if (CLAUSE_BREAK.has(lower(tokens, j))) return false;
    if (NEGATION.has(lower(tokens, j))) return true;
  }
  return false;
}

const BEFORE_EVENT =
  /\b(hours|days|weeks|months|a day|a week|a month|shortly|just|long)\s+(before|ahead of|prior to)\s+(the|this|that)\s+(\w+\s+){0,2}?(attacks?|bombings?|shootings?|massacre|assault|raid|explosions?)\b/i;

function issuedDate(doc: DocContext, sentence: number, anchors: AnchorEvent[]): DateMention | null {
  const span = sentenceSpan(doc, sentence);
  const text = doc.a.text.slice(span[0], span[1]);
  const rel = BEFORE_EVENT.exec(text);
  if (rel) {
    // "days before the attack": the month of the attack the story is about (the latest dated one)
    const dated = anchors
      .filter((e) => e.type === 'attack' && e.date)
      .sort((x, y) => (y.date?.value ?? '').localeCompare(x.date?.value ?? ''));
    const anchor = dated[0]?.date;
    if (anchor) {
      const unit = (rel[1] ?? '').toLowerCase();
      const precise = /hours|a day|shortly|just/.test(unit);
      const value =
        unit.includes('month') || unit === 'long'
          ? anchor.value.slice(0, 4)
          : precise
            ? anchor.value
            : anchor.value.slice(0, 7);
      const s = span[0] + rel.index;
      return {
        span: [s, s + rel[0].length],
        text: rel[0],
        value,
        precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
        relative: true,
      };
    }
  }
  const dates = datesIn(doc, span);
  return dates[0] ?? null;
}

function threatOf(doc: DocContext, tokens: Token[], from: number): { text: string; span: Span } | null {
  const sentence = tokens[from]?.sentence;
  let start = -1;
  for (let j = from; j < tokens.length && j <= from + 6; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) return null;
    if (['of', 'about', 'that', 'regarding', 'concerning', 'on'].includes(t.lower)) {
      start = j + 1;
      break;
    }
  }
  if (start < 0) return null;
  let end = start;
  for (let j = start; j < tokens.length && j <= start + 20; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || CLAUSE_BREAK.has(t.text)) break;
    if (['before', 'after', 'according', 'which', 'that', 'but'].includes(t.lower) && j > start) break;
    end = j;
  }
  const s = tokens[start]?.start;
  const e = tokens[end]?.end;
  if (s === undefined || e === undefined || e <= s) return null;
  const text = doc.a.text.slice(s, e);
  if (!THREAT_WORDS.test(text)) return null;
  return { text, span: [s, e] };
}

const BASIS =
  /\b(acquired|obtained|gathered|gleaned|collected|derived|learned|came)\s+(during|from|through|in|via|by)\s+([^,.;"“”]+)/i;
const BASED_ON = /\bbased on\s+([^,.;"“”]+)/i;

function basisOf(doc: DocContext, sentences: number[]): string | null {
  for (const i of sentences) {
    const s = doc.a.sentences[i];
    if (!s) continue;
    const m = BASIS.exec(s.text);
    if (m) return shorten(`${m[1]} ${m[2]} ${m[3]}`);
    const b = BASED_ON.exec(s.text);
    if (b) return shorten(`based on ${b[1]}`);
  }
  return null;
}

function shorten(s: string): string {
  const words = s.trim().split(/\s+/).slice(0, 16);
  while (words.length > 3 && /^(in|of|on|at|by|with|from|to|the|a|an|and|for)$/i.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

const TARGET_NOUNS =
  /\b(concert hall|hall|embassy|consulate|airport|stadium|station|synagogue|church|mosque|temple|hotel|school|university|market|mall|parliament|ministry|base|barracks|port|bridge|power plant|pipeline|festival|parade|rally|concert|theatre|theater|metro|subway|train|bus)\b/i;
const METHOD_WORDS =
  /\b(bombs?|bombings?|explosives?|suicide|shooting|gunmen|firearms?|rifles?|vehicle|car bomb|drones?|chemical|rockets?|missiles?|hostage|knife|stabbing|grenades?)\b/i;
const NO_DETAIL =
  /\b(not|no|without|lacked|lacking|never|nor)\b[^.]{0,80}\b(specific|exact|precise|details?|specifics)\b/i;

function specificityOf(
  doc: DocContext,
  threats: { text: string; span: Span }[],
  actor: Entity | null,
  recipient: Entity | null,
  sentences: number[],
): Specificity {
  let location: Specificity['location'] = 'none';
  const rank = { none: 0, country: 1, city: 2, site: 3 } as const;
  const raise = (l: Specificity['location']) => {
    if (rank[l] > rank[location]) location = l;
  };
  let target = false;
  let time: Specificity['time'] = 'none';
  let method = false;
  for (const t of threats) {
    for (const p of mentionsIn(doc, t.span, ['facility', 'location', 'country'])) {
      raise(p.entity.type === 'facility' ? 'site' : p.entity.type === 'location' ? 'city' : 'country');
      if (p.entity.type === 'facility') target = true;
    }
    if (/\b(its|their|the country's)\s+(territory|soil)\b|\binside the country\b/i.test(t.text) && recipient)
      raise('country');
    if (TARGET_NOUNS.test(t.text)) target = true;
    if (METHOD_WORDS.test(t.text)) method = true;
    for (const d of datesIn(doc, t.span)) {
      if (d.precision === 'day') time = 'exact';
      else if (time !== 'exact') time = 'window';
    }
    if (
      /\b(in the (coming|next) (days|weeks|months)|within (days|weeks|hours)|imminent)\b/i.test(t.text) &&
      time === 'none'
    )
      time = 'window';
  }
  // the text's own account of how detailed the warning was overrides what the threat words suggest
  const nearby = doc.a.sentences.filter((s) => sentences.some((i) => Math.abs(i - s.i) <= 3));
  for (const s of nearby) {
    if (!NO_DETAIL.test(s.text)) continue;
    const tail = s.text.slice(NO_DETAIL.exec(s.text)?.index ?? 0);
    if (/\b(timing|time|date|when)\b/i.test(tail)) time = 'none';
    if (/\btargets?\b/i.test(tail)) target = false;
    if (/\b(location|place|site)\b/i.test(tail) && rank[location] > rank.country) location = 'country';
  }
  return { actor: actor !== null, location, target, time, method };
}

function nearestGroup(doc: DocContext, sentences: number[]): Entity | null {
  let best: Entity | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of doc.mentions) {
    if (p.entity.type !== 'armed_group') continue;
    const s = doc.a.tokens.find((t) => t.start >= p.span[0])?.sentence;
    if (s === undefined) continue;
    for (const i of sentences) {
      const d = Math.abs(s - i) + (s < i ? 0.5 : 0);
      if (Math.abs(s - i) <= 2 && d < bestDistance) {
        bestDistance = d;
        best = p.entity;
      }
    }
  }
  return best;
}

function partyBefore(doc: DocContext, tokens: Token[], first: number): PlacedMention | null {
  const sentence = tokens[first]?.sentence;
  const s = sentenceSpan(doc, sentence ?? 0);
  const cueStart = tokens[first]?.start ?? 0;
  const candidates = mentionsIn(doc, [s[0], cueStart], PARTY_TYPES).filter((p) => p.entity.type !== 'media');
  // the subject is the nearest name before the verb, within its clause
  for (let i = candidates.length - 1; i >= 0; i--) {
    const p = candidates[i];
    if (!p) continue;
    const between = doc.a.text.slice(p.span[1], cueStart);
    if (/[;:"“”]/.test(between) || between.split(/\s+/).length > 9) return null;
    if (/^'s\b/.test(between.trim())) continue;
    return p;
  }
  return null;
}

function partyAfter(doc: DocContext, tokens: Token[], from: number): PlacedMention | null {
  const t = tokens[from];
  if (!t) return null;
  const s = sentenceSpan(doc, t.sentence);
  const candidates = mentionsIn(doc, [t.start, s[1]], PARTY_TYPES);
  const p = candidates[0];
  if (!p) return null;
  const between = doc.a.text.slice(t.start, p.span[0]);
  if (between.split(/\s+/).filter(Boolean).length > 3 || /[,;:.]/.test(between)) return null;
  return p;
}

function weightOf(doc: DocContext, w: WarningMention): number {
  return (
    (w.issued ? 1 : 0) +
    (w.threat ? 1 : 0) +
    (w.basis ? 1 : 0) +
    (w.issuer ? 1 : 0) +
    (w.recipient ? 1 : 0) -
    (w.sentence === doc.titleSentence ? 3 : 0)
  );
}

/** The warnings told in the document, one per issuer and recipient. */
export function findWarningMentions(doc: DocContext, anchors: AnchorEvent[]): WarningMention[] {
  const tokens = doc.a.tokens;
  const raw: WarningMention[] = [];
  for (const cue of findCues(tokens)) {
    const head = tokens[cue.first];
    if (!head || negated(tokens, cue.first)) continue;
    const s = doc.a.sentences[head.sentence];
    if (!s || !THREAT_WORDS.test(s.text)) continue;
    let issuer = partyBefore(doc, tokens, cue.first);
    let recipient = partyAfter(doc, tokens, cue.recipientFrom);
    let issuerHow = 'the name before the cue';
    let recipientHow = 'the name right after the cue';
    if (cue.passive) {
      const by = tokens.slice(cue.last + 1, cue.last + 4).findIndex((t) => t.lower === 'by');
      recipient = issuer;
      issuer = by >= 0 ? partyAfter(doc, tokens, cue.last + 2 + by) : null;
      issuerHow = 'the agent after "by"';
      recipientHow = 'the subject of the passive cue';
    }
    if (!issuer && !recipient) continue;
    if (issuer && recipient && partyKey(issuer.entity) === partyKey(recipient.entity)) continue;
    const threat = threatOf(doc, tokens, cue.recipientFrom);
    const evidenceStart = issuer && issuer.span[0] < head.start ? issuer.span[0] : head.start;
    const lastToken = threat ? threat.span[1] : (recipient?.span[1] ?? tokens[cue.last]?.end ?? head.end);
    const issued = issuedDate(doc, head.sentence, anchors);
    raw.push({
      cue: [head.start, tokens[cue.last]?.end ?? head.end],
      first: cue.first,
      sentence: head.sentence,
      evidence: [evidenceStart, Math.max(lastToken, tokens[cue.last]?.end ?? head.end)],
      issuer,
      recipient,
      issued,
      ...(issued?.relative && BEFORE_EVENT.test(issued.text)
        ? { issuedHow: 'relative to the attack it preceded' }
        : {}),
      threat,
      threatActor: null,
      basis: basisOf(doc, [head.sentence]),
      specificity: { actor: false, location: 'none', target: false, time: 'none' },
      mentions: [],
      rule: cue.rule,
      issuerHow: issuer ? issuerHow : null,
      recipientHow: recipient ? recipientHow : null,
    });
  }
  // one warning per pair of parties; a mention missing a party joins the pair it shares the other with
  const groups: WarningMention[][] = [];
  const keyOf = (w: WarningMention) => [partyKey(w.issuer?.entity), partyKey(w.recipient?.entity)] as const;
  for (const w of raw) {
    const [i, r] = keyOf(w);
    const g = groups.find((g) =>
      g.some((o) => {
        const [oi, or] = keyOf(o);
        return (i === null || oi === null || i === oi) && (r === null || or === null || r === or);
      }),
    );
    if (g) g.push(w);
    else groups.push([w]);
  }
  return groups.map((g) => {
    const best = [...g].sort((x, y) => weightOf(doc, y) - weightOf(doc, x) || x.cue[0] - y.cue[0])[0] as WarningMention;
    const sentences = [...new Set(g.map((w) => w.sentence))];
    // the country rather than its capital when the text names both as the party
    const prefer = (p: PlacedMention | null, all: (PlacedMention | null)[]) =>
      all.find((o) => o && p && o.entity.type === 'country' && partyKey(o.entity) === partyKey(p.entity)) ?? p;
    const issuerFrom = best.issuer ? best : g.find((w) => w.issuer);
    const recipientFrom = best.recipient ? best : g.find((w) => w.recipient);
    const issuer = prefer(
      issuerFrom?.issuer ?? null,
      g.map((w) => w.issuer),
    );
    const recipient = prefer(
      recipientFrom?.recipient ?? null,
      g.map((w) => w.recipient),
    );
    // how each party was found, in which mention, and whether a country stood in for its capital
    const how = (
      from: WarningMention | undefined,
      said: string | null | undefined,
      p: PlacedMention | null,
      was: PlacedMention | null | undefined,
    ) =>
      p && said
        ? `${said}${from !== best ? ' (another mention)' : ''}${p !== was ? ', the country named for its capital' : ''}`
        : null;
    const threats = g.map((w) => w.threat).filter((t): t is { text: string; span: Span } => t !== null);
    const threatActor = nearestGroup(doc, sentences);
    return {
      ...best,
      issuer,
      recipient,
      issued: best.issued ?? g.find((w) => w.issued)?.issued ?? null,
      threat: best.threat ?? threats[0] ?? null,
      threatActor,
      basis:
        best.basis ??
        basisOf(
          doc,
          sentences.filter((i) => i !== doc.titleSentence),
        ),
      specificity: specificityOf(doc, threats, threatActor, recipient?.entity ?? null, sentences),
      mentions: g.map((w) => w.evidence),
      issuerHow: how(issuerFrom, issuerFrom?.issuerHow, issuer, issuerFrom?.issuer),
      recipientHow: how(recipientFrom, recipientFrom?.recipientHow, recipient, recipientFrom?.recipient),
    };
  });
}

/** What a warning's explanation says besides its rule: the cue, how the parties and issued date were found. */
export function warningExplanationParts(doc: DocContext, w: WarningMention): string[] {
  const text = doc.a.text;
  const said = (span: Span) => text.slice(span[0], span[1]).replace(/\s+/g, ' ');
  const parts = [`cue "${said(w.cue)}"`];
  if (w.issuer && w.issuerHow) parts.push(`issuer "${said(w.issuer.span)}": ${w.issuerHow}`);
  if (w.recipient && w.recipientHow) parts.push(`recipient "${said(w.recipient.span)}": ${w.recipientHow}`);
  if (w.issued)
    parts.push(
      `issued ${w.issued.value} ${w.issuedHow ?? (w.issued.relative ? 'relative to the report' : 'as written')} ("${w.issued.text.replace(/\s+/g, ' ')}")`,
    );
  if (w.threatActor) parts.push(`threat actor ${w.threatActor.name}: the armed group named nearest`);
  if (w.mentions.length > 1) parts.push(`${w.mentions.length} mentions of one warning`);
  return parts;
}
