/**
 * The TAXII client against our own server over real HTTP, and the sharing CLI
 * (`partner`, `collection`, `export`, `share publish`, `taxii pull`, `taxii
 * push`) as child processes of the built CLI over real SQLite files.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { announceNoSchemas, oasisSchemas } from '../src/share/stix/test-support.js';
import type { StixBundle } from '../src/share/stix/types.js';
import { stixId } from '../src/share/stix/uuid.js';
import { pullCollection } from '../src/share/taxii/client.js';
import { openShareStore, type ShareStore, shareStoreOn } from '../src/share/taxii/store.js';
import { TLP_MARKING_IDS, type TlpLevel } from '../src/share/tlp.js';
import { openFusionStore } from '../src/store/fusion.js';
import { documentIdForText, openStore } from '../src/store/index.js';
import type { Store } from '../src/store/port.js';
import { assertCliBuilt, listenLocal, type Run, runCli } from './helpers/cli.js';

let dir: string;
let store: Store;
let share: ShareStore;
let app: FastifyInstance;
let base: string;
let collection: string;
let token: string;

const audience = { organization: 'Author', organizations: [], namedRecipients: [] };
function notes(prefix: string, n: number, level: TlpLevel = 'green') {
  return Array.from({ length: n }, (_, i) => ({
    type: 'note',
    spec_version: '2.1',
    id: stixId('note', prefix, String(i)),
    created: '2026-03-01T00:00:00.000Z',
    modified: '2026-03-01T00:00:00.000Z',
    content: `${prefix} ${i}`,
    object_refs: [stixId('report', prefix)],
    object_marking_refs: [TLP_MARKING_IDS[level]],
  }));
}

const cli = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
  runCli(args, { env: { FOREWARN_DB: '', ...env }, stdin: 'ignore' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-taxii-client-'));
  const path = join(dir, 'server.db');
  store = await openStore({ path });
  share = await openShareStore({ path });
  collection = (await share.addCollection({ title: 'feed' })).id;
  ({ token } = await share.addPartner({ name: 'puller', organisation: 'Puller Org' }));
  await share.grant('puller', collection, { read: true, write: true });
  app = buildServer({ store, taxii: { share } });
  base = await listenLocal(app);
});

afterAll(async () => {
  await app?.close();
  await share?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pullCollection against our own server', () => {
  it('is incremental: the second pull gets only what was added since, the third nothing', async () => {
    await share.addObjects(collection, notes('first', 7), { audience, addedBy: 'test' });
    // what the puller's organisation may not see is never pulled
    await share.addObjects(collection, notes('strict', 2, 'amber+strict'), { audience, addedBy: 'test' });
    const local = await openShareStore({ path: join(dir, 'client-a.db') });
    try {
      const one = await pullCollection(local, { url: `${base}/taxii2/`, collection, user: 'puller', token, limit: 3 });
      expect(one).toMatchObject({ received: 7, newObjects: 7, pages: 3, complete: true, addedAfter: null });
      expect(one.apiRoot).toBe(`${base}/taxii2/api/`);
      expect(one.lastAdded).toBeTruthy();
      await share.addObjects(collection, notes('second', 4), { audience, addedBy: 'test' });
      const two = await pullCollection(local, { url: `${base}/taxii2/api/`, collection, token });
      expect(two).toMatchObject({ received: 4, newObjects: 4, addedAfter: one.lastAdded, complete: true });
      const three = await pullCollection(local, { url: `${base}/taxii2/api/`, collection, token });
      expect(three).toMatchObject({ received: 0, newObjects: 0, addedAfter: two.lastAdded });
      expect((await local.receivedCounts()).objects).toBe(11);
    } finally {
      await local.close();
    }
  });

  it('is resumable: a pull stopped after one page continues from the saved next, without duplicates', async () => {
    const local = await openShareStore({ path: join(dir, 'client-b.db') });
    try {
      const part = await pullCollection(local, {
        url: `${base}/taxii2/api/`,
        collection,
        token,
        limit: 5,
        maxPages: 1,
      });
      expect(part).toMatchObject({ received: 5, complete: false });
      expect((await local.getPullState(part.apiRoot, collection))?.next).toBeTruthy();
      const rest = await pullCollection(local, { url: `${base}/taxii2/api/`, collection, token, limit: 5 });
      expect(rest.complete).toBe(true);
      expect(part.received + rest.received).toBe(11);
      expect((await local.receivedCounts()).objects).toBe(11);
    } finally {
      await local.close();
    }
  });

  it('fails with invalid_credentials on a wrong token and not_found on an unknown collection', async () => {
    const local = await openShareStore({ path: join(dir, 'client-c.db') });
    try {
      await expect(
        pullCollection(local, { url: `${base}/taxii2/api/`, collection, token: 'fwt_wrong' }),
      ).rejects.toMatchObject({ code: 'invalid_credentials' });
      await expect(
        pullCollection(local, {
          url: `${base}/taxii2/api/`,
          collection: '00000000-0000-4000-8000-000000000000',
          token,
        }),
      ).rejects.toMatchObject({ code: 'not_found' });
    } finally {
      await local.close();
    }
  });
});

describe('pulled reports become documents', () => {
  it('a report pulled from our own server is a document of the store, extracted and fused, with provenance and markings', async () => {
    const reports = (await share.addCollection({ title: 'reports' })).id;
    await share.grant('puller', reports, { read: true });
    const text =
      'Gunmen attacked a police station in Kano on Monday, killing five officers, police said. ' +
      'The army said it had arrested 12 suspects in Maiduguri.';
    const at = { spec_version: '2.1', created: '2026-03-02T08:00:00.000Z', modified: '2026-03-02T08:00:00.000Z' };
    const report = (name: string, level: TlpLevel, description: string) => ({
      ...at,
      type: 'report',
      id: stixId('report', 'partner', name),
      name,
      description,
      published: '2026-03-02T07:00:00Z',
      object_refs: [stixId('note', 'partner', name)],
      object_marking_refs: [TLP_MARKING_IDS[level]],
    });
    const green = report('Kano attack', 'green', text);
    // RED for named recipients the puller is not one of: never pulled, never a document
    const red = report('Red only', 'red', 'A secret report about Jos that the puller may not read.');
    await share.addObjects(reports, [green, red], { audience, addedBy: 'test' });

    const path = join(dir, 'client-docs.db');
    const local = await openStore({ path });
    try {
      const localShare = await shareStoreOn(local);
      const pulled = await pullCollection(localShare, {
        url: `${base}/taxii2/`,
        collection: reports,
        user: 'puller',
        token,
        store: local,
        fusion: openFusionStore(local),
      });
      expect(pulled).toMatchObject({ received: 1, complete: true });
      const id = documentIdForText(text);
      expect(pulled.stored).toEqual([{ stixId: green.id, id, created: true }]);
      const doc = await local.getDocument(id);
      expect(doc).toMatchObject({
        title: 'Kano attack',
        published: '2026-03-02',
        origin: `stix:${base}/taxii2/api/${reports}#${green.id}`,
      });
      expect(doc?.extraction.entities.map((e) => e.name)).toContain('Kano');
      expect((await local.listDocuments()).total).toBe(1);
      expect((await openFusionStore(local)?.state())?.documentStory(id)).toBeTruthy();
      const [provenance] = await localShare.receivedDocuments([id]);
      const served = (await share.objectMeta(reports)).find((m) => m.id === green.id);
      expect(provenance).toMatchObject({
        source: `${base}/taxii2/api/`,
        collection: reports,
        stixId: green.id,
        tlp: 'green',
        markings: [TLP_MARKING_IDS.green],
        dateAdded: served?.dateAdded,
      });
      // the next pull brings nothing new and stores nothing twice
      const again = await pullCollection(localShare, {
        url: `${base}/taxii2/`,
        collection: reports,
        token,
        store: local,
      });
      expect(again).toMatchObject({ received: 0, stored: [] });
    } finally {
      await local.close();
    }
  });
});

describe('the sharing CLI (built, in child processes)', () => {
  beforeAll(() => {
    assertCliBuilt('taxii.js');
  });

  it('partner, collection, export, publish, then another Forewarn pulls and pushes over TAXII', async () => {
    const db = join(dir, 'cli-server.db');
    const files = ['01-tanzania-warns-kenya.txt', '03-mombasa-blast-wire.txt', '06-kenya-blames-clf-denial.txt'];
    const ingest = await cli(['ingest', '--db', db, '--quiet', ...files.map((f) => `demo/corpus/${f}`)]);
    expect(ingest.status, ingest.stderr).toBe(0);

    const col = await cli(['collection', 'add', 'Shared', '--db', db, '--json']);
    expect(col.status, col.stderr).toBe(0);
    const colId = (JSON.parse(col.stdout) as { id: string }).id;
    const inbox = await cli(['collection', 'add', 'Inbox', '--id', '2b1c5a34-3f0e-4d52-8a51-6f3e0c9d7a11', '--db', db]);
    expect(inbox.stdout).toContain('2b1c5a34-3f0e-4d52-8a51-6f3e0c9d7a11');
    const bad = await cli(['collection', 'add', 'Bad', '--id', 'not-a-uuid', '--db', db]);
    expect(bad.status).toBe(2);

    const add = await cli(['partner', 'add', 'ally', '--org', 'Allied Agency', '--db', db, '--json']);
    expect(add.status, add.stderr).toBe(0);
    const ally = JSON.parse(add.stdout) as { name: string; token: string };
    expect(ally.token).toMatch(/^fwt_/);
    expect((await cli(['partner', 'add', 'ally', '--org', 'X', '--db', db])).status).toBe(1);
    expect((await cli(['partner', 'grant', 'ally', '--collection', colId, '--read', '--db', db])).status).toBe(0);
    const w = await cli([
      'partner',
      'grant',
      'ally',
      '--collection',
      '2b1c5a34-3f0e-4d52-8a51-6f3e0c9d7a11',
      '--write',
      '--db',
      db,
    ]);
    expect(w.stdout).toContain('no read, write');
    const list = await cli(['partner', 'list', '--db', db]);
    expect(list.stdout).toMatch(/ally\tAllied Agency\tactive\t.*:r .*:w|ally\tAllied Agency\tactive\t.*:w .*:r/);

    const out = join(dir, 'export.json');
    const exp = await cli(['export', '--format', 'stix', '--tlp', 'green', '--out', out, '--db', db]);
    expect(exp.status, exp.stderr).toBe(0);
    expect(exp.stderr).toMatch(/exported \d+ STIX objects/);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as StixBundle;
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.filter((o) => o.type === 'report').length).toBeGreaterThanOrEqual(3);
    const schemas = oasisSchemas();
    if (schemas) {
      for (const o of bundle.objects) expect(schemas.validateObject(o), o.id).toEqual([]);
      expect(schemas.validateBundle(bundle)).toEqual([]);
    } else announceNoSchemas('the CLI export');

    const pubGreen = await cli([
      'share',
      'publish',
      '--collection',
      colId,
      '--tlp',
      'green',
      '--db',
      db,
      '--org',
      'Ops',
    ]);
    expect(pubGreen.status, pubGreen.stderr).toBe(0);
    expect(pubGreen.stdout).toMatch(/added \d+, unchanged 0, refused 0/);
    const again = await cli(['share', 'publish', '--collection', colId, '--tlp', 'green', '--db', db, '--org', 'Ops']);
    expect(again.stdout).toMatch(/added 0, unchanged \d+/);

    // --story: the documents of one story of the store's fusion state
    const stored = await openStore({ path: db });
    let storyId: string;
    let storyDocs: string[];
    try {
      const fusion = openFusionStore(stored);
      if (!fusion) throw new Error('no fusion store');
      const story = (await fusion.state()).listStories()[0]!;
      storyId = story.id;
      storyDocs = story.documents;
    } finally {
      await stored.close();
    }
    const storyOut = join(dir, 'story.json');
    const byStory = await cli(['export', '--story', storyId, '--out', storyOut, '--db', db]);
    expect(byStory.status, byStory.stderr).toBe(0);
    const storyBundle = JSON.parse(readFileSync(storyOut, 'utf8')) as StixBundle;
    expect(
      storyBundle.objects.filter(
        (o) => o.type === 'report' && !(o.report_types as string[] | undefined)?.includes('threat-report'),
      ).length,
    ).toBe(storyDocs.length);
    expect((await cli(['export', '--story', 'story-none', '--db', db])).status).toBe(1);
    const future = await cli([
      'export',
      '--since',
      '2999-01-01T00:00:00Z',
      '--out',
      join(dir, 'none.json'),
      '--db',
      db,
    ]);
    expect(future.status, future.stderr).toBe(0);
    expect(
      (JSON.parse(readFileSync(join(dir, 'none.json'), 'utf8')) as StixBundle).objects.some((o) => o.type === 'report'),
    ).toBe(false);
    expect((await cli(['export', '--since', 'soon', '--db', db])).status).toBe(2);

    // a bundle file kept as received material, twice: the second time nothing is new
    const importDb = join(dir, 'cli-import.db');
    const imp = await cli(['share', 'import', out, '--db', importDb]);
    expect(imp.status, imp.stderr).toBe(0);
    expect(imp.stdout).toContain(`${bundle.objects.length} objects (${bundle.objects.length} new)`);
    expect((await cli(['share', 'import', out, '--db', importDb])).stdout).toContain('(0 new)');

    // serve that database and pull it from another one, through the CLI
    const served = await openStore({ path: db });
    const servedShare = await openShareStore({ path: db });
    const server = buildServer({ store: served, taxii: { share: servedShare } });
    await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = server.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      const url = `http://127.0.0.1:${address.port}/taxii2/`;
      const clientDb = join(dir, 'cli-client.db');
      const pull = await cli(
        ['taxii', 'pull', url, '--collection', colId, '--user', 'ally', '--db', clientDb, '--json'],
        {
          FOREWARN_TAXII_TOKEN: ally.token,
        },
      );
      expect(pull.status, pull.stderr).toBe(0);
      const summary = JSON.parse(pull.stdout) as {
        received: number;
        documents: number;
        understood: number;
        stored: { stixId: string; id: string; created: boolean }[];
      };
      // everything was published GREEN or CLEAR (the TLP marking definitions are public): the ally gets it all
      expect(summary.received).toBe(bundle.objects.length);
      expect(summary.documents).toBe(3);
      expect(summary.understood).toBeGreaterThan(0);
      // our export quotes no whole text: each report is told by its notes and incidents, and is a document there
      const reportIds = bundle.objects.filter((o) => o.type === 'report' && !o.report_types).map((o) => o.id);
      expect(summary.stored.map((d) => d.stixId).sort()).toEqual(reportIds.sort());
      expect(summary.stored.every((d) => d.created)).toBe(true);
      const clientStore = await openStore({ path: clientDb });
      try {
        expect((await clientStore.listDocuments()).total).toBe(3);
      } finally {
        await clientStore.close();
      }
      const pull2 = await cli([
        'taxii',
        'pull',
        url,
        '--collection',
        colId,
        '--user',
        'ally',
        '--token',
        ally.token,
        '--db',
        clientDb,
      ]);
      expect(pull2.stdout).toMatch(/^pulled 0 objects \(0 new\)/);

      // push the exported bundle into the inbox the ally may write to
      const push = await cli([
        'taxii',
        'push',
        url,
        '--collection',
        '2b1c5a34-3f0e-4d52-8a51-6f3e0c9d7a11',
        '--bundle',
        out,
        '--user',
        'ally',
        '--token',
        ally.token,
        '--json',
      ]);
      expect(push.status, push.stderr).toBe(0);
      const status = JSON.parse(push.stdout) as { total_count: number; success_count: number };
      expect(status.success_count).toBe(status.total_count);
      // a managed warning (a draft proposed at ingest), with its evidence
      const raw = new Database(db, { readonly: true });
      const warning = raw.prepare("SELECT id FROM warn_warnings WHERE tlp != 'RED' LIMIT 1").get() as
        | { id: string }
        | undefined;
      raw.close();
      if (warning) {
        const pushWarning = await cli([
          'taxii',
          'push',
          url,
          '--collection',
          '2b1c5a34-3f0e-4d52-8a51-6f3e0c9d7a11',
          '--warning',
          warning.id,
          '--db',
          db,
          '--user',
          'ally',
          '--token',
          ally.token,
          '--json',
        ]);
        expect(pushWarning.status, pushWarning.stderr).toBe(0);
        const st = JSON.parse(pushWarning.stdout) as { success_count: number; failure_count: number };
        expect(st.failure_count).toBe(0);
        expect(st.success_count).toBeGreaterThan(1);
      } else console.log('no draft warning was proposed at ingest: push --warning not exercised');
      const denied = await cli(['taxii', 'push', url, '--collection', colId, '--bundle', out, '--token', ally.token]);
      expect(denied.status).toBe(1);
      expect(denied.stderr).toMatch(/HTTP 403/);

      // published AMBER+STRICT for the author's organisation: the ally, another organisation, pulls nothing of it
      const strict = JSON.parse((await cli(['collection', 'add', 'Strict', '--db', db, '--json'])).stdout) as {
        id: string;
      };
      await cli(['partner', 'grant', 'ally', '--collection', strict.id, '--read', '--db', db]);
      const pubStrict = await cli([
        'share',
        'publish',
        '--collection',
        strict.id,
        '--tlp',
        'amber+strict',
        '--org',
        'Ops',
        '--db',
        db,
      ]);
      expect(pubStrict.status, pubStrict.stderr).toBe(0);
      const pullStrict = await cli([
        'taxii',
        'pull',
        url,
        '--collection',
        strict.id,
        '--user',
        'ally',
        '--token',
        ally.token,
        '--db',
        clientDb,
        '--json',
      ]);
      const got = JSON.parse(pullStrict.stdout) as { received: number; documents: number };
      // only what is CLEAR (the producer identity and extension definitions) and the two TLP marking definitions
      const clear = bundle.objects.filter((o) => o.object_marking_refs?.includes(TLP_MARKING_IDS.clear)).length;
      expect(got).toMatchObject({ received: clear + 2, documents: 0 });

      const revoke = await cli(['partner', 'revoke', 'ally', '--db', db]);
      expect(revoke.status, revoke.stderr).toBe(0);
      const revoked = await cli(['taxii', 'pull', url, '--collection', colId, '--token', ally.token, '--db', clientDb]);
      expect(revoked.status).toBe(1);
      expect(revoked.stderr).toMatch(/invalid_credentials/);
    } finally {
      await server.close();
      await servedShare.close();
      await served.close();
    }
  }, 300_000);
});
