/**
 * The audit trail: an append-only, hash-chained log of every change to the
 * warning workflow (and every read of a RED warning). Each row's hash is
 * sha-256 over the previous row's hash and a canonical JSON of the row, so
 * editing, inserting or deleting a row breaks the chain from that row on;
 * `warn_audit_head` keeps the last sequence number and hash so a truncated
 * tail is found as well. Triggers refuse UPDATE and DELETE on the table; the
 * chain catches whoever drops them first.
 *
 * Public surface: `appendAudit(trx, entry)` (call inside the transaction
 * that makes the change), `verifyAuditChain(db)`, `canonicalJson`,
 * `auditRowHash`, `diffValues`, `GENESIS_HASH`, types `AuditEntry`,
 * `AuditRow`, `AuditVerification`.
 *
 * Limitation: someone who can write the database file can rewrite the whole
 * chain and its head consistently; anchoring the head elsewhere (printing
 * `verifyAuditChain().head` into a ticket, a second system) closes that.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { WarnSchema } from './store.js';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth and no whitespace: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

export type Change = { before: unknown; after: unknown };

/**
 * Leaf-level differences between two values, keyed by dotted path (arrays are
 * compared whole). `diffValues(null, x)` lists every field of x as added.
 */
export function diffValues(before: unknown, after: unknown, path = ''): Record<string, Change> {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(before) || isObj(after)) {
    const b = isObj(before) ? before : {};
    const a = isObj(after) ? after : {};
    const out: Record<string, Change> = {};
    if (!isObj(before) && before !== null && before !== undefined) out[path || '.'] = { before, after: null };
    if (!isObj(after) && after !== null && after !== undefined) out[path || '.'] = { before: null, after };
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      Object.assign(out, diffValues(b[key], a[key], path ? `${path}.${key}` : key));
    }
    return out;
  }
  if (canonicalJson(before) === canonicalJson(after)) return {};
  return { [path || '.']: { before: before ?? null, after: after ?? null } };
}

export interface AuditEntry {
  /** 'user:<id>', 'partner:<id>', 'link:<delivery id>', 'system:<name>' */
  actor: string;
  /** e.g. 'warning.create', 'warning.decide', 'warning.read', 'user.disable' */
  action: string;
  subjectType: 'warning' | 'user' | 'token' | 'session' | 'partner' | 'delivery';
  subjectId: string;
  changes: Record<string, Change>;
}

export interface AuditRow extends AuditEntry {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** What is hashed: every column but the hash itself, canonically. */
export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  const body = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    changes: row.changes,
  });
  return createHash('sha256').update(`${row.prevHash}\n${body}`, 'utf8').digest('hex');
}

/**
 * Appends one row after the current head. Must run inside the write
 * transaction (BEGIN IMMEDIATE) of the change it records, so two writers
 * cannot both extend the same head.
 */
export async function appendAudit(trx: Kysely<WarnSchema>, entry: AuditEntry, at: string): Promise<AuditRow> {
  const head = await trx.selectFrom('warn_audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const partial = { ...entry, seq, at, prevHash };
  const row: AuditRow = { ...partial, hash: auditRowHash(partial) };
  await trx
    .insertInto('warn_audit')
    .values({
      seq,
      at,
      actor: row.actor,
      action: row.action,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      changes: canonicalJson(row.changes),
      prev_hash: prevHash,
      hash: row.hash,
    })
    .execute();
  await trx
    .insertInto('warn_audit_head')
    .values({ id: 1, seq, hash: row.hash })
    .onConflict((oc) => oc.column('id').doUpdateSet({ seq, hash: row.hash }))
    .execute();
  return row;
}

export type AuditProblem = 'hash_mismatch' | 'chain_break' | 'sequence_gap' | 'unreadable' | 'head_mismatch';

export type AuditVerification =
  | { ok: true; rows: number; head: { seq: number; hash: string } }
  | {
      ok: false;
      rows: number;
      /** the first row that does not verify (for a truncated tail: the first missing sequence number) */
      firstBroken: { seq: number; problem: AuditProblem; message: string };
    };

/** A row of `warn_audit` as stored. */
type RawAuditRow = WarnSchema['warn_audit'];

export function rowFromDb(r: RawAuditRow): AuditRow {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subjectType: r.subject_type as AuditRow['subjectType'],
    subjectId: r.subject_id,
    changes: JSON.parse(r.changes) as Record<string, Change>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Walks the whole chain in order; reports the first row that does not verify. */
export async function verifyAuditChain(db: Kysely<WarnSchema>): Promise<AuditVerification> {
  const rows = (await db.selectFrom('warn_audit').selectAll().orderBy('seq').execute()) as RawAuditRow[];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  const broken = (seq: number, problem: AuditProblem, message: string, count: number): AuditVerification => ({
    ok: false,
    rows: count,
    firstBroken: { seq, problem, message },
  });
  for (const raw of rows) {
    if (raw.seq !== expectedSeq) {
      return broken(
        raw.seq,
        'sequence_gap',
        `row ${raw.seq} follows row ${expectedSeq - 1}: rows deleted or inserted`,
        rows.length,
      );
    }
    if (raw.prev_hash !== prevHash) {
      return broken(raw.seq, 'chain_break', `row ${raw.seq} does not link to the row before it`, rows.length);
    }
    let row: AuditRow;
    try {
      row = rowFromDb(raw);
    } catch {
      return broken(raw.seq, 'unreadable', `row ${raw.seq} has unreadable changes`, rows.length);
    }
    // Re-serialising the stored JSON canonically catches edits that keep it valid JSON.
    if (canonicalJson(row.changes) !== raw.changes || auditRowHash(row) !== raw.hash) {
      return broken(raw.seq, 'hash_mismatch', `row ${raw.seq} was altered after it was written`, rows.length);
    }
    prevHash = raw.hash;
    expectedSeq += 1;
  }
  const head = await db.selectFrom('warn_audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const headSeq = head?.seq ?? 0;
  const headHash = head?.hash ?? GENESIS_HASH;
  if (headSeq !== expectedSeq - 1 || headHash !== prevHash) {
    return broken(
      Math.min(expectedSeq, headSeq),
      'head_mismatch',
      `the log ends at row ${expectedSeq - 1} but its head records row ${headSeq}: rows removed from the end`,
      rows.length,
    );
  }
  return { ok: true, rows: rows.length, head: { seq: headSeq, hash: headHash } };
}
