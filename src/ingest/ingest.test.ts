import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import { documentIdForText, openStore, type Store } from '../store/index.js';
import { collectFiles, type IngestEvent, ingestPaths } from './ingest.js';

const temps: string[] = [];
const stores: Store[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-ingest-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function storeIn(dir: string): Promise<Store> {
  const store = await openStore({ path: join(dir, 'db', 'forewarn.db') });
  stores.push(store);
  return store;
}

function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const REPORT_A = 'Gunmen attacked a police station in Kano on Monday, killing five officers, police said.';
const REPORT_B = 'The army said on Tuesday it had arrested 12 suspects in Maiduguri after a bombing.';
const REPORT_C =
  '<html><head><title>Market blast</title></head><body><p>A bomb exploded at a market in Lagos.</p></body></html>';

describe('collectFiles', () => {
  it('walks directories recursively in sorted order, skipping hidden entries and non-report files', async () => {
    const dir = tempDir();
    write(dir, 'b.txt', 'b');
    write(dir, 'a.txt', 'a');
    write(dir, 'a10.txt', 'a10');
    write(dir, 'a9.txt', 'a9');
    write(dir, 'sub/c.html', 'c');
    write(dir, 'sub/z/d.md', 'd');
    write(dir, '.hidden.txt', 'h');
    write(dir, '.git/e.txt', 'e');
    write(dir, 'manifest.json', '{}');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const { files, failures, skipped } = await collectFiles([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.txt',
      'a9.txt',
      'a10.txt',
      'b.txt',
      'sub/c.html',
      'sub/z/d.md',
    ]);
    expect(skipped.map((f) => f.slice(dir.length + 1))).toEqual(['manifest.json']);
    expect(failures).toEqual([]);
  });

  it('keeps explicit files in the given order and reports missing paths as failures', async () => {
    const dir = tempDir();
    const b = write(dir, 'b.txt', 'b');
    const a = write(dir, 'a.pdf', 'a');
    const { files, failures } = await collectFiles([b, join(dir, 'missing'), a]);
    expect(files).toEqual([b, a]);
    expect(failures).toEqual([
      { path: join(dir, 'missing'), code: 'unreadable', message: 'cannot read path: no such file or directory' },
    ]);
  });
});

describe('ingestPaths', () => {
  it('reads, extracts and stores every report; a second run finds them all as duplicates', async () => {
    const dir = tempDir();
    const docs = tempDir();
    write(docs, '1.txt', REPORT_A);
    write(docs, '2.txt', REPORT_B);
    write(docs, 'nested/3.html', REPORT_C);
    const store = await storeIn(dir);
    const events: IngestEvent[] = [];
    const first = await ingestPaths([docs], { store, onProgress: (e) => events.push(e) });
    expect(first).toMatchObject({ ingested: 3, duplicates: 0, failed: [], aborted: false });
    expect(events[0]).toEqual({ kind: 'start', total: 3 });
    expect(events.slice(1).map((e) => e.kind === 'file' && [e.outcome, e.done])).toEqual([
      ['ingested', 1],
      ['ingested', 2],
      ['ingested', 3],
    ]);

    const stored = await store.getDocument(documentIdForText(REPORT_A));
    expect(stored?.text).toBe(REPORT_A);
    // the stored extraction is the real extractor's output for that text, under the store's id
    const expected = extract({ id: stored?.id ?? '', text: REPORT_A, published: null, title: null });
    expect(stored?.extraction.entities).toEqual(expected.entities);
    expect(stored?.extraction.events).toEqual(expected.events);
    expect(stored?.extraction.document.id).toBe(stored?.id);
    const html = (await store.listDocuments({ q: 'market' })).items[0];
    expect(html).toMatchObject({ title: 'Market blast', mediaType: 'text/html' });

    const second = await ingestPaths([docs], { store });
    expect(second).toMatchObject({ ingested: 0, duplicates: 3, failed: [] });
    expect(second.documents.map((d) => d.id).sort()).toEqual(first.documents.map((d) => d.id).sort());
    expect((await store.listDocuments()).total).toBe(3);
  });

  it('records each bad file and goes on with the batch', async () => {
    const dir = tempDir();
    const docs = tempDir();
    write(docs, 'a-good.txt', REPORT_A);
    write(docs, 'b-empty.txt', '');
    write(docs, 'c-binary.txt', Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02]));
    write(docs, 'd-latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    write(docs, 'e-scripts.html', '<html><body><script>alert("x")</script></body></html>');
    write(docs, 'f-good.txt', REPORT_B);
    const unknown = write(tempDir(), 'report.docx', 'PK...');
    const store = await storeIn(dir);
    const summary = await ingestPaths([docs, unknown, join(docs, 'missing.txt')], { store });
    expect(summary.ingested).toBe(2);
    expect(summary.failed.map((f) => [f.path.split('/').pop(), f.code])).toEqual([
      ['missing.txt', 'unreadable'],
      ['b-empty.txt', 'empty_input'],
      ['c-binary.txt', 'binary_input'],
      ['d-latin1.txt', 'invalid_encoding'],
      ['e-scripts.html', 'empty_input'],
      ['report.docx', 'unsupported_type'],
    ]);
    expect((await store.listDocuments()).total).toBe(2);
  });

  it('turns an extractor failure into a per-file failure', async () => {
    const dir = tempDir();
    const docs = tempDir();
    write(docs, '1.txt', REPORT_A);
    write(docs, '2.txt', REPORT_B);
    const store = await storeIn(dir);
    const summary = await ingestPaths([docs], {
      store,
      extract: (input) => {
        if (input.text.includes('Maiduguri')) throw new RangeError('extractor bug');
        return extract(input);
      },
    });
    expect(summary.ingested).toBe(1);
    expect(summary.failed).toEqual([{ path: join(docs, '2.txt'), code: 'internal', message: 'extractor bug' }]);
  });

  it('applies --published and --outlet only to documents that do not state their own', async () => {
    const dir = tempDir();
    const docs = tempDir();
    write(docs, 'plain.txt', REPORT_A);
    write(
      docs,
      'dated.html',
      '<html><head><meta property="article:published_time" content="2025-01-02"><meta property="og:site_name" content="Own Outlet"></head><body><p>Dated report text.</p></body></html>',
    );
    const store = await storeIn(dir);
    await ingestPaths([docs], { store, published: '2024-03-28', outlet: 'Batch Outlet' });
    const plain = await store.getDocument(documentIdForText(REPORT_A));
    expect(plain).toMatchObject({ published: '2024-03-28', outlet: 'Batch Outlet' });
    expect(plain?.extraction.document.published).toBe('2024-03-28');
    const dated = (await store.listDocuments({ q: 'dated' })).items[0];
    expect(dated).toMatchObject({ published: '2025-01-02', outlet: 'Own Outlet' });
  });

  it('stops between files when the signal aborts, keeping what was stored', async () => {
    const dir = tempDir();
    const docs = tempDir();
    for (let i = 0; i < 5; i++) write(docs, `${i}.txt`, `Report ${i}: ${REPORT_A}`);
    const store = await storeIn(dir);
    const controller = new AbortController();
    const summary = await ingestPaths([docs], {
      store,
      signal: controller.signal,
      onProgress: (e) => {
        if (e.kind === 'file' && e.done === 2) controller.abort();
      },
    });
    expect(summary).toMatchObject({ ingested: 2, aborted: true });
    expect((await store.listDocuments()).total).toBe(2);
  });
});
