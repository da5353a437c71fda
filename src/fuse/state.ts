/**
 * The incremental fusion engine. `createFusion()` returns a `FusionState`;
 * `addDocument(meta, extraction)` folds one report in, touching only the
 * incidents, claim groups, warnings and stories its items block onto (event
 * type + week, proposition token + month, entity + month), never the whole
 * history, so the cost of a report does not grow with the number before it.
 *
 * What it keeps: canonical entities (entities.ts), incidents with their
 * mentions and figure timelines, claim groups with independent sources,
 * contradictions (denials, exclusive values, conflicting responsibility),
 * warnings with the incidents that bore them out, and stories (connected
 * components over shared incidents, documents, salient entities and matches,
 * within about a month). Analysts' merges and splits are audited.
 *
 * State is an append-only log of operations (add, merge, split): `toJSON()`
 * gives it, `fromJSON()` replays it, `log.length` tells a store what is new.
 * No I/O, no clock: audit times are passed in.
 *
 * Public surface: `createFusion`, `FusionState`, `DocumentMeta`, `FusionOp`,
 * `FusionJSON`, the view types (`StorySummary`, `StoryView`, `IncidentView`,
 * `ClaimGroupView`, `ContradictionView`, `WarningView`, `AddSummary`).
 */
import { ForewarnError } from '../errors.js';
import type { Claim, EntityType, Event, Extraction, Geo, Warning } from '../extract/contract.js';
import {
  type ClaimFacts,
  compareClaims,
  localMentions,
  type MentionSpan,
  propositionOf,
  sameProposition,
  sourceKeyOf,
} from './claims.js';
import { type AuditRecord, type CanonicalEntity, EntityRegistry, type MemberRef } from './entities.js';
import { type Figure, figuresOfEvent, type Timeline, timelines } from './figures.js';
import { dayOf, intervalOf, isoDay, jaccard, monthOf, normName, STOPWORDS, stem, weekOf } from './text.js';
import {
  type IncidentFacts,
  matchWarning,
  WARNING_HORIZON_DAYS,
  type WarningFacts,
  type WarningMatch,
} from './warnings.js';

export interface DocumentMeta {
  id: string;
  /** YYYY-MM-DD or an ISO timestamp */
  published: string | null;
  outlet: string | null;
  title: string | null;
}

export type FusionOp =
  | { op: 'add'; meta: DocumentMeta; extraction: Extraction }
  | { op: 'merge'; a: string; b: string; by: string; at: string | null }
  | { op: 'split'; entity: string; mentions: MemberRef[]; by: string; at: string | null };

export interface FusionJSON {
  schema: 'forewarn-fusion/1';
  ops: FusionOp[];
}

export interface FusionOptions {
  /**
   * Keep the op log in memory (default true). A store that keeps the log in
   * its own table turns it off: the `add` ops hold every extraction.
   */
  keepLog?: boolean;
}

/**
 * The state's data (Maps, Sets and plain objects, no functions and no op
 * log) for a store's snapshot: structured-clone-able (e.g. node:v8
 * serialize). Only the code that wrote it can read it back: `fields` lists
 * the state's own keys, and a store should key its snapshots by version too.
 */
export interface FusionSnapshot {
  schema: 'forewarn-fusion-snapshot/1';
  fields: string;
  state: Record<string, unknown>;
  entities: Record<string, unknown>;
}

export interface AddSummary {
  document: string;
  /** false when the document was already in (a no-op) */
  added: boolean;
  entities: string[];
  incidents: string[];
  claim_groups: string[];
  warnings: string[];
  contradictions: string[];
  story: string | null;
}

export interface StorySummary {
  id: string;
  title: string;
  documents: string[];
  incidents: string[];
  first: string | null;
  last: string | null;
}

export interface IncidentView {
  id: string;
  type: string;
  subtype: string | null;
  /** YYYY-MM-DD, YYYY-MM, or null when no report dated it */
  date: string | null;
  location: { id: string; name: string } | null;
  actors: { id: string; name: string }[];
  targets: { id: string; name: string }[];
  documents: string[];
  mentions: { document: string; event: string }[];
  figures: Figure[];
  timelines: Timeline[];
}

export interface ClaimGroupView {
  id: string;
  proposition: string;
  polarity: 'affirm' | 'deny';
  claims: string[];
  /** distinct sources stating the proposition with the group's polarity */
  independent_sources: number;
  /** distinct sources stating the opposite */
  opposing_sources: number;
  sources: string[];
}

export interface ContradictionSide {
  claim: string;
  speaker: string;
  content: string;
  source: { document: string; outlet: string | null; published: string | null };
}

export interface ContradictionView {
  id: string;
  kind: 'denial' | 'place' | 'number' | 'responsibility';
  /** the rule that found it (`ConflictRule` in claims.ts): `denial-vs-assertion`, `exclusive-values:destination`, … */
  rule: string;
  claims: [string, string];
  reason: string;
  sides: [ContradictionSide, ContradictionSide];
}

export interface WarningView {
  id: string;
  document: string;
  issuer: { id: string; name: string } | null;
  recipient: { id: string; name: string } | null;
  issued: string | null;
  threat: string | null;
  matches: WarningMatch[];
}

export interface StoryView {
  id: string;
  title: string;
  documents: string[];
  incidents: IncidentView[];
  entities: { id: string; name: string; type: EntityType; aliases: string[] }[];
  claim_groups: ClaimGroupView[];
  contradictions: ContradictionView[];
  warnings: WarningView[];
}

interface Blame {
  actors: string[];
  document: string;
  item: string;
  speaker: string;
  content: string;
}

interface IncidentRec {
  id: string;
  type: Event['type'];
  subtype: string | null;
  lo: number;
  hi: number;
  dated: boolean;
  location: string | null;
  actors: Set<string>;
  targets: Set<string>;
  /** the document mentions behind location, actors and targets: views resolve them anew, so splits show */
  refs: { location: MemberRef | null; actors: MemberRef[]; targets: MemberRef[] };
  mentions: { document: string; event: string }[];
  documents: string[];
  figures: Figure[];
  blames: Blame[];
  story: string;
}

/** One event as it was placed: enough to place it again after an analyst's merge or split. */
interface EventFact {
  document: string;
  event: string;
  type: Event['type'];
  subtype: string | null;
  lo: number;
  hi: number;
  dated: boolean;
  location: MemberRef | null;
  actors: MemberRef[];
  targets: MemberRef[];
}

interface GroupRec {
  id: string;
  rep: ClaimFacts;
  /** the representative's proposition with entity ids as of registry version `version` */
  canon?: { version: number; prop: ClaimFacts['prop'] };
  claims: ClaimFacts[];
  bySource: Map<string, { affirm?: ClaimFacts; deny?: ClaimFacts }>;
  story: string;
}

interface WarningRec {
  id: string;
  document: string;
  issuer: string | null;
  recipient: string | null;
  issued: string | null;
  threat: string | null;
  facts: WarningFacts | null;
  matches: Map<string, WarningMatch>;
  story: string;
}

interface ContradictionRec extends ContradictionView {
  story: string;
}

interface StoryRec {
  id: string;
  incidents: Set<string>;
  warnings: Set<string>;
  groups: Set<string>;
  contradictions: Set<string>;
  documents: Set<string>;
  first: number | null;
  last: number | null;
}

const INCIDENT_TYPES = new Set<Event['type']>(['attack', 'kidnapping', 'arrest', 'detention', 'court_action']);
const SALIENT = new Set<EntityType>(['armed_group', 'person', 'facility']);
const PLACE_TYPES = new Set<EntityType>(['location', 'country', 'facility']);
const BLAMEABLE = new Set<EntityType>(['armed_group', 'organization', 'person', 'other']);
/** a report of more attacks than this is a round-up: its items do not all belong to one story */
const ROUNDUP = 4;
const UNDATED_LOOKBACK = 30;
const PLACE_RANK = { site: 3, city: 2, country: 1, none: 0 } as const;
const MAX_GROUP_CANDIDATES = 400;

/** What adding a document (or re-grouping after an analyst's merge or split, document '') changed: nothing yet. */
function emptySummary(document: string): AddSummary {
  return {
    document,
    added: false,
    entities: [],
    incidents: [],
    claim_groups: [],
    warnings: [],
    contradictions: [],
    story: null,
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const xs = m.get(k);
  if (!xs) m.set(k, [v]);
  else if (xs[xs.length - 1] !== v) xs.push(v);
}

function km(a: Geo, b: Geo): number {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
}

const wordsOf = (s: string | null | undefined): string[] =>
  [...new Set((s ?? '').toLowerCase().match(/[a-z]+/g) ?? [])].filter((w) => !STOPWORDS.has(w)).map(stem);

export class FusionState {
  readonly entities = new EntityRegistry();
  readonly log: FusionOp[] = [];
  private readonly keepLog: boolean;
  readonly audit: AuditRecord[] = [];
  private docs = new Map<string, DocumentMeta>();
  private incidents = new Map<string, IncidentRec>();
  private incByWeek = new Map<string, string[]>();
  private incByKey = new Map<string, string[]>();
  private groups = new Map<string, GroupRec>();
  private groupByToken = new Map<string, string[]>();
  private groupPairs = new Set<string>();
  private copies = new Map<string, string>();
  private warnings = new Map<string, WarningRec>();
  private warnByKey = new Map<string, string[]>();
  private contradictions = new Map<string, ContradictionRec>();
  private blamePairs = new Set<string>();
  private stories = new Map<string, StoryRec>();
  private storyParent = new Map<string, string>();
  private storyByEntity = new Map<string, string[]>();
  private next = { incident: 1, group: 1, story: 1, contradiction: 1 };
  /** `document:event` → how it was placed, and the incident it is in */
  private eventFacts = new Map<string, EventFact>();
  private incidentOfEvent = new Map<string, string>();
  /** the incident-type events and the claims of each document, in order */
  private docEvents = new Map<string, string[]>();
  private docClaims = new Map<string, ClaimFacts[]>();
  /** per document, the canonical id an entity token got when the report came in → the report's own entity ids */
  private docEntities = new Map<string, Map<string, string[]>>();
  /** ids of incidents and claim groups folded into another by a merge: → the survivor */
  private itemAlias = new Map<string, string>();

  constructor(options: FusionOptions = {}) {
    this.keepLog = options.keepLog ?? true;
  }

  // ---------------------------------------------------------------- adding

  addDocument(meta: DocumentMeta, extraction: Extraction): AddSummary {
    const summary = emptySummary(meta.id);
    if (this.docs.has(meta.id)) return summary;
    const { text: _text, ...slim } = extraction;
    if (this.keepLog) this.log.push({ op: 'add', meta, extraction: slim });
    this.docs.set(meta.id, meta);
    summary.added = true;
    const doc = meta.id;
    const day = dayOf(meta.published) ?? dayOf(extraction.document.published);
    const local = this.entities.resolveDocument(doc, extraction.entities);
    const byCanonical = new Map<string, string[]>();
    for (const [l, c] of local) byCanonical.set(c, [...(byCanonical.get(c) ?? []), l]);
    this.docEntities.set(doc, byCanonical);
    summary.entities = [...new Set(local.values())].map((id) => this.entities.find(id));
    const canon = (x: string | null | undefined) => (x ? this.entities.memberCluster(doc, x) : null);
    const mentions: MentionSpan[] = localMentions(extraction, (x) => canon(x) ?? x).map((m) => ({
      ...m,
      type: this.entities.typeOf(m.entity),
    }));

    // items of this document → stories they already touch
    const links: string[] = [];
    const newIncidents: IncidentRec[] = [];
    const touched = new Set<IncidentRec>();
    const salient = new Set<string>();

    // events that say where, who or what first; then the bare "the attack", which can lean on them
    const bare = (ev: Event) => !ev.location && !ev.actors.length && !ev.targets?.length;
    const ordered = [...extraction.events.filter((e) => !bare(e)), ...extraction.events.filter(bare)];
    for (const ev of ordered) {
      if (!INCIDENT_TYPES.has(ev.type)) continue;
      const context = new Set(links.map((s) => this.findStory(s)));
      const inc = this.placeEvent(ev, doc, day, meta, canon, summary, context);
      if (inc.story) links.push(inc.story);
      else newIncidents.push(inc);
      touched.add(inc);
      for (const a of inc.actors) salient.add(a);
      for (const t of inc.targets) salient.add(t);
      if (inc.location) salient.add(inc.location);
    }
    for (const ev of extraction.events) {
      if (ev.type !== 'responsibility_claim') continue;
      const inc = this.blameTarget(ev, doc, day, canon, touched);
      if (!inc) continue;
      touched.add(inc);
      const actors = ev.actors.map(canon).filter((a): a is string => a !== null);
      this.addBlame(inc, { actors, document: doc, item: `${doc}:${ev.id}`, speaker: '', content: '' }, summary);
      for (const a of actors) salient.add(a);
    }

    const incidentStories = new Set(links.map((s) => this.findStory(s)));
    const docIncidents = [...touched].map((i) => i.id);
    const docGroups: string[] = [];
    for (const c of extraction.claims) {
      const { group, joined } = this.placeClaim(
        c,
        doc,
        day,
        mentions,
        canon,
        summary,
        incidentStories,
        docIncidents,
        docGroups,
      );
      if (joined && group.story && this.anchored(group.rep.prop.tokens)) links.push(group.story);
      for (const t of group.rep.prop.tokens) if (t.startsWith('@')) salient.add(t.slice(1));
      if (!summary.claim_groups.includes(group.id)) summary.claim_groups.push(group.id);
    }

    const newWarnings: WarningRec[] = [];
    for (const w of extraction.warnings) {
      const rec = this.placeWarning(w, doc, day, mentions, canon);
      newWarnings.push(rec);
      summary.warnings.push(rec.id);
      if (rec.facts?.threatActor) salient.add(rec.facts.threatActor);
    }

    // warnings ↔ incidents, both ways, through the key indexes
    for (const w of newWarnings) {
      for (const inc of this.incidentsForWarning(w)) {
        if (this.recordMatch(w, inc) && inc.story && this.close(w, inc)) links.push(inc.story);
      }
    }
    for (const inc of touched) {
      for (const w of this.warningsForIncident(inc)) {
        if (this.recordMatch(w, inc) && w.story && this.close(w, inc)) links.push(w.story);
      }
    }

    // salient entities seen in stories of the last month or so
    const month = day === null ? null : monthOf(day);
    const salientTyped = [...salient].filter((e) => SALIENT.has(this.entities.typeOf(e)));
    if (month !== null) {
      for (const e of salientTyped) {
        for (const m of [month - 1, month]) for (const s of this.storyByEntity.get(`${e}|${m}`) ?? []) links.push(s);
      }
    }

    // one story per report, unless it is a round-up of many incidents
    const newGroups = summary.claim_groups.map((g) => this.groups.get(g) as GroupRec).filter((g) => !g.story);
    // arrests, detentions and hearings follow an attack; only many attacks make a round-up
    const distinct = [...touched].filter((i) => i.type === 'attack' || i.type === 'kidnapping').length;
    let story: string;
    const created: string[] = [];
    if (distinct <= ROUNDUP) {
      story = this.unionAll(links, created);
      for (const inc of newIncidents) inc.story = story;
      for (const g of newGroups) g.story = story;
      for (const w of newWarnings) if (!w.story) w.story = story;
    } else {
      story = this.unionAll([], created);
      for (const inc of newIncidents) inc.story = this.unionAll([], created);
      for (const g of newGroups) g.story = story;
      for (const w of newWarnings) if (!w.story) w.story = story;
      for (const w of newWarnings)
        for (const m of w.matches.keys()) {
          const inc = this.incidents.get(m);
          if (inc && this.close(w, inc)) this.unionAll([w.story, inc.story]);
        }
    }
    this.settleExclusive(summary);
    // record every item under its story root
    for (const inc of touched) this.file(inc.story, 'incidents', inc.id, doc, day);
    for (const id of summary.claim_groups) {
      const g = this.groups.get(id) as GroupRec;
      this.file(g.story, 'groups', g.id, doc, day);
    }
    for (const w of newWarnings) this.file(w.story, 'warnings', w.id, doc, day);
    for (const cid of summary.contradictions) {
      const c = this.contradictions.get(cid) as ContradictionRec;
      c.story = this.findStory(this.storyOfClaimOrItem(c.claims[0]) ?? story);
      const other = this.storyOfClaimOrItem(c.claims[1]);
      if (other) c.story = this.unionAll([c.story, other]);
      this.file(c.story, 'contradictions', c.id, doc, day);
    }
    if (month !== null) {
      for (const e of salientTyped) {
        const s = this.storyOfEntityUse(e, touched, story);
        push(this.storyByEntity, `${e}|${month}`, s);
        const ms = this.entityMonths.get(e);
        if (ms) ms.add(month);
        else this.entityMonths.set(e, new Set([month]));
      }
    }
    const anything = touched.size + summary.claim_groups.length + newWarnings.length > 0;
    summary.story = anything ? this.findStory(story) : null;
    for (const id of created) {
      const s = this.stories.get(id);
      if (s && size(s) === 0) this.stories.delete(id);
    }
    summary.incidents = [...touched].map((i) => i.id);
    if (summary.story) this.docStory.set(doc, summary.story);
    return summary;
  }

  private storyOfEntityUse(e: string, touched: Set<IncidentRec>, fallback: string): string {
    for (const inc of touched) if (inc.actors.has(e) || inc.targets.has(e) || inc.location === e) return inc.story;
    return fallback;
  }

  private storyOfClaimOrItem(id: string): string | null {
    const g = this.claimGroupIndex.get(id);
    if (g) return this.groups.get(g)?.story ?? null;
    const inc = this.blameIncident.get(id);
    return inc ? (this.incidents.get(inc)?.story ?? null) : null;
  }

  private claimGroupIndex = new Map<string, string>();

  /**
   * An entity that pins a statement to one matter: a group, a person, a site,
   * a town. A country does not: "planned to flee to Ukraine" is said after
   * many attacks, so across reports it only joins a statement about an
   * incident the two reports share.
   */
  private anchored(tokens: string[]): boolean {
    return tokens.some((t) => t.startsWith('@') && this.entities.typeOf(t.slice(1)) !== 'country');
  }

  private groupKeys(tokens: string[], incidents: string[]): string[] {
    const keys = tokens.filter((t) => t.startsWith('@') && this.entities.typeOf(t.slice(1)) !== 'country');
    for (const i of incidents) keys.push(`inc:${i}`);
    return keys;
  }

  private sharesAnchor(a: string[], b: string[]): boolean {
    return a.some((t) => t.startsWith('@') && b.includes(t) && this.entities.typeOf(t.slice(1)) !== 'country');
  }
  private pendingExclusive: {
    g: GroupRec;
    group: GroupRec;
    facts: ClaimFacts;
    kind: ContradictionView['kind'];
    rule: string;
    reason: string;
  }[] = [];

  /**
   * "Flee to Ukraine" against "to Belarus", "X was behind the attack" against
   * "Y was": these only contradict when they are about the same thing, which
   * here means the same report or the same story. Checked once the report's
   * story is known, and never a reason to join two stories.
   */
  private settleExclusive(summary: AddSummary): void {
    for (const x of this.pendingExclusive) {
      const same = x.g.rep.document === x.facts.document || this.findStory(x.g.story) === this.findStory(x.group.story);
      if (!same) continue;
      // once per pair of groups: the fifth outlet repeating one side adds nothing new
      const pair = [x.g.id, x.group.id].sort().join('|');
      if (this.groupPairs.has(pair)) continue;
      this.groupPairs.add(pair);
      summary.contradictions.push(
        this.addContradiction(
          x.kind,
          x.rule,
          x.reason,
          this.claimSide(x.g.rep),
          this.claimSide(x.facts),
          x.group.story,
        ),
      );
    }
    this.pendingExclusive = [];
  }

  // ------------------------------------------------------------- incidents

  private placeEvent(
    ev: Event,
    doc: string,
    day: number | null,
    meta: DocumentMeta,
    canon: (x: string | null | undefined) => string | null,
    summary: AddSummary,
    context: Set<string>,
  ): IncidentRec {
    const iv = intervalOf(ev.date);
    const dated = iv !== null;
    const [lo, hi] = iv ?? (day !== null ? [day - UNDATED_LOOKBACK, day] : [0, 0]);
    const location = canon(ev.location);
    if (location) this.incidentPlaces.add(location);
    const actors = ev.actors.map(canon).filter((a): a is string => a !== null);
    const targets = (ev.targets ?? []).map(canon).filter((a): a is string => a !== null);
    let best: IncidentRec | null = null;
    let bestScore = 1;
    const bare = !location && !actors.length && !targets.length;
    const inContext: IncidentRec[] = [];
    if (dated || day !== null) {
      const seen = new Set<string>();
      for (let w = weekOf(lo - 1); w <= weekOf(hi + 1); w++) {
        for (const id of this.incByWeek.get(`${ev.type}|${w}`) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          const inc = this.incidents.get(id);
          // an incident folded into another by an analyst's merge leaves its id in the indexes
          if (!inc) continue;
          const s = this.score(inc, { lo, hi, dated, location, actors, targets, doc, subtype: ev.subtype ?? null });
          if (s >= 0 && bare && inc.story && context.has(this.findStory(inc.story))) inContext.push(inc);
          if (s > bestScore || (s === bestScore && best && inc.documents.length > best.documents.length)) {
            best = inc;
            bestScore = s;
          }
        }
      }
    }
    // "the attack", undated or unplaced, in a report whose other events belong to one story: the
    // one incident of that kind in that story which its date allows
    if (!best && inContext.length === 1) best = inContext[0] ?? null;
    if (!best && inContext.length > 1 && dated && lo === hi) {
      const sameDay = inContext.filter((i) => i.dated && i.lo === lo && i.hi === hi);
      if (sameDay.length === 1) best = sameDay[0] ?? null;
    }
    const figures = figuresOfEvent(
      ev,
      { document: doc, outlet: meta.outlet, title: meta.title, event: ev.id },
      day === null ? null : isoDay(day),
    );
    const key = `${doc}:${ev.id}`;
    this.eventFacts.set(key, {
      document: doc,
      event: ev.id,
      type: ev.type,
      subtype: ev.subtype ?? null,
      lo,
      hi,
      dated,
      location: ev.location && location ? { document: doc, entity: ev.location } : null,
      actors: ev.actors.map((entity) => ({ document: doc, entity })),
      targets: (ev.targets ?? []).map((entity) => ({ document: doc, entity })),
    });
    const evs = this.docEvents.get(doc);
    if (evs) evs.push(key);
    else this.docEvents.set(doc, [key]);
    this.incidentOfEvent.set(key, (best as IncidentRec | null)?.id ?? `I${this.next.incident}`);
    if (!best) {
      const id = `I${this.next.incident++}`;
      const inc: IncidentRec = {
        id,
        type: ev.type,
        subtype: ev.subtype ?? null,
        lo,
        hi,
        dated,
        location,
        actors: new Set(actors),
        targets: new Set(targets),
        refs: {
          location: ev.location && location ? { document: doc, entity: ev.location } : null,
          actors: ev.actors.map((entity) => ({ document: doc, entity })),
          targets: (ev.targets ?? []).map((entity) => ({ document: doc, entity })),
        },
        mentions: [{ document: doc, event: ev.id }],
        documents: [doc],
        figures,
        blames: [],
        story: '',
      };
      this.incidents.set(id, inc);
      this.indexIncident(inc);
      if (
        actors.some((a) => BLAMEABLE.has(this.entities.typeOf(a))) &&
        (ev.type === 'attack' || ev.type === 'kidnapping')
      )
        this.addBlame(inc, this.eventBlame(ev, doc, actors), summary);
      return inc;
    }
    const inc = best;
    if (dated) {
      if (!inc.dated) {
        inc.lo = lo;
        inc.hi = hi;
        inc.dated = true;
      } else if (Math.max(inc.lo, lo) <= Math.min(inc.hi, hi)) {
        // reports narrow the date down: "in March" then "on 22 March"
        inc.lo = Math.max(inc.lo, lo);
        inc.hi = Math.min(inc.hi, hi);
      }
    }
    if (!inc.location && location) {
      inc.location = location;
      inc.refs.location = { document: doc, entity: ev.location as string };
    }
    for (const entity of ev.actors) inc.refs.actors.push({ document: doc, entity });
    for (const entity of ev.targets ?? []) inc.refs.targets.push({ document: doc, entity });
    if (!inc.subtype && ev.subtype) inc.subtype = ev.subtype;
    for (const a of actors) inc.actors.add(a);
    for (const t of targets) inc.targets.add(t);
    inc.mentions.push({ document: doc, event: ev.id });
    if (!inc.documents.includes(doc)) inc.documents.push(doc);
    // one report giving its toll twice is one figure, not two
    for (const fig of figures)
      if (
        !inc.figures.some(
          (x) =>
            x.source.document === doc &&
            x.measure === fig.measure &&
            x.value === fig.value &&
            x.qualifier === fig.qualifier,
        )
      )
        inc.figures.push(fig);
    this.indexIncident(inc);
    if (actors.length && (ev.type === 'attack' || ev.type === 'kidnapping'))
      this.addBlame(inc, this.eventBlame(ev, doc, actors), summary);
    return inc;
  }

  private eventBlame(ev: Event, doc: string, actors: string[]): Blame {
    return {
      actors: actors.filter((a) => BLAMEABLE.has(this.entities.typeOf(a))),
      document: doc,
      item: `${doc}:${ev.id}`,
      speaker: this.docs.get(doc)?.outlet ?? doc,
      content: `${ev.type} by ${actors.map((a) => this.entities.nameOf(a)).join(', ')}`,
    };
  }

  private score(
    inc: IncidentRec,
    e: {
      lo: number;
      hi: number;
      dated: boolean;
      location: string | null;
      actors: string[];
      targets: string[];
      doc: string;
      subtype: string | null;
    },
  ): number {
    const slack = e.dated && inc.dated ? 1 : 0;
    if (e.lo > inc.hi + slack || inc.lo > e.hi + slack) return -1;
    let s = 0;
    if (e.location && inc.location) {
      const a = this.entities.find(e.location);
      const b = this.entities.find(inc.location);
      if (a === b) s += 3;
      else {
        const ga = this.entities.geoOf(a);
        const gb = this.entities.geoOf(b);
        if (ga && gb && km(ga, gb) <= 30) s += 2;
        else {
          // two towns, or two sites, that differ: two incidents, whatever else agrees. A site
          // and a town, or a country and anything, may be the same place at two scales.
          const ka = placeKind(this.entities.typeOf(a));
          const kb = placeKind(this.entities.typeOf(b));
          if (ka === kb && ka !== 'country') return -1;
        }
      }
    }
    if (e.actors.some((a) => [...inc.actors].some((b) => this.entities.find(a) === this.entities.find(b)))) s += 2;
    if (e.targets.some((a) => [...inc.targets].some((b) => this.entities.find(a) === this.entities.find(b)))) s += 2;
    if (inc.documents.includes(e.doc)) s += 2;
    if (e.dated && inc.dated && e.lo === e.hi && inc.lo === inc.hi && e.lo === inc.lo) s += 1;
    return s;
  }

  private countryKey(id: string | null): string | null {
    if (!id) return null;
    const geo = this.entities.geoOf(id);
    if (geo?.country) return geo.country.toUpperCase();
    return this.entities.typeOf(id) === 'country' ? normName(this.entities.nameOf(id)) : null;
  }

  private indexIncident(inc: IncidentRec): void {
    const to = Math.min(inc.hi, inc.lo + 62);
    for (let w = weekOf(inc.lo); w <= weekOf(to); w++) push(this.incByWeek, `${inc.type}|${w}`, inc.id);
    if (inc.type !== 'attack' && inc.type !== 'kidnapping') return;
    const m = monthOf(inc.lo);
    for (const k of this.incidentKeys(inc)) push(this.incByKey, `${k}|${m}`, inc.id);
  }

  private incidentKeys(inc: IncidentRec): string[] {
    const keys = new Set<string>();
    for (const a of inc.actors) keys.add(this.entities.find(a));
    for (const b of inc.blames) for (const a of b.actors) keys.add(this.entities.find(a));
    if (inc.location) {
      keys.add(this.entities.find(inc.location));
      const c = this.countryKey(inc.location);
      if (c) keys.add(`country:${c}`);
    }
    return [...keys];
  }

  private blameTarget(
    ev: Event,
    doc: string,
    day: number | null,
    canon: (x: string | null | undefined) => string | null,
    touched: Set<IncidentRec>,
  ): IncidentRec | null {
    for (const inc of touched) if (inc.type === 'attack' || inc.type === 'kidnapping') return inc;
    const iv = intervalOf(ev.date) ?? (day !== null ? [day - UNDATED_LOOKBACK, day] : null);
    if (!iv) return null;
    const location = canon(ev.location);
    const targets = (ev.targets ?? []).map(canon).filter((a): a is string => a !== null);
    let best: IncidentRec | null = null;
    let bestScore = 1;
    for (const type of ['attack', 'kidnapping'] as const) {
      for (let w = weekOf(iv[0] - 1); w <= weekOf(iv[1] + 1); w++) {
        for (const id of this.incByWeek.get(`${type}|${w}`) ?? []) {
          const inc = this.incidents.get(id);
          if (!inc) continue;
          const s = this.score(inc, {
            lo: iv[0],
            hi: iv[1],
            dated: false,
            location,
            actors: [],
            targets,
            doc,
            subtype: null,
          });
          if (s > bestScore) {
            best = inc;
            bestScore = s;
          }
        }
      }
    }
    return best;
  }

  private addBlame(inc: IncidentRec, blame: Blame, summary: AddSummary): void {
    if (!blame.actors.length) return;
    inc.blames.push(blame);
    this.blameIncident.set(blame.item, inc.id);
    const m = monthOf(inc.lo);
    for (const a of blame.actors) push(this.incByKey, `${this.entities.find(a)}|${m}`, inc.id);
    const mine = new Set(blame.actors.map((a) => this.entities.find(a)));
    for (const other of inc.blames) {
      if (other === blame || other.document === blame.document) continue;
      const theirs = other.actors.map((a) => this.entities.find(a));
      if (theirs.some((a) => mine.has(a))) continue;
      const pair = `${inc.id}|${[...mine].sort().join(',')}|${[...new Set(theirs)].sort().join(',')}`;
      if (this.blamePairs.has(pair)) continue;
      this.blamePairs.add(pair);
      const names = (xs: Iterable<string>) => [...xs].map((a) => this.entities.nameOf(a)).join(', ');
      const id = this.addContradiction(
        'responsibility',
        'responsibility-conflict',
        `conflicting attributions of responsibility for ${this.incidentLabel(inc)}: ${names(theirs)} (${this.outlet(other.document)}) vs ${names(mine)} (${this.outlet(blame.document)})`,
        this.blameSide(other),
        this.blameSide(blame),
        inc.story,
      );
      summary.contradictions.push(id);
    }
  }

  private blameIncident = new Map<string, string>();
  private docStory = new Map<string, string>();
  /** the months in which a salient entity tied stories together, so a merge can revisit just those */
  private entityMonths = new Map<string, Set<number>>();
  /** entities where some incident happened, as canonical ids at the time */
  private incidentPlaces = new Set<string>();
  private eventPlace = (token: string): boolean => {
    if (!token.startsWith('@')) return false;
    // held as the canonical id of the day; a later merge can hide one, never invent one
    return this.incidentPlaces.has(token.slice(1)) || this.incidentPlaces.has(this.entities.find(token.slice(1)));
  };

  private blameSide(b: Blame): ContradictionSide {
    const meta = this.docs.get(b.document);
    return {
      claim: b.item,
      speaker: b.speaker || this.outlet(b.document),
      content: b.content || `responsibility claimed for ${b.actors.map((a) => this.entities.nameOf(a)).join(', ')}`,
      source: { document: b.document, outlet: meta?.outlet ?? null, published: meta?.published ?? null },
    };
  }

  private outlet(doc: string): string {
    return this.docs.get(doc)?.outlet ?? doc;
  }

  private incidentLabel(inc: IncidentRec): string {
    const where = inc.location ? ` in ${this.entities.nameOf(inc.location)}` : '';
    const when = incidentDate(inc);
    return `the ${inc.subtype ?? inc.type}${where}${when ? ` on ${when}` : ''}`;
  }

  // ---------------------------------------------------------------- claims

  private placeClaim(
    c: Claim,
    doc: string,
    day: number | null,
    mentions: MentionSpan[],
    canon: (x: string | null | undefined) => string | null,
    summary: AddSummary,
    incidentStories: Set<string>,
    docIncidents: string[],
    docGroups: string[],
  ): { group: GroupRec; joined: boolean } {
    const speakerEntity = canon(c.speaker.entity);
    let source = sourceKeyOf(c, doc, speakerEntity);
    // wire copy: the same anonymous words under another masthead are not a second source
    if (source.startsWith('anonymous:')) {
      const copy = `${normName(c.speaker.text)}|${normName(c.content.text)}`;
      const first = this.copies.get(copy);
      if (first) source = first;
      else this.copies.set(copy, source);
    }
    const facts: ClaimFacts = {
      id: `${doc}:${c.id}`,
      document: doc,
      day,
      speaker: c.speaker.text,
      content: c.content.text,
      source,
      prop: propositionOf(c, mentions, speakerEntity),
      hedged: c.hedged,
    };
    const mine = this.docClaims.get(doc);
    if (mine) mine.push(facts);
    else this.docClaims.set(doc, [facts]);
    const month = day === null ? null : monthOf(day);
    // Across reports a statement only meets another through an entity that pins it
    // to one matter or through an incident both reports tell; within a report, any.
    const keys = this.groupKeys(facts.prop.tokens, docIncidents);
    const candidates = new Set<string>(docGroups);
    if (month !== null) {
      const lists = keys
        .map((k) => [this.groupByToken.get(`${k}|${month}`) ?? [], this.groupByToken.get(`${k}|${month - 1}`) ?? []])
        .map((ls) => ({ ls, n: ls.reduce((k, l) => k + l.length, 0) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => a.n - b.n)
        .flatMap((x) => x.ls);
      outer: for (const l of lists) {
        for (let i = l.length - 1; i >= 0; i--) {
          candidates.add(l[i] as string);
          if (candidates.size >= MAX_GROUP_CANDIDATES) break outer;
        }
      }
    }
    let best: GroupRec | null = null;
    let bestSim = 0;
    const name = (t: string) => this.entities.nameOf(t.replace(/^@/, ''));
    const exclusive: { g: GroupRec; kind: ContradictionView['kind']; rule: string; reason: string }[] = [];
    const q = this.canonicalProp(facts.prop);
    for (const gid of candidates) {
      const g = this.groups.get(gid);
      if (!g) continue;
      const p = this.repProp(g);
      const related =
        g.rep.document === doc ||
        this.sharesAnchor(p.tokens, q.tokens) ||
        (g.story !== '' && incidentStories.has(this.findStory(g.story)));
      if (sameProposition(p, q) && related) {
        const sim = jaccard(p.tokens, q.tokens);
        if (sim > bestSim) {
          best = g;
          bestSim = sim;
        }
        continue;
      }
      // not the same proposition: perhaps the same frame with an exclusive value
      const conflict = compareClaims({ ...g.rep, prop: p }, { ...facts, prop: q }, name, this.eventPlace);
      // a denial of the same proposition meets its assertion in one group (below); a denied
      // involvement is another statement, set against the claim that implies it like an exclusive value
      if (conflict && conflict.rule !== 'denial-vs-assertion') exclusive.push({ g, ...conflict });
    }
    const joined = best !== null;
    const group = best ?? this.newGroup(facts);
    if (best) group.claims.push(facts);
    for (const x of exclusive) if (x.g !== group) this.pendingExclusive.push({ ...x, group, facts });
    this.claimGroupIndex.set(facts.id, group.id);
    if (month !== null) for (const k of keys) push(this.groupByToken, `${k}|${month}`, group.id);
    if (!docGroups.includes(group.id)) docGroups.push(group.id);
    this.recordSource(group, facts, summary);
    return { group, joined };
  }

  /** Denial against assertion within a group, once per pair of sources (at most five new ones per claim). */
  private recordSource(group: GroupRec, facts: ClaimFacts, summary: AddSummary): void {
    const name = (t: string) => this.entities.nameOf(t.replace(/^@/, ''));
    const source = facts.source;
    const doc = facts.document;
    const mine = group.bySource.get(source) ?? {};
    const pol = facts.prop.polarity;
    if (!mine[pol]) {
      mine[pol] = facts;
      group.bySource.set(source, mine);
      const opposite = pol === 'affirm' ? 'deny' : 'affirm';
      let n = 0;
      for (const [s, sides] of group.bySource) {
        const o = sides[opposite];
        if (!o || (s === source && o.document === doc)) continue;
        const conflict = compareClaims(
          { ...o, prop: this.canonicalProp(o.prop) },
          { ...facts, prop: this.canonicalProp(facts.prop) },
          name,
        );
        if (!conflict) continue;
        summary.contradictions.push(
          this.addContradiction(
            conflict.kind,
            conflict.rule,
            conflict.reason,
            this.claimSide(o),
            this.claimSide(facts),
            group.story,
          ),
        );
        if (++n >= 5) break;
      }
    }
  }

  /** Entity tokens through union-find, so that merges made after a claim arrived still count. */
  private canonicalProp(p: ClaimFacts['prop']): ClaimFacts['prop'] {
    const f = (t: string) => (t.startsWith('@') ? `@${this.entities.find(t.slice(1))}` : t);
    const fs = (xs: string[]) => [...new Set(xs.map(f))].sort();
    return {
      ...p,
      tokens: fs(p.tokens),
      frame: fs(p.frame),
      places: fs(p.places),
      actors: fs(p.actors),
      destinations: fs(p.destinations ?? []),
      countryDestinations: fs(p.countryDestinations ?? []),
      involved: fs(p.involved ?? []),
    };
  }

  private repProp(g: GroupRec): ClaimFacts['prop'] {
    const v = this.entities.version;
    if (!g.canon || g.canon.version !== v) g.canon = { version: v, prop: this.canonicalProp(g.rep.prop) };
    return g.canon.prop;
  }

  private newGroup(facts: ClaimFacts): GroupRec {
    const id = `G${this.next.group++}`;
    const g: GroupRec = { id, rep: facts, claims: [facts], bySource: new Map(), story: '' };
    this.groups.set(id, g);
    return g;
  }

  private claimSide(f: ClaimFacts): ContradictionSide {
    const meta = this.docs.get(f.document);
    return {
      claim: f.id,
      speaker: f.speaker,
      content: f.content,
      source: { document: f.document, outlet: meta?.outlet ?? null, published: meta?.published ?? null },
    };
  }

  private addContradiction(
    kind: ContradictionView['kind'],
    rule: string,
    reason: string,
    a: ContradictionSide,
    b: ContradictionSide,
    story: string,
  ): string {
    const id = `C${this.next.contradiction++}`;
    this.contradictions.set(id, { id, kind, rule, claims: [a.claim, b.claim], reason, sides: [a, b], story });
    return id;
  }

  // -------------------------------------------------------------- warnings

  private placeWarning(
    w: Warning,
    doc: string,
    day: number | null,
    mentions: MentionSpan[],
    canon: (x: string | null | undefined) => string | null,
  ): WarningRec {
    const issuedDay = dayOf(w.issued) ?? intervalOf(w.issued)?.[0] ?? day;
    const [s, e] = w.evidence;
    const inside = mentions.filter((m) => m.start >= s && m.end <= e);
    const ext = w as Warning & { location?: string | null; target?: string | null };
    const places = new Set<string>();
    const targets = new Set<string>();
    const extLoc = canon(ext.location);
    if (extLoc) places.add(extLoc);
    const extTarget = canon(ext.target);
    if (extTarget) targets.add(extTarget);
    const issuer = canon(w.issuer);
    const recipient = canon(w.recipient);
    for (const m of inside) {
      if (m.entity === issuer || m.entity === recipient) continue;
      if (m.type === 'facility') targets.add(m.entity);
      if (PLACE_TYPES.has(m.type)) places.add(m.entity);
    }
    const countries = new Set<string>();
    for (const p of places) {
      const c = this.countryKey(p);
      if (c) countries.add(c);
    }
    // the country warned is where the threat is, even when only the recipient names it
    if (recipient && this.entities.typeOf(recipient) === 'country') {
      const c = this.countryKey(recipient);
      if (c) countries.add(c);
    }
    const id = `${doc}:${w.id}`;
    const facts: WarningFacts | null =
      issuedDay === null
        ? null
        : {
            id,
            issued: issuedDay,
            threatActor: canon(w.threat_actor),
            places: [...places].filter((p) => this.entities.typeOf(p) !== 'country'),
            countries: [...countries],
            placeGeo: [...places].map((p) => this.entities.geoOf(p)).filter((g): g is Geo => g !== null),
            targets: [...targets],
            threatWords: wordsOf(w.threat),
            specificity: w.specificity,
          };
    const rec: WarningRec = {
      id,
      document: doc,
      issuer,
      recipient,
      issued: issuedDay === null ? null : isoDay(issuedDay),
      threat: w.threat ?? null,
      facts,
      matches: new Map(),
      story: '',
    };
    this.warnings.set(id, rec);
    if (facts) {
      const m = monthOf(facts.issued);
      for (const k of this.warningKeys(facts)) push(this.warnByKey, `${k}|${m}`, id);
    }
    return rec;
  }

  private warningKeys(f: WarningFacts): string[] {
    const keys = new Set<string>();
    if (f.threatActor) keys.add(this.entities.find(f.threatActor));
    for (const p of f.places) keys.add(this.entities.find(p));
    for (const c of f.countries) keys.add(`country:${c}`);
    return [...keys];
  }

  private incidentsForWarning(w: WarningRec): IncidentRec[] {
    if (!w.facts) return [];
    const out = new Set<IncidentRec>();
    const m0 = monthOf(w.facts.issued);
    const m1 = monthOf(w.facts.issued + WARNING_HORIZON_DAYS);
    for (const k of this.warningKeys(w.facts))
      for (let m = m0; m <= m1; m++)
        for (const id of this.incByKey.get(`${k}|${m}`) ?? []) {
          const inc = this.incidents.get(id);
          if (inc) out.add(inc);
        }
    return [...out];
  }

  private warningsForIncident(inc: IncidentRec): WarningRec[] {
    if (inc.type !== 'attack' && inc.type !== 'kidnapping') return [];
    const out = new Set<WarningRec>();
    const m1 = monthOf(inc.lo);
    const m0 = monthOf(inc.lo - WARNING_HORIZON_DAYS);
    for (const k of this.incidentKeys(inc))
      for (let m = m0; m <= m1; m++)
        for (const id of this.warnByKey.get(`${k}|${m}`) ?? []) out.add(this.warnings.get(id) as WarningRec);
    return [...out];
  }

  /**
   * A warning about a group matches every later attack by it, which is worth
   * showing; but only the attack that followed closely, or in the place
   * warned of, is the same story.
   */
  private close(w: WarningRec, inc: IncidentRec): boolean {
    const m = w.matches.get(inc.id);
    return !!m && (m.place_level === 'city' || m.place_level === 'site' || m.lead_time_days <= 60);
  }

  private recordMatch(w: WarningRec, inc: IncidentRec): boolean {
    if (!w.facts) return false;
    const facts: IncidentFacts = {
      id: inc.id,
      type: inc.type,
      day: inc.lo,
      location: inc.location ? this.entities.find(inc.location) : null,
      country: this.countryKey(inc.location),
      geo: inc.location ? this.entities.geoOf(inc.location) : null,
      actors: [...new Set([...inc.actors, ...inc.blames.flatMap((b) => b.actors)].map((a) => this.entities.find(a)))],
      targets: [...inc.targets].map((t) => this.entities.find(t)),
      targetWords: [
        ...[...inc.targets].flatMap((t) => wordsOf(this.entities.nameOf(t))),
        ...wordsOf(inc.subtype ?? ''),
      ],
    };
    const wf: WarningFacts = {
      ...w.facts,
      threatActor: w.facts.threatActor ? this.entities.find(w.facts.threatActor) : null,
      places: w.facts.places.map((p) => this.entities.find(p)),
      targets: w.facts.targets.map((p) => this.entities.find(p)),
    };
    // undated mentions only bound the incident; they cannot prove a lead time
    if (!inc.dated) return false;
    const m = matchWarning(wf, facts);
    if (!m) return false;
    w.matches.set(inc.id, m);
    return true;
  }

  // --------------------------------------------------------------- stories

  findStory(id: string): string {
    let x = id;
    for (let p = this.storyParent.get(x); p !== undefined; p = this.storyParent.get(x)) x = p;
    let y = id;
    while (y !== x) {
      const p = this.storyParent.get(y) as string;
      this.storyParent.set(y, x);
      y = p;
    }
    return x;
  }

  private unionAll(ids: string[], created?: string[]): string {
    const roots = [...new Set(ids.filter(Boolean).map((s) => this.findStory(s)))].filter((s) => this.stories.has(s));
    if (!roots.length) {
      const id = `S${this.next.story++}`;
      created?.push(id);
      this.stories.set(id, {
        id,
        incidents: new Set(),
        warnings: new Set(),
        groups: new Set(),
        contradictions: new Set(),
        documents: new Set(),
        first: null,
        last: null,
      });
      return id;
    }
    const sized = roots
      .map((r) => this.stories.get(r) as StoryRec)
      .sort((a, b) => size(b) - size(a) || a.id.localeCompare(b.id));
    const keep = sized[0] as StoryRec;
    for (const s of sized.slice(1)) {
      for (const k of ['incidents', 'warnings', 'groups', 'contradictions', 'documents'] as const)
        for (const x of s[k]) keep[k].add(x);
      if (s.first !== null) keep.first = keep.first === null ? s.first : Math.min(keep.first, s.first);
      if (s.last !== null) keep.last = keep.last === null ? s.last : Math.max(keep.last, s.last);
      this.stories.delete(s.id);
      this.storyParent.set(s.id, keep.id);
    }
    return keep.id;
  }

  private file(
    story: string,
    kind: 'incidents' | 'warnings' | 'groups' | 'contradictions',
    id: string,
    doc: string,
    day: number | null,
  ): void {
    const s = this.stories.get(this.findStory(story));
    if (!s) return;
    s[kind].add(id);
    s.documents.add(doc);
    if (day !== null) {
      s.first = s.first === null ? day : Math.min(s.first, day);
      s.last = s.last === null ? day : Math.max(s.last, day);
    }
  }

  // ------------------------------------------------------ analysts' actions

  merge(a: string, b: string, by: string, at: string | null = null): AuditRecord {
    const ra = this.entities.find(a);
    const rb = this.entities.find(b);
    const rec = this.entities.merge(a, b, by, at);
    if (this.keepLog) this.log.push({ op: 'merge', a, b, by, at });
    this.audit.push(rec);
    this.relinkAfterMerge(ra, rb, rec.result);
    this.regroup([rec.result]);
    return rec;
  }

  /**
   * Two names now one entity: the stories each name held together in nearby
   * months are one story, as they would have been had the names matched at ingest.
   */
  private relinkAfterMerge(a: string, b: string, into: string): void {
    const months = new Set<number>();
    for (const e of [a, b]) for (const m of this.entityMonths.get(e) ?? []) months.add(m);
    for (const m of months) {
      const near: string[] = [];
      for (const e of [a, b])
        for (const k of [m - 1, m, m + 1]) for (const s of this.storyByEntity.get(`${e}|${k}`) ?? []) near.push(s);
      const here = [a, b].flatMap((e) => this.storyByEntity.get(`${e}|${m}`) ?? []);
      if (!here.length) continue;
      const root = this.unionAll(near);
      push(this.storyByEntity, `${into}|${m}`, root);
    }
    const all = this.entityMonths.get(into) ?? new Set<number>();
    for (const m of months) all.add(m);
    this.entityMonths.set(into, all);
  }

  split(entity: string, mentions: MemberRef[], by: string, at: string | null = null): AuditRecord {
    const before = this.entities.find(entity);
    const rec = this.entities.split(entity, mentions, by, at);
    if (this.keepLog) this.log.push({ op: 'split', entity, mentions, by, at });
    this.audit.push(rec);
    this.regroup([this.entities.find(before), rec.result], true);
    return rec;
  }

  // ------------------------------------------- re-grouping after merge/split

  /**
   * Incidents and claim groups that depend on the given (canonical) entities, placed
   * again as if the entities had always been so: a bounded recomputation over the
   * documents that mention them (the entity's mentions say which), never the whole
   * history. Incidents: the events of every incident one of whose events names the
   * entity are clustered again in ingestion order with the rules of `placeEvent`. Claim
   * groups: in those documents, groups whose propositions are now the same are joined
   * and claims no longer the same proposition as their group's first leave it. Items
   * joined join their stories. After a split, the stories of those documents are cut
   * into their connected parts (`cutStory`). Nothing is lost: every event stays in
   * exactly one incident and every claim in exactly one group.
   */
  private regroup(entities: string[], split = false): void {
    const roots = new Set(entities.map((e) => this.entities.find(e)));
    const docs = new Set<string>();
    for (const r of roots) for (const m of this.entities.canonical(r)?.mentions ?? []) docs.add(m.document);
    const names = (ref: MemberRef | null) => {
      const c = ref ? this.entities.memberCluster(ref.document, ref.entity) : null;
      return c !== null && roots.has(this.entities.find(c));
    };
    const affected = new Map<string, IncidentRec>();
    for (const d of docs)
      for (const k of this.docEvents.get(d) ?? []) {
        const f = this.eventFacts.get(k);
        const inc = this.incidents.get(this.incidentOfEvent.get(k) ?? '');
        if (f && inc && (names(f.location) || f.actors.some(names) || f.targets.some(names))) affected.set(inc.id, inc);
      }
    if (affected.size) this.reclusterIncidents([...affected.values()]);
    this.regroupClaims(docs, roots);
    if (split) {
      const stories = new Set<string>();
      for (const d of docs) {
        const st = this.docStory.get(d);
        if (st) stories.add(this.findStory(st));
      }
      for (const st of stories) this.cutStory(st);
    }
  }

  /**
   * A story whose documents no longer hang together, cut into its connected parts: two
   * reports stay together when they share an incident, a claim group, a warning matched
   * closely, or a salient entity (armed group, person, facility; in any month, so this
   * only cuts what nothing links). The part with the most items keeps the id; a report
   * with no item of its own stays with it. Bounded by the story's own items.
   */
  private cutStory(id: string): void {
    const s = this.stories.get(id);
    if (!s || s.documents.size < 2) return;
    const parent = new Map<string, string>();
    for (const d of s.documents) parent.set(d, d);
    const find = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r) as string;
      parent.set(x, r);
      return r;
    };
    const link = (ds: Iterable<string>) => {
      let first: string | null = null;
      for (const d of ds) {
        if (!parent.has(d)) continue;
        if (first === null) first = find(d);
        else parent.set(find(d), first);
      }
    };
    for (const i of s.incidents) link(this.incidents.get(i)?.documents ?? []);
    for (const g of s.groups) link((this.groups.get(g)?.claims ?? []).map((c) => c.document));
    for (const wid of s.warnings) {
      const w = this.warnings.get(wid);
      if (!w) continue;
      for (const m of w.matches.keys()) {
        const inc = this.incidents.get(m);
        if (inc && s.incidents.has(m) && this.close(w, inc)) link([w.document, ...inc.documents]);
      }
    }
    const bySalient = new Map<string, string[]>();
    for (const d of s.documents)
      for (const locals of this.docEntities.get(d)?.values() ?? [])
        for (const l of locals) {
          const c = this.entities.memberCluster(d, l);
          if (c && SALIENT.has(this.entities.typeOf(c))) push(bySalient, this.entities.find(c), d);
        }
    for (const ds of bySalient.values()) link(ds);
    // the items of each part
    type Part = { incidents: string[]; groups: string[]; warnings: string[]; contradictions: string[]; docs: string[] };
    const parts = new Map<string, Part>();
    const part = (d: string | undefined): Part | null => {
      if (d === undefined || !parent.has(d)) return null;
      const r = find(d);
      let p = parts.get(r);
      if (!p) {
        p = { incidents: [], groups: [], warnings: [], contradictions: [], docs: [] };
        parts.set(r, p);
      }
      return p;
    };
    for (const i of s.incidents) part(this.incidents.get(i)?.documents[0])?.incidents.push(i);
    for (const g of s.groups) part(this.groups.get(g)?.claims[0]?.document)?.groups.push(g);
    for (const w of s.warnings) part(this.warnings.get(w)?.document)?.warnings.push(w);
    for (const c of s.contradictions)
      part(this.contradictions.get(c)?.sides[0].source.document)?.contradictions.push(c);
    if (parts.size < 2) return;
    const items = (p: Part) => p.incidents.length + p.groups.length + p.warnings.length;
    const ranked = [...parts.entries()].sort((a, b) => items(b[1]) - items(a[1]));
    for (const [root, p] of ranked.slice(1)) {
      const n = this.unionAll([]);
      const story = this.stories.get(n) as StoryRec;
      for (const d of s.documents) if (find(d) === root) p.docs.push(d);
      const move = <R extends { story: string | null }>(
        ids: readonly string[],
        from: Set<string>,
        to: Set<string>,
        records: Map<string, R>,
      ) => {
        for (const id of ids) {
          from.delete(id);
          to.add(id);
          (records.get(id) as R).story = n;
        }
      };
      move(p.incidents, s.incidents, story.incidents, this.incidents);
      move(p.groups, s.groups, story.groups, this.groups);
      move(p.warnings, s.warnings, story.warnings, this.warnings);
      move(p.contradictions, s.contradictions, story.contradictions, this.contradictions);
      for (const d of p.docs) {
        s.documents.delete(d);
        story.documents.add(d);
        if (this.docStory.has(d) && this.findStory(this.docStory.get(d) as string) === id) this.docStory.set(d, n);
      }
      this.spanOf(story);
    }
    this.spanOf(s);
  }

  /** A story's first and last publication day, from its reports. */
  private spanOf(s: StoryRec): void {
    s.first = null;
    s.last = null;
    for (const d of s.documents) {
      const day = dayOf(this.docs.get(d)?.published);
      if (day === null) continue;
      s.first = s.first === null ? day : Math.min(s.first, day);
      s.last = s.last === null ? day : Math.max(s.last, day);
    }
  }

  private fileContradictions(summary: AddSummary): void {
    for (const id of summary.contradictions) {
      const x = this.contradictions.get(id) as ContradictionRec;
      x.story = this.findStory(x.story);
      this.stories.get(x.story)?.contradictions.add(id);
    }
  }

  /** Claim groups of the documents that mention the entities: split what no longer agrees, join what now does. */
  private regroupClaims(docs: Set<string>, roots: Set<string>): void {
    const groups = new Map<string, GroupRec>();
    for (const d of docs)
      for (const c of this.docClaims.get(d) ?? []) {
        this.reresolve(c);
        if (!c.prop.tokens.some((t) => t.startsWith('@') && roots.has(this.entities.find(t.slice(1))))) continue;
        const g = this.groups.get(this.claimGroupIndex.get(c.id) ?? '');
        if (g) groups.set(g.id, g);
      }
    if (!groups.size) return;
    const summary = emptySummary('');
    // a split: claims that are no longer the proposition of their group's first claim leave it
    const list = [...groups.values()].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    for (const g of [...list]) {
      const p = this.repProp(g);
      const out = g.claims.filter((c) => c !== g.rep && !sameProposition(p, this.canonicalProp(c.prop)));
      if (!out.length) continue;
      g.claims = g.claims.filter((c) => !out.includes(c));
      g.bySource = this.sourcesOf(g.claims);
      for (const c of out) {
        const q = this.canonicalProp(c.prop);
        const home = list.find((h) => h !== g && sameProposition(this.repProp(h), q) && this.related(h, c, g.story));
        if (home) {
          home.claims.push(c);
          home.bySource = this.sourcesOf(home.claims);
          this.claimGroupIndex.set(c.id, home.id);
          continue;
        }
        const n = this.newGroup(c);
        n.bySource = this.sourcesOf(n.claims);
        // findable by later reports under the entity it now names
        if (c.day !== null)
          for (const k of this.groupKeys(q.tokens, [])) push(this.groupByToken, `${k}|${monthOf(c.day)}`, n.id);
        n.story = g.story;
        this.claimGroupIndex.set(c.id, n.id);
        this.stories.get(this.findStory(g.story))?.groups.add(n.id);
        list.push(n);
      }
    }
    // a merge: groups whose propositions are now one join the first of them
    for (let i = 0; i < list.length; i++) {
      const g = list[i] as GroupRec;
      if (!this.groups.has(g.id)) continue;
      for (let j = i + 1; j < list.length; j++) {
        const h = list[j] as GroupRec;
        if (!this.groups.has(h.id) || !sameProposition(this.repProp(g), this.repProp(h))) continue;
        if (!this.related(g, h.rep, h.story)) continue;
        g.story = this.unionAll([g.story, h.story]);
        this.stories.get(this.findStory(g.story))?.groups.delete(h.id);
        this.stories.get(this.findStory(g.story))?.groups.add(g.id);
        this.groups.delete(h.id);
        this.itemAlias.set(h.id, g.id);
        for (const c of h.claims) {
          g.claims.push(c);
          this.claimGroupIndex.set(c.id, g.id);
          this.recordSource(g, c, summary);
        }
      }
    }
    this.fileContradictions(summary);
  }

  /** A claim's entity tokens through the report's own entities again: after a split they may name another entity. */
  private reresolve(c: ClaimFacts): void {
    const locals = this.docEntities.get(c.document);
    if (!locals) return;
    const f = (t: string) => {
      if (!t.startsWith('@')) return t;
      const l = locals.get(t.slice(1))?.[0];
      const now = l ? this.entities.memberCluster(c.document, l) : null;
      return now ? `@${now}` : t;
    };
    const fs = (xs: string[] | undefined) => (xs ? [...new Set(xs.map(f))].sort() : xs);
    const p = c.prop;
    c.prop = {
      ...p,
      tokens: fs(p.tokens) as string[],
      frame: fs(p.frame) as string[],
      places: fs(p.places) as string[],
      actors: fs(p.actors) as string[],
      destinations: fs(p.destinations),
      countryDestinations: fs(p.countryDestinations),
      involved: fs(p.involved),
    };
  }

  /** As in `placeClaim`: the same report, a shared anchoring entity, or the same story. */
  private related(g: GroupRec, c: ClaimFacts, story: string): boolean {
    return (
      g.rep.document === c.document ||
      this.sharesAnchor(this.repProp(g).tokens, this.canonicalProp(c.prop).tokens) ||
      (g.story !== '' && story !== '' && this.findStory(g.story) === this.findStory(story))
    );
  }

  /** Who says a group's proposition and who denies it, without setting them against each other again. */
  private sourcesOf(claims: ClaimFacts[]): GroupRec['bySource'] {
    const out: GroupRec['bySource'] = new Map();
    for (const c of claims) {
      const sides = out.get(c.source) ?? {};
      sides[c.prop.polarity] ??= c;
      out.set(c.source, sides);
    }
    return out;
  }

  private docOrder(): Map<string, number> {
    const order = new Map<string, number>();
    for (const d of this.docs.keys()) order.set(d, order.size);
    return order;
  }

  private reclusterIncidents(olds: IncidentRec[]): void {
    const num = (id: string) => Number(id.slice(1));
    olds.sort((a, b) => num(a.id) - num(b.id));
    const order = this.docOrder();
    const origin = new Map<string, IncidentRec>();
    const facts: EventFact[] = [];
    for (const inc of olds)
      for (const m of inc.mentions) {
        const f = this.eventFacts.get(`${m.document}:${m.event}`);
        if (!f) continue;
        facts.push(f);
        origin.set(`${m.document}:${m.event}`, inc);
      }
    facts.sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0));
    const canon = (ref: MemberRef | null) => (ref ? this.entities.memberCluster(ref.document, ref.entity) : null);
    interface Cluster {
      rec: IncidentRec;
      from: Set<IncidentRec>;
    }
    const clusters: Cluster[] = [];
    for (const f of facts) {
      const location = canon(f.location);
      const actors = f.actors.map(canon).filter((a): a is string => a !== null);
      const targets = f.targets.map(canon).filter((a): a is string => a !== null);
      let best: Cluster | null = null;
      let bestScore = 1;
      for (const c of clusters) {
        if (c.rec.type !== f.type) continue;
        const sc = this.score(c.rec, {
          lo: f.lo,
          hi: f.hi,
          dated: f.dated,
          location,
          actors,
          targets,
          doc: f.document,
          subtype: f.subtype,
        });
        if (sc > bestScore) {
          best = c;
          bestScore = sc;
        }
      }
      const from = origin.get(`${f.document}:${f.event}`) as IncidentRec;
      if (!best) {
        clusters.push({
          rec: {
            id: '',
            type: f.type,
            subtype: f.subtype,
            lo: f.lo,
            hi: f.hi,
            dated: f.dated,
            location,
            actors: new Set(actors),
            targets: new Set(targets),
            refs: { location: location ? f.location : null, actors: [...f.actors], targets: [...f.targets] },
            mentions: [{ document: f.document, event: f.event }],
            documents: [f.document],
            figures: [],
            blames: [],
            story: from.story,
          },
          from: new Set([from]),
        });
        continue;
      }
      const inc = best.rec;
      best.from.add(from);
      if (f.dated) {
        if (!inc.dated) {
          inc.lo = f.lo;
          inc.hi = f.hi;
          inc.dated = true;
        } else if (Math.max(inc.lo, f.lo) <= Math.min(inc.hi, f.hi)) {
          inc.lo = Math.max(inc.lo, f.lo);
          inc.hi = Math.min(inc.hi, f.hi);
        }
      }
      if (!inc.location && location) {
        inc.location = location;
        inc.refs.location = f.location;
      }
      inc.refs.actors.push(...f.actors);
      inc.refs.targets.push(...f.targets);
      if (!inc.subtype && f.subtype) inc.subtype = f.subtype;
      for (const a of actors) inc.actors.add(a);
      for (const t of targets) inc.targets.add(t);
      inc.mentions.push({ document: f.document, event: f.event });
      if (!inc.documents.includes(f.document)) inc.documents.push(f.document);
    }
    // ids: the old ones in order, new ones for parts split off
    const removed = new Set(olds.map((o) => o.id));
    clusters.forEach((c, i) => {
      c.rec.id = olds[i]?.id ?? `I${this.next.incident++}`;
      removed.delete(c.rec.id);
    });
    const clusterOf = new Map<string, Cluster>();
    for (const c of clusters) for (const m of c.rec.mentions) clusterOf.set(`${m.document}:${m.event}`, c);
    // figures and blames go with their event (a responsibility claim's blame with its report, else its incident)
    const firstOf = new Map<IncidentRec, Cluster>();
    for (const c of clusters) for (const o of c.from) if (!firstOf.has(o)) firstOf.set(o, c);
    const summary = emptySummary('');
    const blames: [Cluster, Blame][] = [];
    for (const o of olds) {
      for (const fig of o.figures) {
        const c = clusterOf.get(`${fig.source.document}:${fig.source.event}`) ?? firstOf.get(o);
        c?.rec.figures.push(fig);
      }
      for (const b of o.blames) {
        const c =
          clusterOf.get(b.item) ??
          clusters.find((x) => x.from.has(o) && x.rec.documents.includes(b.document)) ??
          firstOf.get(o);
        if (c) blames.push([c, b]);
      }
    }
    // the stories: a cluster drawn from several incidents joins their stories
    for (const c of clusters) c.rec.story = this.unionAll([...c.from].map((o) => o.story));
    for (const o of olds) this.stories.get(this.findStory(o.story))?.incidents.delete(o.id);
    for (const id of removed) {
      this.incidents.delete(id);
      const survivor = clusters.find((c) => c.from.has(olds.find((o) => o.id === id) as IncidentRec));
      if (survivor) this.itemAlias.set(id, survivor.rec.id);
    }
    for (const c of clusters) {
      this.incidents.set(c.rec.id, c.rec);
      this.indexIncident(c.rec);
      for (const m of c.rec.mentions) this.incidentOfEvent.set(`${m.document}:${m.event}`, c.rec.id);
      this.stories.get(this.findStory(c.rec.story))?.incidents.add(c.rec.id);
    }
    // attributions again, which finds conflicts the merge brought together; pairs already
    // set against each other in an old incident are not set again under the new id
    for (const o of olds)
      for (const x of o.blames)
        for (const y of o.blames) {
          const c = blames.find(([, b]) => b === x)?.[0];
          if (!c || x === y) continue;
          const ids = (b: Blame) => [...new Set(b.actors.map((a) => this.entities.find(a)))].sort().join(',');
          this.blamePairs.add(`${c.rec.id}|${ids(x)}|${ids(y)}`);
        }
    for (const [c, b] of blames) this.addBlame(c.rec, b, summary);
    this.fileContradictions(summary);
    // warnings matched to the old incidents are matched again to the new ones
    const oldIds = new Set(olds.map((o) => o.id));
    for (const w of this.warnings.values()) {
      if (![...w.matches.keys()].some((k) => oldIds.has(k))) continue;
      for (const k of oldIds) w.matches.delete(k);
      for (const c of clusters) this.recordMatch(w, c.rec);
    }
  }

  // ----------------------------------------------------------------- views

  entity(id: string): CanonicalEntity | null {
    return this.entities.canonical(id);
  }

  listStories(): StorySummary[] {
    return [...this.stories.values()]
      .sort((a, b) => (b.last ?? 0) - (a.last ?? 0) || size(b) - size(a) || a.id.localeCompare(b.id))
      .map((s) => ({
        id: s.id,
        title: this.storyTitle(s),
        documents: [...s.documents],
        incidents: [...s.incidents],
        first: s.first === null ? null : isoDay(s.first),
        last: s.last === null ? null : isoDay(s.last),
      }));
  }

  /** The story a document's items went to (for a round-up, the story of its claims and warnings), or null. */
  documentStory(document: string): string | null {
    const s = this.docStory.get(document);
    return s ? this.findStory(s) : null;
  }

  /** The story an item (incident, claim group, warning, contradiction) or a story id now belongs to. */
  storyOf(given: string): string | null {
    const id = this.itemAlias.get(given) ?? given;
    const item =
      this.incidents.get(id)?.story ??
      this.groups.get(id)?.story ??
      this.warnings.get(id)?.story ??
      this.contradictions.get(id)?.story;
    const s = item ?? (this.storyParent.has(id) || this.stories.has(id) ? id : null);
    return s ? this.findStory(s) : null;
  }

  showStory(id: string): StoryView {
    const root = this.findStory(id);
    const s = this.stories.get(root);
    if (!s) throw new ForewarnError('not_found', `no story ${id}`);
    const incidents = [...s.incidents].map((i) => this.incidentView(i)).sort(byDate);
    const ents = new Set<string>();
    for (const i of incidents) {
      if (i.location) ents.add(i.location.id);
      for (const a of [...i.actors, ...i.targets]) ents.add(a.id);
    }
    const warnings = [...s.warnings].map((w) => this.warningView(w));
    for (const w of warnings) for (const p of [w.issuer, w.recipient]) if (p) ents.add(p.id);
    const groups = [...s.groups].map((g) => this.groupView(g));
    for (const g of s.groups)
      for (const t of (this.groups.get(g) as GroupRec).rep.prop.tokens)
        if (t.startsWith('@')) ents.add(this.entities.find(t.slice(1)));
    const entities = [...ents]
      .map((e) => this.entities.canonical(e))
      .filter((e): e is CanonicalEntity => e !== null)
      .map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases }));
    return {
      id: root,
      title: this.storyTitle(s),
      documents: [...s.documents],
      incidents,
      entities,
      claim_groups: groups,
      contradictions: [...s.contradictions].map((c) => {
        const { story: _s, ...view } = this.contradictions.get(c) as ContradictionRec;
        return view;
      }),
      warnings,
    };
  }

  incidentView(id: string): IncidentView {
    const inc = this.incidents.get(id);
    if (!inc) throw new ForewarnError('not_found', `no incident ${id}`);
    const ref = (e: string) => ({ id: this.entities.find(e), name: this.entities.nameOf(e) });
    const resolve = (r: MemberRef) => this.entities.memberCluster(r.document, r.entity);
    const uniq = (rs: MemberRef[]) => [...new Set(rs.map(resolve).filter((x): x is string => x !== null))].map(ref);
    const location = inc.refs.location ? resolve(inc.refs.location) : inc.location;
    return {
      id: inc.id,
      type: inc.type,
      subtype: inc.subtype,
      date: incidentDate(inc),
      location: location ? ref(location) : null,
      actors: uniq(inc.refs.actors),
      targets: uniq(inc.refs.targets),
      documents: [...inc.documents],
      mentions: [...inc.mentions],
      figures: [...inc.figures],
      timelines: timelines(inc.figures),
    };
  }

  groupView(id: string): ClaimGroupView {
    const g = this.groups.get(id);
    if (!g) throw new ForewarnError('not_found', `no claim group ${id}`);
    const polarity = g.rep.prop.polarity;
    // "according to Meridian Wire" in a paper is Meridian Wire's own report again, when the group holds it
    const fromOutlet = new Map<string, string>();
    for (const c of g.claims) {
      const o = normName(this.docs.get(c.document)?.outlet ?? '');
      if (o && !c.source.startsWith('via:') && !fromOutlet.has(o)) fromOutlet.set(o, c.source);
    }
    const source = (c: ClaimFacts) =>
      c.source.startsWith('via:') ? (fromOutlet.get(c.source.slice(4)) ?? c.source) : c.source;
    const agree = new Set<string>();
    const oppose = new Set<string>();
    for (const c of g.claims) (c.prop.polarity === polarity ? agree : oppose).add(source(c));
    return {
      id: g.id,
      proposition: g.rep.content,
      polarity,
      claims: g.claims.map((c) => c.id),
      independent_sources: agree.size,
      opposing_sources: oppose.size,
      sources: [...agree],
    };
  }

  warningView(id: string): WarningView {
    const w = this.warnings.get(id);
    if (!w) throw new ForewarnError('not_found', `no warning ${id}`);
    const ref = (e: string | null) => (e ? { id: this.entities.find(e), name: this.entities.nameOf(e) } : null);
    return {
      id: w.id,
      document: w.document,
      issuer: ref(w.issuer),
      recipient: ref(w.recipient),
      issued: w.issued,
      threat: w.threat,
      // the best-supported match first: more parts borne out, a closer place, then the shorter lead
      matches: [...w.matches.values()].sort(
        (a, b) =>
          b.specific.length - a.specific.length ||
          PLACE_RANK[b.place_level ?? 'none'] - PLACE_RANK[a.place_level ?? 'none'] ||
          a.lead_time_days - b.lead_time_days,
      ),
    };
  }

  allContradictions(): ContradictionView[] {
    return [...this.contradictions.values()].map(({ story: _s, ...v }) => v);
  }

  allWarnings(): WarningView[] {
    return [...this.warnings.keys()].map((w) => this.warningView(w));
  }

  allGroups(): ClaimGroupView[] {
    return [...this.groups.keys()].map((g) => this.groupView(g));
  }

  allIncidents(): IncidentView[] {
    return [...this.incidents.keys()].map((i) => this.incidentView(i));
  }

  get documentCount(): number {
    return this.docs.size;
  }

  /** The metadata a report was fused with (`published` null: an undated report), or null. */
  document(id: string): DocumentMeta | null {
    return this.docs.get(id) ?? null;
  }

  private storyTitle(s: StoryRec): string {
    let main: IncidentRec | null = null;
    for (const id of s.incidents) {
      const inc = this.incidents.get(id) as IncidentRec;
      if (!main || rank(inc) > rank(main)) main = inc;
    }
    if (main) {
      const what = main.subtype ?? main.type.replace('_', ' ');
      const where = main.location ? ` in ${this.entities.nameOf(main.location)}` : '';
      const when = incidentDate(main);
      const who = [...new Set(main.blames.flatMap((b) => b.actors).map((a) => this.entities.find(a)))]
        .slice(0, 2)
        .map((a) => this.entities.nameOf(a));
      return `${what[0]?.toUpperCase()}${what.slice(1)}${where}${when ? `, ${when}` : ''}${who.length ? ` (${who.join(', ')})` : ''}`;
    }
    for (const w of s.warnings) {
      const rec = this.warnings.get(w) as WarningRec;
      if (rec.threat) return `Warning: ${rec.threat}`;
    }
    for (const d of s.documents) {
      const t = this.docs.get(d)?.title;
      if (t) return t;
    }
    // untitled reports (plain text): who warned, else what was said
    for (const w of s.warnings) {
      const rec = this.warnings.get(w) as WarningRec;
      if (rec.issuer)
        return `Warning by ${this.entities.nameOf(rec.issuer)}${rec.issued ? `, ${rec.issued.slice(0, 10)}` : ''}`;
    }
    for (const g of s.groups) {
      const content = (this.groups.get(g) as GroupRec).rep.content;
      if (content) return content.length > 80 ? `${content.slice(0, 79)}…` : content;
    }
    return s.id;
  }

  // ------------------------------------------------------------ persistence

  toJSON(): FusionJSON {
    return { schema: 'forewarn-fusion/1', ops: [...this.log] };
  }

  /** The state's data without the op log (see `FusionSnapshot`); `restoreSnapshot` reads it back. */
  snapshot(): FusionSnapshot {
    return {
      schema: 'forewarn-fusion-snapshot/1',
      fields: snapshotFields(),
      state: dataOf(this, ['entities', 'log', 'keepLog']),
      entities: dataOf(this.entities, []),
    };
  }

  apply(op: FusionOp): void {
    if (op.op === 'add') this.addDocument(op.meta, op.extraction);
    else if (op.op === 'merge') this.merge(op.a, op.b, op.by, op.at);
    else this.split(op.entity, op.mentions, op.by, op.at);
  }
}

function placeKind(t: EntityType): 'site' | 'country' | 'town' {
  return t === 'facility' ? 'site' : t === 'country' ? 'country' : 'town';
}

function incidentDate(inc: IncidentRec): string | null {
  if (!inc.dated) return null;
  if (inc.lo === inc.hi) return isoDay(inc.lo);
  const a = isoDay(inc.lo);
  const b = isoDay(inc.hi);
  if (a.slice(0, 7) === b.slice(0, 7)) return a.slice(0, 7);
  return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : a;
}

const rank = (inc: IncidentRec) =>
  inc.documents.length * 1000 +
  (inc.type === 'attack' || inc.type === 'kidnapping' ? 500 : 0) +
  Math.min(499, Math.max(0, ...inc.figures.filter((f) => f.measure === 'killed').map((f) => f.value)));

const size = (s: StoryRec) => s.incidents.size + s.warnings.size + s.groups.size + s.documents.size;

const byDate = (a: IncidentView, b: IncidentView) => (a.date ?? '9999').localeCompare(b.date ?? '9999');

export function createFusion(options: FusionOptions = {}): FusionState {
  return new FusionState(options);
}

function dataOf(o: object, skip: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v !== 'function' && !skip.includes(k)) out[k] = v;
  return out;
}

/** The own keys of a fresh state and registry: a snapshot from code with other fields is refused. */
function snapshotFields(): string {
  const fresh = new FusionState();
  return `${Object.keys(fresh).sort().join(',')}|${Object.keys(fresh.entities).sort().join(',')}`;
}

/** A state from `snapshot()` data (already deserialised); fails with bad_request when the fields differ. */
export function restoreSnapshot(snap: FusionSnapshot, options: FusionOptions = {}): FusionState {
  if (snap?.schema !== 'forewarn-fusion-snapshot/1' || snap.fields !== snapshotFields())
    throw new ForewarnError('bad_request', 'not a fusion snapshot of this version');
  const state = createFusion(options);
  Object.assign(state, snap.state);
  Object.assign(state.entities, snap.entities);
  return state;
}

export function fromJSON(json: FusionJSON): FusionState {
  if (json?.schema !== 'forewarn-fusion/1' || !Array.isArray(json.ops))
    throw new ForewarnError('bad_request', 'not a forewarn-fusion/1 state');
  const state = new FusionState();
  for (const op of json.ops) state.apply(op);
  return state;
}
