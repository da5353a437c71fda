/**
 * `forewarn story list|show` as a user runs them: the built CLI (`npm test`
 * builds first) in child processes, over a real SQLite database filled by
 * `forewarn ingest` with each corpus file's publication day and outlet from
 * its manifest (test/fixtures/fuse-corpus, demo/corpus). Also: fusion is
 * incremental (one more report appends one op and leaves the log before it
 * alone), survives new processes, keeps undated reports, and
 * `forewarn extract` carries the report's own contradictions.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../src/extract/contract.js';
import { contradictionsInDocument } from '../src/fuse/index.js';
import { assertCliBuilt, ingestEntry, type ManifestEntry, ROOT, type Run, runCli } from './helpers/cli.js';

const FUSE = join(ROOT, 'test', 'fixtures', 'fuse-corpus');
const DEMO = join(ROOT, 'demo', 'corpus');

const cli = (args: string[]): Promise<Run> => runCli(args, { env: { FOREWARN_DB: '' } });

async function json<T>(args: string[]): Promise<T> {
  const r = await cli(args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const manifest = (dir: string): ManifestEntry[] =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];

const ingest = (db: string, dir: string, e: ManifestEntry): Promise<string> => ingestEntry(cli, db, dir, e);

interface OpRow {
  seq: number;
  kind: string;
  document_id: string | null;
  op: string;
  at: string;
}
function ops(db: string): OpRow[] {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare('SELECT seq, kind, document_id, op, at FROM fusion_ops ORDER BY seq').all() as OpRow[];
  } finally {
    raw.close();
  }
}

interface ListItem {
  id: string;
  title: string;
  documents: number;
  incidents: number;
  first: string | null;
  last: string | null;
}

interface Story {
  id: string;
  title: string;
  documents: string[];
  reports: { id: string; outlet: string | null; published: string | null; undated: boolean }[];
  incidents: {
    id: string;
    type: string;
    date: string | null;
    location: { name: string } | null;
    documents: string[];
    figures: { measure: string; value: number; qualifier: string; source: { document: string }; reported: string }[];
  }[];
  entities: { id: string; name: string; type: string; aliases: string[] }[];
  claim_groups: { id: string; proposition: string; claims: string[]; independent_sources: number }[];
  contradictions: {
    claims: [string, string];
    reason: string;
    sides: { speaker: string; content: string; source: unknown }[];
  }[];
  warnings: {
    id: string;
    issuer: unknown;
    recipient: unknown;
    issued: string | null;
    matches: { incident: string; lead_time_days: number; specific: string[]; missing: string[] }[];
  }[];
}

let dir: string;
let db: string;
/** document id of each fuse-corpus file */
const ids = new Map<string, string>();

beforeAll(async () => {
  assertCliBuilt('story.js');
  dir = mkdtempSync(join(tmpdir(), 'forewarn-story-'));
  db = join(dir, 'fw.db');
  // all of the fusion corpus but its last report; the incremental test adds that one
  for (const e of manifest(FUSE).slice(0, -1)) ids.set(e.file, await ingest(db, FUSE, e));
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('forewarn story', () => {
  it('lists the stories as JSON with counts, and tells the corpus stories apart', async () => {
    const list = await json<ListItem[]>(['story', 'list', '--db', db, '--format', 'json']);
    for (const s of list) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'documents', 'incidents']));
      expect(typeof s.documents).toBe('number');
      expect(typeof s.incidents).toBe('number');
    }
    // every ingested report is in some story, and the two market reports of the same day share one
    const market = await json<Story>([
      'story',
      'show',
      list.find((s) => s.documents >= 2 && s.first === '2031-03-03')?.id ?? 'none',
      '--db',
      db,
      '--format',
      'json',
    ]);
    expect(market.documents).toEqual(
      expect.arrayContaining([ids.get('a1-market-bombing-wire.txt'), ids.get('a2-market-bombing-harbor.txt')]),
    );
    // the hotel warning and the hotel attack are one story, the theatre is another
    const hotelStory = list.find((s) => s.first === '2031-05-08');
    expect(hotelStory?.documents).toBe(2);
    expect(list.some((s) => s.first === '2031-04-12')).toBe(true);
    expect(list.filter((s) => s.first === '2031-05-08' && s.id !== hotelStory?.id)).toEqual([]);

    const text = await cli(['story', 'list', '--db', db]);
    expect(text.status).toBe(0);
    for (const s of list) expect(text.stdout).toContain(s.id);
  }, 60_000);

  it('shows a story as JSON with incidents, figures, entities, claim groups, contradictions and warnings', async () => {
    const list = await json<ListItem[]>(['story', 'list', '--db', db, '--format', 'json']);
    const marketId = list.find((s) => s.first === '2031-03-03')?.id as string;
    const s = await json<Story>(['story', 'show', marketId, '--db', db, '--format', 'json']);
    expect(s.id).toBe(marketId);
    expect(s.title).toMatch(/Jalalabad/);
    const attack = s.incidents.find((i) => i.location?.name === 'Jalalabad');
    expect(attack?.type).toBe('attack');
    expect(attack?.date).toMatch(/^2031-03/);
    expect(attack?.documents.length).toBeGreaterThanOrEqual(2);
    const killed = attack?.figures.filter((f) => f.measure === 'killed') ?? [];
    expect(killed.length).toBeGreaterThan(0);
    const byId = new Map(s.reports.map((r) => [r.id, r]));
    for (const f of attack?.figures ?? []) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['measure', 'value', 'qualifier', 'source', 'reported']));
      // a figure is reported on the day its report was published (the --published of the ingest)
      expect(f.reported).toBe(byId.get(f.source.document)?.published);
    }
    expect(byId.get(ids.get('a1-market-bombing-wire.txt') as string)).toMatchObject({
      outlet: 'Meridian Wire',
      published: '2031-03-03',
      undated: false,
    });
    const group = s.entities.find((e) => e.type === 'armed_group' && e.aliases.includes('ISKP'));
    expect(group).toBeDefined();
    expect(s.claim_groups.some((g) => g.independent_sources >= 2)).toBe(true);
    for (const g of s.claim_groups) expect(g.claims.length).toBeGreaterThan(0);
    expect(s.contradictions.length).toBeGreaterThan(0);
    for (const c of s.contradictions) {
      expect(c.claims).toHaveLength(2);
      expect(c.reason.length).toBeGreaterThan(0);
      expect(c.sides).toHaveLength(2);
      for (const side of c.sides)
        expect(Object.keys(side)).toEqual(expect.arrayContaining(['speaker', 'content', 'source']));
    }

    // arrest counts reach the figure timelines: "Police in Velgorod arrested 14 suspects"
    const arrests: Story['incidents'][number]['figures'] = [];
    for (const x of list) {
      const story = await json<Story>(['story', 'show', x.id, '--db', db, '--format', 'json']);
      if (!story.documents.includes(ids.get('b3-theatre-siege-arrests.txt') as string)) continue;
      arrests.push(...story.incidents.flatMap((i) => i.figures.filter((fig) => fig.measure === 'arrested')));
    }
    expect(arrests.map((a) => [a.value, a.qualifier, a.reported])).toContainEqual([14, 'exact', '2031-04-14']);

    const hotel = await json<Story>([
      'story',
      'show',
      list.find((x) => x.first === '2031-05-08')?.id as string,
      '--db',
      db,
      '--format',
      'json',
    ]);
    const matched = hotel.warnings.flatMap((w) => w.matches.map((m) => ({ w, m })));
    expect(matched.length).toBeGreaterThan(0);
    for (const { w, m } of matched) {
      expect(Object.keys(w)).toEqual(expect.arrayContaining(['id', 'issuer', 'recipient', 'issued', 'matches']));
      expect(hotel.incidents.map((i) => i.id)).toContain(m.incident);
      expect(m.lead_time_days).toBeGreaterThan(0);
      expect(Array.isArray(m.specific) && Array.isArray(m.missing)).toBe(true);
    }

    const text = await cli(['story', 'show', marketId, '--db', db]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`${marketId}: ${s.title}`);
    expect(text.stdout).toMatch(/Incidents \(\d+\):/);
    expect(text.stdout).toContain('Meridian Wire');

    const missing = await cli(['story', 'show', 'S999999', '--db', db, '--format', 'json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('not_found');
    const bad = await cli(['story', 'list', '--db', db, '--format', 'yaml']);
    expect(bad.status).toBe(2);
  }, 60_000);

  it('keeps the stories across processes: reading replays the log and appends nothing', async () => {
    const before = ops(db);
    const a = await json<ListItem[]>(['story', 'list', '--db', db, '--format', 'json']);
    const b = await json<ListItem[]>(['story', 'list', '--db', db, '--format', 'json']);
    expect(b).toEqual(a);
    expect(ops(db)).toEqual(before);
    expect(before.filter((o) => o.kind === 'add').map((o) => o.document_id)).toEqual([...ids.values()]);
  }, 60_000);

  it('folds a later report in by appending one op, leaving the log and the other stories as they were', async () => {
    const before = ops(db);
    const listBefore = await json<ListItem[]>(['story', 'list', '--db', db, '--format', 'json']);
    const last = manifest(FUSE).at(-1) as ManifestEntry;
    const id = await ingest(db, FUSE, last);
    const after = ops(db);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ kind: 'add', document_id: id });
    expect(JSON.parse(after.at(-1)?.op ?? '{}').meta).toMatchObject({ published: last.published, outlet: last.outlet });
    // ingesting it again is a duplicate: nothing appended
    await ingest(db, FUSE, last);
    expect(ops(db)).toHaveLength(after.length);

    const listAfter = await json<ListItem[]>(['story', 'list', '--db', db, '--format', 'json']);
    expect(listAfter.reduce((n, s) => n + s.documents, 0)).toBe(listBefore.reduce((n, s) => n + s.documents, 0) + 1);
    // the stories the new report did not join are unchanged
    const joined = await json<Story>([
      'story',
      'show',
      listAfter.find((s) => s.last === last.published)?.id ?? '',
      '--db',
      db,
      '--format',
      'json',
    ]);
    expect(joined.documents).toContain(id);
    for (const s of listBefore) {
      if (joined.id === s.id) continue;
      expect(listAfter).toContainEqual(s);
    }
  }, 60_000);

  it('keeps an undated report and marks it undated', async () => {
    const file = join(dir, 'undated-report.txt');
    writeFileSync(
      file,
      'Gunmen attacked a police station in Garissa, killing three officers, a police spokesman said. ' +
        'The attackers fled towards the border, he said.\n',
    );
    const r = await cli(['ingest', '--quiet', '--format', 'json', '--db', db, file]);
    expect(r.status, r.stderr).toBe(0);
    const id = (JSON.parse(r.stdout) as { documents: { id: string }[] }).documents[0]?.id as string;
    const added = ops(db).at(-1);
    expect(added?.document_id).toBe(id);
    expect(JSON.parse(added?.op ?? '{}').meta.published).toBeNull();
    const list = await json<ListItem[]>(['story', 'list', '--db', db, '--format', 'json']);
    let found: Story | null = null;
    for (const s of list) {
      const story = await json<Story>(['story', 'show', s.id, '--db', db, '--format', 'json']);
      if (story.documents.includes(id)) found = story;
    }
    expect(found?.reports.find((x) => x.id === id)).toMatchObject({ published: null, undated: true });
  }, 120_000);

  it('fuses the demo corpus too, with its warning borne out by an attack', async () => {
    const demoDb = join(dir, 'demo.db');
    for (const e of manifest(DEMO)) await ingest(demoDb, DEMO, e);
    const list = await json<ListItem[]>(['story', 'list', '--db', demoDb, '--format', 'json']);
    expect(list.reduce((n, s) => n + s.documents, 0)).toBe(manifest(DEMO).length);
    const biggest = [...list].sort((a, b) => b.documents - a.documents)[0] as ListItem;
    expect(biggest.documents).toBeGreaterThanOrEqual(5);
    const s = await json<Story>(['story', 'show', biggest.id, '--db', demoDb, '--format', 'json']);
    expect(s.title).toMatch(/Mombasa/);
    expect(s.warnings.some((w) => w.matches.some((m) => m.lead_time_days > 0))).toBe(true);
    expect(s.incidents.some((i) => i.figures.some((f) => f.measure === 'killed'))).toBe(true);
    expect(ops(demoDb).filter((o) => o.kind === 'add')).toHaveLength(manifest(DEMO).length);
  }, 240_000);
});

describe('forewarn extract', () => {
  it('gives each report the contradictions among its own claims, as the library does', async () => {
    const out = await json<Extraction>(['extract', '--format', 'json', join(FUSE, 'c2-hotel-attack.txt')]);
    expect(out.contradictions?.length).toBeGreaterThan(0);
    // the library records why (explanation); the contract output leaves it out unless --explain
    const bare = contradictionsInDocument(out).map(({ explanation: _e, ...c }) => c);
    expect(out.contradictions).toEqual(bare);
    const claimIds = new Set(out.claims.map((c) => c.id));
    for (const c of out.contradictions ?? []) for (const id of c.claims) expect(claimIds.has(id)).toBe(true);
  }, 60_000);
});
