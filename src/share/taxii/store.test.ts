import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest.js';
import { documentIdForText, openStore, type Store } from '../../store/index.js';
import { stixId } from '../stix/uuid.js';
import { TLP_MARKING_IDS } from '../tlp.js';
import { openShareStore, shareStoreOn } from './store.js';

const temps: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function fileStore(): Promise<{ dir: string; store: Store }> {
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-share-store-'));
  temps.push(dir);
  const store = await openStore({ path: join(dir, 'forewarn.db') });
  stores.push(store);
  return { dir, store };
}

const note = (i: number) => ({
  type: 'note',
  spec_version: '2.1',
  id: stixId('note', 'concurrent', String(i)),
  created: '2026-03-01T00:00:00.000Z',
  modified: '2026-03-01T00:00:00.000Z',
  content: `note ${i}`,
  object_refs: [stixId('report', 'concurrent')],
  object_marking_refs: [TLP_MARKING_IDS.green],
});

describe('the share store on the SQLite store connection', () => {
  it('writes while the store ingests and fuses, in one queue, with nothing lost and no busy failure', async () => {
    const { dir, store } = await fileStore();
    const share = await shareStoreOn(store);
    const collection = (await share.addCollection({ title: 'busy' })).id;
    const texts = Array.from(
      { length: 6 },
      (_, i) => `Gunmen attacked a police post in Town${i} on Monday, killing ${i + 2} officers, police said.`,
    );
    const files = texts.map((t, i) => {
      const f = join(dir, `r${i}.txt`);
      writeFileSync(f, t);
      return f;
    });
    const [ingested, ...added] = await Promise.all([
      ingestPaths(files, { store }),
      ...Array.from({ length: 30 }, (_, i) =>
        share.addObjects(collection, [note(i)], { audience: { organization: 'Org' }, addedBy: 'test' }),
      ),
    ]);
    expect(ingested).toMatchObject({ ingested: 6, failed: [] });
    expect(added.flat().map((o) => o.result)).toEqual(Array(30).fill('added'));
    expect((await share.objectMeta(collection)).length).toBe(30);
    expect(await store.getDocument(documentIdForText(texts[5] as string))).not.toBeNull();
    // closing it leaves the store's connection open
    await share.close();
    expect((await store.listDocuments()).total).toBe(6);
  });

  it('sees what another connection (another process, the CLI) wrote, and the other sees its writes', async () => {
    const { dir, store } = await fileStore();
    const share = await shareStoreOn(store);
    const other = await openShareStore({ path: join(dir, 'forewarn.db') });
    try {
      const c = await other.addCollection({ title: 'from the CLI' });
      expect((await share.getCollection(c.id))?.title).toBe('from the CLI');
      await share.addObjects(c.id, [note(1)], { audience: {}, addedBy: 'test' });
      expect((await other.objectMeta(c.id)).map((m) => m.id)).toEqual([note(1).id]);
      // the cached metadata follows writes made on either connection
      await other.addObjects(c.id, [note(2)], { audience: {}, addedBy: 'test' });
      expect((await share.objectMeta(c.id)).length).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('records the provenance of received documents, one row per source, collection and STIX id', async () => {
    const { store } = await fileStore();
    const share = await shareStoreOn(store);
    const base = {
      source: 'https://peer.example/taxii2/api/',
      collection: 'c1',
      stixId: stixId('report', 'x'),
      version: '2026-03-01T00:00:00.000Z',
      document: 'doc_1',
      dateAdded: '2026-03-01T00:00:01.000000Z',
      tlp: 'amber' as const,
      markings: [TLP_MARKING_IDS.amber],
    };
    await share.recordReceivedDocument(base);
    // a newer version from the same place replaces the row; a date the server did not give keeps the old one
    await share.recordReceivedDocument({ ...base, version: '2026-03-02T00:00:00.000Z', dateAdded: null, tlp: 'red' });
    await share.recordReceivedDocument({ ...base, source: 'file:/tmp/b.json', collection: '', document: 'doc_2' });
    const all = await share.receivedDocuments();
    expect(all.map((r) => [r.source, r.document, r.version, r.dateAdded, r.tlp])).toEqual([
      [base.source, 'doc_1', '2026-03-02T00:00:00.000Z', base.dateAdded, 'red'],
      ['file:/tmp/b.json', 'doc_2', base.version, base.dateAdded, 'amber'],
    ]);
    expect((await share.receivedDocuments(['doc_2'])).map((r) => r.source)).toEqual(['file:/tmp/b.json']);
  });
});
