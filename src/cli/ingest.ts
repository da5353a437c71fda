/**
 * `forewarn ingest [--db PATH] [--published DATE] [--outlet NAME] PATH...`:
 * reads, extracts and stores reports from files and directories. Progress
 * goes to stderr (a bar on a terminal, a line per file otherwise, nothing
 * with --quiet); the summary goes to stdout, as text or JSON.
 *
 * A `.json` file is a STIX 2.1 bundle: its objects are kept with their
 * provenance and markings, its reports with text become documents (see
 * src/ingest/ingest.ts), and the summary says what was understood and what
 * not.
 *
 * Warnings found in the reports are proposed as draft warnings in the
 * ledger (origin 'extracted'), as local tooling; a failure there is
 * reported but does not undo the ingest.
 *
 * Exit status: 0 when at least one file was ingested or found already
 * stored, or a bundle was kept; 1 when nothing could be processed; 2 for bad
 * options.
 *
 * Public surface: `registerIngest(program, setStatus)`.
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { ForewarnError, isForewarnError } from '../errors.js';
import { type IngestEvent, type IngestSummary, ingestPaths } from '../ingest/ingest.js';
import { openStore } from '../store/index.js';
import { parsePublishedOption, resolveDatabasePath } from './options.js';
import { proposeAfterIngest } from './warning.js';

interface IngestCliOptions {
  db?: string;
  published?: string;
  outlet?: string;
  format: string;
  quiet?: boolean;
  maxSize: string;
}

function progressReporter(quiet: boolean): { onProgress: (e: IngestEvent) => void; stop: () => void } {
  if (quiet) return { onProgress: () => undefined, stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: 'ingest [{bar}] {value}/{total} | {file}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      onProgress: (e) => {
        if (e.kind === 'start') bar.start(e.total, 0, { file: '' });
        else bar.update(e.done, { file: e.path.length > 60 ? `…${e.path.slice(-59)}` : e.path });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    onProgress: (e) => {
      if (e.kind !== 'file') return;
      const line =
        e.outcome === 'failed'
          ? `failed    ${e.path}: ${e.error?.code}: ${e.error?.message}`
          : e.outcome === 'received'
            ? `received  ${e.path} (STIX bundle kept; no report with text)`
            : `${e.outcome.padEnd(9)} ${e.id} ${e.path}`;
      process.stderr.write(`[${e.done}/${e.total}] ${line}\n`);
    },
    stop: () => undefined,
  };
}

function printSummary(summary: IngestSummary, database: string): void {
  const lines = [
    `ingested ${summary.ingested}, duplicates ${summary.duplicates}, failed ${summary.failed.length}` +
      (summary.skipped.length ? `, skipped ${summary.skipped.length} non-report files` : '') +
      ` (database ${database})`,
  ];
  if (summary.ingested + summary.duplicates + summary.failed.length + summary.bundles.length === 0) {
    lines.push(
      'no report files found (expected .txt, .text, .md, .html or .htm files, .json STIX 2.1 bundles, .rss/.atom/.xml feeds, or directories of them)',
    );
  }
  for (const b of summary.bundles) {
    const created = b.documents.filter((d) => d.created).length;
    lines.push(
      `  bundle ${b.path}: ${b.objects} STIX objects (${b.newObjects} new), ${b.understood} understood, ` +
        `${b.notUnderstood.length} not understood; ${created} new documents, ` +
        `${b.documents.length - created} already stored, ${b.notDocuments.length} reports not documents`,
    );
    for (const u of b.notUnderstood.slice(0, 20)) lines.push(`    not understood ${u.id}: ${u.reason}`);
    if (b.notUnderstood.length > 20)
      lines.push(`    … and ${b.notUnderstood.length - 20} more (--format json lists all)`);
    for (const n of b.notDocuments.slice(0, 20)) lines.push(`    not a document ${n.stixId}: ${n.reason}`);
    if (b.notDocuments.length > 20)
      lines.push(`    … and ${b.notDocuments.length - 20} more (--format json lists all)`);
  }
  if (summary.aborted) lines.push('interrupted: the remaining files were not read (run again to continue)');
  for (const f of summary.failed) lines.push(`  failed ${f.path}: ${f.code}: ${f.message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new ForewarnError('bad_request', `--max-size must be a positive number of megabytes, got "${value}"`);
  }
  return Math.floor(mb * 1024 * 1024);
}

export function registerIngest(program: Command, setStatus: (s: number) => void): void {
  program
    .command('ingest')
    .description(
      'read, extract and store reports from files and directories (recursively; hidden files skipped), ' +
        'and propose the warnings they report as draft warnings; a .json file is a STIX 2.1 bundle, kept with ' +
        'its provenance and markings, whose reports with text become documents; an .rss, .atom or .xml feed ' +
        'gives one document per item, dated by the item',
    )
    .argument(
      '<paths...>',
      'text (.txt, .text, .md), HTML (.html, .htm), STIX 2.1 bundle (.json) or RSS/Atom feed (.rss, .atom, .xml) files, or directories of them',
    )
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for documents that do not state their own')
    .option('--outlet <name>', 'outlet for documents that do not state their own')
    .option('--format <format>', 'summary as text | json', 'text')
    .option('--quiet', 'no progress output')
    .option('--max-size <MB>', 'refuse files larger than this many megabytes', '20')
    .action(async (paths: string[], opts: IngestCliOptions) => {
      let published: string | undefined;
      let maxBytes: number;
      try {
        if (opts.format !== 'text' && opts.format !== 'json') {
          throw new ForewarnError('bad_request', `--format must be text or json, got "${opts.format}"`);
        }
        published = opts.published === undefined ? undefined : parsePublishedOption(opts.published);
        maxBytes = parseMaxSize(opts.maxSize);
      } catch (e) {
        process.stderr.write(`forewarn ingest: ${isForewarnError(e) ? e.message : String(e)}\n`);
        setStatus(2);
        return;
      }

      let database: string;
      let store: Awaited<ReturnType<typeof openStore>>;
      try {
        database = resolveDatabasePath(opts.db);
        store = await openStore({ path: database });
      } catch (e) {
        const message = isForewarnError(e) ? `${e.code}: ${e.message}` : String(e);
        process.stderr.write(`forewarn ingest: ${message}\n`);
        setStatus(1);
        return;
      }

      // First Ctrl-C finishes the current file and prints the summary; a second one exits at once.
      const controller = new AbortController();
      const onInterrupt = () => {
        controller.abort();
        process.once('SIGINT', () => process.exit(130));
      };
      process.once('SIGINT', onInterrupt);
      const progress = progressReporter(opts.quiet === true);
      let summary: IngestSummary;
      let proposedDrafts = 0;
      try {
        summary = await ingestPaths(paths, {
          store,
          onProgress: progress.onProgress,
          signal: controller.signal,
          maxBytes,
          ...(published ? { published } : {}),
          ...(opts.outlet ? { outlet: opts.outlet } : {}),
        });
        proposedDrafts = await proposeAfterIngest(
          store,
          summary.documents.map((d) => d.id),
        );
      } finally {
        progress.stop();
        process.removeListener('SIGINT', onInterrupt);
        await store.close();
      }

      if (opts.format === 'json') {
        process.stdout.write(`${JSON.stringify({ database, ...summary, proposedDrafts }, null, 2)}\n`);
      } else {
        printSummary(summary, database);
        if (proposedDrafts > 0)
          process.stdout.write(`proposed ${proposedDrafts} draft warnings (forewarn warning list)\n`);
      }
      setStatus(summary.ingested + summary.duplicates + summary.bundles.length === 0 ? 1 : 0);
    });
}
