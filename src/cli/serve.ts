/**
 * `forewarn serve`: the HTTP API and web page over the local database, bound
 * to 127.0.0.1 unless told. Multi-user by default (sign-in or API tokens for
 * every /api route); `--local` is single-user mode for one analyst on this
 * machine (see src/api/auth.ts), the mode `npm start` uses. The warning
 * service runs on the store's own connection.
 *
 * Public surface: `registerServe(program, setStatus)`, `serveStore(options)`
 * (also used by `npm start`), `parsePort(value)`, `DEFAULT_PORT`, `DEFAULT_HOST`.
 */
import type { Command } from 'commander';
import type { ServerMode } from '../api/auth.js';
import { buildServer } from '../api/server.js';
import { ForewarnError, isForewarnError } from '../errors.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/port.js';
import { resolveDatabasePath } from './options.js';
import { localPrincipal, serviceOnStore } from './services.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export function parsePort(value: string | undefined, fallback = DEFAULT_PORT): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n > 65535) {
    throw new ForewarnError('bad_request', `port must be an integer from 0 to 65535, got "${value}"`);
  }
  return n;
}

export interface ServeOptions {
  store: Store;
  host: string;
  port: number;
  /** 'local' (single-user, no sign-in on this machine) or 'multi-user'; default 'multi-user' */
  mode?: ServerMode;
  /** lines printed after the URL (e.g. what data is being served) */
  notes?: string[];
  out?: NodeJS.WritableStream;
}

/**
 * Listens until SIGINT or SIGTERM, then stops accepting requests, lets
 * in-flight ones finish and closes the store, so the database is left
 * consistent. Resolves once everything is closed.
 */
export async function serveStore(options: ServeOptions): Promise<void> {
  const out = options.out ?? process.stdout;
  const mode = options.mode ?? 'multi-user';
  const warnings = await serviceOnStore(options.store);
  const app = buildServer({ store: options.store, logger: { level: 'warn' }, mode, warnings });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // an IPv6 literal needs brackets to be a URL
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  out.write(`Forewarn is serving at http://${host}:${port}/\n`);
  if (mode === 'local') {
    out.write(
      'Mode: LOCAL (single user). No sign-in: requests act as the local operator "local"; writes only from this ' +
        'machine; X-Forewarn-User: NAME acts as another local user (an author may not approve their own warning).\n',
    );
  } else {
    out.write('Mode: multi-user. Every /api request needs a session (POST /api/auth/login) or an API token.\n');
    if ((await warnings.listUsers(localPrincipal())).length === 0) {
      out.write('No accounts yet: create one with `forewarn user add NAME --role administrator`.\n');
    }
  }
  for (const note of options.notes ?? []) out.write(`${note}\n`);
  out.write('Press Ctrl+C to stop.\n');

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      out.write(`\n${signal}: shutting down\n`);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  try {
    await app.close();
  } finally {
    await warnings.close();
    await options.store.close();
  }
}

export function registerServe(program: Command, setStatus: (s: number) => void): void {
  program
    .command('serve')
    .description('serve the HTTP API and web page over the database (multi-user; --local for single-user mode)')
    .option('--db <path>', 'SQLite database file (default: $FOREWARN_DB, else forewarn.db in the user data folder)')
    .option('--port <n>', `port to listen on (default: $PORT, else ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <host>', 'interface to bind (127.0.0.1: this machine only)', DEFAULT_HOST)
    .option('--local', 'single-user local mode: no sign-in from this machine (what `npm start` uses)')
    .action(async (opts: { db?: string; port?: string; host: string; local?: boolean }) => {
      let store: Store | undefined;
      try {
        const port = opts.port !== undefined ? parsePort(opts.port) : parsePort(process.env.PORT);
        const path = resolveDatabasePath(opts.db);
        store = await openStore({ path });
        const notes = [`Database: ${path}`];
        if (opts.local) notes.push('Local single-user mode: anyone who can reach this address can read the data.');
        if ((await store.listDocuments({ limit: 0 })).total === 0)
          notes.push(
            'The database is empty: add reports with `forewarn ingest FILES...` (or try `npm start` for the demo).',
          );
        if (opts.host !== DEFAULT_HOST && opts.host !== 'localhost')
          notes.push(`Warning: bound to ${opts.host}, so other machines may reach it.`);
        await serveStore({ store, host: opts.host, port, notes, mode: opts.local ? 'local' : 'multi-user' });
        setStatus(0);
      } catch (e) {
        await store?.close().catch(() => undefined);
        const message = isForewarnError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
        process.stderr.write(`forewarn serve: ${message}\n`);
        setStatus(isForewarnError(e) && e.code === 'bad_request' ? 2 : 1);
      }
    });
}
