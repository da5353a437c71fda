/**
 * `forewarn export --format stix [--story ID] [--document ID]... [--since T]
 * [--tlp L] [--out FILE]`: the stored documents and their extractions as one
 * STIX 2.1 bundle (stdout, or FILE); what STIX cannot carry is listed on
 * stderr. Documents that arrived as STIX keep at least the TLP level they
 * arrived with; those received as TLP:RED are left out (and listed). The API's
 * `GET /api/export/stix` gives the same bundle.
 *
 * `forewarn share publish --collection ID [--tlp L] [--org ORG]
 * [--to-org ORG]... [--recipient PARTNER]... [selection]`: the same export
 * put into a TAXII collection, shared with an audience: `--org` is the
 * authoring organisation (AMBER and AMBER+STRICT: its own partners; default
 * $FOREWARN_ORG), `--to-org` names further organisations for AMBER,
 * `--recipient` names partners for RED.
 *
 * `forewarn share import FILE...`: STIX bundle files kept as received
 * material (every object verbatim, and the documents and warnings the
 * importer understood), without making documents of them: `forewarn ingest
 * FILE.json` and `forewarn taxii pull` also store their reports as documents.
 *
 * Exit status: 0 done, 1 failure, 2 bad options.
 *
 * Public surface: `registerExport(program, setStatus)`, `cliAction(name, setStatus, work)`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ForewarnError, isForewarnError } from '../errors.js';
import { type ExportSelection, exportFromStore } from '../share/from-store.js';
import { bundleJson } from '../share/stix/export.js';
import { fromStixBundle } from '../share/stix/import.js';
import { openShareStore, shareStoreOn } from '../share/taxii/store.js';
import { parseTlp, type TlpLevel } from '../share/tlp.js';
import { openStore } from '../store/index.js';
import { resolveDatabasePath } from './options.js';

/** Runs a command body: ForewarnError bad_request → status 2, any other failure → 1, printed as `code: message`. */
export function cliAction<A extends unknown[]>(
  name: string,
  setStatus: (s: number) => void,
  work: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await work(...args);
      setStatus(0);
    } catch (e) {
      const message = isForewarnError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
      process.stderr.write(`forewarn ${name}: ${message}\n`);
      setStatus(isForewarnError(e) && e.code === 'bad_request' ? 2 : 1);
    }
  };
}

export function tlpOption(value: string | undefined): TlpLevel | undefined {
  if (value === undefined) return undefined;
  const level = parseTlp(value);
  if (!level)
    throw new ForewarnError('bad_request', `--tlp must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED, got "${value}"`);
  return level;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

interface SelectionOptions {
  db?: string;
  story?: string;
  document?: string[];
  since?: string;
  tlp?: string;
  withoutText?: boolean;
}

function selection(opts: SelectionOptions): ExportSelection {
  const tlp = tlpOption(opts.tlp);
  return {
    ...(opts.story !== undefined ? { story: opts.story } : {}),
    ...(opts.document?.length ? { documents: opts.document } : {}),
    ...(opts.since !== undefined ? { since: opts.since } : {}),
    ...(tlp ? { tlp } : {}),
    ...(opts.withoutText ? { withoutText: true } : {}),
  };
}

function withSelectionOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .option('--story <id>', 'only the documents of this fusion story')
    .option('--document <id>', 'only this document (repeatable)', collect)
    .option('--since <time>', 'only documents ingested at or after this time (ISO 8601)')
    .option(
      '--tlp <level>',
      'TLP 2.0 level of the documents (default AMBER); received ones keep a stricter level, RED ones are left out',
    )
    .option('--without-text', 'share the extraction without quoting the report text');
}

export function registerExport(program: Command, setStatus: (s: number) => void): void {
  withSelectionOptions(
    program
      .command('export')
      .description('export stored documents and their extractions as a STIX 2.1 bundle')
      .option('--format <format>', 'stix (STIX 2.1 JSON bundle)', 'stix')
      .option('--out <file>', 'write the bundle here instead of stdout'),
  ).action(
    cliAction('export', setStatus, async (opts: SelectionOptions & { format: string; out?: string }) => {
      if (opts.format !== 'stix') throw new ForewarnError('bad_request', `--format must be stix, got "${opts.format}"`);
      const sel = selection(opts);
      const store = await openStore({ path: resolveDatabasePath(opts.db) });
      try {
        const { bundle, omitted } = await exportFromStore(store, sel, { share: await shareStoreOn(store) });
        const json = bundleJson(bundle);
        if (opts.out) writeFileSync(opts.out, json);
        else process.stdout.write(json);
        for (const o of omitted) process.stderr.write(`omitted ${o.document ?? '-'} ${o.item}: ${o.reason}\n`);
        process.stderr.write(
          `exported ${bundle.objects.length} STIX objects${opts.out ? ` to ${opts.out}` : ''}; omitted ${omitted.length}\n`,
        );
      } finally {
        await store.close();
      }
    }),
  );

  const share = program.command('share').description('share under control: publish into TAXII collections');
  withSelectionOptions(
    share
      .command('publish')
      .description('export the stored documents into a TAXII collection, for an audience')
      .requiredOption('--collection <id>', 'the collection to publish into')
      .option('--org <organisation>', 'the authoring organisation (default: $FOREWARN_ORG)')
      .option('--to-org <organisation>', 'a further organisation that may read AMBER (repeatable)', collect)
      .option('--recipient <partner>', 'a partner that may read RED (repeatable)', collect),
  ).action(
    cliAction(
      'share publish',
      setStatus,
      async (opts: SelectionOptions & { collection: string; org?: string; toOrg?: string[]; recipient?: string[] }) => {
        const sel = selection(opts);
        const org = opts.org ?? process.env.FOREWARN_ORG ?? null;
        const path = resolveDatabasePath(opts.db);
        const store = await openStore({ path });
        const taxii = await shareStoreOn(store);
        try {
          if (!(await taxii.getCollection(opts.collection)))
            throw new ForewarnError('not_found', `no collection ${opts.collection}`);
          const { bundle, omitted } = await exportFromStore(store, sel, { share: taxii });
          const outcomes = await taxii.addObjects(opts.collection, bundle.objects, {
            audience: { organization: org, organizations: opts.toOrg ?? [], namedRecipients: opts.recipient ?? [] },
            addedBy: 'cli:share-publish',
          });
          const count = (r: string) => outcomes.filter((o) => o.result === r).length;
          for (const o of omitted) process.stderr.write(`omitted ${o.document ?? '-'} ${o.item}: ${o.reason}\n`);
          for (const o of outcomes.filter((x) => x.result === 'refused'))
            process.stderr.write(`refused ${o.id}: ${o.message}\n`);
          process.stdout.write(
            `published into ${opts.collection}: added ${count('added')}, unchanged ${count('unchanged')}, ` +
              `refused ${count('refused')}, omitted ${omitted.length}\n`,
          );
          if (!org)
            process.stdout.write(
              'note: no --org (or $FOREWARN_ORG): AMBER+STRICT objects are readable by no partner, AMBER ones only by --to-org\n',
            );
        } finally {
          await taxii.close();
          await store.close();
        }
      },
    ),
  );

  share
    .command('import')
    .description(
      'keep STIX 2.1 bundle files as received material (every object verbatim, and what Forewarn understood); ' +
        '`forewarn ingest FILE.json` also makes their reports documents',
    )
    .argument('<files...>', 'STIX 2.1 bundle files (.json)')
    .option('--source <name>', 'where they came from (default: the file path)')
    .option('--db <path>', 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)')
    .action(
      cliAction('share import', setStatus, async (files: string[], opts: { source?: string; db?: string }) => {
        const taxii = await openShareStore({ path: resolveDatabasePath(opts.db) });
        try {
          for (const file of files) {
            const source = opts.source ?? `file:${resolve(file)}`;
            const imported = fromStixBundle(readFileSync(file, 'utf8'), { source, collection: null });
            const added = await taxii.keepReceived(imported, source, '');
            const understood = imported.objects.filter((o) => o.understood).length;
            process.stdout.write(
              `${file}: ${imported.objects.length} objects (${added} new), ${understood} understood, ` +
                `${imported.documents.length} documents, ${imported.warnings.length} warnings, ` +
                `${imported.unknown.length} not understood\n`,
            );
          }
        } finally {
          await taxii.close();
        }
      }),
    );
}
