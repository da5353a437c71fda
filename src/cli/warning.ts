/**
 * `forewarn warning list|show|cap`: the warning ledger from the command line,
 * read as local tooling (a system principal named after the OS user; reads
 * of TLP:RED warnings are audited under that name). Working a warning
 * (assess, decide, deliver) needs a signed-in user, so it is done over the
 * API, never here.
 *
 * Also proposing drafts from stored extractions (`proposeStoredDrafts`, used
 * after `forewarn ingest` and by `npm start`). The plumbing shared with the
 * other warning commands (opening the service, the local principal,
 * reporting errors) is in `services.ts`.
 *
 * Public surface: `registerWarning(program, setStatus)`, `proposeStoredDrafts`,
 * `proposeAfterIngest`.
 */
import type { Command } from 'commander';
import { ForewarnError } from '../errors.js';
import type { Store } from '../store/port.js';
import {
  type Principal,
  WARNING_STATES,
  type WarningRecord,
  type WarningService,
  type WarningState,
} from '../warn/index.js';
import { checkFormat, localPrincipal, reportError, serviceOnStore, withWarnings } from './services.js';

/**
 * Proposes drafts (origin 'extracted') from the warnings found in stored
 * documents: the given ids, or every document. Already proposed ones are
 * skipped, so running it after every ingest is harmless.
 */
export async function proposeStoredDrafts(
  store: Store,
  warnings: WarningService,
  by: Principal,
  documentIds?: string[],
): Promise<{ created: number; skipped: number }> {
  let ids = documentIds;
  if (!ids) {
    ids = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await store.listDocuments({ limit: 1000, offset });
      ids.push(...page.items.map((d) => d.id));
      if (page.items.length < 1000) break;
    }
  }
  let created = 0;
  let skipped = 0;
  const unique = [...new Set(ids)];
  // the extractions only, not the texts, a batch of documents per query
  for (let i = 0; i < unique.length; i += 200) {
    for (const doc of await store.getExtractions(unique.slice(i, i + 200))) {
      if ((doc.extraction.warnings ?? []).length === 0) continue;
      const r = await warnings.proposeFromExtraction(by, doc.extraction, doc.id);
      created += r.created.length;
      skipped += r.skipped.length;
    }
  }
  return { created, skipped };
}

/** After an ingest: drafts from the documents just handled; problems are reported, never fatal to the ingest. */
export async function proposeAfterIngest(store: Store, documentIds: string[]): Promise<number> {
  if (documentIds.length === 0) return 0;
  try {
    const warnings = await serviceOnStore(store);
    try {
      return (await proposeStoredDrafts(store, warnings, localPrincipal(), documentIds)).created;
    } finally {
      await warnings.close();
    }
  } catch (e) {
    reportError('ingest: proposing draft warnings', e);
    return 0;
  }
}

function line(w: WarningRecord): string {
  const headline = w.info.headline ?? w.info.event;
  return `${w.identifier}  ${w.state.padEnd(12)} ${w.tlp.padEnd(12)} ${w.origin.padEnd(9)} ${headline}`;
}

function details(w: WarningRecord): string {
  const rows: [string, string | null | undefined][] = [
    ['identifier', w.identifier],
    ['state', w.state],
    ['origin', w.source ? `${w.origin} (document ${w.source.document}, warning ${w.source.warning})` : w.origin],
    ['tlp', w.tlp],
    ['event', w.info.event],
    ['headline', w.info.headline],
    [
      'threat',
      [w.threat.type, w.threat.actor && `by ${w.threat.actor}`, w.threat.target && `against ${w.threat.target}`]
        .filter(Boolean)
        .join(' '),
    ],
    ['urgency/severity/certainty', `${w.info.urgency} / ${w.info.severity} / ${w.info.certainty}`],
    [
      'grading',
      w.grading &&
        `${w.grading.sourceReliability}${w.grading.infoCredibility} (credible ${w.grading.credible}, specific ${w.grading.specific})`,
    ],
    [
      'decision',
      w.decision &&
        (w.decision.kind === 'warn'
          ? `warn, by ${w.decision.decidedBy}`
          : `waive (${w.decision.reason}): ${w.decision.justification}`),
    ],
    [
      'outcome',
      w.outcome &&
        (w.outcome.kind === 'incident'
          ? `incident ${w.outcome.incidentId} on ${w.outcome.incidentDate}, lead time ${w.outcome.leadTimeDays} days`
          : 'no incident'),
    ],
    ['created', `${w.createdAt} by ${w.createdBy}`],
    ['updated', `${w.updatedAt} (version ${w.version})`],
  ];
  return rows
    .filter(([, v]) => v)
    .map(([k, v]) => `${k.padEnd(27)} ${v}`)
    .join('\n');
}

export function registerWarning(program: Command, setStatus: (s: number) => void): void {
  const warning = program
    .command('warning')
    .description('read the warning ledger (managed warnings); working them is done over the API by signed-in users');

  warning
    .command('list')
    .description('list warnings, most recently changed first')
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .option('--state <state>', `only this state: ${WARNING_STATES.join(', ')}`)
    .option('--limit <n>', 'at most this many (1-1000)', '100')
    .option('--format <format>', 'text | json', 'text')
    .action(async (opts: { db?: string; state?: string; limit: string; format: string }) => {
      await withWarnings('warning list', setStatus, async (open) => {
        const format = checkFormat(opts.format, ['text', 'json']);
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
          throw new ForewarnError('bad_request', `--limit must be an integer from 1 to 1000, got "${opts.limit}"`);
        }
        const opened = await open(opts.db);
        const page = await opened.warnings.listWarnings(localPrincipal(), {
          limit,
          ...(opts.state ? { state: opts.state as WarningState } : {}),
        });
        if (format === 'json') process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        else {
          for (const w of page.items) process.stdout.write(`${line(w)}\n`);
          process.stdout.write(`${page.items.length} of ${page.total} warnings\n`);
        }
        return 0;
      });
    });

  warning
    .command('show')
    .description('show one warning')
    .argument('<id>', 'warning identifier (forewarn-…)')
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .option('--format <format>', 'text | json', 'text')
    .action(async (id: string, opts: { db?: string; format: string }) => {
      await withWarnings('warning show', setStatus, async (open) => {
        const format = checkFormat(opts.format, ['text', 'json']);
        const opened = await open(opts.db);
        const w = await opened.warnings.getWarning(localPrincipal(), id);
        process.stdout.write(format === 'json' ? `${JSON.stringify(w, null, 2)}\n` : `${details(w)}\n`);
        return 0;
      });
    });

  warning
    .command('cap')
    .description('print a warning as a CAP 1.2 alert')
    .argument('<id>', 'warning identifier (forewarn-…)')
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .option('--format <format>', 'xml | json', 'xml')
    .action(async (id: string, opts: { db?: string; format: string }) => {
      await withWarnings('warning cap', setStatus, async (open) => {
        const format = checkFormat(opts.format, ['xml', 'json']);
        const opened = await open(opts.db);
        const out =
          format === 'json'
            ? JSON.stringify(await opened.warnings.exportCap(localPrincipal(), id, 'json'), null, 2)
            : await opened.warnings.exportCap(localPrincipal(), id, 'xml');
        process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
        return 0;
      });
    });
}
