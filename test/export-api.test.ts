/**
 * GET /api/export/stix over real HTTP and a real SQLite file: the bundle the
 * CLI writes, as application/stix+json, valid against the OASIS schemas (when
 * ../shared/stix is beside the checkout), with documents received as STIX
 * marked no wider than they arrived and TLP:RED ones left out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { ingestPaths } from '../src/ingest/ingest.js';
import { announceNoSchemas, oasisSchemas } from '../src/share/stix/test-support.js';
import type { StixBundle, StixObject } from '../src/share/stix/types.js';
import { EXTENSION_IDS } from '../src/share/stix/vocabulary.js';
import { TLP_MARKING_IDS, type TlpLevel } from '../src/share/tlp.js';
import { documentIdForText, openStore } from '../src/store/index.js';
import type { Store } from '../src/store/port.js';
import { assertCliBuilt, listenLocal, runCli } from './helpers/cli.js';
import { jsonOrNull } from './helpers/http.js';

let dir: string;
let path: string;
let store: Store;
let app: FastifyInstance;
let base: string;

const OWN = join('demo', 'corpus', '03-mombasa-blast-wire.txt');
const TEXTS: Record<string, string> = {
  green: 'Gunmen attacked a police station in Kano on Monday, killing five officers, police said.',
  'amber+strict': 'The army said on Tuesday it had arrested 12 suspects in Maiduguri after a bombing.',
  red: 'A bomb exploded at a market in Lagos on Friday, killing three people, police said.',
};

function partnerBundle(): StixBundle {
  const objects = Object.entries(TEXTS).map(([level, text], i) => ({
    type: 'report',
    spec_version: '2.1',
    id: `report--00000000-0000-4000-8000-00000000000${i + 1}`,
    created: '2026-03-02T08:00:00.000Z',
    modified: '2026-03-02T08:00:00.000Z',
    name: `Partner report ${level}`,
    description: text,
    published: '2026-03-02T07:00:00Z',
    object_refs: ['identity--00000000-0000-4000-8000-000000000009'],
    object_marking_refs: [TLP_MARKING_IDS[level as TlpLevel]],
  }));
  return { type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000010', objects };
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${url}`, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: jsonOrNull(text) };
}

const reportOf = (bundle: StixBundle, documentId: string): StixObject | undefined =>
  bundle.objects.find((o) => o.type === 'report' && o.extensions?.[EXTENSION_IDS.document]?.document_id === documentId);
const levelOf = (o: StixObject | undefined): TlpLevel | undefined =>
  (Object.entries(TLP_MARKING_IDS) as [TlpLevel, string][]).find(([, id]) => o?.object_marking_refs?.includes(id))?.[0];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-export-api-'));
  path = join(dir, 'export.db');
  store = await openStore({ path });
  const bundleFile = join(dir, 'partner.json');
  writeFileSync(bundleFile, JSON.stringify(partnerBundle()));
  const ingested = await ingestPaths([OWN, bundleFile], { store });
  expect(ingested).toMatchObject({ ingested: 4, failed: [] });
  app = buildServer({ store, mode: 'local' });
  base = await listenLocal(app);
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/export/stix', () => {
  it('answers the bundle the CLI exports, as application/stix+json, valid against the OASIS schemas', async () => {
    const r = await get('/api/export/stix?tlp=green');
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/stix+json;version=2.1');
    const bundle = r.json as StixBundle;
    expect(bundle.type).toBe('bundle');
    // the own report and the GREEN and AMBER+STRICT received ones; never the RED one
    const documents = bundle.objects.filter((o) => o.type === 'report' && o.extensions?.[EXTENSION_IDS.document]);
    expect(documents).toHaveLength(3);
    expect(r.headers.get('x-forewarn-omitted')).not.toBe('0');

    const schemas = oasisSchemas();
    if (schemas) {
      for (const o of bundle.objects) expect(schemas.validateObject(o), o.id).toEqual([]);
      expect(schemas.validateBundle(bundle)).toEqual([]);
    } else announceNoSchemas('the API export');

    assertCliBuilt('export.js');
    const cli = await runCli(['export', '--format', 'stix', '--tlp', 'green', '--db', path], {
      env: { FOREWARN_DB: '' },
      stdin: 'ignore',
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr).toMatch(/omitted .*received as TLP:RED/);
    expect(r.text).toBe(cli.stdout);
  });

  it('marks received documents no wider than they arrived and leaves TLP:RED ones out', async () => {
    const own = (await store.listDocuments({ limit: 10 })).items.find((d) =>
      d.origin.endsWith('03-mombasa-blast-wire.txt'),
    );
    const ids = Object.fromEntries(Object.entries(TEXTS).map(([level, text]) => [level, documentIdForText(text)]));
    for (const [asked, expected] of [
      ['clear', { own: 'clear', green: 'green', strict: 'amber+strict' }],
      [null, { own: 'amber', green: 'amber', strict: 'amber+strict' }],
      ['red', { own: 'red', green: 'red', strict: 'red' }],
    ] as const) {
      const r = await get(`/api/export/stix${asked ? `?tlp=${asked}` : ''}`);
      expect(r.status).toBe(200);
      const bundle = r.json as StixBundle;
      expect(levelOf(reportOf(bundle, own?.id ?? '')), `own at ${asked}`).toBe(expected.own);
      expect(levelOf(reportOf(bundle, ids.green ?? '')), `green at ${asked}`).toBe(expected.green);
      expect(levelOf(reportOf(bundle, ids['amber+strict'] ?? '')), `strict at ${asked}`).toBe(expected.strict);
      expect(reportOf(bundle, ids.red ?? '')).toBeUndefined();
      expect(r.text).not.toContain('Lagos');
    }
    // amber+strict in a query string: the '+' arrives as a space
    const strict = await get('/api/export/stix?tlp=amber+strict');
    expect(levelOf(reportOf(strict.json as StixBundle, ids.green ?? ''))).toBe('amber+strict');
    // one document, repeatable
    const one = await get(`/api/export/stix?document=${ids.green}`);
    expect(
      (one.json as StixBundle).objects.filter((o) => o.type === 'report' && o.extensions?.[EXTENSION_IDS.document]),
    ).toHaveLength(1);
  });

  it('refuses bad parameters and unknown documents with the API error body; needs a user outside local mode', async () => {
    for (const [query, status, code] of [
      ['tlp=purple', 400, 'bad_request'],
      ['since=yesterday', 400, 'bad_request'],
      ['document=doc_0000000000000000', 404, 'not_found'],
      ['story=S999999', 404, 'not_found'],
    ] as const) {
      const r = await get(`/api/export/stix?${query}`);
      expect(r.status, query).toBe(status);
      expect((r.json as { error: { code: string } }).error.code, query).toBe(code);
    }
    const multi = buildServer({ store, mode: 'multi-user' });
    try {
      const r = await multi.inject({ method: 'GET', url: '/api/export/stix' });
      expect(r.statusCode).toBe(401);
    } finally {
      await multi.close();
    }
  });

  it('is in the OpenAPI document with its media type and parameters', async () => {
    const doc = (await get('/api/openapi.json')).json as {
      paths: Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, unknown> } }>;
    };
    const op = doc.paths['/api/export/stix']?.get;
    expect(op?.parameters?.map((p) => p.name).sort()).toEqual(['document', 'since', 'story', 'tlp', 'withoutText']);
    expect(JSON.stringify(op?.responses['200'])).toContain('application/stix+json;version=2.1');
  });
});

describe('received documents in the document API', () => {
  it('say where they came from and under which TLP; our own documents say nothing of the kind', async () => {
    const own = documentIdForText(readFileSync(OWN, 'utf8'));
    const list = await get('/api/documents?limit=50');
    expect(list.status).toBe(200);
    const items = (list.json as { items: { id: string; received?: { source: string; tlp: string | null }[] }[] }).items;
    expect(items).toHaveLength(4);
    expect(items.find((d) => d.id === own)?.received).toBeUndefined();
    for (const [level, text] of Object.entries(TEXTS)) {
      const id = documentIdForText(text);
      const listed = items.find((d) => d.id === id);
      expect(listed?.received, level).toEqual([
        expect.objectContaining({
          source: expect.stringMatching(/^file:.*partner\.json$/),
          collection: '',
          tlp: level,
        }),
      ]);
      const one = await get(`/api/documents/${id}`);
      expect((one.json as { received?: { tlp: string }[] }).received?.[0]?.tlp).toBe(level);
    }
    const batch = await get(`/api/extractions?documents=${documentIdForText(TEXTS.red!)},${own}`);
    const got = (batch.json as { items: { id: string; received?: { tlp: string }[] }[] }).items;
    expect(got.map((d) => d.received?.[0]?.tlp ?? null)).toEqual(['red', null]);
  });
});
