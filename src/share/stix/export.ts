/**
 * Forewarn → STIX 2.1: documents with their extraction, and managed warnings,
 * as one bundle. Pure and deterministic: ids are UUIDv5 names of our own ids
 * and timestamps come from the documents, so the same input gives the same
 * bytes.
 *
 * Public surface: `exportStix(input, options) → {bundle, omitted}`,
 * `toStixBundle(input, options) → bundle`, `bundleJson(bundle)`,
 * `entityStixType(entity)`.
 *
 * Mapping: document → report; person/organization/media/other → identity;
 * armed group → threat-actor; country/location/facility → location; event →
 * incident (+ related-to, + threat-actor targets); claim → note; reported
 * warning and managed warning → report (threat-report). Forewarn's detail
 * rides in property extensions (vocabulary.ts); every item references its
 * source document and span in `external_references`.
 */

import { ForewarnError } from '../../errors.js';
import type { Claim, Entity, EntityType, Event, Span, Warning } from '../../extract/contract.js';
import { TLP_LEVELS, TLP_MARKING_IDS, type TlpLevel, tlpMarkingDefinition } from '../tlp.js';
import { laterOf, toStixTimestamp } from './time.js';
import type {
  ExportOptions,
  Omission,
  ShareDocument,
  ShareWarning,
  StixBundle,
  StixExport,
  StixInput,
  StixObject,
} from './types.js';
import { isStixId, stixId, stixTypeOf } from './uuid.js';
import {
  admiraltyConfidence,
  allExtensionDefinitions,
  EXTENSION_IDS,
  type ExtensionName,
  FOREWARN_IDENTITY_ID,
  forewarnIdentity,
  parseAdmiralty,
  relationshipAllowed,
} from './vocabulary.js';

const DEFAULT_TLP: TlpLevel = 'amber';

type Props = Record<string, unknown>;

/** Drops null, undefined and empty arrays: STIX forbids empty lists and nulls for optional properties. */
function compact(p: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

function ext(name: ExtensionName, props: Props): Record<string, Record<string, unknown>> {
  return { [EXTENSION_IDS[name]]: { extension_type: 'property-extension', ...compact(props) } };
}

function bad(message: string, details: Record<string, unknown>): ForewarnError {
  return new ForewarnError('stix_invalid_export', message, details);
}

function timestamp(value: string | null | undefined, field: string, details: Record<string, unknown>): string | null {
  const ts = toStixTimestamp(value);
  if (ts === undefined) throw bad(`${field}: not a date or ISO date-time: ${JSON.stringify(value)}`, details);
  return ts;
}

/** Which STIX type an entity becomes; an id that already is a STIX id of a fitting type keeps that type (imported objects). */
export function entityStixType(
  entity: Pick<Entity, 'id' | 'type'>,
): 'identity' | 'threat-actor' | 'intrusion-set' | 'location' {
  const fits = ENTITY_TYPES[entity.type];
  if (isStixId(entity.id)) {
    const t = stixTypeOf(entity.id);
    if ((fits as readonly string[]).includes(t)) return t as (typeof fits)[number];
  }
  return fits[0] ?? 'identity';
}

// Armed groups are threat-actors, not intrusion-sets: an intrusion-set is a
// cluster of adversary behaviour and resources whose operator may be unknown,
// whereas the reports name the organisation itself, with intent; and only
// threat-actor may be the source of `targets`, `located-at` and `attributed-to`
// an identity. Imported intrusion-sets stay intrusion-sets.
const ENTITY_TYPES: Record<EntityType, readonly ('identity' | 'threat-actor' | 'intrusion-set' | 'location')[]> = {
  person: ['identity'],
  organization: ['identity'],
  media: ['identity'],
  other: ['identity'],
  armed_group: ['threat-actor', 'intrusion-set'],
  country: ['location'],
  location: ['location'],
  facility: ['location'],
};

const IDENTITY_CLASS: Partial<Record<EntityType, string>> = {
  person: 'individual',
  organization: 'organization',
  media: 'organization',
  other: 'unknown',
};

const WORDS = (s: string): string => s.replace(/_/g, ' ');

function isUrl(s: string | null | undefined): s is string {
  return typeof s === 'string' && /^https?:\/\//i.test(s) && URL.canParse(s);
}

interface DocContext {
  doc: ShareDocument;
  key: string;
  reportId: string | null;
  time: string;
  published: string;
  markings: string[];
  confidence: number | null;
  entityRefs: Map<string, string>;
  entityNames: Map<string, string>;
  entityTypes: Map<string, EntityType>;
  objects: StixObject[];
  refs: string[];
}

function sourceReference(doc: ShareDocument, span?: Span | null): Props {
  const hash = doc.hash && /^[0-9a-f]{64}$/i.test(doc.hash) ? doc.hash.toLowerCase() : null;
  const title = doc.title ? ` ("${doc.title}")` : '';
  return compact({
    source_name: 'forewarn',
    external_id: span ? `${doc.id}#${span[0]}-${span[1]}` : doc.id,
    description: span
      ? `characters ${span[0]}-${span[1]} of source document ${doc.id}${title}`
      : `source document ${doc.id}${title}`,
    url: isUrl(doc.origin) ? doc.origin : null,
    hashes: hash ? { 'SHA-256': hash } : null,
  });
}

/** The properties every object of a document shares, in a fixed key order. */
function head(ctx: DocContext, type: string, id: string): Props {
  return {
    type,
    spec_version: '2.1',
    id,
    created_by_ref: FOREWARN_IDENTITY_ID,
    created: ctx.time,
    modified: ctx.time,
  };
}

function tail(
  ctx: DocContext,
  span: Span | null | undefined,
  extension: Record<string, Record<string, unknown>>,
): Props {
  return compact({
    confidence: ctx.confidence,
    external_references: [sourceReference(ctx.doc, span)],
    object_marking_refs: ctx.markings,
    extensions: extension,
  });
}

function entityObject(ctx: DocContext, e: Entity, omitted: Omission[]): StixObject | null {
  const type = entityStixType(e);
  const id = isStixId(e.id, type) ? e.id : stixId(type, ctx.key, 'entity', e.id);
  const name = e.name.trim() || e.aliases.find((a) => a.trim()) || e.id;
  const extension = ext('entity', {
    item_id: e.id,
    document_id: ctx.doc.id,
    entity_type: e.type,
    aliases: e.aliases,
    mentions: e.mentions,
  });
  const span = e.mentions[0];
  let body: Props;
  if (type === 'location') {
    const g = e.geo;
    const hasPoint =
      g != null && Number.isFinite(g.lat) && Number.isFinite(g.lon) && Math.abs(g.lat) <= 90 && Math.abs(g.lon) <= 180;
    const country = g?.country && /^[A-Za-z]{2}$/.test(g.country) ? g.country.toUpperCase() : null;
    if (!hasPoint && !country) {
      omitted.push({
        document: ctx.doc.id,
        item: e.id,
        reason: `${e.type} "${name}" has neither coordinates nor a country code, one of which a STIX location needs`,
      });
      return null;
    }
    body = compact({
      name,
      latitude: hasPoint ? g?.lat : null,
      longitude: hasPoint ? g?.lon : null,
      country,
    });
  } else if (type === 'identity') {
    body = compact({
      name,
      identity_class: IDENTITY_CLASS[e.type] ?? 'unknown',
      roles: e.type === 'media' ? ['media'] : null,
    });
  } else {
    body = compact({ name, aliases: e.aliases.filter((a) => a !== name) });
  }
  return { ...head(ctx, type, id), ...body, ...tail(ctx, span, extension) } as StixObject;
}

function eventName(ev: Event, ctx: DocContext): string {
  const kind = ev.subtype ? `${WORDS(ev.type)} (${ev.subtype})` : WORDS(ev.type);
  const place = ev.location ? ctx.entityNames.get(ev.location) : undefined;
  return `${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}${place ? ` in ${place}` : ''}${ev.date ? ` on ${ev.date}` : ''}`;
}

function textAt(ctx: DocContext, span: Span | null | undefined): string | null {
  if (!span) return null;
  const text = ctx.doc.extraction.text;
  const s = text
    ? text.slice(span[0], span[1]).trim()
    : (ctx.doc.excerpts?.find((e) => e.span[0] === span[0] && e.span[1] === span[1])?.text.trim() ?? '');
  return s === '' ? null : s;
}

function relationship(
  ctx: DocContext,
  idParts: string[],
  source: string,
  type: string,
  target: string,
  description: string,
): StixObject | null {
  if (!relationshipAllowed(stixTypeOf(source), type, stixTypeOf(target))) return null;
  const props: Props = {
    ...head(ctx, 'relationship', stixId('relationship', ctx.key, ...idParts)),
    relationship_type: type,
    description,
    source_ref: source,
    target_ref: target,
    ...compact({ confidence: ctx.confidence, object_marking_refs: ctx.markings }),
  };
  return props as StixObject;
}

function refsOf(ctx: DocContext, ids: readonly string[] | undefined, item: string, omitted: Omission[]): string[] {
  const out: string[] = [];
  for (const id of ids ?? []) {
    const ref = ctx.entityRefs.get(id);
    if (ref) {
      if (!out.includes(ref)) out.push(ref);
    } else if (!ctx.entityNames.has(id)) {
      omitted.push({
        document: ctx.doc.id,
        item,
        reason: `refers to entity ${id}, which the extraction does not have`,
      });
    }
  }
  return out;
}

function eventObjects(ctx: DocContext, ev: Event, omitted: Omission[], seen: Set<string>): StixObject[] {
  const id = isStixId(ev.id, 'incident') ? ev.id : stixId('incident', ctx.key, 'event', ev.id);
  const locationRef = ev.location ? (refsOf(ctx, [ev.location], ev.id, omitted)[0] ?? null) : null;
  const actorRefs = refsOf(ctx, ev.actors, ev.id, omitted);
  const targetRefs = refsOf(ctx, ev.targets, ev.id, omitted);
  const count = (c: Event['killed']) => (c ? { value: c.value, qualifier: c.qualifier } : null);
  const incident = {
    ...head(ctx, 'incident', id),
    ...compact({ name: eventName(ev, ctx), description: textAt(ctx, ev.evidence) }),
    ...tail(
      ctx,
      ev.evidence,
      ext('event', {
        item_id: ev.id,
        document_id: ctx.doc.id,
        event_type: ev.type,
        subtype: ev.subtype,
        date: ev.date,
        killed: count(ev.killed),
        injured: count(ev.injured),
        location_ref: locationRef,
        // the place survives by name where it could not become a STIX location
        location_name: ev.location && !locationRef ? ctx.entityNames.get(ev.location) : null,
        location_item_id: ev.location && !locationRef ? ev.location : null,
        location_entity_type: ev.location && !locationRef ? ctx.entityTypes.get(ev.location) : null,
        actor_refs: actorRefs,
        target_refs: targetRefs,
        evidence: ev.evidence,
      }),
    ),
  } as StixObject;
  const out: StixObject[] = [incident];
  const link = (role: string, ref: string, itemRef: string) => {
    const r = relationship(ctx, ['event', ev.id, role, itemRef], id, 'related-to', ref, `${role} of the incident`);
    if (r && !seen.has(r.id)) {
      seen.add(r.id);
      out.push(r);
    }
  };
  for (const r of actorRefs) link('actor', r, r);
  for (const r of targetRefs) link('target', r, r);
  if (locationRef) link('location', locationRef, locationRef);
  // An attack or kidnapping by a threat actor is the actor targeting its victim, which STIX lets threat-actor say
  // directly; for arrests, court actions and the like the "actors" are the authorities, and targeting is not meant.
  const targeting = ev.type === 'attack' || ev.type === 'kidnapping' ? ev.type : null;
  for (const a of targeting ? actorRefs : []) {
    for (const t of targetRefs) {
      const r = relationship(ctx, ['targets', a, t], a, 'targets', t, `${targeting} (see the related incidents)`);
      if (r && !seen.has(r.id)) {
        seen.add(r.id);
        out.push(r);
      }
    }
  }
  return out;
}

function claimObject(ctx: DocContext, c: Claim, omitted: Omission[]): StixObject | null {
  const id = isStixId(c.id, 'note') ? c.id : stixId('note', ctx.key, 'claim', c.id);
  const speakerRef = c.speaker.entity ? (refsOf(ctx, [c.speaker.entity], c.id, omitted)[0] ?? null) : null;
  const objectRefs = [ctx.reportId, speakerRef].filter((r): r is string => r !== null);
  if (objectRefs.length === 0) {
    omitted.push({ document: ctx.doc.id, item: c.id, reason: 'a STIX note needs an object to refer to; none here' });
    return null;
  }
  const speaker = c.speaker.text.trim();
  return {
    ...head(ctx, 'note', id),
    ...compact({
      abstract: speaker ? `${speaker} ${c.cue.text}`.trim() : null,
      content: c.content.text,
      authors: speaker ? [speaker] : null,
      object_refs: objectRefs,
    }),
    ...tail(
      ctx,
      c.content.span,
      ext('claim', {
        item_id: c.id,
        document_id: ctx.doc.id,
        speaker_text: c.speaker.text,
        speaker_ref: speakerRef,
        speaker_span: c.speaker.span,
        anonymous: c.speaker.anonymous,
        cue: c.cue.text,
        cue_span: c.cue.span,
        content_span: c.content.span,
        quote: c.quote,
        polarity: c.polarity,
        hedged: c.hedged,
        hedges: c.hedges,
        via: c.via,
      }),
    ),
  } as StixObject;
}

function reportedWarningObject(ctx: DocContext, w: Warning, omitted: Omission[]): StixObject | null {
  const id = isStixId(w.id, 'report') ? w.id : stixId('report', ctx.key, 'warning', w.id);
  const one = (e: string | null | undefined) => (e ? (refsOf(ctx, [e], w.id, omitted)[0] ?? null) : null);
  const issuerRef = one(w.issuer);
  const recipientRef = one(w.recipient);
  const actorRef = one(w.threat_actor);
  const objectRefs = [ctx.reportId, issuerRef, recipientRef, actorRef].filter((r): r is string => r !== null);
  if (objectRefs.length === 0) {
    omitted.push({ document: ctx.doc.id, item: w.id, reason: 'a STIX report needs an object to refer to; none here' });
    return null;
  }
  const name = (e: string | null | undefined) => (e ? ctx.entityNames.get(e) : undefined);
  const by = name(w.issuer);
  const to = name(w.recipient);
  const title = `Warning${by ? ` by ${by}` : ''}${to ? ` to ${to}` : ''}${w.threat ? `: ${w.threat}` : ''}`;
  const published = timestamp(w.issued, 'warning.issued', { document: ctx.doc.id, item: w.id }) ?? ctx.published;
  return {
    ...head(ctx, 'report', id),
    ...compact({
      name: title,
      description: textAt(ctx, w.evidence),
      report_types: ['threat-report'],
      published,
      object_refs: [...new Set(objectRefs)],
    }),
    ...tail(
      ctx,
      w.evidence,
      ext('warning', {
        kind: 'reported',
        item_id: w.id,
        document_id: ctx.doc.id,
        issuer_ref: issuerRef,
        recipient_ref: recipientRef,
        threat_actor_ref: actorRef,
        issued: w.issued,
        threat: w.threat,
        basis: w.basis,
        specificity: w.specificity,
        evidence: w.evidence,
      }),
    ),
  } as StixObject;
}

function documentObjects(doc: ShareDocument, tlp: TlpLevel, omitted: Omission[]): DocContext {
  const details = { document: doc.id };
  const x = doc.extraction;
  if (x?.schema !== 'extraction/1') throw bad(`document ${doc.id}: no contract-v1 extraction`, details);
  const published = timestamp(doc.published, 'published', details);
  const ingested = timestamp(doc.ingestedAt, 'ingestedAt', details);
  // created is when Forewarn first had the document; a document's own date is the fallback, never the clock.
  const time = ingested ?? published;
  if (!time) throw bad(`document ${doc.id}: needs a publication date or an ingestion time`, details);
  const key = doc.hash?.trim() || doc.id;
  const asReport = doc.asReport !== false;
  const grading = parseAdmiralty(doc.grading);
  const ctx: DocContext = {
    doc,
    key,
    reportId: asReport ? (isStixId(doc.id, 'report') ? doc.id : stixId('report', key, 'document')) : null,
    time,
    published: published ?? time,
    markings: [TLP_MARKING_IDS[tlp]],
    confidence: admiraltyConfidence(grading),
    entityRefs: new Map(),
    entityNames: new Map(),
    entityTypes: new Map(),
    objects: [],
    refs: [],
  };
  for (const e of x.entities) {
    ctx.entityNames.set(e.id, e.name);
    ctx.entityTypes.set(e.id, e.type);
  }
  const items: StixObject[] = [];
  for (const e of x.entities) {
    const o = entityObject(ctx, e, omitted);
    if (o) {
      ctx.entityRefs.set(e.id, o.id);
      items.push(o);
    }
  }
  const seen = new Set<string>();
  for (const ev of x.events) items.push(...eventObjects(ctx, ev, omitted, seen));
  for (const c of x.claims) {
    const o = claimObject(ctx, c, omitted);
    if (o) items.push(o);
  }
  for (const w of x.warnings) {
    const o = reportedWarningObject(ctx, w, omitted);
    if (o) items.push(o);
  }
  for (const c of x.contradictions ?? []) {
    const [a, b] = c.claims.map((id) => items.find((o) => o.type === 'note' && itemIdOf(o, 'claim') === id)?.id);
    if (!a || !b) {
      omitted.push({ document: doc.id, item: c.claims.join('/'), reason: 'contradiction between claims not exported' });
      continue;
    }
    const r = relationship(
      ctx,
      ['contradiction', ...c.claims],
      a,
      'related-to',
      b,
      `contradicts${c.reason ? `: ${c.reason}` : ''}`,
    );
    if (r) items.push(r);
  }
  if (asReport && ctx.reportId) {
    const refs = items.map((o) => o.id);
    const report = {
      ...head(ctx, 'report', ctx.reportId),
      ...compact({
        name: doc.title?.trim() || `Document ${doc.id}`,
        published: ctx.published,
        // STIX requires at least one ref; the producer identity is the one object always in the bundle.
        object_refs: refs.length > 0 ? refs : [FOREWARN_IDENTITY_ID],
        lang: x.document.language && x.document.language !== 'und' ? x.document.language : null,
      }),
      ...tail(
        ctx,
        null,
        ext('document', {
          document_id: doc.id,
          hash: doc.hash,
          outlet: doc.outlet,
          origin: doc.origin,
          language: x.document.language,
          length: doc.length ?? x.document.length,
          ingested_at: ingested,
          published_date: doc.published,
          source_reliability: grading?.reliability,
          information_credibility: grading?.credibility,
        }),
      ),
    } as StixObject;
    ctx.objects.push(report);
  }
  ctx.objects.push(...items);
  return ctx;
}

function itemIdOf(o: StixObject, name: ExtensionName): string | undefined {
  const v = o.extensions?.[EXTENSION_IDS[name]]?.item_id;
  return typeof v === 'string' ? v : undefined;
}

interface Party {
  id: string;
  name: string;
  created: string;
  levels: TlpLevel[];
}

function managedWarningObject(
  w: ShareWarning,
  tlp: TlpLevel,
  docs: Map<string, DocContext>,
  parties: Map<string, Party>,
): StixObject {
  const details = { warning: w.id };
  const created = timestamp(w.created, 'warning.created', details);
  const modifiedRaw = timestamp(w.modified, 'warning.modified', details);
  const issued = timestamp(w.issued, 'warning.issued', details);
  if (!created || !issued) throw bad(`warning ${w.id}: needs created and issued times`, details);
  if (!w.issuer?.trim()) throw bad(`warning ${w.id}: needs an issuer`, details);
  const modified = laterOf(created, modifiedRaw ?? created);
  const issuer = w.issuer.trim();
  const partyId = stixId('identity', 'party', issuer);
  const party = parties.get(partyId) ?? { id: partyId, name: issuer, created, levels: [] };
  if (created < party.created) party.created = created;
  party.levels.push(tlp);
  parties.set(partyId, party);
  const evidenceRefs: string[] = [];
  for (const e of w.evidence ?? []) {
    const ctx = docs.get(e.document);
    if (!ctx) continue;
    const ref = e.item
      ? ctx.objects.find(
          (o) => o.id !== ctx.reportId && Object.values(o.extensions ?? {}).some((x) => x.item_id === e.item),
        )?.id
      : ctx.reportId;
    if (ref && !evidenceRefs.includes(ref)) evidenceRefs.push(ref);
  }
  const id = isStixId(w.id, 'report') ? w.id : stixId('report', 'warning', w.id);
  const grading = parseAdmiralty(w.grading);
  return {
    type: 'report',
    spec_version: '2.1',
    id,
    created_by_ref: FOREWARN_IDENTITY_ID,
    created,
    modified,
    ...compact({
      name: w.title,
      description: w.description,
      report_types: ['threat-report'],
      published: issued,
      object_refs: [partyId, ...evidenceRefs],
      confidence: admiraltyConfidence(grading),
      object_marking_refs: [TLP_MARKING_IDS[tlp]],
      extensions: ext('warning', {
        kind: 'managed',
        item_id: w.id,
        issuer,
        issuer_ref: partyId,
        recipients: w.recipients,
        issued: w.issued,
        state: w.state,
        decision: w.decision ? compact({ ...w.decision }) : null,
        acknowledgement: w.acknowledgement ? { ...w.acknowledgement } : null,
        threat: w.threat ? compact({ ...w.threat }) : null,
        source_reliability: grading?.reliability,
        information_credibility: grading?.credibility,
        sources: (w.evidence ?? []).map((e) => compact({ document: e.document, item: e.item })),
      }),
    }),
  } as StixObject;
}

function checkTlp(level: unknown, where: Record<string, unknown>): TlpLevel | null {
  if (level == null) return null;
  if (!(TLP_LEVELS as readonly unknown[]).includes(level)) throw bad(`not a TLP 2.0 level: ${String(level)}`, where);
  return level as TlpLevel;
}

export function exportStix(input: StixInput, options: ExportOptions = {}): StixExport {
  const fallback = checkTlp(options.tlp, { option: 'tlp' }) ?? DEFAULT_TLP;
  const omitted: Omission[] = [];
  const used = new Set<TlpLevel>(['clear']);
  const docs = new Map<string, DocContext>();
  const keys = new Set<string>();
  for (const doc of input.documents) {
    if (!doc || typeof doc.id !== 'string' || doc.id === '') throw bad('a document without an id', {});
    if (docs.has(doc.id)) throw bad(`document ${doc.id} given twice`, { document: doc.id });
    const tlp = checkTlp(doc.tlp, { document: doc.id }) ?? fallback;
    const ctx = documentObjects(doc, tlp, omitted);
    if (keys.has(ctx.key))
      throw bad(`document ${doc.id}: same text (hash) as another document in the export`, { document: doc.id });
    keys.add(ctx.key);
    used.add(tlp);
    docs.set(doc.id, ctx);
  }
  const parties = new Map<string, Party>();
  const warnings: StixObject[] = [];
  for (const w of input.warnings ?? []) {
    const tlp = checkTlp(w.tlp, { warning: w.id }) ?? fallback;
    used.add(tlp);
    warnings.push(managedWarningObject(w, tlp, docs, parties));
  }
  const clear = [TLP_MARKING_IDS.clear];
  const meta: StixObject[] = [
    { ...forewarnIdentity(), object_marking_refs: clear },
    ...allExtensionDefinitions().map((d) => ({ ...d, object_marking_refs: clear })),
    ...TLP_LEVELS.filter((l) => used.has(l)).map((l) => tlpMarkingDefinition(l) as unknown as StixObject),
  ];
  const partyObjects = [...parties.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((p) => {
      // Every reader of a warning needs its issuer, so the identity is marked for the widest of them.
      const level = TLP_LEVELS.find((l) => p.levels.includes(l)) ?? fallback;
      return {
        type: 'identity',
        spec_version: '2.1',
        id: p.id,
        created_by_ref: FOREWARN_IDENTITY_ID,
        created: p.created,
        modified: p.created,
        name: p.name,
        identity_class: 'organization',
        object_marking_refs: [TLP_MARKING_IDS[level]],
      } as StixObject;
    });
  const objects: StixObject[] = [];
  const ids = new Set<string>();
  for (const o of [...meta, ...partyObjects, ...[...docs.values()].flatMap((c) => c.objects), ...warnings]) {
    if (ids.has(o.id)) {
      omitted.push({ document: null, item: o.id, reason: 'the same STIX id was produced twice; the first is kept' });
      continue;
    }
    ids.add(o.id);
    objects.push(o);
  }
  const name = objects.map((o) => `${o.id}@${o.modified ?? o.created ?? ''}`).join(',');
  return { bundle: { type: 'bundle', id: stixId('bundle', name), objects }, omitted };
}

export function toStixBundle(input: StixInput, options: ExportOptions = {}): StixBundle {
  return exportStix(input, options).bundle;
}

/** The bundle as the bytes Forewarn publishes: two-space JSON and a final newline. */
export function bundleJson(bundle: StixBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
