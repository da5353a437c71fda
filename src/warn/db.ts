/**
 * Database helpers shared by the warning store and service: waiting for the
 * SQLite write lock without blocking the event loop, and mapping driver
 * errors to `storage_failure`.
 *
 * Public surface: `beginImmediate(conn)`, `storageError(e, doing)`,
 * `sleep(ms)`, `BUSY_TIMEOUT_MS`.
 */
import { type Kysely, sql } from 'kysely';
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

export function storageError(e: unknown, doing: string): ForewarnError {
  if (isForewarnError(e)) return e;
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  return new ForewarnError('storage_failure', `${doing}: ${message}`, typeof code === 'string' ? { sqlite: code } : {});
}
