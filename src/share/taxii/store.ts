/**
 * Persistence for controlled sharing: TAXII partners (with their
 * organisation and a hashed token), collections, per-partner read/write
 * grants, the STIX objects of each collection (every version, with its date
 * added, TLP level and audience), the status resources of POSTs, the state of
 * incremental pulls and the objects received from other servers.
 *
 * Why not src/warn's partners: those are recipients of duty-to-warn
 * deliveries (name, contact, ack token) and have no organisation, which TLP
 * AMBER and AMBER+STRICT need. TAXII partners live here, in `share_*` tables
 * of the same SQLite file; a warn partner and a TAXII partner of the same
 * name are two accounts.
 *
 * The tables are created by their own Kysely Migrator with its own
 * bookkeeping tables (`share_migration`, `share_migration_lock`). Queries are
 * synchronous better-sqlite3 statements, each write one synchronous
 * transaction: no transaction ever spans an event-loop turn. `shareStoreOn(store)`
 * works on the SQLite store's own connection (`sharedConnectionOf`), its writes
 * in the store's per-file write queue, as the warning workflow and fusion do,
 * so one process has one connection per file; `openShareStore({ path })` opens
 * a connection of its own for commands that open no store. A busy database
 * (another process) is retried with timers.
 *
 * Public surface: `openShareStore({ path })`, `shareStoreOn(store)` → `ShareStore`,
 * the record types, `SHARE_MIGRATIONS`, `hashToken`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { Kysely, type Migration, SqliteDialect, sql } from 'kysely';
import { ForewarnError } from '../../errors.js';
import type { Store } from '../../store/port.js';
import { sharedConnectionOf } from '../../store/sqlite.js';
import { migrateLocked, openSqliteFile, sleep, storageError } from '../../warn/db.js';
import type { StixImport } from '../stix/import.js';
import type { StixObject } from '../stix/types.js';
import { isStixId } from '../stix/uuid.js';
import {
  type Audience,
  type Partner,
  TLP_MARKING_IDS,
  type TlpLevel,
  tlpFromMarkingId,
  tlpMarkingDefinition,
  tlpOfMarkings,
} from '../tlp.js';
import { visibleTo } from './select.js';
import { formatTimestampUs, parseTimestampUs } from './time.js';

export interface SharePartner {
  id: string;
  name: string;
  organisation: string;
  disabled: boolean;
  createdAt: string;
}

export interface ShareGrant {
  collection: string;
  canRead: boolean;
  canWrite: boolean;
}

export interface ShareCollection {
  id: string;
  title: string;
  description: string | null;
  createdAt: string;
}

/** One stored version of one object, without its body. */
export interface ObjectMeta {
  seq: number;
  id: string;
  type: string;
  version: string;
  versionUs: number;
  specVersion: string;
  dateAdded: string;
  dateAddedUs: number;
  markings: string[];
  /** null for the official TLP marking definitions, which are public */
  tlp: TlpLevel | null;
  audience: Audience;
  publicMarking: boolean;
}

export interface AddOutcome {
  id: string;
  version: string;
  /** 'added', 'unchanged' (that version was already there) or 'refused' with a reason */
  result: 'added' | 'unchanged' | 'refused';
  message?: string;
}

export interface StatusDetail {
  id: string;
  version: string;
  message?: string;
}

export interface StatusResource {
  id: string;
  status: 'complete' | 'pending';
  request_timestamp: string;
  total_count: number;
  success_count: number;
  successes: StatusDetail[];
  failure_count: number;
  failures: StatusDetail[];
  pending_count: number;
  pendings: StatusDetail[];
}

/** Where a document of the store came from, when it arrived as STIX (a TAXII pull or an ingested bundle file). */
export interface ReceivedDocument {
  /** the TAXII API root, or `file:<path>` */
  source: string;
  /** the TAXII collection; '' for a file */
  collection: string;
  /** the STIX object the text came from (a report, or a note or incident outside any report) */
  stixId: string;
  version: string;
  /** the document in the store */
  document: string;
  /** the collection's date_added for the object, when the server said */
  dateAdded: string | null;
  /** the most restrictive TLP level of the objects the text came from; null when unmarked */
  tlp: TlpLevel | null;
  markings: string[];
  receivedAt: string;
}

export interface PullState {
  url: string;
  collection: string;
  lastAdded: string | null;
  next: string | null;
  updatedAt: string;
}

/** sha-256 of a token, hex: only this is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

const initial: Migration = {
  async up(db) {
    await run(db, [
      `CREATE TABLE share_partners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        organisation TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE share_collections (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE share_grants (
        partner_id TEXT NOT NULL REFERENCES share_partners (id),
        collection_id TEXT NOT NULL REFERENCES share_collections (id),
        can_read INTEGER NOT NULL DEFAULT 0,
        can_write INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (partner_id, collection_id)
      )`,
      `CREATE TABLE share_objects (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        collection_id TEXT NOT NULL REFERENCES share_collections (id),
        stix_id TEXT NOT NULL,
        type TEXT NOT NULL,
        version TEXT NOT NULL,
        version_us INTEGER NOT NULL,
        spec_version TEXT NOT NULL,
        date_added TEXT NOT NULL,
        date_added_us INTEGER NOT NULL,
        tlp TEXT,
        markings TEXT NOT NULL,
        audience TEXT NOT NULL,
        added_by TEXT NOT NULL,
        object TEXT NOT NULL,
        UNIQUE (collection_id, stix_id, version_us, added_by)
      )`,
      'CREATE INDEX share_objects_collection ON share_objects (collection_id, seq)',
      `CREATE TABLE share_status (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL,
        collection_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL
      )`,
      `CREATE TABLE share_pulls (
        url TEXT NOT NULL,
        collection_id TEXT NOT NULL,
        last_added TEXT,
        next TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (url, collection_id)
      )`,
      // What other servers sent us, verbatim, with what the importer made of it.
      `CREATE TABLE share_received (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        collection_id TEXT NOT NULL,
        stix_id TEXT NOT NULL,
        type TEXT NOT NULL,
        version TEXT NOT NULL,
        tlp TEXT,
        kept_as TEXT,
        document TEXT,
        understood INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        object TEXT NOT NULL,
        UNIQUE (source, collection_id, stix_id, version)
      )`,
      // The documents and warnings the importer understood, as export input (ShareDocument / ShareWarning JSON).
      `CREATE TABLE share_received_items (
        source TEXT NOT NULL,
        collection_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('document', 'warning')),
        id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (source, collection_id, kind, id)
      )`,
    ]);
  },
};

// Received reports (and notes, incidents) that became documents of the store: provenance and markings.
const receivedDocuments: Migration = {
  async up(db) {
    await run(db, [
      `CREATE TABLE share_received_documents (
        source TEXT NOT NULL,
        collection_id TEXT NOT NULL,
        stix_id TEXT NOT NULL,
        version TEXT NOT NULL,
        document_id TEXT NOT NULL,
        date_added TEXT,
        tlp TEXT,
        markings TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (source, collection_id, stix_id)
      )`,
      'CREATE INDEX share_received_documents_document ON share_received_documents (document_id)',
    ]);
  },
};

// A warning recipient (src/warn, warn_partners) linked to a TAXII partner and the collection its deliveries go to.
const recipientLinks: Migration = {
  async up(db) {
    await run(db, [
      `CREATE TABLE share_recipient_links (
        recipient_id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES share_partners (id),
        collection_id TEXT NOT NULL REFERENCES share_collections (id),
        created_at TEXT NOT NULL
      )`,
    ]);
  },
};

export const SHARE_MIGRATIONS: Record<string, Migration> = {
  '0001_share_initial': initial,
  '0002_share_received_documents': receivedDocuments,
  '0003_share_recipient_links': recipientLinks,
};
const LATEST = '0003_share_recipient_links';

interface ObjectRow {
  seq: number;
  stix_id: string;
  type: string;
  version: string;
  version_us: number;
  spec_version: string;
  date_added: string;
  date_added_us: number;
  tlp: string | null;
  markings: string;
  audience: string;
}

/** The version of an object: modified, else created (TAXII 2.1 §3.4.2); null when neither is a timestamp. */
function versionOf(o: StixObject): { text: string; us: number } | null {
  for (const v of [o.modified, o.created]) {
    const us = parseTimestampUs(v);
    if (us !== null) return { text: v as string, us };
  }
  return null;
}

const isPublicMarking = (o: { id: string; type: string }): boolean =>
  o.type === 'marking-definition' && Object.values(TLP_MARKING_IDS).includes(o.id);

function metaOf(r: ObjectRow): ObjectMeta {
  return {
    seq: r.seq,
    id: r.stix_id,
    type: r.type,
    version: r.version,
    versionUs: r.version_us,
    specVersion: r.spec_version,
    dateAdded: r.date_added,
    dateAddedUs: r.date_added_us,
    markings: JSON.parse(r.markings) as string[],
    tlp: (r.tlp as TlpLevel | null) ?? null,
    audience: JSON.parse(r.audience) as Audience,
    publicMarking: r.tlp === null && isPublicMarking({ id: r.stix_id, type: r.type }),
  };
}

export class ShareStore {
  readonly path: string;
  readonly #raw: Database.Database;
  readonly #db: Kysely<unknown>;
  /** the store's write queue when on its shared connection; null on a connection of its own */
  readonly #serialise: (<T>(work: () => Promise<T>) => Promise<T>) | null;
  readonly #metaCache = new Map<string, { stamp: string; rows: ObjectMeta[] }>();
  #lastAddedUs = 0;

  private constructor(
    path: string,
    raw: Database.Database,
    db: Kysely<unknown>,
    serialise: (<T>(work: () => Promise<T>) => Promise<T>) | null,
  ) {
    this.path = path;
    this.#raw = raw;
    this.#db = db;
    this.#serialise = serialise;
  }

  /** On a connection of its own to the file (for commands that open no store). */
  static async open(options: { path: string }): Promise<ShareStore> {
    const { path } = options;
    const raw = await openSqliteFile(path, 200);
    const store = new ShareStore(
      path,
      raw,
      new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }),
      null,
    );
    return store.#prepared();
  }

  /**
   * On the SQLite store's own connection and write queue (as the warning
   * workflow and fusion are): one connection per file in a process, so no
   * two connections of this process ever wait on each other's write lock.
   * Closing it leaves the connection to the store. Errors: storage_failure
   * for another backend.
   */
  static async onStore(store: Store): Promise<ShareStore> {
    const shared = sharedConnectionOf(store);
    if (!shared) throw new ForewarnError('storage_failure', 'TAXII sharing needs the SQLite store');
    const path = (store as { path?: unknown }).path;
    return new ShareStore(typeof path === 'string' ? path : '', shared.raw, shared.db, shared.serialise).#prepared();
  }

  async #prepared(): Promise<ShareStore> {
    try {
      if (this.#serialise) await this.#serialise(() => this.#migrate());
      else await this.#migrate();
    } catch (e) {
      await this.close();
      throw storageError(e, 'cannot prepare the sharing tables');
    }
    return this;
  }

  async close(): Promise<void> {
    if (this.#serialise) return;
    await this.#db.destroy().catch(() => undefined);
  }

  async #migrate(): Promise<void> {
    const exists = this.#raw
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'share_migration'")
      .get();
    if (exists) {
      const row = this.#raw.prepare('SELECT name FROM share_migration ORDER BY name DESC LIMIT 1').get() as
        | { name: string }
        | undefined;
      if (row?.name === LATEST) return;
    }
    await migrateLocked(this.#db, SHARE_MIGRATIONS, {
      migrationTableName: 'share_migration',
      migrationLockTableName: 'share_migration_lock',
    });
  }

  /**
   * Runs `work` synchronously (one immediate transaction when writing; on the
   * shared connection, in the store's write queue), retrying with timers
   * while another process holds the file.
   */
  async #run<T>(doing: string, write: boolean, work: () => T): Promise<T> {
    if (write && this.#serialise) return this.#serialise(() => this.#attempt(doing, true, work));
    return this.#attempt(doing, write, work);
  }

  async #attempt<T>(doing: string, write: boolean, work: () => T): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
      try {
        if (!write) return work();
        return this.#raw.transaction(work).immediate();
      } catch (e) {
        const code = (e as { code?: unknown })?.code;
        if (code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw storageError(e, doing);
        await sleep(wait);
      }
    }
  }

  // ── partners ──────────────────────────────────────────────────────────

  /** A new partner; the token is returned once and only its hash is kept. Errors: bad_request, partner_exists. */
  async addPartner(input: { name: string; organisation: string }): Promise<{ partner: SharePartner; token: string }> {
    const name = String(input.name ?? '').trim();
    const organisation = String(input.organisation ?? '').trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/.test(name))
      throw new ForewarnError('bad_request', 'a partner name is 1-100 letters, digits, dots, dashes, underscores or @');
    if (!organisation || organisation.length > 200)
      throw new ForewarnError('bad_request', 'a partner needs an organisation (up to 200 characters)');
    const token = `fwt_${randomBytes(24).toString('base64url')}`;
    const partner: SharePartner = {
      id: `tp_${randomUUID()}`,
      name,
      organisation,
      disabled: false,
      createdAt: new Date().toISOString(),
    };
    await this.#run('addPartner', true, () => {
      if (this.#raw.prepare('SELECT 1 FROM share_partners WHERE name = ?').get(name))
        throw new ForewarnError('partner_exists', `partner ${name} already exists`, { name });
      this.#raw
        .prepare(
          'INSERT INTO share_partners (id, name, organisation, token_hash, disabled, created_at) VALUES (?, ?, ?, ?, 0, ?)',
        )
        .run(partner.id, name, organisation, hashToken(token), partner.createdAt);
    });
    return { partner, token };
  }

  async listPartners(): Promise<(SharePartner & { grants: ShareGrant[] })[]> {
    return this.#run('listPartners', false, () => {
      const rows = this.#raw.prepare('SELECT * FROM share_partners ORDER BY name').all() as {
        id: string;
        name: string;
        organisation: string;
        disabled: number;
        created_at: string;
      }[];
      const grants = this.#raw.prepare('SELECT * FROM share_grants ORDER BY collection_id').all() as {
        partner_id: string;
        collection_id: string;
        can_read: number;
        can_write: number;
      }[];
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        organisation: r.organisation,
        disabled: r.disabled === 1,
        createdAt: r.created_at,
        grants: grants
          .filter((g) => g.partner_id === r.id)
          .map((g) => ({ collection: g.collection_id, canRead: g.can_read === 1, canWrite: g.can_write === 1 })),
      }));
    });
  }

  async #partnerByName(name: string): Promise<SharePartner> {
    const p = (await this.listPartners()).find((x) => x.name === name);
    if (!p) throw new ForewarnError('not_found', `no partner named ${name}`, { name });
    return p;
  }

  /** Disables a partner: its token stops working at once. Errors: not_found. */
  async revokePartner(name: string): Promise<void> {
    const p = await this.#partnerByName(name);
    await this.#run('revokePartner', true, () =>
      this.#raw.prepare('UPDATE share_partners SET disabled = 1 WHERE id = ?').run(p.id),
    );
  }

  /**
   * The partner a token belongs to, or null (unknown token, wrong name for
   * HTTP Basic, disabled partner). Compares hashes, so timing reveals nothing
   * about the token.
   */
  async authenticate(token: string, name?: string): Promise<SharePartner | null> {
    const row = (await this.#run('authenticate', false, () =>
      this.#raw.prepare('SELECT * FROM share_partners WHERE token_hash = ?').get(hashToken(String(token))),
    )) as { id: string; name: string; organisation: string; disabled: number; created_at: string } | undefined;
    if (!row || row.disabled === 1) return null;
    if (name !== undefined && name !== row.name) return null;
    return { id: row.id, name: row.name, organisation: row.organisation, disabled: false, createdAt: row.created_at };
  }

  /** Sets a partner's rights on a collection (unspecified rights are kept). Errors: not_found. */
  async grant(
    partnerName: string,
    collectionId: string,
    rights: { read?: boolean; write?: boolean },
  ): Promise<ShareGrant> {
    const p = await this.#partnerByName(partnerName);
    if (!(await this.getCollection(collectionId)))
      throw new ForewarnError('not_found', `no collection ${collectionId}`, { collection: collectionId });
    return this.#run('grant', true, () => {
      const cur = this.#raw
        .prepare('SELECT can_read, can_write FROM share_grants WHERE partner_id = ? AND collection_id = ?')
        .get(p.id, collectionId) as { can_read: number; can_write: number } | undefined;
      const canRead = rights.read ?? cur?.can_read === 1;
      const canWrite = rights.write ?? cur?.can_write === 1;
      this.#raw
        .prepare(
          `INSERT INTO share_grants (partner_id, collection_id, can_read, can_write) VALUES (?, ?, ?, ?)
           ON CONFLICT (partner_id, collection_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write`,
        )
        .run(p.id, collectionId, canRead ? 1 : 0, canWrite ? 1 : 0);
      return { collection: collectionId, canRead, canWrite };
    });
  }

  async grantOf(partnerId: string, collectionId: string): Promise<ShareGrant> {
    const row = (await this.#run('grantOf', false, () =>
      this.#raw
        .prepare('SELECT can_read, can_write FROM share_grants WHERE partner_id = ? AND collection_id = ?')
        .get(partnerId, collectionId),
    )) as { can_read: number; can_write: number } | undefined;
    return { collection: collectionId, canRead: row?.can_read === 1, canWrite: row?.can_write === 1 };
  }

  /**
   * Links a warning recipient (a `warn_partners` id) to a TAXII partner and a
   * collection: the workflow's deliveries to that recipient on the `taxii`
   * channel are then published there for that partner (src/share/deliver.ts).
   * Replaces an earlier link of the recipient. Errors: not_found.
   */
  async linkRecipient(
    recipientId: string,
    partnerName: string,
    collectionId: string,
  ): Promise<{ recipient: string; partner: SharePartner; collection: string }> {
    const recipient = String(recipientId ?? '').trim();
    if (!recipient) throw new ForewarnError('bad_request', 'give the warning recipient id (forewarn recipient list)');
    const partner = await this.#partnerByName(partnerName);
    if (!(await this.getCollection(collectionId)))
      throw new ForewarnError('not_found', `no collection ${collectionId}`, { collection: collectionId });
    await this.#run('linkRecipient', true, () =>
      this.#raw
        .prepare(
          `INSERT INTO share_recipient_links (recipient_id, partner_id, collection_id, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (recipient_id) DO UPDATE SET partner_id = excluded.partner_id,
             collection_id = excluded.collection_id, created_at = excluded.created_at`,
        )
        .run(recipient, partner.id, collectionId, new Date().toISOString()),
    );
    return { recipient, partner, collection: collectionId };
  }

  /** The TAXII partner and collection a warning recipient is linked to; null when none or the partner is revoked. */
  async recipientLink(recipientId: string): Promise<{ partner: SharePartner; collection: string } | null> {
    const row = (await this.#run('recipientLink', false, () =>
      this.#raw
        .prepare(
          `SELECT l.collection_id, p.id, p.name, p.organisation, p.disabled, p.created_at
           FROM share_recipient_links l JOIN share_partners p ON p.id = l.partner_id WHERE l.recipient_id = ?`,
        )
        .get(recipientId),
    )) as
      | { collection_id: string; id: string; name: string; organisation: string; disabled: number; created_at: string }
      | undefined;
    if (!row || row.disabled === 1) return null;
    return {
      partner: {
        id: row.id,
        name: row.name,
        organisation: row.organisation,
        disabled: false,
        createdAt: row.created_at,
      },
      collection: row.collection_id,
    };
  }

  // ── collections ───────────────────────────────────────────────────────

  /** Errors: bad_request (title, id not a UUID), partner_exists is not used: a taken id is bad_request. */
  async addCollection(input: { title: string; description?: string | null; id?: string }): Promise<ShareCollection> {
    const title = String(input.title ?? '').trim();
    if (!title || title.length > 200)
      throw new ForewarnError('bad_request', 'a collection needs a title (up to 200 characters)');
    const id = (input.id ?? randomUUID()).toLowerCase();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
      throw new ForewarnError('bad_request', `a collection id is a UUID, got "${input.id}"`);
    const c: ShareCollection = {
      id,
      title,
      description: input.description?.trim() || null,
      createdAt: new Date().toISOString(),
    };
    await this.#run('addCollection', true, () => {
      if (this.#raw.prepare('SELECT 1 FROM share_collections WHERE id = ?').get(id))
        throw new ForewarnError('bad_request', `collection ${id} already exists`, { collection: id });
      this.#raw
        .prepare('INSERT INTO share_collections (id, title, description, created_at) VALUES (?, ?, ?, ?)')
        .run(c.id, c.title, c.description, c.createdAt);
    });
    return c;
  }

  async listCollections(): Promise<ShareCollection[]> {
    const rows = (await this.#run('listCollections', false, () =>
      this.#raw.prepare('SELECT * FROM share_collections ORDER BY created_at, rowid').all(),
    )) as { id: string; title: string; description: string | null; created_at: string }[];
    return rows.map((r) => ({ id: r.id, title: r.title, description: r.description, createdAt: r.created_at }));
  }

  async getCollection(id: string): Promise<ShareCollection | null> {
    return (await this.listCollections()).find((c) => c.id === id) ?? null;
  }

  // ── objects ───────────────────────────────────────────────────────────

  /**
   * Adds objects to a collection, each version once, all in one transaction.
   * Refused (with a reason about the object itself only): not a STIX object
   * with an id of its type, no created/modified timestamp, no TLP marking.
   * The official TLP marking definitions are stored as OASIS publishes them,
   * whatever was sent under their ids. A version already stored is left as it
   * is and reported 'unchanged', whoever may see it.
   */
  async addObjects(
    collectionId: string,
    objects: readonly unknown[],
    options: { audience: Audience; addedBy: string; poster?: Partner | null },
  ): Promise<AddOutcome[]> {
    const audience = JSON.stringify({
      organization: options.audience.organization ?? null,
      organizations: [...(options.audience.organizations ?? [])],
      namedRecipients: [...(options.audience.namedRecipients ?? [])],
    });
    return this.#run('addObjects', true, () => {
      if (!this.#raw.prepare('SELECT 1 FROM share_collections WHERE id = ?').get(collectionId))
        throw new ForewarnError('not_found', `no collection ${collectionId}`);
      const existing = this.#raw.prepare(
        `SELECT seq, stix_id, type, version, version_us, spec_version, date_added, date_added_us, tlp, markings,
           audience, added_by FROM share_objects WHERE collection_id = ? AND stix_id = ? AND version_us = ?`,
      );
      // A version the poster cannot see does not exist for it: its copy is kept beside, never over, the other.
      const seen = (id: string, us: number): boolean =>
        (existing.all(collectionId, id, us) as (ObjectRow & { added_by: string })[]).some(
          (r) => r.added_by === options.addedBy || !options.poster || visibleTo(options.poster, metaOf(r)),
        );
      const insert = this.#raw.prepare(
        `INSERT INTO share_objects (collection_id, stix_id, type, version, version_us, spec_version, date_added,
           date_added_us, tlp, markings, audience, added_by, object) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      // date_added is strictly increasing across the collection, so added_after never skips or repeats an object.
      const maxRow = this.#raw
        .prepare('SELECT max(date_added_us) AS m FROM share_objects WHERE collection_id = ?')
        .get(collectionId) as { m: number | null };
      let last = Math.max(maxRow.m ?? 0, this.#lastAddedUs);
      const out: AddOutcome[] = [];
      for (const raw of objects) {
        const o = raw as StixObject;
        const id = typeof o?.id === 'string' ? o.id : '';
        if (typeof o !== 'object' || o === null || Array.isArray(o) || typeof o.type !== 'string' || !isStixId(id)) {
          out.push({ id, version: '', result: 'refused', message: 'not a STIX object with an id of its type' });
          continue;
        }
        if (id.slice(0, id.indexOf('--')) !== o.type) {
          out.push({ id, version: '', result: 'refused', message: 'the id is not of the object type' });
          continue;
        }
        const pub = isPublicMarking(o);
        const obj: StixObject = pub
          ? (tlpMarkingDefinition(tlpFromMarkingId(id) as TlpLevel) as unknown as StixObject)
          : (o as StixObject);
        const version = versionOf(obj);
        if (!version) {
          out.push({ id, version: '', result: 'refused', message: 'no created or modified timestamp' });
          continue;
        }
        const markings = Array.isArray(obj.object_marking_refs)
          ? obj.object_marking_refs.filter((m): m is string => typeof m === 'string')
          : [];
        const tlp = pub ? null : tlpOfMarkings(markings);
        if (!pub && !tlp) {
          out.push({
            id,
            version: version.text,
            result: 'refused',
            message: 'the object carries no TLP marking: mark it before sharing',
          });
          continue;
        }
        if (seen(id, version.us)) {
          out.push({ id, version: version.text, result: 'unchanged' });
          continue;
        }
        const now = Date.now() * 1000;
        last = Math.max(now, last + 1);
        insert.run(
          collectionId,
          id,
          obj.type,
          version.text,
          version.us,
          typeof obj.spec_version === 'string' ? obj.spec_version : '2.0',
          formatTimestampUs(last),
          last,
          tlp,
          JSON.stringify(markings),
          pub ? '{}' : audience,
          options.addedBy,
          JSON.stringify(obj),
        );
        out.push({ id, version: version.text, result: 'added' });
      }
      this.#lastAddedUs = last;
      return out;
    });
  }

  /**
   * Every stored version in a collection, without bodies, oldest first.
   * Cached per collection until this or another connection writes.
   */
  async objectMeta(collectionId: string): Promise<ObjectMeta[]> {
    // data_version moves with other connections' commits, total_changes with this connection's (whoever wrote)
    const stamp = `${this.#raw.pragma('data_version', { simple: true })}:${(this.#raw.prepare('SELECT total_changes() AS n').get() as { n: number }).n}`;
    const cached = this.#metaCache.get(collectionId);
    if (cached && cached.stamp === stamp) return cached.rows;
    const rows = (await this.#run('objectMeta', false, () =>
      this.#raw
        .prepare(
          `SELECT seq, stix_id, type, version, version_us, spec_version, date_added, date_added_us, tlp, markings, audience
           FROM share_objects WHERE collection_id = ? ORDER BY seq`,
        )
        .all(collectionId),
    )) as ObjectRow[];
    const metas = rows.map(metaOf);
    if (this.#metaCache.size > 64) this.#metaCache.clear();
    this.#metaCache.set(collectionId, { stamp, rows: metas });
    return metas;
  }

  /** The bodies of stored versions, in the order of `seqs` (as JSON text). */
  async objectBodies(seqs: readonly number[]): Promise<string[]> {
    if (seqs.length === 0) return [];
    return this.#run('objectBodies', false, () => {
      const out = new Map<number, string>();
      for (let i = 0; i < seqs.length; i += 500) {
        const chunk = seqs.slice(i, i + 500);
        const rows = this.#raw
          .prepare(`SELECT seq, object FROM share_objects WHERE seq IN (${chunk.map(() => '?').join(',')})`)
          .all(...chunk) as { seq: number; object: string }[];
        for (const r of rows) out.set(r.seq, r.object);
      }
      return seqs.map((s) => out.get(s) ?? 'null');
    });
  }

  async deleteVersions(seqs: readonly number[]): Promise<void> {
    await this.#run('deleteVersions', true, () => {
      const del = this.#raw.prepare('DELETE FROM share_objects WHERE seq = ?');
      for (const s of seqs) del.run(s);
    });
  }

  // ── status resources ──────────────────────────────────────────────────

  async saveStatus(partnerId: string, collectionId: string, status: StatusResource): Promise<void> {
    await this.#run('saveStatus', true, () =>
      this.#raw
        .prepare('INSERT INTO share_status (id, partner_id, collection_id, created_at, data) VALUES (?, ?, ?, ?, ?)')
        .run(status.id, partnerId, collectionId, status.request_timestamp, JSON.stringify(status)),
    );
  }

  /** A status resource, only for the partner whose request it reports on; null otherwise. */
  async getStatus(id: string, partnerId: string): Promise<StatusResource | null> {
    const row = (await this.#run('getStatus', false, () =>
      this.#raw.prepare('SELECT partner_id, data FROM share_status WHERE id = ?').get(id),
    )) as { partner_id: string; data: string } | undefined;
    if (!row || row.partner_id !== partnerId) return null;
    return JSON.parse(row.data) as StatusResource;
  }

  // ── pulls from other servers ──────────────────────────────────────────

  async getPullState(url: string, collection: string): Promise<PullState | null> {
    const row = (await this.#run('getPullState', false, () =>
      this.#raw.prepare('SELECT * FROM share_pulls WHERE url = ? AND collection_id = ?').get(url, collection),
    )) as
      | { url: string; collection_id: string; last_added: string | null; next: string | null; updated_at: string }
      | undefined;
    return row ? { url, collection, lastAdded: row.last_added, next: row.next, updatedAt: row.updated_at } : null;
  }

  async setPullState(
    url: string,
    collection: string,
    state: { lastAdded: string | null; next: string | null },
  ): Promise<void> {
    await this.#run('setPullState', true, () =>
      this.#raw
        .prepare(
          `INSERT INTO share_pulls (url, collection_id, last_added, next, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (url, collection_id) DO UPDATE SET last_added = excluded.last_added, next = excluded.next,
             updated_at = excluded.updated_at`,
        )
        .run(url, collection, state.lastAdded, state.next, new Date().toISOString()),
    );
  }

  /**
   * Keeps what an import read: every object verbatim (a version already kept
   * from the same source and collection is not kept twice) and the documents
   * and warnings understood (replaced by a newer reading). Returns how many
   * objects were new.
   */
  async keepReceived(imported: StixImport, source: string, collection: string): Promise<number> {
    const at = new Date().toISOString();
    return this.#run('keepReceived', true, () => {
      const ins = this.#raw.prepare(
        `INSERT OR IGNORE INTO share_received (source, collection_id, stix_id, type, version, tlp, kept_as, document,
           understood, received_at, object) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      let added = 0;
      for (const k of imported.objects) {
        const version = versionOf(k.object)?.text ?? '';
        added += ins.run(
          source,
          collection,
          k.id,
          k.type,
          version,
          k.tlp,
          k.as,
          k.document,
          k.understood ? 1 : 0,
          at,
          JSON.stringify(k.object),
        ).changes;
      }
      const item = this.#raw.prepare(
        `INSERT OR REPLACE INTO share_received_items (source, collection_id, kind, id, received_at, data)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      for (const d of imported.documents) item.run(source, collection, 'document', d.id, at, JSON.stringify(d));
      for (const w of imported.warnings) item.run(source, collection, 'warning', w.id, at, JSON.stringify(w));
      return added;
    });
  }

  /** Records (or updates) which store document a received STIX object became, with its provenance and markings. */
  async recordReceivedDocument(r: Omit<ReceivedDocument, 'receivedAt'>): Promise<void> {
    await this.#run('recordReceivedDocument', true, () =>
      this.#raw
        .prepare(
          `INSERT INTO share_received_documents (source, collection_id, stix_id, version, document_id, date_added, tlp,
             markings, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (source, collection_id, stix_id) DO UPDATE SET version = excluded.version,
             document_id = excluded.document_id, date_added = coalesce(excluded.date_added, date_added),
             tlp = excluded.tlp, markings = excluded.markings, received_at = excluded.received_at`,
        )
        .run(
          r.source,
          r.collection,
          r.stixId,
          r.version,
          r.document,
          r.dateAdded,
          r.tlp,
          JSON.stringify(r.markings),
          new Date().toISOString(),
        ),
    );
  }

  /** The provenance of received documents: of the given documents, or all. */
  async receivedDocuments(documents?: readonly string[]): Promise<ReceivedDocument[]> {
    const rows = (await this.#run('receivedDocuments', false, () => {
      if (!documents)
        return this.#raw.prepare('SELECT * FROM share_received_documents ORDER BY received_at, rowid').all();
      // a page of documents asks for a few ids: use the index rather than reading every received row
      const out: unknown[] = [];
      const ids = [...new Set(documents)];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        out.push(
          ...this.#raw
            .prepare(
              `SELECT * FROM share_received_documents WHERE document_id IN (${chunk.map(() => '?').join(',')})
               ORDER BY received_at, rowid`,
            )
            .all(...chunk),
        );
      }
      return out;
    })) as {
      source: string;
      collection_id: string;
      stix_id: string;
      version: string;
      document_id: string;
      date_added: string | null;
      tlp: string | null;
      markings: string;
      received_at: string;
    }[];
    const wanted = documents ? new Set(documents) : null;
    return rows
      .filter((r) => !wanted || wanted.has(r.document_id))
      .map((r) => ({
        source: r.source,
        collection: r.collection_id,
        stixId: r.stix_id,
        version: r.version,
        document: r.document_id,
        dateAdded: r.date_added,
        tlp: (r.tlp as TlpLevel | null) ?? null,
        markings: JSON.parse(r.markings) as string[],
        receivedAt: r.received_at,
      }));
  }

  async receivedCounts(): Promise<{ objects: number; understood: number; documents: number; warnings: number }> {
    return this.#run('receivedCounts', false, () => {
      const o = this.#raw
        .prepare('SELECT count(*) AS n, coalesce(sum(understood), 0) AS u FROM share_received')
        .get() as { n: number; u: number };
      const items = this.#raw.prepare('SELECT kind, count(*) AS n FROM share_received_items GROUP BY kind').all() as {
        kind: string;
        n: number;
      }[];
      return {
        objects: o.n,
        understood: o.u,
        documents: items.find((i) => i.kind === 'document')?.n ?? 0,
        warnings: items.find((i) => i.kind === 'warning')?.n ?? 0,
      };
    });
  }
}

/** The share store on a connection of its own (commands that open no store). */
export async function openShareStore(options: { path: string }): Promise<ShareStore> {
  return ShareStore.open(options);
}

/** The share store on the SQLite store's own connection and write queue. */
export async function shareStoreOn(store: Store): Promise<ShareStore> {
  return ShareStore.onStore(store);
}
