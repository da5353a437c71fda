/**
 * STIX 2.1 → Forewarn: reads a bundle (from a partner, a TAXII collection or
 * our own export), keeps every object verbatim with its provenance and
 * markings, maps what Forewarn can represent back into its own shapes, and
 * lists what it could not.
 *
 * Public surface: `fromStixBundle(json, options) → StixImport`, `parseBundle(json)`,
 * and the types `ImportOptions`, `StixImport`, `KeptObject`, `NotUnderstood`.
 *
 * Mapping: report → document (its object_refs give the document's items);
 * identity, threat-actor, intrusion-set, location → entity; incident → event;
 * note → claim (with our claim extension, or any note with text);
 * threat-report with our warning extension → reported warning (into its
 * document) or managed warning. Forewarn's own extensions restore items
 * exactly, ids included. Objects outside every report go into a container
 * document that is exported without a report of its own.
 *
 * "Understood" means: exporting the import again (`toStixBundle` on
 * `documents` and `warnings`) gives an object with the same id (relationships:
 * the same source, type and target). Everything else is listed in `unknown`
 * with the reason, and is still kept verbatim in `objects`.
 */

import { ForewarnError } from '../../errors.js';
import type {
  Claim,
  Count,
  Entity,
  EntityType,
  Event,
  EventType,
  Extraction,
  Span,
  Specificity,
  Warning,
} from '../../extract/contract.js';
import { ENTITY_TYPES, EVENT_TYPES, QUALIFIERS } from '../../extract/contract.js';
import { mostRestrictive, type TlpLevel, tlpFromMarkingId, tlpOfMarkings } from '../tlp.js';
import { exportStix } from './export.js';
import { toStixTimestamp } from './time.js';
import type { Admiralty, ShareDocument, ShareWarning, StixBundle, StixObject } from './types.js';
import { isStixId, stixId, stixTypeOf } from './uuid.js';
import { confidenceCredibility, EXTENSION_IDS, type ExtensionName, FOREWARN_IDENTITY_ID } from './vocabulary.js';

export interface ImportOptions {
  /** where the bundle came from (partner, feed, file), kept on every object */
  source?: string | null;
  /** the TAXII collection it was read from, if any */
  collection?: string | null;
}

export type KeptAs =
  | 'document'
  | 'entity'
  | 'event'
  | 'claim'
  | 'warning'
  | 'managed-warning'
  | 'relationship'
  | 'marking'
  | 'extension-definition'
  | 'producer'
  | 'issuer';

export interface KeptObject {
  id: string;
  type: string;
  /** the object exactly as received */
  object: StixObject;
  source: string | null;
  collection: string | null;
  /** its object_marking_refs */
  markings: string[];
  /** the TLP level its markings give, most restrictive first; null when unmarked */
  tlp: TlpLevel | null;
  /** what Forewarn made of it; null when nothing */
  as: KeptAs | null;
  /** the Forewarn document it went into, if any */
  document: string | null;
  understood: boolean;
  /** an older version of an object the bundle also holds in a newer version */
  superseded: boolean;
}

export interface NotUnderstood {
  type: string;
  id: string;
  reason: string;
}

export interface StixImport {
  bundleId: string;
  source: string | null;
  collection: string | null;
  documents: ShareDocument[];
  warnings: ShareWarning[];
  objects: KeptObject[];
  unknown: NotUnderstood[];
}

type Json = Record<string, unknown>;

const TYPE_RE = /^([a-z][a-z0-9]*)+(-[a-z0-9]+)*-?$/;

function invalid(message: string, details: Record<string, unknown> = {}): ForewarnError {
  return new ForewarnError('stix_invalid_bundle', message, details);
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
const isSpan = (v: unknown): v is Span =>
  Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && n >= 0) && v[0] <= v[1];
const spanOr = (v: unknown, d: Span = [0, 0]): Span => (isSpan(v) ? [v[0], v[1]] : d);

/**
 * The bundle envelope, checked: a JSON object of type `bundle` with a bundle
 * id and a list of objects, each with a STIX type and an id of that type.
 * Refuses with `stix_malformed_json` or `stix_invalid_bundle`, listing the
 * problems (first 20) in `details.problems`.
 */
export function parseBundle(json: string | unknown): StixBundle {
  let value: unknown = json;
  if (typeof json === 'string' || json instanceof Uint8Array) {
    try {
      const text = typeof json === 'string' ? json : new TextDecoder('utf-8', { fatal: true }).decode(json);
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new ForewarnError('stix_malformed_json', `not UTF-8 JSON: ${(e as Error).message}`);
    }
  }
  if (!isObj(value)) throw invalid('a STIX bundle is a JSON object');
  if (value.type !== 'bundle') throw invalid(`not a STIX bundle: type is ${JSON.stringify(value.type)}, not "bundle"`);
  if (!isStixId(value.id, 'bundle')) throw invalid(`bundle id ${JSON.stringify(value.id)} is not bundle--<uuid>`);
  const objects = value.objects ?? [];
  if (!Array.isArray(objects)) throw invalid('bundle objects must be a list');
  const problems: string[] = [];
  for (const [i, o] of objects.entries()) {
    const problem = objectProblem(o);
    if (problem) problems.push(`objects[${i}]: ${problem}`);
  }
  if (problems.length > 0) {
    throw invalid(`${problems.length} malformed object(s) in bundle ${value.id}: ${problems[0]}`, {
      problems: problems.slice(0, 20),
    });
  }
  return { type: 'bundle', id: value.id as string, objects: objects as StixObject[] };
}

function objectProblem(o: unknown): string | null {
  if (!isObj(o)) return 'not an object';
  if (typeof o.type !== 'string' || o.type.length < 3 || !TYPE_RE.test(o.type)) {
    return `type ${JSON.stringify(o.type)} is not a STIX type name`;
  }
  if (!isStixId(o.id)) return `id ${JSON.stringify(o.id)} is not <type>--<uuid>`;
  if (stixTypeOf(o.id) !== o.type) return `id ${o.id} is not of type ${o.type}`;
  return null;
}

function extOf(o: StixObject, name: ExtensionName): Json | null {
  const x = o.extensions?.[EXTENSION_IDS[name]];
  return isObj(x) ? x : null;
}

/** The version of an object as a normalised timestamp, so that '…00Z' and '…00.500Z' compare by time. */
function versionOf(o: StixObject): string {
  return toStixTimestamp(str(o.modified)) || toStixTimestamp(str(o.created)) || '';
}

function countOf(v: unknown): Count | null {
  if (!isObj(v) || typeof v.value !== 'number') return null;
  const q = (QUALIFIERS as readonly string[]).includes(String(v.qualifier))
    ? (v.qualifier as Count['qualifier'])
    : 'exact';
  return { value: v.value, qualifier: q };
}

function entityTypeOf(o: StixObject, x: Json | null): EntityType {
  const t = x?.entity_type;
  if ((ENTITY_TYPES as readonly string[]).includes(String(t))) {
    const fits: Record<string, readonly EntityType[]> = {
      identity: ['person', 'organization', 'media', 'other'],
      'threat-actor': ['armed_group'],
      'intrusion-set': ['armed_group'],
      location: ['country', 'location', 'facility'],
    };
    if (fits[o.type]?.includes(t as EntityType)) return t as EntityType;
  }
  switch (o.type) {
    case 'threat-actor':
    case 'intrusion-set':
      return 'armed_group';
    case 'location': {
      const point = typeof o.latitude === 'number' && typeof o.longitude === 'number';
      const finer = ['city', 'street_address', 'administrative_area', 'postal_code'].some((k) => str(o[k]));
      return str(o.country) && !point && !finer ? 'country' : 'location';
    }
    default: {
      if (strs(o.roles).includes('media')) return 'media';
      if (o.identity_class === 'individual') return 'person';
      if (o.identity_class === 'organization') return 'organization';
      return 'other';
    }
  }
}

const ENTITY_STIX = new Set(['identity', 'threat-actor', 'intrusion-set', 'location']);

interface DocBuild {
  doc: ShareDocument;
  x: Extraction;
  key: string;
  report: StixObject | null;
  levels: TlpLevel[];
  /** STIX id → Forewarn item id */
  items: Map<string, string>;
}

/**
 * The item id to use for an object: the one in our extension when exporting
 * it under that id in this document gives the object's own STIX id back (so
 * our own bundles round-trip exactly); otherwise the STIX id itself, which
 * the exporter keeps verbatim.
 */
function itemId(o: StixObject, x: Json | null, build: DocBuild, kind: string, exportType = o.type): string {
  const own = str(x?.item_id);
  if (own && stixId(exportType, build.key, kind, own) === o.id && !build.items.has(o.id)) return own;
  return o.id;
}

function documentFromReport(r: StixObject, options: ImportOptions): DocBuild | null {
  const x = extOf(r, 'document');
  const published = toStixTimestamp(str(r.published));
  const created = toStixTimestamp(str(r.created));
  if (!published && !created) return null;
  const ownId = str(x?.document_id);
  const hash = str(x?.hash);
  // Our own report id is named by the hash (or the document id); a foreign one keeps its STIX id as the document id.
  const key = hash ?? ownId ?? r.id;
  const fromUs = ownId !== null && stixId('report', key, 'document') === r.id;
  const id = fromUs ? (ownId as string) : r.id;
  const language = str(x?.language) ?? str(r.lang) ?? 'und';
  const length = typeof x?.length === 'number' ? x.length : 0;
  const credibility =
    typeof x?.information_credibility === 'number' ? x.information_credibility : confidenceCredibility(r.confidence);
  const reliability = str(x?.source_reliability);
  const grading: Admiralty | null =
    reliability || credibility
      ? {
          reliability: (reliability as Admiralty['reliability']) ?? null,
          credibility: (credibility as Admiralty['credibility']) ?? null,
        }
      : null;
  const origin =
    str(x?.origin) ??
    strs((r.external_references as Json[] | undefined)?.map((e) => e?.url)).find((u) => /^https?:/.test(u)) ??
    `stix:${[options.source, options.collection, r.id].filter(Boolean).join('/')}`;
  const datePublished = fromUs ? (str(x?.published_date) ?? published) : published;
  const x0: Extraction = {
    schema: 'extraction/1',
    // the contract wants a date here, not a date-time
    document: {
      id,
      title: str(r.name),
      published: datePublished ? datePublished.slice(0, 10) : null,
      language,
      length,
    },
    entities: [],
    events: [],
    claims: [],
    warnings: [],
    contradictions: [],
  };
  const doc: ShareDocument = {
    id,
    hash: fromUs ? hash : null,
    title: fromUs && r.name === `Document ${id}` ? null : str(r.name),
    published: datePublished ?? null,
    // created is the ingestion time in our exports; for a partner's report it is the nearest equivalent
    ingestedAt: fromUs ? (str(x?.ingested_at) ?? null) : created,
    outlet: str(x?.outlet),
    origin,
    length,
    grading,
    extraction: x0,
  };
  return { doc, x: x0, key: fromUs ? key : r.id, report: r, levels: [], items: new Map() };
}

export function fromStixBundle(json: string | unknown, options: ImportOptions = {}): StixImport {
  const bundle = parseBundle(json);
  const source = options.source ?? null;
  const collection = options.collection ?? null;

  // The current version of each id is the latest modified; older versions are kept but not mapped.
  const current = new Map<string, StixObject>();
  for (const o of bundle.objects) {
    const c = current.get(o.id);
    if (!c || versionOf(o) >= versionOf(c)) current.set(o.id, o);
  }
  const kept: KeptObject[] = bundle.objects.map((o) => ({
    id: o.id,
    type: o.type,
    object: o,
    source,
    collection,
    markings: strs(o.object_marking_refs),
    tlp: tlpOfMarkings(strs(o.object_marking_refs)),
    as: null,
    document: null,
    understood: false,
    superseded: current.get(o.id) !== o,
  }));
  const as = new Map<string, { as: KeptAs; document: string | null }>();
  const objs = [...current.values()];

  // Managed warnings first: their issuer identities belong to them, not to a document.
  const warnings: ShareWarning[] = [];
  const issuers = new Set<string>();
  for (const o of objs) {
    const x = o.type === 'report' ? extOf(o, 'warning') : null;
    if (x?.kind !== 'managed') continue;
    const w = managedWarning(o, x);
    if (!w) continue;
    warnings.push(w);
    as.set(o.id, { as: 'managed-warning', document: null });
    const ref = str(x.issuer_ref);
    if (ref) issuers.add(ref);
  }
  for (const ref of issuers) if (current.has(ref)) as.set(ref, { as: 'issuer', document: null });

  // Documents and what belongs to them: the first report that refers to an object takes it.
  const builds: DocBuild[] = [];
  const buildById = new Map<string, DocBuild>();
  const owner = new Map<string, DocBuild>();
  for (const o of objs) {
    if (o.type !== 'report' || as.has(o.id) || extOf(o, 'warning')) continue;
    const b = documentFromReport(o, options);
    if (!b) continue;
    builds.push(b);
    buildById.set(b.doc.id, b);
    as.set(o.id, { as: 'document', document: b.doc.id });
    for (const ref of strs(o.object_refs)) if (!owner.has(ref)) owner.set(ref, b);
  }
  // Reported warnings with our extension name their document even when no report lists them.
  for (const o of objs) {
    const x = o.type === 'report' ? extOf(o, 'warning') : null;
    if (x?.kind !== 'reported' || owner.has(o.id)) continue;
    const b = buildById.get(str(x.document_id) ?? '');
    if (b) owner.set(o.id, b);
  }
  // in a box: TypeScript does not see the closure below assign it
  const box: { orphans: DocBuild | null } = { orphans: null };
  const ownerOf = (o: StixObject): DocBuild => {
    const b = owner.get(o.id);
    if (b) return b;
    let orphans = box.orphans;
    if (!orphans) {
      const id = `stix-import:${bundle.id}`;
      const x: Extraction = {
        schema: 'extraction/1',
        document: { id, title: null, published: null, language: 'und', length: 0 },
        entities: [],
        events: [],
        claims: [],
        warnings: [],
        contradictions: [],
      };
      orphans = {
        doc: {
          id,
          title: null,
          published: null,
          ingestedAt: null,
          origin: `stix:${bundle.id}`,
          length: 0,
          extraction: x,
          asReport: false,
        },
        x,
        key: id,
        report: null,
        levels: [],
        items: new Map(),
      };
      builds.push(orphans);
      buildById.set(id, orphans);
      box.orphans = orphans;
    }
    owner.set(o.id, orphans);
    return orphans;
  };
  const mappable = (o: StixObject) =>
    o.id !== FOREWARN_IDENTITY_ID &&
    !as.has(o.id) &&
    (ENTITY_STIX.has(o.type) ||
      o.type === 'incident' ||
      (o.type === 'note' && (extOf(o, 'claim') !== null || str(o.content) !== null)) ||
      (o.type === 'report' && extOf(o, 'warning')?.kind === 'reported'));

  // Entities before what refers to them.
  for (const o of objs.filter((o) => ENTITY_STIX.has(o.type) && mappable(o))) {
    const b = ownerOf(o);
    const x = extOf(o, 'entity');
    const type = entityTypeOf(o, x);
    const id = itemId(o, x, b, 'entity');
    const lat = typeof o.latitude === 'number' ? o.latitude : null;
    const lon = typeof o.longitude === 'number' ? o.longitude : null;
    const country = str(o.country);
    const e: Entity = {
      id,
      name: str(o.name) ?? country ?? o.id,
      type,
      aliases: x ? strs(x.aliases) : strs(o.aliases),
      mentions: x && Array.isArray(x.mentions) ? x.mentions.filter(isSpan).map((s) => [s[0], s[1]] as Span) : [],
    };
    if (o.type === 'location' && lat !== null && lon !== null) e.geo = { lat, lon, ...(country ? { country } : {}) };
    // The contract's Geo has a point; a partner's location may have only a country, and inventing a point would be
    // false, so the country travels alone and the exporter treats the missing point as absent.
    else if (o.type === 'location' && country) e.geo = { country } as unknown as Entity['geo'];
    b.x.entities.push(e);
    b.items.set(o.id, id);
    as.set(o.id, { as: 'entity', document: b.doc.id });
  }

  const relationships = objs.filter((o) => o.type === 'relationship');
  for (const o of objs.filter((o) => o.type === 'incident' && mappable(o))) {
    const b = ownerOf(o);
    const x = extOf(o, 'event');
    const id = itemId(o, x, b, 'event');
    const local = (ref: unknown): string | null => {
      const r = str(ref);
      return r ? (b.items.get(r) ?? null) : null;
    };
    const ev: Event = {
      id,
      type: (EVENT_TYPES as readonly string[]).includes(String(x?.event_type)) ? (x?.event_type as EventType) : 'other',
      date: str(x?.date),
      location: local(x?.location_ref),
      actors: strs(x?.actor_refs)
        .map(local)
        .filter((r): r is string => r !== null),
      targets: strs(x?.target_refs)
        .map(local)
        .filter((r): r is string => r !== null),
      killed: countOf(x?.killed),
      injured: countOf(x?.injured),
      evidence: spanOr(x?.evidence),
    };
    const subtype = str(x?.subtype);
    if (subtype) ev.subtype = subtype;
    // A place that could not be a STIX location travelled by name; it comes back as an entity without mentions.
    const placeId = str(x?.location_item_id);
    const placeName = str(x?.location_name);
    if (!ev.location && placeId && placeName && !b.x.entities.some((e) => e.id === placeId)) {
      const t = x?.location_entity_type;
      b.x.entities.push({
        id: placeId,
        name: placeName,
        type: t === 'country' || t === 'facility' ? t : 'location',
        aliases: [],
        mentions: [],
      });
      ev.location = placeId;
    } else if (!ev.location && placeId && b.x.entities.some((e) => e.id === placeId)) {
      ev.location = placeId;
    }
    excerpt(b, ev.evidence, o.description);
    if (!x) {
      // A partner's incident: its related-to links say who and where, by the type at the other end.
      for (const r of relationships) {
        if (r.relationship_type !== 'related-to' || r.source_ref !== o.id) continue;
        const t = local(r.target_ref);
        if (!t) continue;
        const tt = stixTypeOf(r.target_ref as string);
        if (tt === 'location' && !ev.location) ev.location = t;
        else if (tt === 'threat-actor' || tt === 'intrusion-set') ev.actors.push(t);
        else if (tt === 'identity') ev.targets?.push(t);
      }
    }
    b.x.events.push(ev);
    b.items.set(o.id, id);
    as.set(o.id, { as: 'event', document: b.doc.id });
  }

  for (const o of objs.filter((o) => o.type === 'note' && mappable(o))) {
    const b = ownerOf(o);
    const x = extOf(o, 'claim');
    const id = itemId(o, x, b, 'claim');
    const speakerRef = str(x?.speaker_ref);
    const author = strs(o.authors)[0] ?? null;
    const c: Claim = {
      id,
      speaker: {
        text: str(x?.speaker_text) ?? author ?? '',
        entity: speakerRef ? (b.items.get(speakerRef) ?? null) : null,
        anonymous: bool(x?.anonymous, !author),
        ...(isSpan(x?.speaker_span) ? { span: spanOr(x?.speaker_span) } : {}),
      },
      cue: { text: str(x?.cue) ?? '', span: spanOr(x?.cue_span) },
      content: { text: typeof o.content === 'string' ? o.content : '', span: spanOr(x?.content_span) },
      quote: x?.quote === 'direct' || x?.quote === 'mixed' ? x.quote : 'indirect',
      polarity: x?.polarity === 'deny' ? 'deny' : 'affirm',
      hedged: bool(x?.hedged, false),
    };
    if (x && Array.isArray(x.hedges)) c.hedges = strs(x.hedges);
    if (x && Array.isArray(x.via)) c.via = strs(x.via);
    b.x.claims.push(c);
    b.items.set(o.id, id);
    as.set(o.id, { as: 'claim', document: b.doc.id });
  }

  for (const o of objs.filter((o) => o.type === 'report' && mappable(o))) {
    const b = ownerOf(o);
    const x = extOf(o, 'warning') as Json;
    const id = itemId(o, x, b, 'warning');
    const local = (ref: unknown): string | null => {
      const r = str(ref);
      return r ? (b.items.get(r) ?? null) : null;
    };
    const sp = isObj(x.specificity) ? x.specificity : {};
    const specificity: Specificity = {
      actor: bool(sp.actor, false),
      location: (['none', 'country', 'city', 'site'] as const).find((l) => l === sp.location) ?? 'none',
      target: bool(sp.target, false),
      time: (['none', 'window', 'exact'] as const).find((l) => l === sp.time) ?? 'none',
      ...(typeof sp.method === 'boolean' ? { method: sp.method } : {}),
    };
    const w: Warning = {
      id,
      issuer: local(x.issuer_ref),
      recipient: local(x.recipient_ref),
      issued: str(x.issued),
      threat: str(x.threat),
      threat_actor: local(x.threat_actor_ref),
      basis: str(x.basis),
      specificity,
      evidence: spanOr(x.evidence),
    };
    excerpt(b, w.evidence, o.description);
    b.x.warnings.push(w);
    b.items.set(o.id, id);
    as.set(o.id, { as: 'warning', document: b.doc.id });
  }

  // Contradictions we exported: a note related-to a note, described as contradicting it.
  for (const r of relationships) {
    if (r.relationship_type !== 'related-to' || !/^contradicts\b/.test(str(r.description) ?? '')) continue;
    const s = str(r.source_ref);
    const t = str(r.target_ref);
    const b = s ? owner.get(s) : undefined;
    if (!s || !t || !b || owner.get(t) !== b) continue;
    const a = b.items.get(s);
    const c = b.items.get(t);
    if (!a || !c || stixTypeOf(s) !== 'note' || stixTypeOf(t) !== 'note') continue;
    const reason = /^contradicts: (.+)$/s.exec(str(r.description) ?? '')?.[1];
    b.x.contradictions?.push({ claims: [a, c], ...(reason ? { reason } : {}) });
  }

  // Markings of a document: the most restrictive of its report and items, so that re-sharing never widens any of them.
  for (const k of kept) {
    if (k.superseded) continue;
    const d = as.get(k.id)?.document;
    const b = d ? buildById.get(d) : undefined;
    if (b && k.tlp) b.levels.push(k.tlp);
  }
  for (const b of builds) {
    b.doc.tlp = mostRestrictive(b.levels);
    if (b === box.orphans) {
      const times = [...b.items.keys()]
        .map((id) => toStixTimestamp(str(current.get(id)?.created)))
        .filter((t): t is string => typeof t === 'string')
        .sort();
      b.doc.ingestedAt = times[0] ?? null;
    }
  }
  const documents = builds.filter((b) => b.doc.ingestedAt || b.doc.published).map((b) => b.doc);

  // What survives a re-export is what was understood.
  let again: StixObject[];
  try {
    again = exportStix({ documents, warnings }).bundle.objects;
  } catch (e) {
    throw invalid(`bundle ${bundle.id} holds values Forewarn cannot use: ${(e as Error).message}`);
  }
  const ids = new Set(again.map((o) => o.id));
  const triples = new Set(
    again.filter((o) => o.type === 'relationship').map((o) => `${o.source_ref} ${o.relationship_type} ${o.target_ref}`),
  );
  const unknown: NotUnderstood[] = [];
  for (const k of kept) {
    const m = as.get(k.id);
    k.as = m?.as ?? null;
    k.document = m?.document ?? null;
    const o = k.object;
    if (o.type === 'relationship') {
      k.understood = triples.has(`${o.source_ref} ${o.relationship_type} ${o.target_ref}`);
      if (k.understood) k.as = 'relationship';
    } else {
      k.understood = ids.has(k.id);
    }
    if (k.understood && !k.as) {
      k.as =
        o.type === 'marking-definition'
          ? 'marking'
          : o.type === 'extension-definition'
            ? 'extension-definition'
            : 'producer';
    }
    if (!k.understood && !k.superseded) unknown.push({ type: k.type, id: k.id, reason: whyNot(o, k.as) });
  }
  return { bundleId: bundle.id, source, collection, documents, warnings, objects: kept, unknown };
}

function excerpt(b: DocBuild, span: Span, text: unknown): void {
  if (typeof text !== 'string' || text.trim() === '' || span[1] <= span[0]) return;
  b.doc.excerpts ??= [];
  b.doc.excerpts.push({ span: [span[0], span[1]], text });
}

function whyNot(o: StixObject, mapped: KeptAs | null): string {
  if (o.type === 'marking-definition') {
    const l = tlpFromMarkingId(o.id);
    return l ? `TLP 1.0 marking, read as TLP 2.0 ${l}` : 'a marking other than TLP, which Forewarn does not apply';
  }
  if (o.type === 'relationship') return 'a relationship Forewarn does not derive from its events';
  if (o.type === 'extension-definition') return "another producer's extension";
  if (o.type === 'report') return 'a report without a usable published or created time';
  if (o.type === 'note') return 'a note without text';
  if (mapped)
    return `read as ${mapped}, but Forewarn cannot export it again (e.g. a location with neither point nor country)`;
  return `Forewarn has no equivalent of a STIX ${o.type}`;
}

function managedWarning(o: StixObject, x: Json): ShareWarning | null {
  const id = str(x.item_id);
  const issuer = str(x.issuer);
  const created = str(o.created);
  const issued = str(x.issued) ?? str(o.published);
  if (!id || !issuer || !created || !issued || stixId('report', 'warning', id) !== o.id) return null;
  const d = isObj(x.decision) ? x.decision : null;
  const a = isObj(x.acknowledgement) ? x.acknowledgement : null;
  const t = isObj(x.threat) ? x.threat : null;
  const reliability = str(x.source_reliability);
  const credibility = typeof x.information_credibility === 'number' ? x.information_credibility : null;
  return {
    id,
    title: str(o.name) ?? id,
    description: str(o.description),
    issuer,
    recipients: strs(x.recipients),
    issued,
    created,
    modified: str(o.modified) ?? created,
    state: str(x.state),
    decision: d
      ? {
          kind: str(d.kind) ?? 'unknown',
          by: str(d.by) ?? '',
          at: str(d.at) ?? '',
          ...(str(d.reason) ? { reason: str(d.reason) } : {}),
          ...(str(d.note) ? { note: str(d.note) } : {}),
        }
      : null,
    acknowledgement: a ? { by: str(a.by) ?? '', at: str(a.at) ?? '' } : null,
    threat: t ? { type: str(t.type), actor: str(t.actor), target: str(t.target) } : null,
    grading:
      reliability || credibility
        ? {
            reliability: (reliability as Admiralty['reliability']) ?? null,
            credibility: (credibility as Admiralty['credibility']) ?? null,
          }
        : null,
    tlp: tlpOfMarkings(strs(o.object_marking_refs)),
    evidence: (Array.isArray(x.sources) ? x.sources : [])
      .filter(isObj)
      .map((s) => ({ document: str(s.document) ?? '', ...(str(s.item) ? { item: str(s.item) } : {}) }))
      .filter((s) => s.document !== ''),
  };
}
