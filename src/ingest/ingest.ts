/**
 * Ingest: files and directories → read → extract → store, one document at a
 * time, each committed on its own (killing the process loses nothing already
 * stored; a re-run finds those as duplicates and goes on with the rest).
 * A bad file, an unreadable directory or a failing extraction is recorded
 * and the batch goes on. Each new document is then folded into the store's
 * fusion state (stories across reports, src/store/fusion.ts): only it, never
 * the documents before it.
 *
 * Public surface: `ingestPaths(paths, options)` → `IngestSummary`,
 * `collectFiles(paths)`, and the event/summary types.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { type ErrorCode, ForewarnError, isForewarnError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import { type ExtractInput, extract as realExtract } from '../extract/index.js';
import { openFusionStore } from '../store/fusion.js';
import { documentIdForText } from '../store/index.js';
import type { Store } from '../store/port.js';
import { isSupportedFile, readDocumentFile } from './read.js';

export interface IngestFailure {
  path: string;
  code: ErrorCode;
  message: string;
}

export type IngestOutcome = 'ingested' | 'duplicate' | 'failed';

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

/**
 * The files to ingest, in a stable order: each argument in the order given;
 * directories recursively, entries in natural name order (2 before 10), hidden files and folders
 * left out, symbolic-link cycles followed once. Paths that cannot be walked
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
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: [], skipped, documents: [], aborted: false };
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

  for (const path of files) {
    if (signal?.aborted) {
      summary.aborted = true;
      break;
    }
    try {
      const read = await readDocumentFile(path, options.maxBytes ? { maxBytes: options.maxBytes } : {});
      const doc = {
        ...read,
        published: read.published ?? options.published ?? null,
        outlet: read.outlet ?? options.outlet ?? null,
      };
      // Known text is not extracted again: re-running over a half-done batch is cheap.
      const existing = await store.findByText(doc.text);
      if (existing) {
        summary.duplicates++;
        summary.documents.push({ path, id: existing, created: false });
        report(path, 'duplicate', { id: existing });
      } else {
        const id = documentIdForText(doc.text);
        const extraction = extract({ id, text: doc.text, published: doc.published, title: doc.title });
        const result = await store.addDocument(doc, extraction);
        // a failed fusion step does not fail the stored document: the next read of the stories catches up
        if (result.created) await fusion?.sync().catch(() => undefined);
        if (result.created) summary.ingested++;
        else summary.duplicates++;
        summary.documents.push({ path, id: result.id, created: result.created });
        report(path, result.created ? 'ingested' : 'duplicate', { id: result.id });
      }
    } catch (e) {
      report(path, 'failed', { failure: asFailure(path, e) });
    }
    // Extraction is synchronous CPU work: let signals, timers and output run between files.
    await yieldToEventLoop();
  }
  await fusion?.checkpoint().catch(() => undefined);
  return summary;
}
