/**
 * Stories over HTTP: the fusion corpus ingested by the real CLI (each file
 * with its manifest's publication day and outlet) into a temp SQLite file,
 * served by the real `forewarn serve --local` in a child process and read
 * with fetch. Covers the list and show shapes, agreement with
 * `forewarn story show`, the same stories after a restart, an analyst's merge
 * and split with their audit records (no mention lost, still there after a
 * restart), errors, the OpenAPI document, and restoring from a snapshot.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { synthesiseReports } from '../src/fuse/bench.js';
import { openFusionStore } from '../src/store/fusion.js';
import { openStore } from '../src/store/index.js';
import { assertCliBuilt, BIN, ingestEntry, type ManifestEntry, ROOT, type Run, runCli } from './helpers/cli.js';

const FUSE = join(ROOT, 'test', 'fixtures', 'fuse-corpus');

const cli = (args: string[], input?: string): Promise<Run> =>
  runCli(args, { env: { FOREWARN_DB: '' }, stdin: input ?? '' });

interface Server {
  base: string;
  child: ChildProcess;
}
const running: Server[] = [];

/** `forewarn serve --local --port 0` in a child process; resolves with its address once it listens. */
function serve(db: string, mode: 'local' | 'multi-user' = 'local'): Promise<Server> {
  return new Promise((done, fail) => {
    const flags = mode === 'local' ? ['--local'] : [];
    const child = spawn(process.execPath, [BIN, 'serve', ...flags, '--port', '0', '--db', db], {
      cwd: ROOT,
      env: { ...process.env, FOREWARN_DB: '', PORT: '' },
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /serving at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        const server = { base: m[1] as string, child };
        running.push(server);
        done(server);
      }
    });
    child.on('error', fail);
    child.on('close', (code) => fail(new Error(`serve exited ${code}: ${err}`)));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((done) => {
    if (server.child.exitCode !== null) return done();
    server.child.once('close', () => done());
    server.child.kill('SIGTERM');
  });
}

async function get<T>(server: Server, path: string): Promise<{ status: number; body: T }> {
  const r = await fetch(`${server.base}${path}`);
  return { status: r.status, body: (await r.json()) as T };
}

async function post<T>(
  server: Server,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const r = await fetch(`${server.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T };
}

interface Summary {
  id: string;
  title: string;
  documents: number;
  incidents: number;
  first: string | null;
}
interface Canonical {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: { document: string; entity: string }[];
}
interface Audit {
  seq: number;
  action: 'merge' | 'split';
  by: string;
  at: string;
  entities: string[];
  result: string;
  mentions: { document: string; entity: string }[];
}
interface Story {
  id: string;
  title: string;
  documents: string[];
  reports: { id: string; outlet: string | null; published: string | null; undated: boolean }[];
  incidents: {
    id: string;
    figures: { reported: string | null }[];
    timelines: unknown[];
    mentions: { document: string; event: string }[];
  }[];
  entities: { id: string; type: string; aliases: string[] }[];
  claim_groups: { independent_sources: number; claims: string[] }[];
  contradictions: { sides: unknown[] }[];
  warnings: { matches: { lead_time_days: number }[] }[];
}

let dir: string;
let db: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  assertCliBuilt('story.js');
  dir = mkdtempSync(join(tmpdir(), 'forewarn-fusion-api-'));
  db = join(dir, 'fw.db');
  const manifest = JSON.parse(readFileSync(join(FUSE, 'manifest.json'), 'utf8')) as ManifestEntry[];
  for (const e of manifest) ids.set(e.file, await ingestEntry(cli, db, FUSE, e));
}, 240_000);

afterEach(async () => {
  for (const s of running.splice(0)) await stop(s);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('stories over HTTP', () => {
  it('lists stories page by page and shows each in full, as the CLI does', async () => {
    const server = await serve(db);
    const all = await get<{ items: Summary[]; total: number }>(server, '/api/stories?limit=200');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.items.length);
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    const page = await get<{ items: Summary[]; total: number }>(server, '/api/stories?limit=2&offset=1');
    expect(page.body.total).toBe(all.body.total);
    expect(page.body.items).toEqual(all.body.items.slice(1, 3));
    expect(all.body.items.reduce((n, s) => n + s.documents, 0)).toBe(ids.size);

    const market = all.body.items.find((s) => s.first === '2031-03-03') as Summary;
    const shown = await get<Story>(server, `/api/stories/${market.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body.documents).toHaveLength(market.documents);
    expect(shown.body.incidents).toHaveLength(market.incidents);
    expect(shown.body.reports.find((r) => r.id === ids.get('a1-market-bombing-wire.txt'))).toMatchObject({
      outlet: 'Meridian Wire',
      published: '2031-03-03',
      undated: false,
    });
    expect(shown.body.contradictions.every((c) => c.sides.length === 2)).toBe(true);
    expect(shown.body.claim_groups.some((g) => g.independent_sources >= 2)).toBe(true);

    // the HTTP answer and `forewarn story show` agree
    const viaCli = await cli(['story', 'show', market.id, '--db', db, '--format', 'json']);
    expect(viaCli.status, viaCli.stderr).toBe(0);
    expect(JSON.parse(viaCli.stdout)).toEqual(shown.body);

    const incident = await get<{ id: string; story: string; timelines: unknown[] }>(
      server,
      `/api/incidents/${shown.body.incidents[0]?.id}`,
    );
    expect(incident.status).toBe(200);
    expect(incident.body.story).toBe(market.id);
    expect(incident.body.timelines.length).toBeGreaterThan(0);

    const byDoc = await get<Story>(server, `/api/documents/${ids.get('a2-market-bombing-harbor.txt')}/story`);
    expect(byDoc.status).toBe(200);
    expect(byDoc.body.id).toBe(market.id);

    const hotel = all.body.items.find((s) => s.first === '2031-05-08') as Summary;
    const hotelStory = await get<Story>(server, `/api/stories/${hotel.id}`);
    expect(hotelStory.body.warnings.some((w) => w.matches.some((m) => m.lead_time_days > 0))).toBe(true);
  }, 120_000);

  it('answers unknown ids with not_found and bad ids with bad_request', async () => {
    const server = await serve(db);
    for (const path of ['/api/stories/S999999', '/api/incidents/I999999', '/api/documents/doc_none/story']) {
      const r = await get<{ error: { code: string } }>(server, path);
      expect(r.status, path).toBe(404);
      expect(r.body.error.code).toBe('not_found');
    }
    const bad = await get<{ error: { code: string } }>(server, '/api/stories?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    const merge = await post<{ error: { code: string } }>(server, '/api/entities/merge', { a: 'E1', b: 'E999999' });
    expect(merge.status).toBe(404);
    expect(merge.body.error.code).toBe('not_found');
    const split = await post<{ error: { code: string } }>(server, '/api/entities/E1/split', { mentions: [] });
    expect(split.status).toBe(400);
  }, 60_000);

  it('documents the story and entity routes in the OpenAPI document', async () => {
    const server = await serve(db);
    const { body } = await get<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(
      server,
      '/api/openapi.json',
    );
    for (const [path, method] of [
      ['/api/stories', 'get'],
      ['/api/stories/{id}', 'get'],
      ['/api/incidents/{id}', 'get'],
      ['/api/documents/{id}/story', 'get'],
      ['/api/entities/{id}/canonical', 'get'],
      ['/api/entities/merge', 'post'],
      ['/api/entities/{id}/split', 'post'],
      ['/api/fusion/audit', 'get'],
    ] as const) {
      expect(body.paths[path]?.[method]?.responses['200'], `${method} ${path}`).toBeDefined();
    }
  }, 60_000);

  it('merges and splits entities with audit records, loses no mention, and keeps both after a restart', async () => {
    const opsBefore = countOps();
    let server = await serve(db);
    const list = await get<{ items: Summary[] }>(server, '/api/stories?limit=200');
    const market = list.body.items.find((s) => s.first === '2031-03-03') as Summary;
    const story = (await get<Story>(server, `/api/stories/${market.id}`)).body;
    const groups = story.entities.filter((e) => e.type === 'armed_group');
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const [a, b] = await Promise.all(
      groups.slice(0, 2).map(async (g) => (await get<Canonical>(server, `/api/entities/${g.id}/canonical`)).body),
    );
    if (!a || !b) throw new Error('two groups expected');
    const key = (m: { document: string; entity: string }) => `${m.document}#${m.entity}`;
    // every event mention in one incident and every claim in one group, over all stories
    const placed = async () => {
      const stories = (await get<{ items: Summary[] }>(server, '/api/stories?limit=200')).body.items;
      const events: string[] = [];
      const claims: string[] = [];
      let incidents = 0;
      for (const x of stories) {
        const v = (await get<Story>(server, `/api/stories/${x.id}`)).body;
        incidents += v.incidents.length;
        for (const i of v.incidents) for (const m of i.mentions) events.push(`${m.document}:${m.event}`);
        for (const g of v.claim_groups) claims.push(...g.claims);
      }
      return { events: events.sort(), claims: claims.sort(), incidents };
    };
    const start = await placed();
    expect(new Set(start.events).size).toBe(start.events.length);

    // a document-local id resolves to the same canonical entity
    const local = a.mentions[0] as { document: string; entity: string };
    const viaLocal = await get<Canonical>(
      server,
      `/api/entities/${local.entity}/canonical?document=${encodeURIComponent(local.document)}`,
    );
    expect(viaLocal.body.id).toBe(a.id);

    const merged = await post<{ audit: Audit; entities: Canonical[] }>(
      server,
      '/api/entities/merge',
      { a: a.id, b: b.id },
      { 'x-forewarn-user': 'alice' },
    );
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.audit).toMatchObject({ action: 'merge', by: 'alice', entities: [a.id, b.id] });
    expect(Number.isNaN(Date.parse(merged.body.audit.at))).toBe(false);
    const union = merged.body.entities[0] as Canonical;
    expect(new Set(union.mentions.map(key))).toEqual(new Set([...a.mentions, ...b.mentions].map(key)));
    // re-grouped: the same events and claims, each once, in no more incidents than before
    const afterMerge = await placed();
    expect(afterMerge.events).toEqual(start.events);
    expect(afterMerge.claims).toEqual(start.claims);
    expect(afterMerge.incidents).toBeLessThanOrEqual(start.incidents);

    const split = await post<{ audit: Audit; entities: Canonical[] }>(server, `/api/entities/${union.id}/split`, {
      mentions: b.mentions,
    });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    expect(split.body.audit).toMatchObject({ action: 'split', by: 'local', entities: [union.id] });
    const [left, out] = split.body.entities as [Canonical, Canonical];
    expect(new Set(out.mentions.map(key))).toEqual(new Set(b.mentions.map(key)));
    expect(new Set(left.mentions.map(key))).toEqual(new Set(a.mentions.map(key)));
    const afterSplit = await placed();
    expect(afterSplit.events).toEqual(start.events);
    expect(afterSplit.claims).toEqual(start.claims);

    const audit = await get<{ items: Audit[]; total: number }>(server, '/api/fusion/audit');
    expect(audit.body.items.slice(-2).map((x) => [x.action, x.by])).toEqual([
      ['merge', 'alice'],
      ['split', 'local'],
    ]);
    expect(countOps()).toBe(opsBefore + 2);

    // a new process over the same file: the same stories, and the split still stands
    const before = (await get<{ items: Summary[] }>(server, '/api/stories?limit=200')).body;
    await stop(server);
    server = await serve(db);
    const after = (await get<{ items: Summary[] }>(server, '/api/stories?limit=200')).body;
    expect(after).toEqual(before);
    const again = await get<Canonical>(server, `/api/entities/${out.id}/canonical`);
    expect(new Set(again.body.mentions.map(key))).toEqual(new Set(b.mentions.map(key)));
    const auditAfter = await get<{ items: Audit[]; total: number }>(server, '/api/fusion/audit');
    expect(auditAfter.body).toEqual(audit.body);
    expect(countOps()).toBe(opsBefore + 2);
  }, 120_000);

  it('restores from a snapshot to the same state a full replay gives', async () => {
    const copy = join(dir, 'snap.db');
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(`${db}${suffix}`)) copyFileSync(`${db}${suffix}`, `${copy}${suffix}`);
    const replayed = await openStore({ path: copy });
    const full = openFusionStore(replayed, { snapshotEvery: 3 });
    const fullState = await full?.state();
    const expected = JSON.stringify(fullState?.listStories().map((s) => fullState.showStory(s.id)));
    expect((await full?.stats())?.snapshot).toBe(0);
    expect(await full?.checkpoint(true)).toBe(true);
    await replayed.close();

    const reopened = await openStore({ path: copy });
    const fromSnapshot = openFusionStore(reopened);
    const state = await fromSnapshot?.state();
    const stats = await fromSnapshot?.stats();
    expect(stats?.snapshot).toBe(stats?.ops);
    expect(stats?.replayed).toBe(0);
    expect(JSON.stringify(state?.listStories().map((s) => state.showStory(s.id)))).toBe(expected);
    await reopened.close();
  }, 60_000);
});

describe('stories in multi-user mode', () => {
  it('need a signed-in user to read, and an analyst or approver to merge; the audit names the user', async () => {
    for (const [name, role] of [
      ['ana', 'analyst'],
      ['root', 'administrator'],
    ] as const) {
      const r = await cli(
        ['user', 'add', name, '--role', role, '--password-stdin', '--db', db],
        'correct horse battery staple\n',
      );
      expect(r.status, r.stderr).toBe(0);
    }
    const server = await serve(db, 'multi-user');
    const anonymous = await get<{ error: { code: string } }>(server, '/api/stories');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    const login = async (username: string) => {
      const r = await fetch(`${server.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'correct horse battery staple' }),
      });
      expect(r.status).toBe(200);
      return { cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] as string };
    };
    const ana = await login('ana');
    const root = await login('root');
    const list = await fetch(`${server.base}/api/stories`, { headers: ana });
    expect(list.status).toBe(200);
    const market = ((await list.json()) as { items: Summary[] }).items.find((s) => s.first === '2031-03-03') as Summary;
    const story = (await (await fetch(`${server.base}/api/stories/${market.id}`, { headers: ana })).json()) as Story;
    const [e1, e2] = story.entities;
    if (!e1 || !e2) throw new Error('two entities expected');
    const refused = await post<{ error: { code: string } }>(
      server,
      '/api/entities/merge',
      { a: e1.id, b: e2.id },
      root,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden_role');
    const merged = await post<{ audit: Audit }>(server, '/api/entities/merge', { a: e1.id, b: e2.id }, ana);
    expect(merged.status).toBe(200);
    expect(merged.body.audit).toMatchObject({ action: 'merge', by: 'ana' });
  }, 120_000);
});

describe('fusion state shared by two store connections (as by two processes)', () => {
  it("applies the other side's documents and merges in log order, and a fresh open rebuilds the same state", async () => {
    const path = join(dir, 'shared.db');
    const one = await openStore({ path });
    const two = await openStore({ path });
    const a = openFusionStore(one);
    const b = openFusionStore(two);
    if (!a || !b) throw new Error('SQLite store expected');
    const reports = synthesiseReports(40);
    const add = async (store: typeof one, r: (typeof reports)[number]) =>
      store.addDocument(
        {
          id: r.meta.id,
          text: r.text,
          title: r.meta.title,
          published: r.meta.published,
          outlet: r.meta.outlet,
          origin: 'synthetic',
          mediaType: 'text/plain',
        },
        r.extraction,
      );
    for (const r of reports.slice(0, 20)) {
      await add(one, r);
      expect(await a.sync()).toBe(1);
    }
    // the other connection folds in nothing itself: it replays what the first one logged
    const sb = await b.state();
    expect((await b.stats()).appended).toBe(0);
    const sa = await a.state();
    expect(sb.listStories()).toEqual(sa.listStories());

    // documents stored through the second connection, fused by it; a merge through the first
    for (const r of reports.slice(20)) await add(two, r);
    expect(await b.sync()).toBe(20);
    const now = await a.state();
    const groups = now
      .listStories()
      .flatMap((s) => now.showStory(s.id).entities.filter((e) => e.type === 'armed_group'));
    const [g1, g2] = [...new Map(groups.map((g) => [g.id, g])).values()];
    if (!g1 || !g2) throw new Error('two armed groups expected');
    const mentions = (now.entity(g1.id)?.mentions.length ?? 0) + (now.entity(g2.id)?.mentions.length ?? 0);
    const merged = await a.merge(g1.id, g2.id, 'tester');
    expect(merged).toMatchObject({ action: 'merge', by: 'tester' });
    // the other connection sees the merge, with every mention of both
    expect((await b.state()).entity(merged.result)?.mentions).toHaveLength(mentions);
    const all = (x: Awaited<ReturnType<typeof a.state>>) =>
      JSON.stringify(x.listStories().map((s) => x.showStory(s.id)));
    expect(all(await b.state())).toBe(all(await a.state()));
    await one.close();
    await two.close();

    const three = await openStore({ path });
    const c = openFusionStore(three);
    const sc = await c?.state();
    if (!sc) throw new Error('state expected');
    expect((await c?.stats())?.ops).toBe(41);
    expect(all(sc)).toBe(all(sa));
    await three.close();
  }, 60_000);
});

function countOps(): number {
  const raw = new Database(db, { readonly: true });
  try {
    return (raw.prepare('SELECT count(*) AS n FROM fusion_ops').get() as { n: number }).n;
  } finally {
    raw.close();
  }
}
