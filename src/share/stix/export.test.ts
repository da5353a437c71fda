import { describe, expect, it } from 'vitest';
import { ForewarnError } from '../../errors.js';
import { TLP_MARKING_IDS } from '../tlp.js';
import { bundleProblems } from './check.js';
import { bundleJson, exportStix, toStixBundle } from './export.js';
import { sampleInput, TEXT_A } from './fixtures.js';
import { announceNoSchemas, oasisSchemas } from './test-support.js';
import type { StixBundle, StixObject } from './types.js';
import { EXTENSION_IDS, FOREWARN_IDENTITY_ID } from './vocabulary.js';

const byType = (b: StixBundle, type: string) => b.objects.filter((o) => o.type === type);
const ext = (o: StixObject | undefined, name: keyof typeof EXTENSION_IDS) =>
  o?.extensions?.[EXTENSION_IDS[name]] as Record<string, unknown> | undefined;
const byItem = (b: StixBundle, name: keyof typeof EXTENSION_IDS, doc: string, item: string) =>
  b.objects.find((o) => ext(o, name)?.item_id === item && ext(o, name)?.document_id === doc);

function expectCode(f: () => unknown, code: string): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ForewarnError);
    expect((e as ForewarnError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('toStixBundle: conformance', () => {
  const { bundle, omitted } = exportStix(sampleInput());

  it('every object validates against its own OASIS schema, and the bundle against bundle.json', () => {
    const schemas = oasisSchemas();
    if (!schemas) return announceNoSchemas('exported objects and bundle');
    for (const o of bundle.objects) expect(schemas.validateObject(o), `${o.id}`).toEqual([]);
    expect(schemas.validateBundle(bundle)).toEqual([]);
    // and the validators do reject: a location with no place, an incident with no name, a note with no refs
    const loc = { ...(bundle.objects.find((o) => o.type === 'location') as StixObject) };
    delete loc.country;
    delete loc.latitude;
    delete loc.longitude;
    expect(schemas.validateObject(loc)).not.toEqual([]);
    const inc = { ...(bundle.objects.find((o) => o.type === 'incident') as StixObject) };
    delete inc.name;
    expect(schemas.validateObject(inc)).not.toEqual([]);
    const note = { ...(bundle.objects.find((o) => o.type === 'note') as StixObject), object_refs: [] };
    expect(schemas.validateObject(note)).not.toEqual([]);
    expect(schemas.validateBundle({ ...bundle, objects: [...bundle.objects, inc] })).not.toEqual([]);
  });

  it('has unique ids, modified ≥ created, refs that resolve and only allowed relationships', () => {
    expect(bundleProblems(bundle)).toEqual([]);
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
  });

  it('the checks catch what they are meant to catch', () => {
    const broken: StixBundle = structuredClone(bundle);
    const note = broken.objects.find((o) => o.type === 'note') as StixObject;
    note.object_refs = ['identity--00000000-0000-4000-8000-000000000000'];
    note.modified = '2000-01-01T00:00:00.000Z';
    broken.objects.push({ ...(broken.objects[0] as StixObject) });
    const rel = broken.objects.find(
      (o) => o.type === 'relationship' && o.relationship_type === 'targets',
    ) as StixObject;
    rel.relationship_type = 'located-at';
    const problems = bundleProblems(broken).join('\n');
    expect(problems).toMatch(/object_refs\[0\] → identity--00000000/);
    expect(problems).toMatch(/modified is before created/);
    expect(problems).toMatch(/same id and version twice/);
    expect(problems).toMatch(/threat-actor located-at identity is not a STIX 2.1 relationship/);
  });

  it('is deterministic: two exports of the same input are byte-identical', () => {
    expect(bundleJson(toStixBundle(sampleInput()))).toBe(bundleJson(toStixBundle(sampleInput())));
  });

  it('keeps ids when only unrelated things change, and changes them with the text hash', () => {
    const a = sampleInput();
    const b = sampleInput();
    (b.documents[1] as { title: string | null }).title = 'another title';
    const idsA = byType(toStixBundle(a), 'note').map((o) => o.id);
    expect(byType(toStixBundle(b), 'note').map((o) => o.id)).toEqual(idsA);
    const c = sampleInput();
    (c.documents[0] as { hash: string }).hash = 'c'.repeat(64);
    expect(byType(toStixBundle(c), 'note').map((o) => o.id)).not.toEqual(idsA);
  });

  it('reports what it could not represent', () => {
    expect(omitted.map((o) => `${o.document}/${o.item}`)).toEqual(['doc-a/e7', 'doc-b/e4']);
    expect(omitted[0]?.reason).toMatch(/neither coordinates nor a country/);
  });
});

describe('toStixBundle: mapping', () => {
  const bundle = toStixBundle(sampleInput());

  it('publishes the producer identity and one extension-definition per extension, made by it', () => {
    expect(bundle.objects[0]?.id).toBe(FOREWARN_IDENTITY_ID);
    const defs = byType(bundle, 'extension-definition');
    expect(defs.map((d) => d.id).sort()).toEqual(Object.values(EXTENSION_IDS).sort());
    for (const d of defs) {
      expect(d.created_by_ref).toBe(FOREWARN_IDENTITY_ID);
      expect(d.extension_types).toEqual(['property-extension']);
      expect(d.schema).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(d.version).toBe('1.0.0');
    }
  });

  it('maps a document to a report referring to everything extracted from it', () => {
    const report = bundle.objects.find((o) => o.type === 'report' && ext(o, 'document')?.document_id === 'doc-a');
    expect(report?.name).toBe('Police post attacked in Mandera');
    // created is the ingestion time, published the document's date
    expect(report?.created).toBe('2026-03-02T14:05:00.000Z');
    expect(report?.published).toBe('2026-03-02T00:00:00.000Z');
    expect(report?.confidence).toBe(70);
    expect(ext(report, 'document')).toMatchObject({
      hash: 'a'.repeat(64),
      outlet: 'Example Wire',
      length: TEXT_A.length,
      source_reliability: 'B',
      information_credibility: 2,
    });
    const fromA = bundle.objects.filter(
      (o) => ext(o, 'entity')?.document_id === 'doc-a' || ext(o, 'claim')?.document_id === 'doc-a',
    );
    for (const o of fromA) expect(report?.object_refs).toContain(o.id);
    const b = bundle.objects.find((o) => o.type === 'report' && ext(o, 'document')?.document_id === 'doc-b');
    // an offset ingestion time is normalised to UTC; untitled documents get a name from their id
    expect(b?.created).toBe('2026-03-03T06:00:00.000Z');
    expect(b?.name).toBe('Document doc-b');
    expect(b?.confidence).toBe(50);
  });

  it('maps entities by type: identity classes, threat-actor, locations with country and point', () => {
    expect(byItem(bundle, 'entity', 'doc-a', 'e1')).toMatchObject({
      type: 'threat-actor',
      name: 'al-Shabaab',
      aliases: ['Harakat al-Shabaab al-Mujahideen'],
    });
    expect(byItem(bundle, 'entity', 'doc-a', 'e2')).toMatchObject({
      type: 'location',
      name: 'Mandera',
      country: 'KE',
      latitude: 3.9366,
      longitude: 41.867,
    });
    expect(byItem(bundle, 'entity', 'doc-a', 'e3')).toMatchObject({ type: 'identity', identity_class: 'individual' });
    expect(byItem(bundle, 'entity', 'doc-a', 'e4')).toMatchObject({
      type: 'identity',
      identity_class: 'organization',
      roles: ['media'],
    });
    expect(byItem(bundle, 'entity', 'doc-a', 'e6')).toMatchObject({ type: 'identity', identity_class: 'organization' });
    expect(byItem(bundle, 'entity', 'doc-a', 'e8')).toMatchObject({ type: 'identity', identity_class: 'unknown' });
    expect(ext(byItem(bundle, 'entity', 'doc-a', 'e2'), 'entity')?.mentions).toHaveLength(2);
  });

  it('maps an event to an incident with counts, date and type in the extension, and allowed relationships', () => {
    const inc = byItem(bundle, 'event', 'doc-a', 'v1') as StixObject;
    expect(inc.type).toBe('incident');
    expect(inc.name).toBe('Attack (shooting) in Mandera on 2026-03-02');
    expect(inc.description).toMatch(/^Gunmen from al-Shabaab attacked/);
    const actor = byItem(bundle, 'entity', 'doc-a', 'e1')?.id;
    const place = byItem(bundle, 'entity', 'doc-a', 'e2')?.id;
    const officers = byItem(bundle, 'entity', 'doc-a', 'e8')?.id;
    expect(ext(inc, 'event')).toMatchObject({
      event_type: 'attack',
      subtype: 'shooting',
      date: '2026-03-02',
      killed: { value: 4, qualifier: 'at_least' },
      injured: { value: 2, qualifier: 'exact' },
      location_ref: place,
      actor_refs: [actor],
      target_refs: [officers],
    });
    const rels = byType(bundle, 'relationship').map((r) => `${r.source_ref} ${r.relationship_type} ${r.target_ref}`);
    expect(rels).toContain(`${inc.id} related-to ${actor}`);
    expect(rels).toContain(`${inc.id} related-to ${place}`);
    expect(rels).toContain(`${actor} targets ${officers}`);
    expect(inc.external_references).toEqual([
      expect.objectContaining({
        source_name: 'forewarn',
        external_id: 'doc-a#24-140',
        url: 'https://news.example.org/mandera-attack',
      }),
    ]);
  });

  it('derives threat-actor targets only from attacks and kidnappings', () => {
    const input = sampleInput();
    const ev = input.documents[0]?.extraction.events[0];
    if (ev) ev.type = 'arrest';
    const arrests = toStixBundle(input);
    expect(byType(arrests, 'relationship').filter((r) => r.relationship_type === 'targets')).toEqual([]);
    expect(byType(arrests, 'relationship').filter((r) => r.relationship_type === 'related-to').length).toBeGreaterThan(
      0,
    );
  });

  it('keeps a place that could not be a location by name on the incident', () => {
    expect(ext(byItem(bundle, 'event', 'doc-b', 'v1'), 'event')).toMatchObject({
      location_name: 'police post',
      location_item_id: 'e4',
      location_entity_type: 'facility',
    });
  });

  it('maps claims to notes: speaker as author, extension, span reference, refers to the report', () => {
    const report = bundle.objects.find((o) => o.type === 'report' && ext(o, 'document')?.document_id === 'doc-a');
    const minister = byItem(bundle, 'entity', 'doc-a', 'e3');
    const c1 = byItem(bundle, 'claim', 'doc-a', 'c1') as StixObject;
    expect(c1.type).toBe('note');
    expect(c1.content).toBe('We will hunt them down,');
    expect(c1.authors).toEqual(['Interior Minister Kithure Kindiki']);
    expect(c1.object_refs).toEqual([report?.id, minister?.id]);
    expect(ext(c1, 'claim')).toMatchObject({
      speaker_ref: minister?.id,
      cue: 'said',
      quote: 'direct',
      polarity: 'affirm',
      hedged: false,
    });
    const [start, end] = (ext(c1, 'claim')?.content_span ?? [0, 0]) as [number, number];
    expect(TEXT_A.slice(start, end)).toBe('We will hunt them down,');
    expect((c1.external_references as { external_id: string }[])[0]?.external_id).toBe(`doc-a#${start}-${end}`);
    const c2 = byItem(bundle, 'claim', 'doc-a', 'c2') as StixObject;
    expect(ext(c2, 'claim')).toMatchObject({ anonymous: true, hedged: true, hedges: ['may'], via: ['Reuters'] });
    expect(ext(c2, 'claim')?.speaker_ref).toBeUndefined();
    expect(c2.object_refs).toEqual([report?.id]);
  });

  it('links contradicting claims', () => {
    const a = byItem(bundle, 'claim', 'doc-b', 'c1')?.id;
    const b = byItem(bundle, 'claim', 'doc-b', 'c2')?.id;
    const r = byType(bundle, 'relationship').find((o) => o.source_ref === a && o.target_ref === b);
    expect(r).toMatchObject({
      relationship_type: 'related-to',
      description: 'contradicts: denial against attribution',
    });
  });

  it('maps a reported warning and a managed warning to threat-reports with the warning extension', () => {
    const reported = byItem(bundle, 'warning', 'doc-a', 'w1') as StixObject;
    expect(reported).toMatchObject({
      type: 'report',
      report_types: ['threat-report'],
      published: '2026-02-20T00:00:00.000Z',
    });
    expect(ext(reported, 'warning')).toMatchObject({
      kind: 'reported',
      issuer_ref: byItem(bundle, 'entity', 'doc-a', 'e6')?.id,
    });
    const managed = bundle.objects.find((o) => ext(o, 'warning')?.item_id === 'warning-0001') as StixObject;
    expect(managed).toMatchObject({
      type: 'report',
      report_types: ['threat-report'],
      name: 'Credible threat to police posts in Mandera county',
      created: '2026-03-03T18:00:00.000Z',
      modified: '2026-03-04T09:30:00.000Z',
      published: '2026-03-04T08:00:00.000Z',
      confidence: 70,
      object_marking_refs: [TLP_MARKING_IDS['amber+strict']],
    });
    expect(ext(managed, 'warning')).toMatchObject({
      kind: 'managed',
      issuer: 'Forewarn Duty Desk',
      recipients: ['Kenya National Police Service', 'county-commissioner@mandera.example'],
      decision: { kind: 'warn', by: 'approver-1', at: '2026-03-04T07:45:00Z' },
      acknowledgement: { by: 'partner:kenya-nps', at: '2026-03-04T09:30:00Z' },
    });
    const issuer = bundle.objects.find((o) => o.id === ext(managed, 'warning')?.issuer_ref);
    expect(issuer).toMatchObject({ type: 'identity', name: 'Forewarn Duty Desk', identity_class: 'organization' });
    // evidence in the export becomes refs (the document's report and the incident); evidence outside it does not
    const reportA = bundle.objects.find((o) => o.type === 'report' && ext(o, 'document')?.document_id === 'doc-a')?.id;
    expect(managed.object_refs).toEqual([issuer?.id, reportA, byItem(bundle, 'event', 'doc-a', 'v1')?.id]);
  });

  it('marks with TLP 2.0: the document’s level, the default AMBER, and includes the marking definitions used', () => {
    for (const o of bundle.objects) {
      if (o.type !== 'marking-definition') expect(o.object_marking_refs, o.id).toHaveLength(1);
    }
    expect(byItem(bundle, 'claim', 'doc-a', 'c1')?.object_marking_refs).toEqual([TLP_MARKING_IDS.green]);
    expect(byItem(bundle, 'claim', 'doc-b', 'c1')?.object_marking_refs).toEqual([TLP_MARKING_IDS.amber]);
    const defs = byType(bundle, 'marking-definition').map((d) => d.id);
    expect(defs).toEqual([
      TLP_MARKING_IDS.clear,
      TLP_MARKING_IDS.green,
      TLP_MARKING_IDS.amber,
      TLP_MARKING_IDS['amber+strict'],
    ]);
    const red = toStixBundle(sampleInput(), { tlp: 'red' });
    expect(byItem(red, 'claim', 'doc-b', 'c1')?.object_marking_refs).toEqual([TLP_MARKING_IDS.red]);
  });
});

describe('toStixBundle: refusals', () => {
  it('refuses a document with neither publication date nor ingestion time', () => {
    const input = sampleInput();
    Object.assign(input.documents[1] as object, { published: null, ingestedAt: null });
    expectCode(() => toStixBundle(input), 'stix_invalid_export');
  });

  it('refuses a date that is not one, a level that is not TLP 2.0, and the same document twice', () => {
    const bad = sampleInput();
    Object.assign(bad.documents[0] as object, { published: '2026-02-31' });
    expectCode(() => toStixBundle(bad), 'stix_invalid_export');
    const orange = sampleInput();
    Object.assign(orange.documents[0] as object, { tlp: 'orange' });
    expectCode(() => toStixBundle(orange), 'stix_invalid_export');
    const twice = sampleInput();
    twice.documents.push(twice.documents[0] as (typeof twice.documents)[number]);
    expectCode(() => toStixBundle(twice), 'stix_invalid_export');
  });

  it('still makes a valid report for a document with nothing extracted', () => {
    const input = sampleInput();
    const doc = input.documents[1] as (typeof input.documents)[number];
    doc.extraction = { ...doc.extraction, entities: [], events: [], claims: [], warnings: [], contradictions: [] };
    const bundle = toStixBundle({ documents: [doc] });
    const report = bundle.objects.find((o) => o.type === 'report');
    expect(report?.object_refs).toEqual([FOREWARN_IDENTITY_ID]);
    expect(bundleProblems(bundle)).toEqual([]);
    const schemas = oasisSchemas();
    if (!schemas) return announceNoSchemas('the empty report');
    expect(schemas.validateObject(report as StixObject)).toEqual([]);
  });
});
