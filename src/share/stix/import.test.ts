import { describe, expect, it } from 'vitest';
import { ForewarnError } from '../../errors.js';
import { TLP_MARKING_IDS } from '../tlp.js';
import { bundleProblems } from './check.js';
import { bundleJson, exportStix, toStixBundle } from './export.js';
import { sampleInput } from './fixtures.js';
import { fromStixBundle, parseBundle } from './import.js';
import { announceNoSchemas, oasisSchemas } from './test-support.js';
import type { StixBundle, StixObject } from './types.js';

function refusal(f: () => unknown): ForewarnError {
  try {
    f();
  } catch (e) {
    if (e instanceof ForewarnError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const T = '2026-03-05T10:00:00.000Z';
const TLP1_AMBER = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82';
const ids = {
  report: 'report--11111111-1111-4111-8111-111111111111',
  group: 'intrusion-set--22222222-2222-4222-8222-222222222222',
  person: 'identity--33333333-3333-4333-8333-333333333333',
  place: 'location--44444444-4444-4444-8444-444444444444',
  incident: 'incident--55555555-5555-4555-8555-555555555555',
  note: 'note--66666666-6666-4666-8666-666666666666',
  malware: 'malware--77777777-7777-4777-8777-777777777777',
  custom: 'x-custom-thing--88888888-8888-4888-8888-888888888888',
  rel1: 'relationship--99999999-9999-4999-8999-999999999991',
  rel2: 'relationship--99999999-9999-4999-8999-999999999992',
  rel3: 'relationship--99999999-9999-4999-8999-999999999993',
  orphan: 'identity--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
};
const common = { spec_version: '2.1', created: T, modified: T };

/** A partner's bundle: no Forewarn extensions, a TLP 1.0 marking, a malware and a custom object. */
function partnerBundle(): StixBundle {
  return {
    type: 'bundle',
    id: 'bundle--bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
    objects: [
      {
        type: 'report',
        id: ids.report,
        ...common,
        name: 'Partner situation report',
        published: '2026-03-05T09:00:00Z',
        object_refs: [
          ids.group,
          ids.person,
          ids.place,
          ids.incident,
          ids.note,
          ids.malware,
          ids.custom,
          ids.rel1,
          ids.rel2,
          ids.rel3,
        ],
        object_marking_refs: [TLP_MARKING_IDS.green],
        confidence: 70,
      },
      {
        type: 'intrusion-set',
        id: ids.group,
        ...common,
        name: 'Northern Cell',
        aliases: ['NC'],
        object_marking_refs: [TLP1_AMBER],
      },
      { type: 'identity', id: ids.person, ...common, name: 'Jane Doe', identity_class: 'individual' },
      { type: 'location', id: ids.place, ...common, name: 'Lamu', latitude: -2.27, longitude: 40.9, country: 'KE' },
      { type: 'incident', id: ids.incident, ...common, name: 'Ambush near Lamu' },
      {
        type: 'note',
        id: ids.note,
        ...common,
        content: 'The cell is recruiting in Lamu.',
        authors: ['Jane Doe'],
        object_refs: [ids.report],
      },
      { type: 'malware', id: ids.malware, ...common, name: 'Dropper', is_family: false },
      { type: 'x-custom-thing', id: ids.custom, ...common, colour: 'blue' },
      {
        type: 'relationship',
        id: ids.rel1,
        ...common,
        relationship_type: 'related-to',
        source_ref: ids.incident,
        target_ref: ids.group,
      },
      {
        type: 'relationship',
        id: ids.rel2,
        ...common,
        relationship_type: 'related-to',
        source_ref: ids.incident,
        target_ref: ids.place,
      },
      {
        type: 'relationship',
        id: ids.rel3,
        ...common,
        relationship_type: 'uses',
        source_ref: ids.group,
        target_ref: ids.malware,
      },
      { type: 'identity', id: ids.orphan, ...common, name: 'Unattached Org', identity_class: 'organization' },
      {
        type: 'marking-definition',
        id: TLP1_AMBER,
        spec_version: '2.1',
        created: '2017-01-20T00:00:00.000Z',
        definition_type: 'tlp',
        name: 'TLP:AMBER',
        definition: { tlp: 'amber' },
      },
    ],
  };
}

describe('fromStixBundle: our own bundles', () => {
  const original = toStixBundle(sampleInput());
  const imported = fromStixBundle(bundleJson(original), { source: 'partner-x', collection: 'coll-1' });

  it('understands every object and re-exports the same bytes', () => {
    expect(imported.unknown).toEqual([]);
    expect(imported.objects.every((k) => k.understood)).toBe(true);
    const again = toStixBundle({ documents: imported.documents, warnings: imported.warnings });
    expect(bundleJson(again)).toBe(bundleJson(original));
  });

  it('restores Forewarn shapes: documents with their extraction, and managed warnings', () => {
    const a = imported.documents.find((d) => d.id === 'doc-a');
    const input = sampleInput().documents[0];
    expect(a).toMatchObject({
      hash: input?.hash,
      title: input?.title,
      published: '2026-03-02',
      outlet: 'Example Wire',
      tlp: 'green',
    });
    expect(a?.grading).toEqual({ reliability: 'B', credibility: 2 });
    const x = a?.extraction;
    expect(x?.entities.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e8']);
    expect(x?.entities.find((e) => e.id === 'e2')).toEqual(input?.extraction.entities.find((e) => e.id === 'e2'));
    expect(x?.events[0]).toMatchObject({ id: 'v1', type: 'attack', actors: ['e1'], targets: ['e8'], location: 'e2' });
    expect(x?.claims).toEqual(input?.extraction.claims);
    expect(x?.warnings).toEqual(input?.extraction.warnings);
    const b = imported.documents.find((d) => d.id === 'doc-b');
    expect(b?.extraction.contradictions).toEqual([{ claims: ['c1', 'c2'], reason: 'denial against attribution' }]);
    expect(imported.warnings).toHaveLength(1);
    expect(imported.warnings[0]).toMatchObject({
      id: 'warning-0001',
      tlp: 'amber+strict',
      recipients: sampleInput().warnings?.[0]?.recipients,
    });
  });

  it('keeps every object verbatim with its provenance and markings', () => {
    expect(imported.objects).toHaveLength(original.objects.length);
    for (const [i, k] of imported.objects.entries()) {
      expect(k.object).toEqual(original.objects[i]);
      expect(k.source).toBe('partner-x');
      expect(k.collection).toBe('coll-1');
    }
    const note = imported.objects.find((k) => k.type === 'note');
    expect(note).toMatchObject({ as: 'claim', document: 'doc-a', tlp: 'green', markings: [TLP_MARKING_IDS.green] });
  });
});

describe('fromStixBundle: a partner’s bundle', () => {
  const imported = fromStixBundle(JSON.stringify(partnerBundle()), { source: 'partner-y' });

  it('lists what it did not understand, with type, id and reason, and keeps it verbatim', () => {
    const unknown = Object.fromEntries(imported.unknown.map((u) => [u.id, u]));
    expect(Object.keys(unknown).sort()).toEqual([ids.malware, ids.rel3, TLP1_AMBER, ids.custom].sort());
    expect(unknown[ids.custom]).toMatchObject({
      type: 'x-custom-thing',
      reason: 'Forewarn has no equivalent of a STIX x-custom-thing',
    });
    expect(unknown[ids.malware]?.type).toBe('malware');
    expect(unknown[TLP1_AMBER]?.reason).toMatch(/TLP 1.0 marking, read as TLP 2.0 amber/);
    const custom = imported.objects.find((k) => k.id === ids.custom);
    expect(custom).toMatchObject({ understood: false, as: null, source: 'partner-y' });
    expect(custom?.object).toEqual(partnerBundle().objects.find((o) => o.id === ids.custom));
  });

  it('maps the types it understands into Forewarn shapes', () => {
    const doc = imported.documents.find((d) => d.id === ids.report);
    expect(doc).toMatchObject({ title: 'Partner situation report', published: '2026-03-05T09:00:00.000Z' });
    expect(doc?.extraction.document.published).toBe('2026-03-05');
    // the most restrictive marking among the report and its items: the intrusion-set is TLP 1.0 AMBER
    expect(doc?.tlp).toBe('amber');
    expect(doc?.grading).toEqual({ reliability: null, credibility: 2 });
    const ents = doc?.extraction.entities ?? [];
    expect(ents.find((e) => e.id === ids.group)).toMatchObject({
      type: 'armed_group',
      name: 'Northern Cell',
      aliases: ['NC'],
    });
    expect(ents.find((e) => e.id === ids.person)).toMatchObject({ type: 'person', name: 'Jane Doe' });
    expect(ents.find((e) => e.id === ids.place)).toMatchObject({
      type: 'location',
      geo: { lat: -2.27, lon: 40.9, country: 'KE' },
    });
    expect(doc?.extraction.events).toEqual([
      expect.objectContaining({ id: ids.incident, type: 'other', actors: [ids.group], location: ids.place }),
    ]);
    expect(doc?.extraction.claims).toEqual([
      expect.objectContaining({ id: ids.note, content: { text: 'The cell is recruiting in Lamu.', span: [0, 0] } }),
    ]);
    expect(doc?.extraction.claims[0]?.speaker).toEqual({ text: 'Jane Doe', entity: null, anonymous: false });
    const orphans = imported.documents.find((d) => d.asReport === false);
    expect(orphans?.extraction.entities.map((e) => e.id)).toEqual([ids.orphan]);
  });

  it('export(import(bundle)) keeps every object it understood, ids included, and the result is sound', () => {
    const { bundle } = exportStix({ documents: imported.documents, warnings: imported.warnings });
    const out = new Set(bundle.objects.map((o) => o.id));
    const triples = new Set(bundle.objects.map((o) => `${o.source_ref} ${o.relationship_type} ${o.target_ref}`));
    for (const k of imported.objects.filter((k) => k.understood)) {
      if (k.type === 'relationship') {
        expect(triples.has(`${k.object.source_ref} ${k.object.relationship_type} ${k.object.target_ref}`), k.id).toBe(
          true,
        );
      } else expect(out.has(k.id), k.id).toBe(true);
    }
    for (const id of [ids.report, ids.group, ids.person, ids.place, ids.incident, ids.note, ids.orphan])
      expect(out.has(id)).toBe(true);
    // the intrusion-set stays an intrusion-set, and the re-export never marks wider than the partner did
    expect(bundle.objects.find((o) => o.id === ids.group)?.object_marking_refs).toEqual([TLP_MARKING_IDS.amber]);
    expect(bundleProblems(bundle)).toEqual([]);
    const schemas = oasisSchemas();
    if (!schemas) return announceNoSchemas('the re-exported partner bundle');
    for (const o of bundle.objects) expect(schemas.validateObject(o), o.id).toEqual([]);
    expect(schemas.validateBundle(bundle)).toEqual([]);
  });

  it('maps only the newest version of an object and flags the older one', () => {
    const b = partnerBundle();
    const current = b.objects.find((o) => o.id === ids.person) as StixObject;
    // the same second without milliseconds: versions are ordered by time, not by their text
    const older = { ...current, name: 'J. Doe', modified: '2026-03-05T10:00:00Z' };
    current.modified = '2026-03-05T10:00:00.500Z';
    b.objects.push(older);
    const imp = fromStixBundle(b);
    const versions = imp.objects.filter((k) => k.id === ids.person);
    expect(versions.map((k) => k.superseded)).toEqual([false, true]);
    const doc = imp.documents.find((d) => d.id === ids.report);
    expect(doc?.extraction.entities.filter((e) => e.id === ids.person).map((e) => e.name)).toEqual(['Jane Doe']);
    expect(imp.unknown.some((u) => u.id === ids.person)).toBe(false);
  });
});

describe('fromStixBundle: refusals', () => {
  it('refuses malformed JSON with stix_malformed_json', () => {
    const e = refusal(() => fromStixBundle('{"type": "bundle", "id": '));
    expect(e.code).toBe('stix_malformed_json');
    expect(e.status).toBe(422);
  });

  it('refuses what is not a bundle envelope with stix_invalid_bundle', () => {
    expect(refusal(() => fromStixBundle('[]')).code).toBe('stix_invalid_bundle');
    expect(refusal(() => fromStixBundle({ type: 'report', id: ids.report })).message).toMatch(/not a STIX bundle/);
    expect(refusal(() => fromStixBundle({ type: 'bundle', id: 'bundle--nope' })).message).toMatch(/bundle id/);
    expect(refusal(() => fromStixBundle({ type: 'bundle', id: partnerBundle().id, objects: {} })).message).toMatch(
      /list/,
    );
  });

  it('refuses malformed objects, naming each', () => {
    const e = refusal(() =>
      parseBundle({
        type: 'bundle',
        id: partnerBundle().id,
        objects: [
          42,
          { type: 'identity', id: ids.note },
          { type: 'Identity', id: ids.person },
          { type: 'identity', id: 'identity--1' },
        ],
      }),
    );
    expect(e.code).toBe('stix_invalid_bundle');
    expect(e.details?.problems).toEqual([
      'objects[0]: not an object',
      `objects[1]: id ${ids.note} is not of type identity`,
      'objects[2]: type "Identity" is not a STIX type name',
      'objects[3]: id "identity--1" is not <type>--<uuid>',
    ]);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(refusal(() => fromStixBundle(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).code).toBe('stix_malformed_json');
  });

  it('accepts an empty bundle and a UTF-8 byte buffer', () => {
    expect(fromStixBundle({ type: 'bundle', id: partnerBundle().id }).documents).toEqual([]);
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(partnerBundle())}`);
    expect(fromStixBundle(bytes).documents.length).toBeGreaterThan(0);
  });
});
