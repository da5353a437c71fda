/**
 * Fusion persistence: the fusion state (src/fuse) of a SQLite store, kept as
 * an append-only op log in the same database file and rebuilt from it.
 *
 * `fusion_ops` holds one row per operation in the order it was applied: an
 * `add` per stored document (its metadata; the extraction is read from the
 * `extractions` table on replay, not copied), and analysts' `merge` and
 * `split` with who (`actor`) and when (`at`). Documents are folded in in the
 * order they were stored (`documents.seq`), each exactly once, so adding
 * report N touches only report N; another process's additions are found by
 * their sequence numbers and applied on the next read.
 * `fusion_snapshots` holds, now and then, the whole state (node:v8
 * serialised `FusionState.snapshot()`) as of an op sequence number; opening
 * restores the newest snapshot this code can read and replays only the ops
 * after it (or the whole log when there is none).
 *
 * Writes take SQLite's write lock (BEGIN IMMEDIATE) and first apply whatever
 * other processes appended, so every process sees the same order. A failed
 * write drops the in-memory state, which is then rebuilt from the log.
 *
 * Public surface: `openFusionStore(store, options?)` → `FusionStore | null`
 * (null for a store that is not SQLite), `FusionStore` (state, sync, merge,
 * split, checkpoint, stats, audit), `FusionStats`, `FusionAuditEntry`.
 */
import v8 from 'node:v8';
import { type Generated, type Kysely, sql } from 'kysely';
import { ERROR_CODES, type ForewarnError, isForewarnError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import type { MemberRef } from '../fuse/entities.js';
import {
  type AuditRecord,
  createFusion,
  type DocumentMeta,
  type FusionOp,
  type FusionSnapshot,
  type FusionState,
  restoreSnapshot,
} from '../fuse/index.js';
import type { Store } from './port.js';
import { sharedConnectionOf } from './sqlite.js';

interface FusionTables {
  fusion_ops: {
    seq: Generated<number>;
    kind: string;
    document_id: string | null;
    document_seq: number | null;
    op: string;
    actor: string | null;
    at: string;
  };
  fusion_snapshots: { seq: number; format: string; data: Buffer; created_at: string };
  documents: { seq: number; id: string; published: string | null; outlet: string | null; title: string | null };
  extractions: { document_id: string; json: string };
}

const SNAPSHOT_FORMAT = 'v8/forewarn-fusion-snapshot/1';
/** rows read or written per statement while replaying or catching up */
const CHUNK = 250;

export interface FusionStoreOptions {
  /** write a snapshot once this many ops were applied since the last one (default 2000) */
  snapshotEvery?: number;
  /** the audit clock (default: now) */
  now?: () => string;
}

export interface FusionStats {
  /** ops in the log (documents added + merges + splits) */
  ops: number;
  documents: number;
  /** op sequence number of the snapshot the state was restored from (0: none) */
  snapshot: number;
  /** ops replayed from the log at the last load */
  replayed: number;
  /** milliseconds the last load took (snapshot + replay) */
  loadMs: number;
  /** ops this process appended (documents fused, merges, splits) */
  appended: number;
}

export interface FusionAuditEntry extends AuditRecord {
  /** the op's sequence number in the log */
  seq: number;
}

type Tx = Kysely<FusionTables>;

/** A client error from a merge or split, after the catch-up before it was committed. */
class Refused extends Error {
  constructor(readonly error: ForewarnError) {
    super(error.message);
  }
}

export class FusionStore {
  readonly #db: Kysely<FusionTables>;
  readonly #serialise: <T>(work: () => Promise<T>) => Promise<T>;
  readonly #snapshotEvery: number;
  readonly #now: () => string;
  #state: FusionState | null = null;
  /** last op applied to #state */
  #seq = 0;
  /** last documents.seq folded in */
  #docSeq = 0;
  #snapshotSeq = 0;
  #lastSnapshotWritten = 0;
  #replayed = 0;
  #loadMs = 0;
  #appended = 0;
  #busy: Promise<unknown> = Promise.resolve();

  constructor(
    db: Kysely<unknown>,
    serialise: <T>(work: () => Promise<T>) => Promise<T>,
    options: FusionStoreOptions = {},
  ) {
    this.#db = db as Kysely<FusionTables>;
    this.#serialise = serialise;
    this.#snapshotEvery = options.snapshotEvery ?? 2000;
    this.#now = options.now ?? (() => new Date().toISOString());
  }

  /** One at a time within the process: loading, catching up and writing all move the same state. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#busy.then(work, work);
    this.#busy = run.catch(() => undefined);
    return run;
  }

  /**
   * The current state: loaded on first use, then brought up to date with the
   * log (ops other processes appended) and with stored documents not yet
   * fused (those are fused and logged now).
   */
  state(): Promise<FusionState> {
    return this.#exclusive(async () => {
      await this.#load();
      const heads = await sql<{ ops: number | null; docs: number | null }>`
        SELECT (SELECT max(seq) FROM fusion_ops) AS ops, (SELECT max(seq) FROM documents) AS docs`.execute(this.#db);
      const head = heads.rows[0];
      if ((head?.ops ?? 0) > this.#seq || (head?.docs ?? 0) > this.#docSeq) await this.#write(async () => undefined);
      if (this.#seq - this.#lastSnapshotWritten >= this.#snapshotEvery) await this.#checkpoint();
      return this.#state as FusionState;
    });
  }

  /** Fuses stored documents not yet fused (e.g. right after an ingest stored one). Returns how many. */
  sync(): Promise<number> {
    return this.#exclusive(async () => {
      await this.#load();
      const before = this.#appended;
      await this.#write(async () => undefined);
      return this.#appended - before;
    });
  }

  /** An analyst's merge of two entities, logged with who and when. */
  merge(a: string, b: string, by: string): Promise<FusionAuditEntry> {
    return this.#exclusive(async () => {
      await this.#load();
      return this.#write(async (tx, state) => {
        const at = this.#now();
        const record = state.merge(a, b, by, at);
        const logged = { op: 'merge', a, b, by, at, result: record.result, mentions: record.mentions };
        const seq = await this.#append(tx, logged, null, null, by, at);
        return { ...record, seq };
      });
    });
  }

  /** An analyst's split: the given mentions leave `entity` for a new one; logged with who and when. */
  split(entity: string, mentions: MemberRef[], by: string): Promise<FusionAuditEntry> {
    return this.#exclusive(async () => {
      await this.#load();
      return this.#write(async (tx, state) => {
        const at = this.#now();
        const clean = mentions.map((m) => ({ document: m.document, entity: m.entity }));
        const record = state.split(entity, clean, by, at);
        const logged = { op: 'split', entity, mentions: clean, by, at, result: record.result };
        const seq = await this.#append(tx, logged, null, null, by, at);
        return { ...record, seq };
      });
    });
  }

  /** Analysts' merges and splits, oldest first, as logged (who, when, what moved). */
  async audit(page: { limit: number; offset: number }): Promise<{ items: FusionAuditEntry[]; total: number }> {
    const base = this.#db.selectFrom('fusion_ops').where('kind', 'in', ['merge', 'split']);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.select(['seq', 'op']).orderBy('seq').limit(page.limit).offset(page.offset).execute();
    const items = rows.map((r): FusionAuditEntry => {
      const op = JSON.parse(r.op) as Record<string, unknown> & { op: 'merge' | 'split'; by: string; at: string };
      return {
        seq: r.seq,
        action: op.op,
        by: op.by,
        at: op.at,
        entities: op.op === 'merge' ? [String(op.a), String(op.b)] : [String(op.entity)],
        result: String(op.result ?? ''),
        mentions: (op.mentions as MemberRef[] | undefined) ?? [],
      };
    });
    return { items, total: Number(total.n) };
  }

  /** Writes a snapshot when enough ops were applied since the last one (or always with `force`). */
  checkpoint(force = false): Promise<boolean> {
    return this.#exclusive(async () => {
      if (!this.#state) return false;
      if (!force && this.#seq - this.#lastSnapshotWritten < this.#snapshotEvery) return false;
      return this.#checkpoint();
    });
  }

  async stats(): Promise<FusionStats> {
    await this.state();
    const row = await this.#db
      .selectFrom('fusion_ops')
      .select((eb) => [eb.fn.countAll<number>().as('ops'), eb.fn.count<number>('document_id').as('documents')])
      .executeTakeFirstOrThrow();
    return {
      ops: Number(row.ops),
      documents: Number(row.documents),
      snapshot: this.#snapshotSeq,
      replayed: this.#replayed,
      loadMs: this.#loadMs,
      appended: this.#appended,
    };
  }

  // ------------------------------------------------------------- internals

  async #load(): Promise<void> {
    if (this.#state) return;
    const started = performance.now();
    let state: FusionState | null = null;
    let from = 0;
    const snap = await this.#db
      .selectFrom('fusion_snapshots')
      .select(['seq', 'data'])
      .where('format', '=', SNAPSHOT_FORMAT)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (snap) {
      try {
        state = restoreSnapshot(v8.deserialize(snap.data) as FusionSnapshot, { keepLog: false });
        from = snap.seq;
      } catch {
        // written by other code: replay the whole log instead
        state = null;
      }
    }
    state ??= createFusion({ keepLog: false });
    this.#snapshotSeq = state && from ? from : 0;
    this.#lastSnapshotWritten = this.#snapshotSeq;
    this.#seq = from;
    const docSeq = await this.#db
      .selectFrom('fusion_ops')
      .select((eb) => eb.fn.max('document_seq').as('d'))
      .where('seq', '<=', from)
      .executeTakeFirst();
    this.#docSeq = Number(docSeq?.d ?? 0);
    this.#state = state;
    this.#replayed = await this.#replay(this.#db, state);
    this.#loadMs = performance.now() - started;
  }

  /** Applies the ops after #seq; returns how many. */
  async #replay(db: Tx, state: FusionState): Promise<number> {
    let n = 0;
    for (;;) {
      const rows = await db
        .selectFrom('fusion_ops as o')
        .leftJoin('extractions as x', 'x.document_id', 'o.document_id')
        .select(['o.seq', 'o.kind', 'o.op', 'o.document_seq', 'x.json'])
        .where('o.seq', '>', this.#seq)
        .orderBy('o.seq')
        .limit(CHUNK)
        .execute();
      if (!rows.length) return n;
      for (const row of rows) {
        const op = JSON.parse(row.op) as { op: string; meta?: DocumentMeta };
        if (row.kind === 'add') {
          if (row.json !== null && op.meta) state.addDocument(op.meta, JSON.parse(row.json) as Extraction);
        } else {
          try {
            state.apply(op as FusionOp);
          } catch {
            // an analyst's op that no longer applies is kept in the log and skipped, never fatal
          }
        }
        this.#seq = row.seq;
        if (row.document_seq !== null) this.#docSeq = Math.max(this.#docSeq, row.document_seq);
        n++;
      }
    }
  }

  /**
   * One write transaction: apply what other processes appended, fuse the
   * stored documents not yet fused, then `work`. On failure the in-memory
   * state is dropped (it may be ahead of the log) and rebuilt on next use.
   */
  async #write<T>(work: (tx: Tx, state: FusionState) => Promise<T>): Promise<T> {
    const state = this.#state as FusionState;
    try {
      return await this.#serialise(() =>
        this.#db.connection().execute(async (conn) => {
          await sql`BEGIN IMMEDIATE`.execute(conn);
          try {
            await this.#replay(conn, state);
            await this.#fusePending(conn, state);
          } catch (e) {
            await sql`ROLLBACK`.execute(conn).catch(() => undefined);
            throw e;
          }
          let result: T;
          try {
            result = await work(conn, state);
          } catch (e) {
            // merge and split refuse (not found, bad request) before they change anything: keep the catch-up
            if (isForewarnError(e) && ERROR_CODES[e.code] < 500) {
              await sql`COMMIT`.execute(conn);
              throw new Refused(e);
            }
            await sql`ROLLBACK`.execute(conn).catch(() => undefined);
            throw e;
          }
          await sql`COMMIT`.execute(conn);
          return result;
        }),
      );
    } catch (e) {
      if (e instanceof Refused) throw e.error;
      this.#state = null;
      this.#seq = 0;
      this.#docSeq = 0;
      throw e;
    }
  }

  async #fusePending(tx: Tx, state: FusionState): Promise<void> {
    for (;;) {
      const rows = await tx
        .selectFrom('documents as d')
        .innerJoin('extractions as x', 'x.document_id', 'd.id')
        .select(['d.seq', 'd.id', 'd.published', 'd.outlet', 'd.title', 'x.json'])
        .where('d.seq', '>', this.#docSeq)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('fusion_ops as o').select('o.seq').whereRef('o.document_id', '=', 'd.id'))),
        )
        .orderBy('d.seq')
        .limit(CHUNK)
        .execute();
      if (!rows.length) return;
      for (const row of rows) {
        const meta: DocumentMeta = { id: row.id, published: row.published, outlet: row.outlet, title: row.title };
        state.addDocument(meta, JSON.parse(row.json) as Extraction);
        await this.#append(tx, { op: 'add', meta }, row.id, row.seq, null, this.#now());
        this.#docSeq = row.seq;
      }
    }
  }

  async #append(
    tx: Tx,
    op: { op: string; [k: string]: unknown },
    document: string | null,
    documentSeq: number | null,
    actor: string | null,
    at: string,
  ): Promise<number> {
    const inserted = await tx
      .insertInto('fusion_ops')
      .values({
        kind: op.op,
        document_id: document,
        document_seq: documentSeq,
        op: JSON.stringify(op),
        actor,
        at,
      })
      .returning('seq')
      .executeTakeFirstOrThrow();
    this.#seq = inserted.seq;
    this.#appended++;
    return inserted.seq;
  }

  async #checkpoint(): Promise<boolean> {
    const state = this.#state;
    if (!state || this.#seq === 0) return false;
    const seq = this.#seq;
    const data = v8.serialize(state.snapshot());
    await this.#serialise(async () => {
      await this.#db.transaction().execute(async (tx) => {
        await tx
          .insertInto('fusion_snapshots')
          .values({ seq, format: SNAPSHOT_FORMAT, data, created_at: this.#now() })
          .onConflict((oc) => oc.column('seq').doNothing())
          .execute();
        await tx.deleteFrom('fusion_snapshots').where('seq', '<', seq).execute();
      });
    });
    this.#lastSnapshotWritten = seq;
    return true;
  }
}

/**
 * The fusion store of a SQLite store, on its connection and write queue;
 * null for another backend (fusion is then not persisted).
 */
export function openFusionStore(store: Store, options: FusionStoreOptions = {}): FusionStore | null {
  const shared = sharedConnectionOf(store);
  if (!shared) return null;
  return new FusionStore(shared.db, shared.serialise, options);
}
