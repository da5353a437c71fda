import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import { shareStoreOn } from '../share/taxii/store.js';
import { openFusionStore } from '../store/fusion.js';
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

describe('ingestPaths over RSS and Atom feeds', () => {
  const FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Delta Courier</title>
<item><title>Boat seized</title><link>https://delta.example/1</link><pubDate>Mon, 02 Jun 2031 07:00:00 GMT</pubDate>
<description>Pirates seized a supply boat off Brass on Sunday, the navy said.</description></item>
<item><title>Arrests</title><link>https://delta.example/2</link>
<description>Police arrested nine suspects in Yenagoa, a spokesman said.</description></item>
</channel></rss>`;

  it('stores each item as a report with its date and outlet, fills what an item lacks, and skips other XML', async () => {
    const dir = tempDir();
    const docs = tempDir();
    write(docs, 'delta.rss', FEED);
    write(docs, 'settings.xml', '<?xml version="1.0"?><settings><a/></settings>');
    const store = await storeIn(dir);
    const summary = await ingestPaths([docs], { store, published: '2031-06-05' });
    expect(summary.ingested).toBe(2);
    expect(summary.skipped).toEqual([join(docs, 'settings.xml')]);
    const [boat, arrests] = await Promise.all(
      [
        'Pirates seized a supply boat off Brass on Sunday, the navy said.',
        'Police arrested nine suspects in Yenagoa, a spokesman said.',
      ].map((t) => store.getDocument(documentIdForText(t))),
    );
    expect(boat).toMatchObject({ title: 'Boat seized', published: '2031-06-02', outlet: 'Delta Courier' });
    expect(boat?.origin).toBe(`${join(docs, 'delta.rss')}#https://delta.example/1`);
    // no date on the item: the batch's --published
    expect(arrests).toMatchObject({ published: '2031-06-05', outlet: 'Delta Courier' });
    expect(arrests?.extraction.events.find((e) => e.type === 'arrest')?.arrested?.value).toBe(9);
    // again: duplicates, nothing new
    const again = await ingestPaths([join(docs, 'delta.rss')], { store });
    expect(again).toMatchObject({ ingested: 0, duplicates: 2 });
    // XML named on the command line that is not a feed is refused, not skipped
    const refused = await ingestPaths([join(docs, 'settings.xml')], { store });
    expect(refused.failed[0]).toMatchObject({ code: 'unsupported_type' });
  });
});

describe('ingestPaths over STIX 2.1 bundles (.json)', () => {
  const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
  const AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
  const PARTNER_TEXT =
    'Gunmen attacked a police station in Kano on Monday, killing five officers, police said. ' +
    'The army said it had arrested 12 suspects in Maiduguri.';
  const NOTE_TEXT = 'A bomb exploded at a market in Lagos on Friday, police said.';
  const id = (type: string, n: number) => `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const common = { spec_version: '2.1', created: '2026-03-02T08:00:00.000Z', modified: '2026-03-02T08:00:00.000Z' };
  const partnerBundle = () => ({
    type: 'bundle',
    id: id('bundle', 1),
    objects: [
      {
        ...common,
        type: 'report',
        id: id('report', 2),
        name: 'Police station attacked in Kano',
        description: PARTNER_TEXT,
        published: '2026-03-02T07:00:00Z',
        object_refs: [id('identity', 3)],
        object_marking_refs: [GREEN],
      },
      {
        ...common,
        type: 'identity',
        id: id('identity', 3),
        name: 'Kano police',
        identity_class: 'organization',
        object_marking_refs: [GREEN],
      },
      { ...common, type: 'malware', id: id('malware', 4), name: 'x', is_family: false, object_marking_refs: [GREEN] },
      // a report with nothing to read is kept but is not a document
      {
        ...common,
        type: 'report',
        id: id('report', 5),
        name: 'empty',
        published: '2026-03-01T00:00:00Z',
        object_refs: [id('identity', 3)],
        object_marking_refs: [GREEN],
      },
      // a note outside every report is a report of its own, with its marking
      {
        ...common,
        type: 'note',
        id: id('note', 6),
        content: NOTE_TEXT,
        object_refs: [id('identity', 3)],
        object_marking_refs: [AMBER],
      },
    ],
  });

  it('keeps every object with provenance and markings, and stores the texts as documents that fusion takes in', async () => {
    const dir = tempDir();
    const file = write(dir, 'partner.json', JSON.stringify(partnerBundle()));
    const store = await storeIn(dir);
    const events: IngestEvent[] = [];
    const summary = await ingestPaths([file], { store, onProgress: (e) => events.push(e) });
    expect(summary).toMatchObject({ ingested: 2, duplicates: 0, failed: [] });
    expect(events.at(-1)).toMatchObject({ kind: 'file', outcome: 'ingested', path: file });
    const bundle = summary.bundles[0];
    expect(bundle).toMatchObject({ path: file, bundleId: id('bundle', 1), objects: 5, newObjects: 5 });
    // the lone note is read (it becomes a document below), but the importer's "understood" means "exported again
    // with its id", and a note referring to nothing in the export cannot be
    expect(bundle?.notUnderstood.map((u) => u.id)).toEqual([id('malware', 4), id('note', 6)]);
    expect(bundle?.notDocuments).toEqual([
      { stixId: id('report', 5), type: 'report', reason: expect.stringMatching(/without text/) },
    ]);

    const report = await store.getDocument(documentIdForText(PARTNER_TEXT));
    expect(report).toMatchObject({
      title: 'Police station attacked in Kano',
      published: '2026-03-02',
      origin: `stix:file:${file}#${id('report', 2)}`,
    });
    // extracted like any report
    expect(report?.extraction.events.length).toBeGreaterThan(0);
    expect(report?.extraction.entities.map((e) => e.name)).toContain('Kano');
    const note = await store.getDocument(documentIdForText(NOTE_TEXT));
    expect(note).toMatchObject({ published: '2026-03-02' });
    // and folded into the stories across reports
    const fusion = await openFusionStore(store)?.state();
    expect(fusion?.documentStory(report?.id ?? '')).toBeTruthy();

    const share = await shareStoreOn(store);
    const provenance = await share.receivedDocuments();
    expect(provenance.map((p) => [p.stixId, p.document, p.tlp, p.source, p.collection])).toEqual([
      [id('report', 2), report?.id, 'green', `file:${file}`, ''],
      [id('note', 6), note?.id, 'amber', `file:${file}`, ''],
    ]);
    expect(provenance[1]?.markings).toEqual([AMBER]);
    expect(await share.receivedCounts()).toMatchObject({ objects: 5 });

    const again = await ingestPaths([file], { store });
    expect(again).toMatchObject({ ingested: 0, duplicates: 2, failed: [] });
    expect(again.bundles[0]?.newObjects).toBe(0);
    expect((await store.listDocuments()).total).toBe(2);
  });

  it('takes bundles in directories and skips other JSON there; refuses bad JSON named explicitly with clear codes', async () => {
    const dir = tempDir();
    const docs = tempDir();
    write(docs, 'manifest.json', '{"documents": []}');
    // "type": "bundle" is not the first key here, and there is space around the colon
    const { type: _t, ...rest } = partnerBundle();
    write(docs, 'feed/partner.json', JSON.stringify({ ...rest, type: 'bundle' }, null, 1));
    const notBundle = write(dir, 'config.json', '{"type": "settings"}');
    const list = write(dir, 'list.json', '[1, 2]');
    const malformed = write(dir, 'broken.json', '{"type": "bundle", "objects": [');
    const binary = write(dir, 'blob.json', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d]));
    const badObject = write(
      dir,
      'bad.json',
      JSON.stringify({ type: 'bundle', id: id('bundle', 9), objects: [{ type: 'report', id: 'nope' }] }),
    );
    const huge = write(dir, 'huge.json', JSON.stringify({ ...partnerBundle(), pad: 'x'.repeat(4096) }));
    const empty = write(dir, 'empty.json', '');
    const store = await storeIn(dir);
    const summary = await ingestPaths([docs, notBundle, list, malformed, binary, badObject, empty], { store });
    expect(summary.skipped.map((f) => f.slice(docs.length + 1))).toEqual(['manifest.json']);
    expect(summary.ingested).toBe(2);
    expect(summary.failed.map((f) => [f.path.split('/').pop(), f.code])).toEqual([
      ['config.json', 'unsupported_type'],
      ['list.json', 'unsupported_type'],
      ['broken.json', 'stix_malformed_json'],
      ['blob.json', 'binary_input'],
      ['bad.json', 'stix_invalid_bundle'],
      ['empty.json', 'empty_input'],
    ]);
    expect(summary.failed[0]?.message).toMatch(/read as a STIX 2.1 bundle, and this one is not \(type "settings"\)/);
    const tooBig = await ingestPaths([huge], { store, maxBytes: 1024 });
    expect(tooBig.failed.map((f) => f.code)).toEqual(['input_too_large']);
  });
});
