/**
 * Persistence of the warning workflow: its tables live in the same SQLite
 * file as the main store, created by their own Kysely Migrator with its own
 * bookkeeping tables (`warn_migration`, `warn_migration_lock`) so the two
 * migration histories never collide. Migrations are defined in code and,
 * once released, never edited.
 *
 * Public surface: `openWarningService({ path, ... })` (opens the file, WAL,
 * migrates, returns a `WarningService` that closes the file with it),
 * `createWarningService(db, options)` (on a Kysely the caller owns),
 * `migrateWarnings(db)`, `WARN_MIGRATIONS`, `WarnSchema` (table types).
 */
import { Kysely, type Migration, SqliteDialect, sql } from 'kysely';
import { migrateLocked, openSqliteFile, storageError } from './db.js';
import { WarningService, type WarningServiceOptions } from './service.js';

export interface WarnSchema {
  warn_users: {
    id: string;
    username: string;
    display_name: string | null;
    role: string;
    password_hash: string;
    disabled: number;
    created_at: string;
    updated_at: string;
  };
  warn_tokens: {
    id: string;
    user_id: string;
    name: string;
    hash: string;
    created_at: string;
    expires_at: string | null;
    revoked_at: string | null;
  };
  warn_sessions: { id: string; hash: string; user_id: string; created_at: string; expires_at: string };
  warn_partners: {
    id: string;
    name: string;
    contact: string | null;
    token_hash: string;
    disabled: number;
    created_at: string;
  };
  warn_warnings: {
    id: string;
    state: string;
    tlp: string;
    origin: string;
    source_document: string | null;
    source_warning: string | null;
    created_by: string;
    created_at: string;
    updated_at: string;
    version: number;
    data: string;
  };
  warn_deliveries: {
    id: string;
    warning_id: string;
    channel: string;
    target: string | null;
    partner_id: string | null;
    message: string;
    notes: string | null;
    delivered_by: string;
    delivered_at: string;
    ack_token_hash: string;
    ack_token_used_at: string | null;
    acknowledged_at: string | null;
    acknowledged_by: string | null;
    ack_message: string | null;
  };
  warn_audit: {
    seq: number;
    at: string;
    actor: string;
    action: string;
    subject_type: string;
    subject_id: string;
    changes: string;
    prev_hash: string;
    hash: string;
  };
  warn_audit_head: { id: number; seq: number; hash: string };
}

async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

const initial: Migration = {
  async up(db) {
    await run(db, [
      `CREATE TABLE warn_users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT,
        role TEXT NOT NULL CHECK (role IN ('analyst', 'approver', 'administrator')),
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      // Only sha-256 of tokens, session ids and link tokens is kept: a copy of
      // the file yields no working credential.
      `CREATE TABLE warn_tokens (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES warn_users (id),
        name TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
      )`,
      `CREATE TABLE warn_sessions (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES warn_users (id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      )`,
      `CREATE TABLE warn_partners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        contact TEXT,
        token_hash TEXT NOT NULL UNIQUE,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      )`,
      // The record is kept whole as JSON (it is what is audited and exported);
      // the columns beside it are what lists filter on.
      `CREATE TABLE warn_warnings (
        id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        tlp TEXT NOT NULL,
        origin TEXT NOT NULL,
        source_document TEXT,
        source_warning TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (source_document, source_warning)
      )`,
      'CREATE INDEX warn_warnings_state ON warn_warnings (state, updated_at)',
      `CREATE TABLE warn_deliveries (
        id TEXT PRIMARY KEY,
        warning_id TEXT NOT NULL REFERENCES warn_warnings (id),
        channel TEXT NOT NULL CHECK (channel IN ('taxii', 'webhook', 'email', 'manual')),
        target TEXT,
        partner_id TEXT REFERENCES warn_partners (id),
        message TEXT NOT NULL,
        notes TEXT,
        delivered_by TEXT NOT NULL,
        delivered_at TEXT NOT NULL,
        ack_token_hash TEXT NOT NULL UNIQUE,
        ack_token_used_at TEXT,
        acknowledged_at TEXT,
        acknowledged_by TEXT,
        ack_message TEXT
      )`,
      'CREATE INDEX warn_deliveries_warning ON warn_deliveries (warning_id)',
      `CREATE TABLE warn_audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject_type TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        changes TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`,
      'CREATE INDEX warn_audit_subject ON warn_audit (subject_type, subject_id)',
      `CREATE TABLE warn_audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      )`,
      // Append-only by construction; the hash chain catches whoever drops these.
      `CREATE TRIGGER warn_audit_no_update BEFORE UPDATE ON warn_audit
        BEGIN SELECT RAISE(ABORT, 'warn_audit is append-only'); END`,
      `CREATE TRIGGER warn_audit_no_delete BEFORE DELETE ON warn_audit
        BEGIN SELECT RAISE(ABORT, 'warn_audit is append-only'); END`,
    ]);
  },
};

export const WARN_MIGRATIONS: Record<string, Migration> = { '0001_warn_initial': initial };
export const WARN_LATEST_MIGRATION = '0001_warn_initial';
const MIGRATION_TABLE = 'warn_migration';
const MIGRATION_LOCK_TABLE = 'warn_migration_lock';

/** Brings the warning tables up to date; all or nothing, serialised against other processes. */
export async function migrateWarnings(db: Kysely<WarnSchema>): Promise<void> {
  const done = await sql<{
    name: string;
  }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${MIGRATION_TABLE}`
    .execute(db)
    .then(async (r) =>
      r.rows.length === 0
        ? null
        : (await sql<{ name: string }>`SELECT name FROM warn_migration ORDER BY name DESC LIMIT 1`.execute(db)).rows[0]
            ?.name,
    );
  if (done === WARN_LATEST_MIGRATION) return;
  await migrateLocked(db, WARN_MIGRATIONS, {
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
}

/**
 * The service on a Kysely (SQLite dialect) the caller owns: migrates, then
 * serves; closing the service leaves `db` open. In a process that also has
 * the main store open, pass the store's own Kysely: one Kysely instance
 * serialises its transactions, while two connections to one file in one
 * process can wait on each other with the event loop blocked (better-sqlite3
 * waits for locks synchronously).
 */
export async function createWarningService<DB>(
  shared: Kysely<DB>,
  options: WarningServiceOptions = {},
): Promise<WarningService> {
  // Only the warn_* tables are touched; the caller's schema type is irrelevant here.
  const db = shared as unknown as Kysely<WarnSchema>;
  try {
    const serialise = options.serialiseWrites ?? ((work) => work());
    await serialise(() => migrateWarnings(db));
  } catch (e) {
    throw storageError(e, 'cannot prepare the warning tables');
  }
  return new WarningService(db, options);
}

export interface OpenWarningServiceOptions extends WarningServiceOptions {
  /** the SQLite file of the main store (created when missing); ':memory:' for a throwaway one */
  path: string;
}

/** Opens the database file (WAL, busy timeout, foreign keys) and returns the service; `close()` closes the file. */
export async function openWarningService(options: OpenWarningServiceOptions): Promise<WarningService> {
  const { path, ...rest } = options;
  const raw = await openSqliteFile(path, 100);
  const db = new Kysely<WarnSchema>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    return await createWarningService(db, { ...rest, onClose: () => db.destroy() });
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw e;
  }
}
