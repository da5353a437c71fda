/**
 * Loads the demo corpus (demo/corpus) into a store: each file listed in
 * manifest.json is read, given the manifest's published date, outlet and
 * title (the files themselves are not authoritative for those), extracted
 * and stored. Files the reader refuses are reported, not fatal, so a demo
 * still starts when one page cannot be read.
 *
 * Public surface: `DEMO_CORPUS_DIR`, `loadDemoCorpus({ store, dir? })`,
 * `readDemoManifest(dir)`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ForewarnError, isForewarnError } from '../errors.js';
import { extract } from '../extract/index.js';
import { readDocumentFile } from '../ingest/read.js';
import { openFusionStore } from '../store/fusion.js';
import { documentIdForText } from '../store/index.js';
import type { Store } from '../store/port.js';

/** demo/corpus of this checkout or package: two levels up from src/demo or dist/demo. */
export const DEMO_CORPUS_DIR = fileURLToPath(new URL('../../demo/corpus/', import.meta.url));

export interface ManifestEntry {
  file: string;
  published: string;
  outlet: string;
  title: string;
}

export interface DemoLoadResult {
  stored: number;
  duplicates: number;
  failed: { file: string; code: string; message: string }[];
}

export async function readDemoManifest(dir: string = DEMO_CORPUS_DIR): Promise<ManifestEntry[]> {
  const raw = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new ForewarnError('unreadable', 'demo manifest.json must be an array');
  return raw.map((e, i) => {
    const entry = e as Partial<ManifestEntry>;
    if (typeof entry.file !== 'string' || entry.file.includes('/') || entry.file.includes('\\'))
      throw new ForewarnError('unreadable', `demo manifest entry ${i}: "file" must be a file name`);
    return {
      file: entry.file,
      published: String(entry.published ?? ''),
      outlet: String(entry.outlet ?? ''),
      title: String(entry.title ?? ''),
    };
  });
}

export async function loadDemoCorpus(options: { store: Store; dir?: string }): Promise<DemoLoadResult> {
  const dir = options.dir ?? DEMO_CORPUS_DIR;
  const result: DemoLoadResult = { stored: 0, duplicates: 0, failed: [] };
  // each stored report is folded into the fusion state (stories) right after it is stored
  const fusion = openFusionStore(options.store);
  for (const entry of await readDemoManifest(dir)) {
    try {
      const read = await readDocumentFile(join(dir, entry.file));
      const doc = {
        ...read,
        published: entry.published || read.published,
        outlet: entry.outlet || read.outlet,
        title: entry.title || read.title,
      };
      const extraction = extract({
        id: documentIdForText(doc.text),
        text: doc.text,
        published: doc.published,
        title: doc.title,
      });
      const { created } = await options.store.addDocument(doc, extraction);
      if (created) await fusion?.sync().catch(() => undefined); // caught up on the next read if this fails
      if (created) result.stored++;
      else result.duplicates++;
    } catch (e) {
      result.failed.push({
        file: entry.file,
        code: isForewarnError(e) ? e.code : 'internal',
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }
  await fusion?.checkpoint().catch(() => undefined);
  return result;
}
