import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemPrincipal } from './service.js';
import { createWarningService, openWarningService } from './store.js';

const FAST = { N: 1024, r: 8, p: 1 };
const SYSTEM = systemPrincipal('test');
let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'forewarn-warnstore-'));
  path = join(dir, 'forewarn.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openWarningService', () => {
  it('migrates once, into its own migration table, in WAL mode', async () => {
    const a = await openWarningService({ path, scrypt: FAST });
    await a.close();
    const b = await openWarningService({ path, scrypt: FAST });
    await b.close();
    const raw = new Database(path, { readonly: true });
    const applied = raw.prepare('SELECT name FROM warn_migration').all();
    const mode = raw.pragma('journal_mode', { simple: true });
    const kysely = raw.prepare("SELECT name FROM sqlite_master WHERE name = 'kysely_migration'").all();
    raw.close();
    expect(applied).toEqual([{ name: '0001_warn_initial' }]);
    expect(mode).toBe('wal');
    expect(kysely).toEqual([]);
  });

  it('lets two services on one file in one process write at the same time', async () => {
    const a = await openWarningService({ path, scrypt: FAST });
    const b = await openWarningService({ path, scrypt: FAST });
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).createPartner(SYSTEM, { name: `partner ${i}` })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(8).fill('fulfilled'));
      expect(await a.verifyAuditChain(SYSTEM)).toMatchObject({ ok: true, rows: 8 });
      expect(await b.listPartners(SYSTEM)).toHaveLength(8);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('rolls back a refused write entirely: no row, no audit entry', async () => {
    const svc = await openWarningService({ path, scrypt: FAST });
    try {
      await svc.createPartner(SYSTEM, { name: 'Port Authority' });
      await expect(svc.createPartner(SYSTEM, { name: 'Port Authority' })).rejects.toMatchObject({
        code: 'partner_exists',
      });
      expect(await svc.listPartners(SYSTEM)).toHaveLength(1);
      expect(await svc.verifyAuditChain(SYSTEM)).toMatchObject({ ok: true, rows: 1 });
    } finally {
      await svc.close();
    }
  });

  it('refuses use after close with storage_failure', async () => {
    const svc = await openWarningService({ path, scrypt: FAST });
    await svc.close();
    await expect(svc.listPartners(SYSTEM)).rejects.toMatchObject({ code: 'storage_failure' });
  });

  it('runs on a Kysely the caller owns and shares, leaving it open on close', async () => {
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    const db = new Kysely<{ other: { id: number } }>({ dialect: new SqliteDialect({ database: raw }) });
    try {
      const a = await createWarningService(db, { scrypt: FAST });
      const b = await createWarningService(db, { scrypt: FAST });
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).createPartner(SYSTEM, { name: `partner ${i}` })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(6).fill('fulfilled'));
      await a.close();
      expect(await b.verifyAuditChain(SYSTEM)).toMatchObject({ ok: true, rows: 6 });
      await b.close();
      expect(raw.prepare('SELECT count(*) AS n FROM warn_partners').get()).toEqual({ n: 6 });
    } finally {
      await db.destroy();
    }
  });
});
