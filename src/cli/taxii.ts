/**
 * TAXII 2.1 from the command line:
 *
 *   forewarn taxii pull URL --collection ID --user NAME [--token T] [--db]
 *     incremental (added_after from the last pull, kept in the database) and
 *     resumable (follows `next`; an interrupted pull continues where it was);
 *     objects go through the STIX importer and are kept with what it understood;
 *     reports with text become documents (extracted, fused, with provenance and
 *     markings), as `forewarn ingest bundle.json` does.
 *   forewarn taxii push URL --collection ID (--warning ID | --bundle FILE) --user NAME [--token T]
 *     a managed warning (with its evidence documents) or a bundle file, POSTed as one envelope.
 *   forewarn taxii serve [--db] [--port] [--host] [--max-content-length BYTES]
 *     the HTTP server with TAXII 2.1 under /taxii2/ over the local database.
 *
 * The token may come from $FOREWARN_TAXII_TOKEN rather than the command line
 * (where other local users can see it in the process list).
 *
 * Public surface: `registerTaxii(program, setStatus)`.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildServer } from '../api/server.js';
import { ForewarnError } from '../errors.js';
import { readManagedWarning, selectDocuments } from '../share/from-store.js';
import { shareDocumentFromStored, shareWarningFromRecord } from '../share/stix/adapters.js';
import { exportStix } from '../share/stix/export.js';
import { parseBundle } from '../share/stix/import.js';
import type { StixObject } from '../share/stix/types.js';
import { pullCollection, pushObjects } from '../share/taxii/client.js';
import { DEFAULT_MAX_CONTENT_LENGTH } from '../share/taxii/server.js';
import { shareStoreOn } from '../share/taxii/store.js';
import { openFusionStore } from '../store/fusion.js';
import { openStore } from '../store/index.js';
import { cliAction } from './export.js';
import { resolveDatabasePath } from './options.js';
import { proposeAfterIngest } from './warning.js';

const DB_HELP = 'database file (default: $FOREWARN_DB, else forewarn.db in the user data directory)';

function tokenOf(opts: { token?: string }): string {
  const token = opts.token ?? process.env.FOREWARN_TAXII_TOKEN;
  if (!token) throw new ForewarnError('bad_request', 'give --token or set $FOREWARN_TAXII_TOKEN');
  return token;
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new ForewarnError('bad_request', `${name} must be a positive integer, got "${value}"`);
  return Number(value);
}

export function registerTaxii(program: Command, setStatus: (s: number) => void): void {
  const taxii = program.command('taxii').description('TAXII 2.1: pull from and push to partners, serve collections');

  taxii
    .command('pull')
    .description(
      'pull new objects of a collection (incremental, resumable) into the local database; ' +
        'reports with text become documents, extracted and fused like ingested reports',
    )
    .argument('<url>', 'the API root (…/taxii2/api/) or discovery URL (…/taxii2/)')
    .requiredOption('--collection <id>', 'collection id')
    .option('--user <name>', 'partner name for HTTP Basic (without it the token is sent as a bearer token)')
    .option('--token <token>', 'partner token (default: $FOREWARN_TAXII_TOKEN)')
    .option('--limit <n>', 'objects per page asked for', '500')
    .option('--max-pages <n>', 'stop after this many pages (the next pull resumes)')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print the summary as JSON')
    .action(
      cliAction(
        'taxii pull',
        setStatus,
        async (
          url: string,
          opts: {
            collection: string;
            user?: string;
            token?: string;
            limit: string;
            maxPages?: string;
            db?: string;
            json?: boolean;
          },
        ) => {
          const token = tokenOf(opts);
          const limit = positiveInt('--limit', opts.limit) ?? 500;
          const maxPages = positiveInt('--max-pages', opts.maxPages);
          const store = await openStore({ path: resolveDatabasePath(opts.db) });
          try {
            const share = await shareStoreOn(store);
            const fusion = openFusionStore(store);
            const s = await pullCollection(share, {
              url,
              collection: opts.collection,
              token,
              limit,
              store,
              fusion,
              ...(opts.user ? { user: opts.user } : {}),
              ...(maxPages ? { maxPages } : {}),
            });
            await fusion?.checkpoint().catch(() => undefined);
            const created = s.stored.filter((d) => d.created);
            const proposed = await proposeAfterIngest(
              store,
              created.map((d) => d.id),
            );
            process.stdout.write(
              opts.json
                ? `${JSON.stringify({ ...s, proposedDrafts: proposed }, null, 2)}\n`
                : `pulled ${s.received} objects (${s.newObjects} new) in ${s.pages} pages from ${s.apiRoot} ` +
                    `collection ${s.collection}${s.addedAfter ? ` added after ${s.addedAfter}` : ''}: ` +
                    `${s.understood} understood, ${s.documents} documents, ${s.warnings} warnings, ` +
                    `${s.notUnderstood} not understood, ${s.refused} refused` +
                    `${s.complete ? '' : ' (stopped early: the next pull resumes)'}\n` +
                    `stored ${created.length} new documents (${s.stored.length - created.length} already stored), ` +
                    `${s.notDocuments.length} reports not documents` +
                    `${proposed ? `; proposed ${proposed} draft warnings` : ''}\n` +
                    s.notDocuments.map((n) => `  not a document ${n.stixId}: ${n.reason}\n`).join(''),
            );
          } finally {
            await store.close();
          }
        },
      ),
    );

  taxii
    .command('push')
    .description('push a managed warning (with its evidence) or a STIX bundle file to a collection')
    .argument('<url>', 'the API root (…/taxii2/api/) or discovery URL (…/taxii2/)')
    .requiredOption('--collection <id>', 'collection id')
    .option('--warning <id>', 'a warning of the duty-to-warn workflow')
    .option('--bundle <file>', 'a STIX 2.1 bundle file')
    .option('--user <name>', 'partner name for HTTP Basic (without it the token is sent as a bearer token)')
    .option('--token <token>', 'partner token (default: $FOREWARN_TAXII_TOKEN)')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print the status resource as JSON')
    .action(
      cliAction(
        'taxii push',
        setStatus,
        async (
          url: string,
          opts: {
            collection: string;
            warning?: string;
            bundle?: string;
            user?: string;
            token?: string;
            db?: string;
            json?: boolean;
          },
        ) => {
          const token = tokenOf(opts);
          if (!!opts.warning === !!opts.bundle) throw new ForewarnError('bad_request', 'give --warning or --bundle');
          let objects: StixObject[];
          if (opts.bundle) {
            objects = parseBundle(readFileSync(opts.bundle, 'utf8')).objects;
          } else {
            const path = resolveDatabasePath(opts.db);
            const record = readManagedWarning(path, opts.warning as string);
            // RED goes to named recipients through the workflow's deliveries, which audit it; never to a collection.
            if (record.tlp === 'RED')
              throw new ForewarnError('bad_request', `warning ${record.identifier} is TLP:RED: deliver it instead`);
            const store = await openStore({ path });
            try {
              const known = new Set((await store.listDocuments({ limit: 1000 })).items.map((d) => d.id));
              const evidence = record.evidence.documents.filter((d) => known.has(d));
              const docs = evidence.length ? await selectDocuments(store, { documents: evidence }) : [];
              const level = shareWarningFromRecord(record).tlp ?? undefined;
              objects = exportStix(
                {
                  documents: docs.map((d) => shareDocumentFromStored(d, { tlp: level ?? null })),
                  warnings: [shareWarningFromRecord(record)],
                },
                level ? { tlp: level } : {},
              ).bundle.objects;
            } finally {
              await store.close();
            }
          }
          const status = await pushObjects({
            url,
            collection: opts.collection,
            token,
            objects,
            ...(opts.user ? { user: opts.user } : {}),
          });
          process.stdout.write(
            opts.json
              ? `${JSON.stringify(status, null, 2)}\n`
              : `pushed ${status.total_count} objects: ${status.success_count} accepted, ${status.failure_count} refused ` +
                  `(status ${status.id})\n` +
                  status.failures.map((f) => `  refused ${f.id}: ${f.message ?? ''}\n`).join(''),
          );
          if (status.failure_count > 0 && status.success_count === 0)
            throw new ForewarnError('delivery_failed', 'the server accepted none of the objects');
        },
      ),
    );

  taxii
    .command('serve')
    .description('serve the HTTP API with TAXII 2.1 under /taxii2/ over the local database')
    .option('--db <path>', DB_HELP)
    .option('--port <n>', 'port (0 picks a free one)', '8788')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--max-content-length <bytes>', 'largest POST body accepted', String(DEFAULT_MAX_CONTENT_LENGTH))
    .action(
      cliAction(
        'taxii serve',
        setStatus,
        async (opts: { db?: string; port: string; host: string; maxContentLength: string }) => {
          if (!/^\d+$/.test(opts.port) || Number(opts.port) > 65535)
            throw new ForewarnError('bad_request', `--port must be 0-65535, got "${opts.port}"`);
          const maxContentLength = positiveInt('--max-content-length', opts.maxContentLength);
          const path = resolveDatabasePath(opts.db);
          const store = await openStore({ path });
          const share = await shareStoreOn(store);
          const app = buildServer({
            store,
            logger: { level: 'warn' },
            taxii: { share, ...(maxContentLength ? { maxContentLength } : {}) },
          });
          try {
            await app.listen({ host: opts.host, port: Number(opts.port) });
            const address = app.server.address();
            const port = typeof address === 'object' && address ? address.port : opts.port;
            const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
            process.stdout.write(
              `TAXII 2.1 at http://${host}:${port}/taxii2/ (database ${path})\nPress Ctrl+C to stop.\n`,
            );
            await new Promise<void>((resolve) => {
              const stop = () => {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
                resolve();
              };
              process.on('SIGINT', stop);
              process.on('SIGTERM', stop);
            });
          } finally {
            await app.close();
            await share.close();
            await store.close();
          }
        },
      ),
    );
}
