/**
 * The embedded store: SQLite through better-sqlite3, queried with Kysely so
 * a PostgreSQL store can reuse the same query shapes. One file holds the
 * documents, their extraction JSON, one row per extracted item (with the
 * columns the port's filters need) and FTS5 indexes over documents and
 * claims.
 *
 * Public surface: `openSqliteStore(options)` → `SqliteStore` (implements
 * `Store`), `sharedConnectionOf(store)`, `documentIdForHash`, `hashText`, `DEFAULT_PAGE_LIMIT`,
 * `MAX_PAGE_LIMIT`.
 *
 * Durability: WAL journal, every document written in one immediate
 * transaction (a killed process leaves either the whole document or none),
 * busy timeout so a reader and a writer in two processes wait instead of fail.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type Generated, type Insertable, Kysely, Migrator, type SelectQueryBuilder, SqliteDialect, sql } from 'kysely';
import { ForewarnError, isForewarnError } from '../errors.js';
import type { Claim, Entity, Event, Extraction, Warning } from '../extract/contract.js';
import type { SourceDocument } from '../ingest/read.js';
import { ensureDirectory } from './dirs.js';
import { dateBounds, dateRange, toFtsQuery } from './fts.js';
import { LATEST_MIGRATION, migrationProvider } from './migrations.js';
import type {
  AddResult,
  ClaimQuery,
  DocumentQuery,
  DocumentSummary,
  DocumentWithExtraction,
  EntityQuery,
  EventQuery,
  Located,
  Page,
  PageRequest,
  Store,
  StoredDocument,
} from './port.js';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 1000;
/** How long a writer waits for another process's lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

interface DocumentsTable {
  seq: Generated<number>;
  id: string;
  hash: string;
  origin: string;
  media_type: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  language: string;
  length: number;
  text: string;
  ingested_at: string;
  n_entities: number;
  n_events: number;
  n_claims: number;
  n_warnings: number;
}

interface ItemColumns {
  seq: Generated<number>;
  document_id: string;
  ordinal: number;
  item_id: string;
  /** the item's contract JSON, returned as is */
  data: string;
}

interface EntitiesTable extends ItemColumns {
  name: string;
  type: string;
  aliases: string;
  mentions: string;
}

interface EventsTable extends ItemColumns {
  type: string;
  subtype: string | null;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  location: string | null;
  actors: string;
  evidence_start: number;
  evidence_end: number;
}

interface ClaimsTable extends ItemColumns {
  content: string;
  speaker: string;
  speaker_name: string;
  speaker_entity: string | null;
  anonymous: number;
  polarity: string;
  quote: string;
  hedged: number;
  content_start: number;
  content_end: number;
}

interface WarningsTable extends ItemColumns {
  issuer: string | null;
  recipient: string | null;
  issued: string | null;
  evidence_start: number;
  evidence_end: number;
}

interface Schema {
  documents: DocumentsTable;
  extractions: { document_id: string; schema: string; json: string };
  entities: EntitiesTable;
  entity_names: { entity_seq: number; name_key: string };
  events: EventsTable;
  event_names: { event_seq: number; name_key: string };
  claims: ClaimsTable;
  claim_names: { claim_seq: number; name_key: string };
  warnings: WarningsTable;
}

export interface SqliteStoreOptions {
  /** database file; ':memory:' for a throwaway store */
  path: string;
}

/** sha-256 of the UTF-8 text, hex. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The public document id for a content hash: same text, same id, on every machine. */
export function documentIdForHash(hash: string): string {
  return `doc_${hash.slice(0, 16)}`;
}

/** Name keys match case-insensitively beyond ASCII, which SQLite's NOCASE does not. */
const nameKey = (name: string): string => name.normalize('NFKC').toLowerCase().trim();

function storageError(e: unknown, doing: string): ForewarnError {
  if (isForewarnError(e)) return e;
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  return new ForewarnError('storage_failure', `${doing}: ${message}`, typeof code === 'string' ? { sqlite: code } : {});
}

function pageOf(request: PageRequest): { limit: number; offset: number } {
  const check = (name: string, value: number | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < 0) {
      throw new ForewarnError('bad_request', `${name} must be a non-negative integer, got ${value}`);
    }
    return value;
  };
  return {
    limit: Math.min(check('limit', request.limit, DEFAULT_PAGE_LIMIT), MAX_PAGE_LIMIT),
    offset: check('offset', request.offset, 0),
  };
}

/** The names an entity answers to: its name and aliases, as keys. */
function namesOf(entity: Entity | undefined): string[] {
  if (!entity) return [];
  return [entity.name, ...entity.aliases].map(nameKey).filter((k) => k.length > 0);
}

/**
 * better-sqlite3 blocks the thread while it waits for a lock, so two stores
 * on one file in one process would deadlock (the holder cannot run while the
 * waiter spins). Writes are therefore queued per file within the process;
 * other processes are kept in order by SQLite's own locking.
 */
const writeQueues = new Map<string, Promise<unknown>>();
async function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  writeQueues.set(key, settled);
  try {
    return await run;
  } finally {
    if (writeQueues.get(key) === settled) writeQueues.delete(key);
  }
}

const within = (inner: [number, number], outer: [number, number]): boolean =>
  inner[0] >= outer[0] && inner[1] <= outer[1];

export class SqliteStore implements Store {
  readonly path: string;
  /** per-file key for the in-process write queue; a private key for ':memory:' */
  readonly #lockKey: string;
  readonly #db: Kysely<Schema>;
  readonly #raw: Database.Database;
  #closed = false;

  private constructor(path: string, raw: Database.Database) {
    this.path = path;
    this.#lockKey = path === ':memory:' || path === '' ? `memory:${Math.random()}` : resolve(path);
    this.#raw = raw;
    this.#db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: raw }) });
  }

  static async open(options: SqliteStoreOptions): Promise<SqliteStore> {
    const path = options.path;
    let raw: Database.Database;
    try {
      if (path !== ':memory:' && path !== '') ensureDirectory(dirname(path));
      raw = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      raw.pragma('foreign_keys = ON');
      // WAL lets the API read while an ingest writes; NORMAL sync is safe in
      // WAL against process death (only an OS crash may lose the last commits).
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = NORMAL');
    } catch (e) {
      throw storageError(e, `cannot open database ${path}`);
    }
    const store = new SqliteStore(path, raw);
    try {
      await store.#migrate();
    } catch (e) {
      await store.close();
      throw storageError(e, `cannot prepare database ${path}`);
    }
    return store;
  }

  /**
   * The store's own Kysely and its per-file write queue, for a service that
   * keeps its tables in the same file (the warning workflow, fusion, the TAXII share store): sharing both
   * keeps its transactions and the store's on one connection, one at a
   * time, instead of two connections waiting on each other's lock.
   */
  sharedConnection(): SharedConnection {
    this.#assertOpen();
    return {
      db: this.#db as unknown as Kysely<unknown>,
      raw: this.#raw,
      serialise: (work) => serialised(this.#lockKey, work),
    };
  }

  /** The SQLite journal mode in effect (tests check it is 'wal'). */
  journalMode(): string {
    return String(this.#raw.pragma('journal_mode', { simple: true }));
  }

  async #latestApplied(): Promise<string | null> {
    const exists = this.#raw
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    if (!exists) return null;
    const row = this.#raw.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').get() as
      | { name: string }
      | undefined;
    return row?.name ?? null;
  }

  async #migrate(): Promise<void> {
    // Opening an up-to-date database takes no write lock, so opening it for
    // reading while another process ingests never waits.
    const applied = await this.#latestApplied();
    if (applied === LATEST_MIGRATION) return;
    if (applied !== null && applied > LATEST_MIGRATION) {
      throw new ForewarnError(
        'storage_failure',
        `the database has schema ${applied}, newer than this Forewarn knows (${LATEST_MIGRATION}): upgrade Forewarn`,
      );
    }
    // SQLite DDL is transactional even though Kysely's adapter does not claim
    // it: an immediate transaction around the Migrator makes a migration
    // all-or-nothing and serialises two processes opening a new file at once.
    await serialised(this.#lockKey, () =>
      this.#db.connection().execute(async (conn) => {
        await sql`BEGIN IMMEDIATE`.execute(conn);
        try {
          const { error } = await new Migrator({ db: conn, provider: migrationProvider }).migrateToLatest();
          if (error) throw error;
          await sql`COMMIT`.execute(conn);
        } catch (e) {
          await sql`ROLLBACK`.execute(conn).catch(() => undefined);
          throw e;
        }
      }),
    );
  }

  async findByText(text: string): Promise<string | null> {
    this.#assertOpen();
    const row = await this.#db
      .selectFrom('documents')
      .select('id')
      .where('hash', '=', hashText(text))
      .executeTakeFirst()
      .catch((e) => {
        throw storageError(e, 'findByText');
      });
    return row?.id ?? null;
  }

  async addDocument(doc: SourceDocument, extraction: Extraction): Promise<AddResult> {
    this.#assertOpen();
    const hash = hashText(doc.text);
    const id = documentIdForHash(hash);
    try {
      return await serialised(this.#lockKey, () =>
        this.#db.connection().execute(async (conn) => {
          // IMMEDIATE takes the write lock up front: a deferred transaction that
          // reads then writes can fail at once under WAL instead of waiting.
          await sql`BEGIN IMMEDIATE`.execute(conn);
          try {
            const existing = await conn
              .selectFrom('documents')
              .select('id')
              .where('hash', '=', hash)
              .executeTakeFirst();
            if (existing) {
              await sql`ROLLBACK`.execute(conn);
              return { id: existing.id, created: false };
            }
            await writeDocument(conn, id, hash, doc, extraction);
            await sql`COMMIT`.execute(conn);
            return { id, created: true };
          } catch (e) {
            await sql`ROLLBACK`.execute(conn).catch(() => undefined);
            throw e;
          }
        }),
      );
    } catch (e) {
      throw storageError(e, `cannot store ${doc.origin}`);
    }
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    this.#assertOpen();
    return this.#guard('getDocument', async () => {
      const row = await this.#db
        .selectFrom('documents')
        .innerJoin('extractions', 'extractions.document_id', 'documents.id')
        .selectAll('documents')
        .select('extractions.json')
        .where('documents.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return { ...summaryOf(row), text: row.text, extraction: JSON.parse(row.json) as Extraction };
    });
  }

  async getExtractions(ids: readonly string[]): Promise<DocumentWithExtraction[]> {
    this.#assertOpen();
    if (ids.length === 0) return [];
    return this.#guard('getExtractions', async () => {
      const rows = await this.#db
        .selectFrom('documents')
        .innerJoin('extractions', 'extractions.document_id', 'documents.id')
        .select(SUMMARY_COLUMNS)
        .select('extractions.json')
        .where('documents.id', 'in', [...ids])
        .execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ ...summaryOf(row), extraction: JSON.parse(row.json) as Extraction }] : [];
      });
    });
  }

  async listDocuments(query: DocumentQuery = {}): Promise<Page<DocumentSummary>> {
    this.#assertOpen();
    const { limit, offset } = pageOf(query);
    return this.#guard('listDocuments', async () => {
      if (query.q !== undefined && query.q.trim() !== '') {
        const match = toFtsQuery(query.q);
        if (match === null) return { items: [], total: 0 };
        const base = this.#db
          .selectFrom('documents')
          .innerJoin(sql<{ rowid: number }>`documents_fts`.as('f'), (j) => j.onRef('f.rowid', '=', 'documents.seq'))
          .where(sql<boolean>`documents_fts MATCH ${match}`);
        const total = await countOf(base);
        const rows = await base
          .selectAll('documents')
          .orderBy(sql`bm25(documents_fts, 5.0, 1.0)`)
          .orderBy('documents.seq', 'desc')
          .limit(limit)
          .offset(offset)
          .execute();
        return { items: rows.map(summaryOf), total };
      }
      const base = this.#db.selectFrom('documents');
      const total = await countOf(base);
      const rows = await base.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute();
      return { items: rows.map(summaryOf), total };
    });
  }

  async listEntities(query: EntityQuery = {}): Promise<Page<Located<Entity>>> {
    this.#assertOpen();
    const { limit, offset } = pageOf(query);
    return this.#guard('listEntities', async () => {
      let base = this.#db.selectFrom('entities').innerJoin('documents', 'documents.id', 'entities.document_id');
      if (query.type) base = base.where('entities.type', '=', query.type);
      if (query.document) base = base.where('entities.document_id', '=', query.document);
      if (query.q !== undefined && query.q.trim() !== '') {
        const pattern = `%${escapeLike(nameKey(query.q))}%`;
        base = base.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('entity_names')
              .select(sql`1`.as('one'))
              .whereRef('entity_names.entity_seq', '=', 'entities.seq')
              .where(sql<boolean>`entity_names.name_key LIKE ${pattern} ESCAPE '\\'`),
          ),
        );
      }
      return this.#page(base, 'entities', limit, offset);
    });
  }

  async listEvents(query: EventQuery = {}): Promise<Page<Located<Event>>> {
    this.#assertOpen();
    const { limit, offset } = pageOf(query);
    const { start, end } = dateBounds(query.from, query.to);
    return this.#guard('listEvents', async () => {
      let base = this.#db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.document_id');
      if (query.type) base = base.where('events.type', '=', query.type);
      if (query.document) base = base.where('events.document_id', '=', query.document);
      // An event matches when the period its date covers overlaps the bounds.
      if (start) base = base.where('events.date_end', '>=', start);
      if (end) base = base.where('events.date_start', '<=', end);
      if (query.entity !== undefined && query.entity.trim() !== '') {
        const key = nameKey(query.entity);
        base = base.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('event_names')
              .select(sql`1`.as('one'))
              .whereRef('event_names.event_seq', '=', 'events.seq')
              .where('event_names.name_key', '=', key),
          ),
        );
      }
      return this.#page(base, 'events', limit, offset);
    });
  }

  async listClaims(query: ClaimQuery = {}): Promise<Page<Located<Claim>>> {
    this.#assertOpen();
    const { limit, offset } = pageOf(query);
    const { start, end } = dateBounds(query.from, query.to);
    return this.#guard('listClaims', async () => {
      let base = this.#db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id');
      if (query.polarity) base = base.where('claims.polarity', '=', query.polarity);
      if (query.document) base = base.where('claims.document_id', '=', query.document);
      if (start) base = base.where('documents.published', '>=', start);
      if (end) base = base.where('documents.published', '<=', end);
      const matches: string[] = [];
      for (const [value, columns] of [
        [query.q, null],
        [query.speaker, '{speaker speaker_name}'],
      ] as const) {
        if (value === undefined || value.trim() === '') continue;
        const match = toFtsQuery(value);
        if (match === null) return { items: [], total: 0 };
        matches.push(columns ? `${columns} : (${match})` : `(${match})`);
      }
      if (matches.length > 0) {
        const match = matches.join(' AND ');
        base = base.where(
          'claims.seq',
          'in',
          sql<number>`(SELECT rowid FROM claims_fts WHERE claims_fts MATCH ${match})`,
        );
      }
      if (query.entity !== undefined && query.entity.trim() !== '') {
        const key = nameKey(query.entity);
        base = base.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('claim_names')
              .select(sql`1`.as('one'))
              .whereRef('claim_names.claim_seq', '=', 'claims.seq')
              .where('claim_names.name_key', '=', key),
          ),
        );
      }
      return this.#page(base, 'claims', limit, offset);
    });
  }

  async listWarnings(query: PageRequest & { document?: string } = {}): Promise<Page<Located<Warning>>> {
    this.#assertOpen();
    const { limit, offset } = pageOf(query);
    return this.#guard('listWarnings', async () => {
      let base = this.#db.selectFrom('warnings').innerJoin('documents', 'documents.id', 'warnings.document_id');
      if (query.document) base = base.where('warnings.document_id', '=', query.document);
      return this.#page(base, 'warnings', limit, offset);
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.destroy();
  }

  /** Items newest document first, then in extraction order within a document. */
  async #page<T, Table extends 'entities' | 'events' | 'claims' | 'warnings'>(
    base: SelectQueryBuilder<Schema, Table | 'documents', object>,
    table: Table,
    limit: number,
    offset: number,
  ): Promise<Page<Located<T>>> {
    const total = await countOf(base);
    const rows = (await base
      .select([
        sql<string>`${sql.ref(`${table}.data`)}`.as('data'),
        sql<string>`${sql.ref(`${table}.document_id`)}`.as('document_id'),
        sql<string | null>`documents.published`.as('published'),
      ])
      .orderBy(sql`documents.seq DESC, ${sql.ref(`${table}.ordinal`)}`)
      .limit(limit)
      .offset(offset)
      .execute()) as unknown as { data: string; document_id: string; published: string | null }[];
    return {
      items: rows.map((r) => ({ ...(JSON.parse(r.data) as T), document: r.document_id, published: r.published })),
      total,
    };
  }

  async #guard<T>(doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw storageError(e, doing);
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new ForewarnError('storage_failure', 'the store is closed');
  }
}

async function countOf<DB, TB extends keyof DB>(base: SelectQueryBuilder<DB, TB, object>): Promise<number> {
  const row = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number((row as { n: number }).n);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The columns a summary is made of: all but the text, which can be long. */
const SUMMARY_COLUMNS = [
  'documents.id',
  'documents.hash',
  'documents.title',
  'documents.published',
  'documents.outlet',
  'documents.origin',
  'documents.media_type',
  'documents.language',
  'documents.length',
  'documents.ingested_at',
  'documents.n_entities',
  'documents.n_events',
  'documents.n_claims',
  'documents.n_warnings',
] as const;

function summaryOf(row: Omit<DocumentsTable, 'seq' | 'text'>): DocumentSummary {
  return {
    id: row.id,
    hash: row.hash,
    title: row.title,
    published: row.published,
    outlet: row.outlet,
    origin: row.origin,
    mediaType: row.media_type,
    language: row.language,
    length: row.length,
    ingestedAt: row.ingested_at,
    counts: { entities: row.n_entities, events: row.n_events, claims: row.n_claims, warnings: row.n_warnings },
  };
}

async function writeDocument(
  db: Kysely<Schema>,
  id: string,
  hash: string,
  doc: SourceDocument,
  extraction: Extraction,
): Promise<void> {
  // The store's id is the document's identity; the extraction is stored
  // under it, without the optional copy of the text (kept once, in documents).
  const { text: _text, ...rest } = extraction;
  const stored: Extraction = { ...rest, document: { ...extraction.document, id } };
  const published = doc.published ?? extraction.document.published ?? null;
  await db
    .insertInto('documents')
    .values({
      id,
      hash,
      origin: doc.origin,
      media_type: doc.mediaType,
      title: doc.title ?? extraction.document.title ?? null,
      published,
      outlet: doc.outlet,
      language: extraction.document.language,
      length: doc.text.length,
      text: doc.text,
      ingested_at: new Date().toISOString(),
      n_entities: extraction.entities.length,
      n_events: extraction.events.length,
      n_claims: extraction.claims.length,
      n_warnings: extraction.warnings.length,
    })
    .execute();
  await db
    .insertInto('extractions')
    .values({ document_id: id, schema: extraction.schema, json: JSON.stringify(stored) })
    .execute();

  const entityById = new Map(extraction.entities.map((e) => [e.id, e]));

  // One multi-row statement per table (not one per item): the per-statement
  // cost, not SQLite, dominates a document's write time.
  const entitySeqs = await insertRows(
    db,
    'entities',
    extraction.entities.map((entity, ordinal) => ({
      document_id: id,
      ordinal,
      item_id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: JSON.stringify(entity.aliases),
      mentions: JSON.stringify(entity.mentions),
      data: JSON.stringify(entity),
    })),
  );
  await insertNames(
    db,
    'entity_names',
    'entity_seq',
    extraction.entities.flatMap((entity) => namesOf(entity).map((key) => [seqOf(entitySeqs, entity.id), key] as const)),
  );

  const eventSeqs = await insertRows(
    db,
    'events',
    extraction.events.map((event, ordinal) => {
      const range = dateRange(event.date);
      return {
        document_id: id,
        ordinal,
        item_id: event.id,
        type: event.type,
        subtype: event.subtype ?? null,
        date: event.date,
        date_start: range?.[0] ?? null,
        date_end: range?.[1] ?? null,
        location: event.location,
        actors: JSON.stringify(event.actors),
        evidence_start: event.evidence[0],
        evidence_end: event.evidence[1],
        data: JSON.stringify(event),
      };
    }),
  );
  await insertNames(
    db,
    'event_names',
    'event_seq',
    extraction.events.flatMap((event) => {
      const involved = [event.location, ...event.actors, ...(event.targets ?? [])].filter((x): x is string => !!x);
      const seq = seqOf(eventSeqs, event.id);
      return involved.flatMap((e) => namesOf(entityById.get(e))).map((key) => [seq, key] as const);
    }),
  );

  const speakerOf = (claim: Claim) => (claim.speaker.entity ? entityById.get(claim.speaker.entity) : undefined);
  const claimSeqs = await insertRows(
    db,
    'claims',
    extraction.claims.map((claim, ordinal) => {
      const speaker = speakerOf(claim);
      return {
        document_id: id,
        ordinal,
        item_id: claim.id,
        content: claim.content.text,
        speaker: claim.speaker.text,
        speaker_name: speaker ? [speaker.name, ...speaker.aliases].join(' ') : '',
        speaker_entity: claim.speaker.entity,
        anonymous: claim.speaker.anonymous ? 1 : 0,
        polarity: claim.polarity,
        quote: claim.quote,
        hedged: claim.hedged ? 1 : 0,
        content_start: claim.content.span[0],
        content_end: claim.content.span[1],
        data: JSON.stringify(claim),
      };
    }),
  );
  await insertNames(
    db,
    'claim_names',
    'claim_seq',
    extraction.claims.flatMap((claim) => {
      // The entities a claim concerns: its speaker and every entity mentioned
      // inside its content span.
      const mentioned = extraction.entities.filter((e) => e.mentions.some((m) => within(m, claim.content.span)));
      const seq = seqOf(claimSeqs, claim.id);
      return [...namesOf(speakerOf(claim)), ...mentioned.flatMap((e) => namesOf(e))].map((key) => [seq, key] as const);
    }),
  );

  await insertRows(
    db,
    'warnings',
    extraction.warnings.map((warning, ordinal) => ({
      document_id: id,
      ordinal,
      item_id: warning.id,
      issuer: warning.issuer,
      recipient: warning.recipient,
      issued: warning.issued,
      evidence_start: warning.evidence[0],
      evidence_end: warning.evidence[1],
      data: JSON.stringify(warning),
    })),
  );
}

/** Rows per INSERT: far below SQLite's bound-parameter limit for the widest table (14 columns). */
const ROWS_PER_INSERT = 500;

type ItemTable = 'entities' | 'events' | 'claims' | 'warnings';

/** Inserts item rows in a few multi-row statements; returns each item id's new `seq`. */
async function insertRows<T extends ItemTable>(
  db: Kysely<Schema>,
  table: T,
  rows: Insertable<Schema[T]>[],
): Promise<Map<string, number>> {
  const seqs = new Map<string, number>();
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    // RETURNING order is not guaranteed, so each seq is matched by its item id
    // (unique within a document).
    const returned = (await db
      .insertInto(table)
      .values(chunk as never)
      .returning(['seq', 'item_id'] as never)
      .execute()) as unknown as { seq: number; item_id: string }[];
    for (const r of returned) seqs.set(r.item_id, r.seq);
  }
  return seqs;
}

function seqOf(seqs: Map<string, number>, itemId: string): number {
  const seq = seqs.get(itemId);
  if (seq === undefined) throw new ForewarnError('storage_failure', `item ${itemId} was not stored`);
  return seq;
}

async function insertNames(
  db: Kysely<Schema>,
  table: 'entity_names' | 'event_names' | 'claim_names',
  column: 'entity_seq' | 'event_seq' | 'claim_seq',
  pairs: (readonly [number, string])[],
): Promise<void> {
  const unique = [...new Map(pairs.map(([seq, key]) => [`${seq}\u0000${key}`, [seq, key] as const])).values()];
  for (let i = 0; i < unique.length; i += ROWS_PER_INSERT) {
    const chunk = unique.slice(i, i + ROWS_PER_INSERT);
    await sql`INSERT INTO ${sql.table(table)} (${sql.ref(column)}, name_key) VALUES ${sql.join(
      chunk.map(([seq, key]) => sql`(${seq}, ${key})`),
    )}`.execute(db);
  }
}

export interface SharedConnection {
  db: Kysely<unknown>;
  /** the same connection as better-sqlite3, for synchronous statements (run writes inside `serialise`) */
  raw: Database.Database;
  /** runs `work` in the store's in-process write queue for its file */
  serialise: <T>(work: () => Promise<T>) => Promise<T>;
}

/** The shared connection of a SQLite store; null for any other backend. */
export function sharedConnectionOf(store: Store): SharedConnection | null {
  return store instanceof SqliteStore ? store.sharedConnection() : null;
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  return SqliteStore.open(options);
}
