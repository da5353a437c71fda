/**
 * The store conformance suite: the behaviour every `Store` backend must show,
 * written once against the port so the SQLite store and a future PostgreSQL
 * store are held to the same contract.
 *
 * Public surface: `describeStoreConformance(name, makeDatabase)`, and the
 * `sampleDocument` / `sampleExtraction` fixtures builders.
 *
 * `makeDatabase()` gives a fresh, empty database and an `open()` that may be
 * called more than once on it (re-opening must find the data and must not
 * re-run migrations destructively).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isForewarnError } from '../errors.js';
import type { Claim, Entity, Event, Extraction, Span, Warning } from '../extract/contract.js';
import type { SourceDocument } from '../ingest/read.js';
import type { Store } from './port.js';

export interface ConformanceDatabase {
  open(): Promise<Store>;
  cleanup?(): Promise<void>;
}

export function sampleDocument(text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id: 'sample',
    text,
    title: null,
    published: null,
    outlet: null,
    origin: 'memory:sample.txt',
    mediaType: 'text/plain',
    ...extra,
  };
}

/** Span of the `nth` occurrence of `needle` in `text`; fails loudly so fixtures cannot drift. */
function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not in text`);
  }
  return [at, at + needle.length];
}

export function sampleExtraction(
  text: string,
  items: { entities?: Entity[]; events?: Event[]; claims?: Claim[]; warnings?: Warning[]; published?: string | null },
): Extraction {
  return {
    schema: 'extraction/1',
    document: { id: 'sample', title: null, published: items.published ?? null, language: 'en', length: text.length },
    entities: items.entities ?? [],
    events: items.events ?? [],
    claims: items.claims ?? [],
    warnings: items.warnings ?? [],
    contradictions: [],
  };
}

const KANO_TEXT =
  'Militants attacked a checkpoint in Kano on 12 March 2024, killing three soldiers. ' +
  'The army spokesman John Smith said the attackers came from Niger. ' +
  'The group denied involvement. Police warned of further attacks on markets.';

function kanoFixture(): { doc: SourceDocument; extraction: Extraction } {
  const t = KANO_TEXT;
  const entities: Entity[] = [
    { id: 'e1', name: 'Kano', type: 'location', aliases: ['Kano City'], mentions: [spanOf(t, 'Kano')] },
    { id: 'e2', name: 'John Smith', type: 'person', aliases: [], mentions: [spanOf(t, 'John Smith')] },
    { id: 'e3', name: 'Boko Haram', type: 'armed_group', aliases: ['JAS'], mentions: [spanOf(t, 'The group')] },
    { id: 'e4', name: 'Niger', type: 'country', aliases: [], mentions: [spanOf(t, 'Niger')] },
  ];
  const events: Event[] = [
    {
      id: 'v1',
      type: 'attack',
      date: '2024-03-12',
      location: 'e1',
      actors: ['e3'],
      killed: { value: 3, qualifier: 'exact' },
      evidence: spanOf(t, 'Militants attacked a checkpoint in Kano on 12 March 2024'),
    },
    {
      id: 'v2',
      type: 'warning',
      date: '2024-03',
      location: null,
      actors: [],
      evidence: spanOf(t, 'Police warned of further attacks on markets'),
    },
  ];
  const claims: Claim[] = [
    {
      id: 'c1',
      speaker: { text: 'The army spokesman John Smith', entity: 'e2', anonymous: false },
      cue: { text: 'said', span: spanOf(t, 'said') },
      content: { text: 'the attackers came from Niger', span: spanOf(t, 'the attackers came from Niger') },
      quote: 'indirect',
      polarity: 'affirm',
      hedged: false,
    },
    {
      id: 'c2',
      speaker: { text: 'The group', entity: 'e3', anonymous: false },
      cue: { text: 'denied', span: spanOf(t, 'denied') },
      content: { text: 'involvement', span: spanOf(t, 'involvement') },
      quote: 'indirect',
      polarity: 'deny',
      hedged: false,
    },
  ];
  const warnings: Warning[] = [
    {
      id: 'w1',
      issuer: null,
      recipient: null,
      issued: '2024-03-12',
      threat: 'further attacks on markets',
      specificity: { actor: false, location: 'none', target: true, time: 'none' },
      evidence: spanOf(t, 'Police warned of further attacks on markets'),
    },
  ];
  return {
    doc: sampleDocument(t, { title: 'Checkpoint attack in Kano', published: '2024-03-13', outlet: 'Daily Wire' }),
    extraction: sampleExtraction(t, { entities, events, claims, warnings, published: '2024-03-13' }),
  };
}

const LAGOS_TEXT = 'In 2023 an official said or implied that a kidnapping near Lagos was over. Traders feared more.';

function lagosFixture(): { doc: SourceDocument; extraction: Extraction } {
  const t = LAGOS_TEXT;
  const entities: Entity[] = [
    { id: 'e1', name: 'Lagos', type: 'location', aliases: [], mentions: [spanOf(t, 'Lagos')] },
  ];
  const events: Event[] = [
    {
      id: 'v1',
      type: 'kidnapping',
      date: '2023',
      location: 'e1',
      actors: [],
      evidence: spanOf(t, 'a kidnapping near Lagos'),
    },
  ];
  const claims: Claim[] = [
    {
      id: 'c1',
      speaker: { text: 'an official', entity: null, anonymous: true },
      cue: { text: 'said', span: spanOf(t, 'said') },
      content: {
        text: 'a kidnapping near Lagos was over',
        span: spanOf(t, 'a kidnapping near Lagos was over'),
      },
      quote: 'indirect',
      polarity: 'affirm',
      hedged: true,
      hedges: ['implied'],
    },
  ];
  return {
    doc: sampleDocument(t, { published: '2023-06-01', origin: 'memory:lagos.txt' }),
    extraction: sampleExtraction(t, { entities, events, claims, published: '2023-06-01' }),
  };
}

async function expectCode(work: Promise<unknown>, code: string): Promise<void> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isForewarnError(error), `expected a ForewarnError ${code}, got ${String(error)}`).toBe(true);
  expect((error as { code: string }).code).toBe(code);
}

export function describeStoreConformance(name: string, makeDatabase: () => Promise<ConformanceDatabase>): void {
  describe(`store conformance: ${name}`, () => {
    const opened: Store[] = [];
    const databases: ConformanceDatabase[] = [];

    async function fresh(): Promise<{ store: Store; database: ConformanceDatabase }> {
      const database = await makeDatabase();
      databases.push(database);
      const store = await database.open();
      opened.push(store);
      return { store, database };
    }

    async function withFixtures(): Promise<{ store: Store; kano: string; lagos: string }> {
      const { store } = await fresh();
      const k = kanoFixture();
      const l = lagosFixture();
      const kano = (await store.addDocument(k.doc, k.extraction)).id;
      const lagos = (await store.addDocument(l.doc, l.extraction)).id;
      return { store, kano, lagos };
    }

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      for (const database of databases.splice(0)) await database.cleanup?.();
    });

    it('adds a document once; the same text again is a no-op returning the same id', async () => {
      const { store } = await fresh();
      const { doc, extraction } = kanoFixture();
      const first = await store.addDocument(doc, extraction);
      expect(first.created).toBe(true);
      expect(first.id).toMatch(/^doc_[0-9a-f]{16}$/);
      const again = await store.addDocument({ ...doc, origin: 'elsewhere.html', title: 'Other' }, extraction);
      expect(again).toEqual({ id: first.id, created: false });
      expect((await store.listDocuments()).total).toBe(1);
      expect(await store.findByText(doc.text)).toBe(first.id);
      expect(await store.findByText(`${doc.text} `)).toBeNull();
      // the first write wins: metadata of the no-op call is not stored
      expect((await store.getDocument(first.id))?.origin).toBe(doc.origin);
    });

    it('gets a document with its text, metadata, counts and extraction', async () => {
      const { store, kano } = await withFixtures();
      const got = await store.getDocument(kano);
      expect(got).not.toBeNull();
      expect(got?.text).toBe(KANO_TEXT);
      expect(got?.title).toBe('Checkpoint attack in Kano');
      expect(got?.published).toBe('2024-03-13');
      expect(got?.outlet).toBe('Daily Wire');
      expect(got?.length).toBe(KANO_TEXT.length);
      expect(got?.language).toBe('en');
      expect(got?.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(got?.id.slice(4)).toBe(got?.hash.slice(0, 16));
      expect(Number.isNaN(Date.parse(got?.ingestedAt ?? ''))).toBe(false);
      expect(got?.counts).toEqual({ entities: 4, events: 2, claims: 2, warnings: 1 });
      expect(got?.extraction.document.id).toBe(kano);
      expect(got?.extraction.entities.map((e) => e.name)).toEqual(['Kano', 'John Smith', 'Boko Haram', 'Niger']);
      expect(got?.extraction.claims[1]?.polarity).toBe('deny');
      expect(await store.getDocument('doc_0000000000000000')).toBeNull();
    });

    it('gets several extractions without their texts, in the order asked, leaving out unknown ids', async () => {
      const { store, kano, lagos } = await withFixtures();
      const got = await store.getExtractions([lagos, 'doc_0000000000000000', kano]);
      expect(got.map((d) => d.id)).toEqual([lagos, kano]);
      const whole = await store.getDocument(kano);
      const { text: _text, ...withoutText } = whole!;
      expect(got[1]).toEqual(withoutText);
      expect(got[1]).not.toHaveProperty('text');
      expect(await store.getExtractions([])).toEqual([]);
    });

    it('paginates with a stable order and a total', async () => {
      const { store } = await fresh();
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const text = `Report number ${i} about a market in town ${i}.`;
        ids.push((await store.addDocument(sampleDocument(text), sampleExtraction(text, {}))).id);
      }
      const pages = [];
      for (const offset of [0, 2, 4]) pages.push(await store.listDocuments({ limit: 2, offset }));
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
      expect(pages.every((p) => p.total === 5)).toBe(true);
      const seen = pages.flatMap((p) => p.items.map((d) => d.id));
      expect(new Set(seen).size).toBe(5);
      expect([...seen].sort()).toEqual([...ids].sort());
      expect((await store.listDocuments({ limit: 2, offset: 10 })).items).toEqual([]);
      await expectCode(store.listDocuments({ limit: -1 }), 'bad_request');
      await expectCode(store.listDocuments({ offset: 1.5 }), 'bad_request');
    });

    it('searches documents by words in title and text', async () => {
      const { store, kano, lagos } = await withFixtures();
      const ids = async (q: string) => (await store.listDocuments({ q })).items.map((d) => d.id).sort();
      expect(await ids('checkpoint')).toEqual([kano]);
      expect(await ids('CHECKPOINT soldiers')).toEqual([kano]);
      expect(await ids('checkpoint lagos')).toEqual([]);
      expect(await ids('kidnapping')).toEqual([lagos]);
      expect(await ids('checkp*')).toEqual([kano]);
      expect(await ids('attack')).toEqual([kano]); // title word
      expect((await store.listDocuments({ q: 'checkpoint' })).total).toBe(1);
    });

    it('takes hostile full-text queries as plain words, never as syntax or SQL', async () => {
      const { store, kano, lagos } = await withFixtures();
      const hostile = [
        '"',
        '""',
        'OR',
        'AND',
        'NOT',
        '*',
        '**',
        'NEAR(',
        'title:',
        'text:kano',
        '"unbalanced',
        '(',
        ')',
        '^kano',
        '-',
        "'; DROP TABLE documents; --",
        'kano" OR "lagos',
        '{title text}: kano',
      ];
      for (const q of hostile) {
        await expect(store.listDocuments({ q }), q).resolves.toBeDefined();
        await expect(store.listClaims({ q }), q).resolves.toBeDefined();
        await expect(store.listClaims({ speaker: q }), q).resolves.toBeDefined();
      }
      // `OR` is the word "or" (only the Lagos text has it), not an operator
      expect((await store.listDocuments({ q: 'OR' })).items.map((d) => d.id)).toEqual([lagos]);
      expect((await store.listDocuments({ q: 'kano OR lagos' })).items).toEqual([]);
      // nothing searchable: no matches rather than everything
      expect((await store.listDocuments({ q: '*' })).total).toBe(0);
      expect((await store.listDocuments({ q: '"' })).total).toBe(0);
      expect((await store.listDocuments({ q: 'text:kano' })).items.map((d) => d.id)).toEqual([]);
      expect((await store.listDocuments({ q: '^kano' })).items.map((d) => d.id)).toEqual([kano]);
      expect((await store.listDocuments()).total).toBe(2);
    });

    it('filters entities by type, name and document', async () => {
      const { store, kano, lagos } = await withFixtures();
      const all = await store.listEntities();
      expect(all.total).toBe(5);
      const locations = await store.listEntities({ type: 'location' });
      expect(locations.items.map((e) => e.name).sort()).toEqual(['Kano', 'Lagos']);
      const byName = await store.listEntities({ q: 'smi' });
      expect(byName.items.map((e) => [e.name, e.document, e.published])).toEqual([['John Smith', kano, '2024-03-13']]);
      expect((await store.listEntities({ q: 'jas' })).items.map((e) => e.name)).toEqual(['Boko Haram']);
      expect((await store.listEntities({ q: '%' })).total).toBe(0);
      expect((await store.listEntities({ document: lagos })).items.map((e) => e.id)).toEqual(['e1']);
      const kanoOnly = await store.listEntities({ document: kano });
      expect(kanoOnly.items.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
      expect(kanoOnly.items[0]?.mentions).toEqual([[KANO_TEXT.indexOf('Kano'), KANO_TEXT.indexOf('Kano') + 4]]);
    });

    it('filters events by type, entity (name or alias, any case) and overlapping date bounds', async () => {
      const { store, kano, lagos } = await withFixtures();
      const ref = (p: { items: { document: string; id: string }[] }) =>
        p.items.map((e) => `${e.document === kano ? 'kano' : e.document === lagos ? 'lagos' : '?'}:${e.id}`).sort();
      expect(ref(await store.listEvents())).toEqual(['kano:v1', 'kano:v2', 'lagos:v1']);
      expect(ref(await store.listEvents({ type: 'attack' }))).toEqual(['kano:v1']);
      expect(ref(await store.listEvents({ entity: 'kano city' }))).toEqual(['kano:v1']);
      expect(ref(await store.listEvents({ entity: 'BOKO HARAM' }))).toEqual(['kano:v1']);
      expect(ref(await store.listEvents({ entity: 'Niger' }))).toEqual([]);
      expect(ref(await store.listEvents({ entity: 'lagos' }))).toEqual(['lagos:v1']);
      expect(ref(await store.listEvents({ from: '2024-03-12', to: '2024-03-12' }))).toEqual(['kano:v1', 'kano:v2']);
      expect(ref(await store.listEvents({ from: '2024-03-13' }))).toEqual(['kano:v2']);
      expect(ref(await store.listEvents({ from: '2024-04' }))).toEqual([]);
      expect(ref(await store.listEvents({ to: '2023-12-31' }))).toEqual(['lagos:v1']);
      expect(ref(await store.listEvents({ from: '2023-06', to: '2023-06' }))).toEqual(['lagos:v1']);
      expect(ref(await store.listEvents({ document: lagos }))).toEqual(['lagos:v1']);
      const attack = (await store.listEvents({ type: 'attack' })).items[0];
      expect(attack?.killed).toEqual({ value: 3, qualifier: 'exact' });
      expect(attack?.published).toBe('2024-03-13');
      await expectCode(store.listEvents({ from: 'last week' }), 'bad_request');
      await expectCode(store.listEvents({ to: '2024-3-1' }), 'bad_request');
    });

    it('filters claims by words, speaker, entity, polarity and publication date', async () => {
      const { store, kano, lagos } = await withFixtures();
      const ref = (p: { items: { document: string; id: string }[] }) =>
        p.items.map((c) => `${c.document === kano ? 'kano' : c.document === lagos ? 'lagos' : '?'}:${c.id}`).sort();
      expect(ref(await store.listClaims())).toEqual(['kano:c1', 'kano:c2', 'lagos:c1']);
      expect(ref(await store.listClaims({ q: 'attackers' }))).toEqual(['kano:c1']);
      expect(ref(await store.listClaims({ q: 'official' }))).toEqual(['lagos:c1']);
      expect(ref(await store.listClaims({ speaker: 'spokesman' }))).toEqual(['kano:c1']);
      // speaker words must be in the speaker, not merely in the content
      expect(ref(await store.listClaims({ speaker: 'attackers' }))).toEqual([]);
      // the speaker entity's name counts as the speaker's words
      expect(ref(await store.listClaims({ speaker: 'haram' }))).toEqual(['kano:c2']);
      expect(ref(await store.listClaims({ entity: 'niger' }))).toEqual(['kano:c1']);
      expect(ref(await store.listClaims({ entity: 'JAS' }))).toEqual(['kano:c2']);
      expect(ref(await store.listClaims({ entity: 'Lagos' }))).toEqual(['lagos:c1']);
      expect(ref(await store.listClaims({ polarity: 'deny' }))).toEqual(['kano:c2']);
      expect(ref(await store.listClaims({ from: '2024-01-01' }))).toEqual(['kano:c1', 'kano:c2']);
      expect(ref(await store.listClaims({ to: '2023' }))).toEqual(['lagos:c1']);
      expect(ref(await store.listClaims({ q: 'attackers', speaker: 'smith', polarity: 'affirm' }))).toEqual([
        'kano:c1',
      ]);
      expect(ref(await store.listClaims({ q: 'attackers', polarity: 'deny' }))).toEqual([]);
      const hedged = (await store.listClaims({ document: lagos })).items[0];
      expect(hedged?.hedges).toEqual(['implied']);
      expect(hedged?.speaker.anonymous).toBe(true);
      await expectCode(store.listClaims({ from: '13/03/2024' }), 'bad_request');
    });

    it('lists warnings, filtered by document', async () => {
      const { store, kano, lagos } = await withFixtures();
      const all = await store.listWarnings();
      expect(all.total).toBe(1);
      expect(all.items[0]).toMatchObject({ id: 'w1', document: kano, threat: 'further attacks on markets' });
      expect((await store.listWarnings({ document: lagos })).total).toBe(0);
    });

    it('re-opens an existing database without losing data or re-running migrations', async () => {
      const { store, database } = await fresh();
      const { doc, extraction } = kanoFixture();
      const { id } = await store.addDocument(doc, extraction);
      await store.close();
      const again = await database.open();
      opened.push(again);
      expect((await again.getDocument(id))?.text).toBe(doc.text);
      expect(await again.addDocument(doc, extraction)).toEqual({ id, created: false });
      expect((await again.listClaims({ speaker: 'spokesman' })).total).toBe(1);
      const third = await database.open();
      opened.push(third);
      expect((await third.listDocuments()).total).toBe(1);
    });

    it('stores the same text once when two connections add it at the same time', async () => {
      const { database } = await fresh();
      const a = await database.open();
      const b = await database.open();
      opened.push(a, b);
      const { doc, extraction } = kanoFixture();
      const results = await Promise.all([a.addDocument(doc, extraction), b.addDocument(doc, extraction)]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(results[0]?.id).toBe(results[1]?.id);
      expect((await a.listDocuments()).total).toBe(1);
      expect((await a.listEntities()).total).toBe(4);
    });

    it('refuses use after close with a typed error', async () => {
      const { store } = await fresh();
      await store.close();
      await expectCode(store.listDocuments(), 'storage_failure');
    });
  });
}
