/**
 * Ingest: files and directories → read → extract → store, one document at a
 * time, each committed on its own (killing the process loses nothing already
 * stored; a re-run finds those as duplicates and goes on with the rest).
 * A bad file, an unreadable directory or a failing extraction is recorded
 * and the batch goes on. Each new document is then folded into the store's
 * fusion state (stories across reports, src/store/fusion.ts): only it, never
 * the documents before it.
 *
 * A `.json` file is read as a STIX 2.1 bundle (src/share): every object is
 * kept verbatim with its provenance and markings (`share_received`), and its
 * reports (and notes and incidents outside any report) with text become
 * documents, extracted and fused like the others, dated by their `published`
 * time (src/share/receive.ts); what was understood and what not is in
 * `bundles`. Refusals: `stix_malformed_json` (not JSON), `unsupported_type`
 * (JSON that is not a bundle), `stix_invalid_bundle`, and the reader's
 * (too large, empty, binary, not UTF-8). Inside directories, a `.json` file
 * is taken only when its first 64 KB show `"type": "bundle"`; others (e.g. a
 * corpus's manifest.json) are skipped.
 *
 * An `.rss`, `.atom` or `.xml` file is read as a feed (./feed.ts): each item
 * with text is a document, dated by the item's date and attributed to its
 * source or the feed's title (`--published` / `--outlet` fill what an item does
 * not say). Inside directories, an `.xml` file is taken only when its first
 * 64 KB open an RSS, RDF or Atom feed.
 *
 * Public surface: `ingestPaths(paths, options)` → `IngestSummary`,
 * `collectFiles(paths)`, and the event/summary types.
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ERROR_CODES, type ErrorCode, ForewarnError, isForewarnError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import { type ExtractInput, extract as realExtract } from '../extract/index.js';
import { type NotADocument, receiveIntoStore } from '../share/receive.js';
import { fromStixBundle, type NotUnderstood } from '../share/stix/import.js';
import { type ShareStore, shareStoreOn } from '../share/taxii/store.js';
import { openFusionStore } from '../store/fusion.js';
import type { Store } from '../store/port.js';
import { isFeedFile, looksLikeFeed, parseFeed } from './feed.js';
import { isJsonFile, isSupportedFile, readDocumentFile, readUtf8File } from './read.js';
import { storeDocument } from './store-document.js';

export interface IngestFailure {
  path: string;
  code: ErrorCode;
  message: string;
}

/** 'received': a STIX bundle kept, none of whose objects became a new or known document */
export type IngestOutcome = 'ingested' | 'duplicate' | 'received' | 'failed';

/** What a STIX bundle file gave. */
export interface BundleSummary {
  path: string;
  bundleId: string;
  objects: number;
  /** versions not kept before from this file */
  newObjects: number;
  understood: number;
  /** objects Forewarn has no equivalent for, with the reason (still kept verbatim) */
  notUnderstood: NotUnderstood[];
  /** reports (notes, incidents) that became documents: new or already stored */
  documents: { stixId: string; id: string; created: boolean }[];
  /** reports that did not, with the reason */
  notDocuments: NotADocument[];
}

export type IngestEvent =
  | { kind: 'start'; total: number }
  | {
      kind: 'file';
      path: string;
      outcome: IngestOutcome;
      /** document id (ingested or duplicate) */
      id?: string;
      error?: { code: ErrorCode; message: string };
      /** files handled so far, this one included */
      done: number;
      total: number;
    };

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: IngestFailure[];
  /** files inside the given directories that are not reports by their extension (e.g. manifest.json) */
  skipped: string[];
  documents: { path: string; id: string; created: boolean }[];
  /** the STIX bundle files read */
  bundles: BundleSummary[];
  /** true when the signal stopped the batch before every file was handled */
  aborted: boolean;
}

export interface IngestOptions {
  store: Store;
  /** the extractor; the real one unless a caller substitutes its own */
  extract?: (input: ExtractInput) => Extraction;
  onProgress?: (event: IngestEvent) => void;
  signal?: AbortSignal;
  /** publication date for documents that do not state one */
  published?: string;
  /** outlet for documents that do not state one */
  outlet?: string;
  /** per-file size limit in bytes (reader default 20 MB) */
  maxBytes?: number;
  /** fold each stored document into the store's fusion state (src/store/fusion.ts); default true */
  fuse?: boolean;
}

const isErrorCode = (code: string): code is ErrorCode => code in ERROR_CODES;

const asFailure = (path: string, e: unknown): IngestFailure => {
  if (isForewarnError(e)) return { path, code: e.code, message: e.message };
  return { path, code: 'internal', message: e instanceof Error ? e.message : String(e) };
};

function walkError(e: unknown, path: string, what: string): ForewarnError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOENT'
        ? 'no such file or directory'
        : e instanceof Error
          ? e.message
          : String(e);
  return new ForewarnError('unreadable', `cannot read ${what}: ${reason}`, { path, ...(code ? { errno: code } : {}) });
}

const hiddenName = (name: string): boolean => name.startsWith('.');

/** report-2 before report-10; a fixed locale so the order is the same on every machine. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
const naturalOrder = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Whether the first 64 KB of a file pass `test` (a STIX bundle or a feed, at a glance; read fully at ingest). */
async function startLooksLike(path: string, test: (start: string) => boolean): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return test(buffer.subarray(0, bytesRead).toString('utf8'));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Whether the first 64 KB of a file show `"type": "bundle"`. */
const looksLikeBundle = (path: string) => startLooksLike(path, (s) => /"type"\s*:\s*"bundle"/.test(s));

/**
 * The files to ingest, in a stable order: each argument in the order given;
 * directories recursively, entries in natural name order (2 before 10), hidden files and folders
 * left out, `.json` files taken only when they look like a STIX bundle, symbolic-link cycles followed once. Paths that cannot be walked
 * are returned as failures, not thrown.
 */
export async function collectFiles(
  paths: string[],
): Promise<{ files: string[]; failures: IngestFailure[]; skipped: string[] }> {
  const files: string[] = [];
  const failures: IngestFailure[] = [];
  const skipped: string[] = [];
  const seenDirectories = new Set<string>();

  const walkDirectory = async (dir: string): Promise<void> => {
    let real: string;
    let names: string[];
    try {
      real = await realpath(dir);
      if (seenDirectories.has(real)) return;
      seenDirectories.add(real);
      names = (await readdir(dir)).sort(naturalOrder);
    } catch (e) {
      failures.push(asFailure(dir, walkError(e, dir, 'directory')));
      return;
    }
    for (const name of names) {
      if (hiddenName(name)) continue;
      const path = join(dir, name);
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(path);
      } catch (e) {
        failures.push(asFailure(path, walkError(e, path, 'file')));
        continue;
      }
      if (info.isDirectory()) await walkDirectory(path);
      else if (isJsonFile(path) && (await looksLikeBundle(path))) files.push(path);
      else if (isFeedFile(path) && (await startLooksLike(path, looksLikeFeed))) files.push(path);
      else if (!isSupportedFile(path)) skipped.push(path);
      else files.push(path);
    }
  };

  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (e) {
      failures.push(asFailure(path, walkError(e, path, 'path')));
      continue;
    }
    // A file named explicitly is always attempted, so an unsupported type is
    // reported rather than silently passed over.
    if (info.isDirectory()) await walkDirectory(path);
    else files.push(path);
  }
  return { files, failures, skipped };
}

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const extract = options.extract ?? realExtract;
  const { store, onProgress, signal } = options;
  const { files, failures, skipped } = await collectFiles(paths);
  const summary: IngestSummary = {
    ingested: 0,
    duplicates: 0,
    failed: [],
    skipped,
    documents: [],
    bundles: [],
    aborted: false,
  };
  const total = files.length + failures.length;
  let done = 0;
  onProgress?.({ kind: 'start', total });

  const report = (path: string, outcome: IngestOutcome, detail: { id?: string; failure?: IngestFailure }) => {
    done++;
    if (detail.failure) summary.failed.push(detail.failure);
    const error = detail.failure ? { code: detail.failure.code, message: detail.failure.message } : undefined;
    onProgress?.({
      kind: 'file',
      path,
      outcome,
      ...(detail.id ? { id: detail.id } : {}),
      ...(error ? { error } : {}),
      done,
      total,
    });
  };

  for (const failure of failures) report(failure.path, 'failed', { failure });
  // Fusion across reports: each stored document is folded in right after it is stored (only it, not
  // the ones before); the state is opened at the first new document, so a batch of duplicates costs nothing.
  const fusion = options.fuse === false ? null : openFusionStore(store);
  // the sharing tables, on the store's connection, opened at the first bundle
  let share: ShareStore | undefined;

  for (const path of files) {
    if (signal?.aborted) {
      summary.aborted = true;
      break;
    }
    if (isJsonFile(path)) {
      try {
        share ??= await shareStoreOn(store);
        const bundle = await ingestBundle(path, share, { ...options, extract, fusion });
        summary.bundles.push(bundle);
        let created = 0;
        for (const d of bundle.documents) {
          summary.documents.push({ path, id: d.id, created: d.created });
          if (d.created) created++;
        }
        summary.ingested += created;
        summary.duplicates += bundle.documents.length - created;
        const first = bundle.documents.find((d) => d.created) ?? bundle.documents[0];
        report(path, created > 0 ? 'ingested' : first ? 'duplicate' : 'received', first ? { id: first.id } : {});
      } catch (e) {
        report(path, 'failed', { failure: asFailure(path, e) });
      }
      await yieldToEventLoop();
      continue;
    }
    if (isFeedFile(path)) {
      try {
        const xml = await readUtf8File(path, options.maxBytes ? { maxBytes: options.maxBytes } : {});
        const feed = parseFeed(xml, path);
        if (!feed.items.length)
          throw new ForewarnError('empty_input', `the feed has no item with text (${feed.empty} without)`, { path });
        let created = 0;
        let first: string | undefined;
        for (const item of feed.items) {
          const r = await storeDocument(
            store,
            {
              id: item.origin,
              text: item.text,
              title: item.title,
              published: item.published ?? options.published ?? null,
              outlet: item.outlet ?? options.outlet ?? null,
              origin: item.origin,
              mediaType: 'text/plain',
            },
            extract,
            fusion,
          );
          first ??= r.id;
          summary.documents.push({ path, id: r.id, created: r.created });
          if (r.created) created++;
        }
        summary.ingested += created;
        summary.duplicates += feed.items.length - created;
        report(path, created > 0 ? 'ingested' : 'duplicate', first ? { id: first } : {});
      } catch (e) {
        report(path, 'failed', { failure: asFailure(path, e) });
      }
      await yieldToEventLoop();
      continue;
    }
    try {
      const read = await readDocumentFile(path, options.maxBytes ? { maxBytes: options.maxBytes } : {});
      const doc = {
        ...read,
        published: read.published ?? options.published ?? null,
        outlet: read.outlet ?? options.outlet ?? null,
      };
      const result = await storeDocument(store, doc, extract, fusion);
      if (result.created) summary.ingested++;
      else summary.duplicates++;
      summary.documents.push({ path, id: result.id, created: result.created });
      report(path, result.created ? 'ingested' : 'duplicate', { id: result.id });
    } catch (e) {
      report(path, 'failed', { failure: asFailure(path, e) });
    }
    // Extraction is synchronous CPU work: let signals, timers and output run between files.
    await yieldToEventLoop();
  }
  await fusion?.checkpoint().catch(() => undefined);
  await share?.close();
  return summary;
}

/** One STIX bundle file: kept as received material, its texts stored as documents. */
async function ingestBundle(
  path: string,
  share: ShareStore,
  options: IngestOptions & {
    extract: (input: ExtractInput) => Extraction;
    fusion: ReturnType<typeof openFusionStore>;
  },
): Promise<BundleSummary> {
  const text = await readUtf8File(path, options.maxBytes ? { maxBytes: options.maxBytes } : {});
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ForewarnError('stix_malformed_json', `not JSON: ${(e as Error).message}`, { path });
  }
  const type =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { type?: unknown }).type
      : undefined;
  if (type !== 'bundle') {
    throw new ForewarnError(
      'unsupported_type',
      `a .json file is read as a STIX 2.1 bundle, and this one is not (${
        type === undefined ? 'no "type": "bundle"' : `type ${JSON.stringify(type).slice(0, 40)}`
      })`,
      { path },
    );
  }
  const source = `file:${resolve(path)}`;
  const imported = fromStixBundle(value, { source, collection: null });
  const newObjects = await share.keepReceived(imported, source, '');
  const received = await receiveIntoStore(options.store, share, imported, {
    source,
    collection: '',
    extract: options.extract,
    fusion: options.fusion,
    ...(options.outlet ? { outlet: options.outlet } : {}),
  });
  if (received.failed.length > 0 && received.documents.length === 0) {
    const f = received.failed[0] as { code: string; message: string };
    throw new ForewarnError(isErrorCode(f.code) ? f.code : 'internal', f.message, { path });
  }
  return {
    path,
    bundleId: imported.bundleId,
    objects: imported.objects.length,
    newObjects,
    understood: imported.objects.filter((o) => o.understood).length,
    notUnderstood: imported.unknown,
    documents: received.documents,
    notDocuments: [
      ...received.skipped,
      ...received.failed.map((f) => ({ stixId: f.stixId, type: 'report', reason: `${f.code}: ${f.message}` })),
    ],
  };
}
