/**
 * The HTTP API end to end: a real server on 127.0.0.1 (port 0) over a real
 * SQLite store in a temp file, filled from the demo corpus, queried with fetch.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { loadDemoCorpus, readDemoManifest } from '../src/demo/load.js';
import { openStore } from '../src/store/index.js';
import type { Store, StoredDocument } from '../src/store/port.js';
import { jsonOrNull } from './helpers/http.js';
import { projectRoot } from './helpers/shared.js';

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
interface PageBody<T = Record<string, unknown>> {
  items: T[];
  total: number;
}

let dir: string;
let store: Store;
let app: FastifyInstance;
let base: string;
let stored: number;
const docs: StoredDocument[] = [];

async function get(path: string): Promise<{ status: number; headers: Headers; json: unknown; text: string }> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  const json = jsonOrNull(text);
  return { status: res.status, headers: res.headers, json, text };
}

async function page<T = Record<string, unknown>>(path: string): Promise<PageBody<T>> {
  const r = await get(path);
  expect(r.status, r.text.slice(0, 300)).toBe(200);
  return r.json as PageBody<T>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-api-'));
  store = await openStore({ path: join(dir, 'api.db') });
  const loaded = await loadDemoCorpus({ store });
  stored = loaded.stored;
  app = buildServer({ store, mode: 'local' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  base = `http://127.0.0.1:${address.port}`;
  const all = await store.listDocuments({ limit: 1000 });
  for (const d of all.items) {
    const full = await store.getDocument(d.id);
    if (full) docs.push(full);
  }
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('demo corpus through the store', () => {
  it('stores every text report of the manifest (the near-duplicate is a different text, so it is kept)', async () => {
    const manifest = await readDemoManifest();
    const txt = manifest.filter((m) => m.file.endsWith('.txt')).length;
    expect(manifest.length).toBeGreaterThanOrEqual(12);
    expect(stored).toBeGreaterThanOrEqual(txt);
    expect(docs.length).toBe(stored);
    // the manifest, not the file, gives the outlet and date
    expect(docs.map((d) => d.outlet)).toContain('Meridian Wire');
    expect(docs.every((d) => /^2026-10-\d{2}$/.test(d.published ?? ''))).toBe(true);
  });
});

describe('GET /api/health', () => {
  it('reports ok, the package version and the number of documents', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(r.json).toEqual({ status: 'ok', mode: 'local', version, documents: stored });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('GET /api/documents', () => {
  it('paginates with a total that does not depend on the page', async () => {
    const first = await page<{ id: string }>('/api/documents?limit=5');
    const second = await page<{ id: string }>('/api/documents?limit=5&offset=5');
    expect(first.total).toBe(stored);
    expect(second.total).toBe(stored);
    expect(first.items).toHaveLength(5);
    const overlap = first.items.filter((a) => second.items.some((b) => b.id === a.id));
    expect(overlap).toHaveLength(0);
    const beyond = await page('/api/documents?offset=500');
    expect(beyond.items).toHaveLength(0);
    expect(beyond.total).toBe(stored);
    const byDefault = await page('/api/documents');
    expect(byDefault.items).toHaveLength(Math.min(20, stored));
    expect(byDefault.items[0]).not.toHaveProperty('text');
  });

  it('full-text q finds the documents containing a word and no others', async () => {
    const word = 'magistrate';
    const expected = docs.filter((d) => d.text.toLowerCase().includes(word)).map((d) => d.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(docs.length);
    const found = await page<{ id: string }>(`/api/documents?q=${word}&limit=200`);
    expect(found.items.map((d) => d.id).sort()).toEqual([...expected].sort());
    expect(found.total).toBe(expected.length);
    const none = await page('/api/documents?q=zeppelinquokka');
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('serves one document with its text and an extraction whose spans lie in the text', async () => {
    let spans = 0;
    for (const d of docs) {
      const r = await get(`/api/documents/${d.id}`);
      expect(r.status).toBe(200);
      const doc = r.json as StoredDocument;
      expect(doc.id).toBe(d.id);
      expect(doc.text).toBe(d.text);
      expect(doc.extraction.schema).toBe('extraction/1');
      const inText = ([s, e]: [number, number]) => {
        spans++;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeGreaterThan(s);
        expect(e).toBeLessThanOrEqual(doc.text.length);
      };
      for (const ent of doc.extraction.entities) ent.mentions.forEach(inText);
      for (const ev of doc.extraction.events) inText(ev.evidence);
      for (const c of doc.extraction.claims) {
        inText(c.content.span);
        expect(doc.text.slice(...c.content.span)).toBe(c.content.text);
      }
    }
    // an empty extraction everywhere would make the checks above vacuous
    expect(spans).toBeGreaterThan(0);
  });

  it('serves many extractions in one request, without the texts, leaving unknown ids out', async () => {
    const ids = docs.slice(0, 3).map((d) => d.id);
    const r = await get(`/api/extractions?documents=${[...ids, 'doc_0000000000000000', ids[0]].join(',')}`);
    expect(r.status).toBe(200);
    const page = r.json as { items: (StoredDocument & { text?: string })[]; total: number };
    expect(page.items.map((d) => d.id)).toEqual(ids);
    expect(page.total).toBe(3);
    for (const d of page.items) {
      expect(d.text).toBeUndefined();
      const full = (await get(`/api/documents/${d.id}`)).json as StoredDocument;
      expect(d.extraction).toEqual(full.extraction);
    }
    const tooMany = await get(`/api/extractions?documents=${Array.from({ length: 201 }, (_, i) => `d${i}`).join(',')}`);
    expect([tooMany.status, (tooMany.json as ErrorBody).error.code]).toEqual([400, 'bad_request']);
    expect((await get('/api/extractions')).status).toBe(400);
  });

  it('answers 404 not_found in JSON for an unknown id and an unknown route', async () => {
    const missing = await get('/api/documents/doc_0000000000000000');
    expect(missing.status).toBe(404);
    expect((missing.json as ErrorBody).error.code).toBe('not_found');
    const route = await get('/api/nothing-here');
    expect(route.status).toBe(404);
    expect((route.json as ErrorBody).error.code).toBe('not_found');
    expect(route.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses path traversal in ids with a clean 4xx', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '..', '%2e%2e', 'a%00b', `${'x'.repeat(300)}`]) {
      const r = await get(`/api/documents/${id}`);
      expect(r.status, id).toBeGreaterThanOrEqual(400);
      expect(r.status, id).toBeLessThan(500);
      expect((r.json as ErrorBody).error.code, id).toMatch(/^(bad_request|not_found)$/);
    }
  });
});

describe('bad parameters', () => {
  it.each([
    ['limit=abc', 'limit'],
    ['limit=100000', 'limit'],
    ['limit=0', 'limit'],
    ['offset=-1', 'offset'],
    ['limit=1.5', 'limit'],
    ['offset=1e12', 'offset'],
  ])('%s → 400 bad_request naming the parameter', async (query, parameter) => {
    const r = await get(`/api/documents?${query}`);
    expect(r.status).toBe(400);
    const { error } = r.json as ErrorBody;
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(parameter);
    expect(error.details?.parameter).toBe(parameter);
  });

  it('refuses unknown enum values and malformed dates', async () => {
    for (const path of ['/api/entities?type=wizard', '/api/claims?polarity=maybe', '/api/events?from=2026-13-40']) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect((r.json as ErrorBody).error.code).toBe('bad_request');
    }
  });

  it('hostile search strings get 200 or 400, never a 500', async () => {
    const hostile = [
      '"',
      '*',
      'NEAR(',
      'a OR',
      'AND',
      "'; DROP TABLE documents; --",
      'text:Mombasa',
      '^',
      ')(',
      '%00',
      '\\',
      '"unbalanced phrase',
      '💣 Mombasa',
      '-',
      'x'.repeat(600),
    ];
    for (const q of hostile) {
      for (const path of ['/api/documents', '/api/claims', '/api/entities']) {
        const r = await get(`${path}?q=${encodeURIComponent(q)}`);
        expect([200, 400], `${path} q=${q}`).toContain(r.status);
        expect(r.json, `${path} q=${q}`).toBeTruthy();
      }
    }
    const sqlish = await page(`/api/claims?speaker=${encodeURIComponent("x' OR 1=1 --")}`);
    expect(sqlish.total).toBe(0);
  });

  it('a query string too big for the server is refused with a 4xx', async () => {
    const r = await fetch(`${base}/api/documents?q=${'y'.repeat(20_000)}`);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});

describe('entities, events, claims', () => {
  it('entity filters narrow the results', async () => {
    const all = await page<{ type: string; name: string; document: string }>('/api/entities?limit=200');
    expect(all.total).toBeGreaterThan(0);
    const type = all.items[0]!.type;
    const typed = await page<{ type: string }>(`/api/entities?type=${type}&limit=200`);
    expect(typed.total).toBeGreaterThan(0);
    expect(typed.total).toBeLessThanOrEqual(all.total);
    expect(typed.items.every((e) => e.type === type)).toBe(true);
    const one = docs[0]!.id;
    const inDoc = await page<{ document: string }>(`/api/entities?document=${one}&limit=200`);
    expect(inDoc.items.every((e) => e.document === one)).toBe(true);
    expect(inDoc.total).toBeLessThan(all.total);
    const mombasa = await page<{ name: string; aliases: string[] }>('/api/entities?q=Mombasa&limit=200');
    expect(mombasa.total).toBeGreaterThan(0);
    expect(mombasa.total).toBeLessThan(all.total);
  });

  it('event filters narrow the results', async () => {
    const all = await page<{ type: string; document: string; date: string | null }>('/api/events?limit=200');
    // the demo corpus reports an attack, arrests and a court order: there is something to narrow
    expect(all.total).toBeGreaterThan(0);
    const types = [...new Set(all.items.map((e) => e.type))];
    for (const type of types) {
      const typed = await page<{ type: string }>(`/api/events?type=${type}&limit=200`);
      expect(typed.total).toBeGreaterThan(0);
      expect(typed.items.every((e) => e.type === type)).toBe(true);
      if (types.length > 1) expect(typed.total).toBeLessThan(all.total);
    }
    const doc = all.items[0]!.document;
    const inDoc = await page<{ document: string }>(`/api/events?document=${doc}&limit=200`);
    expect(inDoc.total).toBeGreaterThan(0);
    expect(inDoc.items.every((e) => e.document === doc)).toBe(true);
    const dated = all.items.find((e) => e.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
    if (dated) {
      const day = await page<{ date: string | null }>(`/api/events?from=${dated.date}&to=${dated.date}&limit=200`);
      expect(day.total).toBeGreaterThan(0);
      expect(day.items.every((e) => (e.date ?? '').startsWith(dated.date!.slice(0, 4)))).toBe(true);
    }
    const future = await page('/api/events?from=2099');
    expect(future.total).toBe(0);
  });

  it('claim filters narrow the results', async () => {
    const all = await page<{ document: string; polarity: string; published: string | null }>('/api/claims?limit=200');
    expect(all.total).toBeGreaterThan(0);
    for (const polarity of ['affirm', 'deny']) {
      const some = await page<{ polarity: string }>(`/api/claims?polarity=${polarity}&limit=200`);
      expect(some.items.every((c) => c.polarity === polarity)).toBe(true);
      expect(some.total).toBeLessThanOrEqual(all.total);
    }
    const doc = all.items[0]!.document;
    const inDoc = await page<{ document: string }>(`/api/claims?document=${doc}&limit=200`);
    expect(inDoc.total).toBeGreaterThan(0);
    expect(inDoc.total).toBeLessThan(all.total);
    expect(inDoc.items.every((c) => c.document === doc)).toBe(true);
    const early = await page<{ published: string }>('/api/claims?to=2026-10-06&limit=200');
    expect(early.items.every((c) => c.published <= '2026-10-06')).toBe(true);
    expect(early.total).toBeLessThan(all.total);
  });

  it('warnings are listed per document', async () => {
    const all = await page<{ document: string }>('/api/extracted-warnings?limit=200');
    // report 01 is about a warning passed from one state to another
    expect(all.total).toBeGreaterThan(0);
    const one = all.items[0]!.document;
    const inDoc = await page<{ document: string }>(`/api/extracted-warnings?document=${one}&limit=200`);
    expect(inDoc.items.every((w) => w.document === one)).toBe(true);
    for (const w of all.items) expect(docs.some((d) => d.id === w.document)).toBe(true);
  });
});

describe('OpenAPI', () => {
  it('is an OpenAPI 3 document listing every /api path with resolvable references', async () => {
    const r = await get('/api/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.json as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: unknown[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBe('Forewarn');
    const paths = Object.keys(doc.paths).sort();
    // the duty-to-warn routes are checked in warnings-api.test.ts
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/claims',
        '/api/documents',
        '/api/documents/{id}',
        '/api/entities',
        '/api/events',
        '/api/extracted-warnings',
        '/api/extractions',
        '/api/health',
        '/api/warnings',
      ]),
    );
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(
          Object.keys(op.responses).some((s) => /^20\d$/.test(s)),
          `${method} ${path}`,
        ).toBe(true);
      }
    }
    const limit = (doc.paths['/api/documents']!.get!.parameters as { name: string; in: string }[]).find(
      (p) => p.name === 'limit',
    );
    expect(limit?.in).toBe('query');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas, ref).toHaveProperty(ref.replace('#/components/schemas/', ''));
    }
  });
});

describe('web page', () => {
  it('serves HTML and a script with no external URLs', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.text).toContain('<title>Forewarn</title>');
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.some((a) => /\.js$/.test(a))).toBe(true);
    for (const a of assets) expect(a, a).not.toMatch(/^(https?:)?\/\//);
    for (const a of assets.filter((x) => !x.startsWith('#') && !x.startsWith('/api/'))) {
      const asset = await get(`/${a.replace(/^\//, '')}`);
      expect(asset.status, a).toBe(200);
      // XML namespace names (the DOM's SVG and MathML namespaces) are identifiers, never fetched
      expect(asset.text.replaceAll(/http:\/\/www\.w3\.org\/[\w/]+/g, ''), a).not.toMatch(/https?:\/\//);
    }
  });
});

describe('failures', () => {
  it('a failing store gives a 500 without internals', async () => {
    const broken = await openStore({ path: join(dir, 'broken.db') });
    const server = buildServer({ store: broken, mode: 'local' });
    await broken.close();
    await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = server.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      const res = await fetch(`http://127.0.0.1:${address.port}/api/documents`);
      expect(res.status).toBe(500);
      const text = await res.text();
      const body = JSON.parse(text) as ErrorBody;
      expect(body.error.code).toMatch(/^(storage_failure|internal)$/);
      expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(text).not.toContain('broken.db');
    } finally {
      await server.close();
    }
  });
});
