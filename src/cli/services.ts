/**
 * The shared plumbing of the commands that work on the warning workflow:
 * opening the store and the warning service on one connection
 * (`openWarningsAt`), the local principal (`localPrincipal`), reporting
 * errors (`reportError`), checking `--format` (`checkFormat`), and running a
 * command body with the service opened on demand and always closed
 * (`withWarnings`).
 *
 * Public surface: `localPrincipal`, `serviceOnStore`, `openWarningsAt`,
 * `OpenedWarnings`, `reportError`, `checkFormat`, `withWarnings`.
 */
import { userInfo } from 'node:os';
import { ForewarnError, isForewarnError } from '../errors.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/port.js';
import { sharedConnectionOf } from '../store/sqlite.js';
import { createWarningService, type Principal, systemPrincipal, type WarningService } from '../warn/index.js';
import { resolveDatabasePath } from './options.js';

/** The person at the keyboard, as the audit trail names them. */
export function localPrincipal(): Principal {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
  return systemPrincipal(name || 'unknown');
}

/** The warning service on the store's own connection (one connection, one write queue). */
export async function serviceOnStore(store: Store): Promise<WarningService> {
  const shared = sharedConnectionOf(store);
  if (!shared) throw new ForewarnError('storage_failure', 'the warning workflow needs the SQLite store');
  return createWarningService(shared.db, { serialiseWrites: shared.serialise });
}

/** The store and the warning service opened on one database file. */
export interface OpenedWarnings {
  path: string;
  store: Store;
  warnings: WarningService;
  close: () => Promise<void>;
}

export async function openWarningsAt(dbOption: string | undefined): Promise<OpenedWarnings> {
  const path = resolveDatabasePath(dbOption);
  const store = await openStore({ path });
  try {
    const warnings = await serviceOnStore(store);
    return {
      path,
      store,
      warnings,
      close: async () => {
        await warnings.close();
        await store.close();
      },
    };
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
}

/** Prints `forewarn CMD: code: message`; returns 2 for bad usage, 1 for anything else. */
export function reportError(command: string, e: unknown): number {
  const message = isForewarnError(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  process.stderr.write(`forewarn ${command}: ${message}\n`);
  return isForewarnError(e) && e.code === 'bad_request' ? 2 : 1;
}

/** Throws bad_request unless `--format` is one of `allowed`. */
export function checkFormat(value: string, allowed: string[]): string {
  if (!allowed.includes(value)) {
    throw new ForewarnError('bad_request', `--format must be ${allowed.join(' or ')}, got "${value}"`);
  }
  return value;
}

/**
 * Runs a command body that opens the warning service with `open(db)` when it
 * needs it (after its own checks): sets the status the body returns, or the
 * one `reportError` gives for what it throws, and closes what was opened.
 */
export async function withWarnings(
  command: string,
  setStatus: (s: number) => void,
  work: (open: (dbOption: string | undefined) => Promise<OpenedWarnings>) => Promise<number>,
): Promise<void> {
  let opened: OpenedWarnings | undefined;
  try {
    setStatus(
      await work(async (dbOption) => {
        opened = await openWarningsAt(dbOption);
        return opened;
      }),
    );
  } catch (e) {
    setStatus(reportError(command, e));
  } finally {
    await opened?.close();
  }
}
