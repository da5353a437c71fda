/**
 * Database helpers shared by the warning store and service (and the TAXII
 * share store): opening a SQLite file for async writers, waiting for the
 * SQLite write lock without blocking the event loop, and mapping driver
 * errors to `storage_failure`.
 *
 * Public surface: `openSqliteFile(path, walTries)`, `beginImmediate(conn)`,
 * `immediateTransaction(conn, work)`, `migrateLocked(db, migrations, tables)`,
 * `storageError(e, doing)`, `sleep(ms)`, `BUSY_TIMEOUT_MS`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { ForewarnError, isForewarnError } from '../errors.js';

/** How long a writer waits for another writer's lock before failing. */
export const BUSY_TIMEOUT_MS = 10_000;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * BEGIN IMMEDIATE, waiting for the write lock asynchronously. better-sqlite3
 * waits for a busy lock synchronously, blocking the event loop: when the lock
 * is held by another connection in the same process, midway through an async
 * transaction, that transaction can never finish and both fail after the
 * busy timeout. Retrying with timers lets it finish. (Works fully only when
 * this connection's busy_timeout is 0, as openWarningService sets it.)
 */
export async function beginImmediate<T>(conn: Kysely<T>, timeoutMs = BUSY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
    try {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      return;
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      if (code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw e;
      await sleep(wait);
    }
  }
}

/**
 * `work` in one transaction on `conn` begun with `beginImmediate` (the write
 * lock first): committed when it resolves, rolled back when it throws.
 */
export async function immediateTransaction<D, T>(conn: Kysely<D>, work: () => Promise<T>): Promise<T> {
  await beginImmediate(conn);
  try {
    const result = await work();
    await sql`COMMIT`.execute(conn);
    return result;
  } catch (e) {
    await sql`ROLLBACK`.execute(conn).catch(() => undefined);
    throw e;
  }
}

/** Kysely's migrations to the latest, in one immediate transaction on one connection of `db`. */
export async function migrateLocked<D>(
  db: Kysely<D>,
  migrations: Record<string, Migration>,
  tables: { migrationTableName: string; migrationLockTableName: string },
): Promise<void> {
  await db.connection().execute(async (conn) => {
    await immediateTransaction(conn, async () => {
      const { error } = await new Migrator({
        db: conn,
        provider: { getMigrations: async () => migrations },
        ...tables,
      }).migrateToLatest();
      if (error) throw error;
    });
  });
}

export function storageError(e: unknown, doing: string): ForewarnError {
  if (isForewarnError(e)) return e;
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  return new ForewarnError('storage_failure', `${doing}: ${message}`, typeof code === 'string' ? { sqlite: code } : {});
}

/**
 * Opens a SQLite file (its folder created when missing; ':memory:' or '' for
 * a throwaway one) with no synchronous busy wait (`beginImmediate` waits with
 * timers instead, so a writer on another connection in this process can
 * finish meanwhile), foreign keys on, WAL and synchronous NORMAL. Switching
 * to WAL needs a moment's exclusive access that another connection may hold:
 * it is retried up to `walTries` times, 20 ms apart. Failures are
 * `storage_failure`.
 */
export async function openSqliteFile(path: string, walTries: number): Promise<Database.Database> {
  try {
    if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path, { timeout: 0 });
    raw.pragma('busy_timeout = 0');
    raw.pragma('foreign_keys = ON');
    for (let tries = 0; ; tries++) {
      try {
        raw.pragma('journal_mode = WAL');
        break;
      } catch (e) {
        if ((e as { code?: unknown })?.code !== 'SQLITE_BUSY' || tries >= walTries) throw e;
        await sleep(20);
      }
    }
    raw.pragma('synchronous = NORMAL');
    return raw;
  } catch (e) {
    throw storageError(e, `cannot open database ${path}`);
  }
}
