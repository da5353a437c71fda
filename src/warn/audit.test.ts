import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, diffValues } from './audit.js';
import { type Principal, systemPrincipal, type WarningService } from './service.js';
import { openWarningService } from './store.js';

const FAST = { N: 1024, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';
const SYSTEM = systemPrincipal('test');

let dir: string;
let path: string;
let svc: WarningService;
let analyst: Principal;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-audit-'));
  path = join(dir, 'forewarn.db');
  svc = await openWarningService({ path, scrypt: FAST });
  await svc.createUser(SYSTEM, { username: 'ana', password: PASSWORD, role: 'analyst' });
  analyst = await svc.authenticatePassword('ana', PASSWORD);
  for (const event of ['Threat one', 'Threat two', 'Threat three']) {
    await svc.createDraft(analyst, { info: { event } });
  }
});

afterEach(async () => {
  await svc.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw access to the file, as someone tampering with it would have. */
function tamper(statements: string[]): void {
  const raw = new Database(path);
  try {
    for (const s of statements) raw.exec(s);
  } finally {
    raw.close();
  }
}

describe('verifyAuditChain', () => {
  it('accepts an untouched chain and reports its head', async () => {
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v).toMatchObject({ ok: true, rows: 4, head: { seq: 4 } });
  });

  it('refuses UPDATE and DELETE on the audit table through its triggers', () => {
    expect(() => tamper(["UPDATE warn_audit SET actor = 'user:nobody' WHERE seq = 2"])).toThrow(/append-only/);
    expect(() => tamper(['DELETE FROM warn_audit WHERE seq = 2'])).toThrow(/append-only/);
  });

  it('finds an edited row (triggers dropped first)', async () => {
    tamper([
      'DROP TRIGGER warn_audit_no_update',
      `UPDATE warn_audit SET changes = replace(changes, 'Threat two', 'Nothing to see') WHERE seq = 3`,
    ]);
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v).toMatchObject({ ok: false, firstBroken: { seq: 3, problem: 'hash_mismatch' } });
  });

  it('finds an edited actor column', async () => {
    tamper(['DROP TRIGGER warn_audit_no_update', `UPDATE warn_audit SET actor = 'user:someone-else' WHERE seq = 2`]);
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v).toMatchObject({ ok: false, firstBroken: { seq: 2, problem: 'hash_mismatch' } });
  });

  it('finds a deleted row in the middle', async () => {
    tamper(['DROP TRIGGER warn_audit_no_delete', 'DELETE FROM warn_audit WHERE seq = 2']);
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v).toMatchObject({ ok: false, firstBroken: { seq: 3, problem: 'sequence_gap' } });
  });

  it('finds a deleted last row through the head', async () => {
    tamper(['DROP TRIGGER warn_audit_no_delete', 'DELETE FROM warn_audit WHERE seq = 4']);
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v).toMatchObject({ ok: false, firstBroken: { seq: 4, problem: 'head_mismatch' } });
  });

  it('finds a deleted row whose successors were renumbered', async () => {
    tamper([
      'DROP TRIGGER warn_audit_no_delete',
      'DROP TRIGGER warn_audit_no_update',
      'DELETE FROM warn_audit WHERE seq = 2',
      'UPDATE warn_audit SET seq = seq - 1 WHERE seq > 2',
      'UPDATE warn_audit_head SET seq = 3',
    ]);
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.firstBroken.seq).toBe(2);
  });

  it('finds an inserted row', async () => {
    tamper([
      `INSERT INTO warn_audit (seq, at, actor, action, subject_type, subject_id, changes, prev_hash, hash)
       SELECT 5, at, actor, action, subject_type, subject_id, changes, hash, hash FROM warn_audit WHERE seq = 4`,
    ]);
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v).toMatchObject({ ok: false, firstBroken: { seq: 5, problem: 'hash_mismatch' } });
  });

  it('keeps verifying after tampering is found and new rows are appended', async () => {
    tamper([
      'DROP TRIGGER warn_audit_no_update',
      `UPDATE warn_audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 1`,
    ]);
    await svc.createDraft(analyst, { info: { event: 'Threat four' } });
    const v = await svc.verifyAuditChain(SYSTEM);
    expect(v).toMatchObject({ ok: false, firstBroken: { seq: 1 } });
  });

  it('needs audit.read: an analyst may not run it', async () => {
    await expect(svc.verifyAuditChain(analyst)).rejects.toMatchObject({ code: 'forbidden_role' });
  });
});

describe('canonicalJson and diffValues', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('lists leaf changes by dotted path', () => {
    expect(
      diffValues(
        { state: 'draft', info: { event: 'a', area: [] } },
        { state: 'assessed', info: { event: 'a', area: [1] } },
      ),
    ).toEqual({
      state: { before: 'draft', after: 'assessed' },
      'info.area': { before: [], after: [1] },
    });
    expect(diffValues(null, { a: { b: 1 } })).toEqual({ 'a.b': { before: null, after: 1 } });
  });
});
