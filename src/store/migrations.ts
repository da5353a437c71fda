/**
 * Versioned schema migrations, defined in code (not read from files at run
 * time) so they ship inside dist/ and run the same wherever the package is
 * installed. Applied by Kysely's Migrator in name order; a name, once
 * released, is never edited — later changes are new entries.
 *
 * Public surface: `MIGRATIONS` (a Kysely migration provider map),
 * `migrationProvider`, `LATEST_MIGRATION`.
 *
 * The statements stay close to portable SQL so a PostgreSQL store can follow;
 * the SQLite-only parts (FTS5 virtual tables and their sync triggers) are
 * isolated in their own statements.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

const initial: Migration = {
  async up(db) {
    await run(db, [
      // `seq` is the stable integer rowid the FTS index points at; `id` is the
      // public, content-derived id.
      `CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        media_type TEXT NOT NULL,
        title TEXT,
        published TEXT,
        outlet TEXT,
        language TEXT NOT NULL,
        length INTEGER NOT NULL,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        n_entities INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0,
        n_claims INTEGER NOT NULL DEFAULT 0,
        n_warnings INTEGER NOT NULL DEFAULT 0
      )`,
      'CREATE INDEX documents_published ON documents (published)',
      `CREATE TABLE extractions (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        schema TEXT NOT NULL,
        json TEXT NOT NULL
      )`,
      `CREATE TABLE entities (
        seq INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        mentions TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (document_id, item_id)
      )`,
      'CREATE INDEX entities_type ON entities (type)',
      // Lower-cased name and aliases of each entity: the key every "entity"
      // filter matches against.
      `CREATE TABLE entity_names (
        entity_seq INTEGER NOT NULL REFERENCES entities (seq) ON DELETE CASCADE,
        name_key TEXT NOT NULL,
        PRIMARY KEY (entity_seq, name_key)
      )`,
      'CREATE INDEX entity_names_key ON entity_names (name_key)',
      `CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        type TEXT NOT NULL,
        subtype TEXT,
        date TEXT,
        date_start TEXT,
        date_end TEXT,
        location TEXT,
        actors TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (document_id, item_id)
      )`,
      'CREATE INDEX events_type ON events (type)',
      'CREATE INDEX events_dates ON events (date_start, date_end)',
      // Names (and aliases) of the entities an event involves (location,
      // actors, targets), denormalised so the entity filter is one lookup.
      `CREATE TABLE event_names (
        event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
        name_key TEXT NOT NULL,
        PRIMARY KEY (event_seq, name_key)
      )`,
      'CREATE INDEX event_names_key ON event_names (name_key)',
      `CREATE TABLE claims (
        seq INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        content TEXT NOT NULL,
        speaker TEXT NOT NULL,
        speaker_name TEXT NOT NULL,
        speaker_entity TEXT,
        anonymous INTEGER NOT NULL,
        polarity TEXT NOT NULL,
        quote TEXT NOT NULL,
        hedged INTEGER NOT NULL,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (document_id, item_id)
      )`,
      'CREATE INDEX claims_polarity ON claims (polarity)',
      `CREATE TABLE claim_names (
        claim_seq INTEGER NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
        name_key TEXT NOT NULL,
        PRIMARY KEY (claim_seq, name_key)
      )`,
      'CREATE INDEX claim_names_key ON claim_names (name_key)',
      `CREATE TABLE warnings (
        seq INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        issuer TEXT,
        recipient TEXT,
        issued TEXT,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (document_id, item_id)
      )`,
      // SQLite only: full-text indexes as external-content FTS5 tables, kept
      // in sync by triggers so no writer can forget them.
      `CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
      )`,
      `CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END`,
      `CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
          VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
      END`,
      `CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
          VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END`,
      `CREATE VIRTUAL TABLE claims_fts USING fts5 (
        content, speaker, speaker_name, content='claims', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
      )`,
      `CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts (rowid, content, speaker, speaker_name)
          VALUES (new.seq, new.content, new.speaker, new.speaker_name);
      END`,
      `CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, content, speaker, speaker_name)
          VALUES ('delete', old.seq, old.content, old.speaker, old.speaker_name);
      END`,
      `CREATE TRIGGER claims_fts_update AFTER UPDATE OF content, speaker, speaker_name ON claims BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, content, speaker, speaker_name)
          VALUES ('delete', old.seq, old.content, old.speaker, old.speaker_name);
        INSERT INTO claims_fts (rowid, content, speaker, speaker_name)
          VALUES (new.seq, new.content, new.speaker, new.speaker_name);
      END`,
    ]);
  },
};

/**
 * Fusion across reports (src/store/fusion.ts): the append-only log of fusion
 * operations in the order they were applied — one `add` per stored document
 * (its extraction is read from `extractions` on replay), analysts' `merge`
 * and `split` with who and when — and occasional snapshots of the state so
 * opening a large store does not replay every report.
 */
const fusion: Migration = {
  async up(db) {
    await run(db, [
      `CREATE TABLE fusion_ops (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        document_id TEXT UNIQUE,
        document_seq INTEGER,
        op TEXT NOT NULL,
        actor TEXT,
        at TEXT NOT NULL
      )`,
      'CREATE INDEX fusion_ops_document_seq ON fusion_ops (document_seq)',
      `CREATE TABLE fusion_snapshots (
        seq INTEGER PRIMARY KEY,
        format TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      )`,
    ]);
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_fusion': fusion,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1) as string;

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
