import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isForewarnError } from '../errors.js';
import { describeStoreConformance, sampleDocument, sampleExtraction } from './conformance.js';
import { documentIdForText, openStore } from './index.js';
import { LATEST_MIGRATION, MIGRATIONS } from './migrations.js';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-store-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeStoreConformance('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-conformance-'));
  const path = join(dir, 'nested', 'forewarn.db');
  return {
    open: () => openStore({ path }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('sqlite store specifics', () => {
  it('uses WAL, foreign keys and records each migration once when opened twice', async () => {
    const path = join(tempDir(), 'fw.db');
    await (await openStore({ path })).close();
    const store = await openStore({ path });
    await store.close();
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      const names = raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[];
      expect(names.map((n) => n.name)).toEqual(Object.keys(MIGRATIONS).sort());
      expect(names.at(-1)?.name).toBe(LATEST_MIGRATION);
      const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['documents', 'extractions', 'entities', 'events', 'claims', 'warnings']),
      );
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['documents_fts', 'claims_fts']));
    } finally {
      raw.close();
    }
  });

  it('writes a document all or nothing: a failure mid-write leaves no trace', async () => {
    const path = join(tempDir(), 'fw.db');
    const store = await openStore({ path });
    const text = 'Two entities share one id, which the items table refuses.';
    const entity = { id: 'e1', name: 'Alpha', type: 'other' as const, aliases: [], mentions: [] };
    const broken = sampleExtraction(text, { entities: [entity, { ...entity, name: 'Beta' }] });
    const error = await store.addDocument(sampleDocument(text), broken).catch((e: unknown) => e);
    expect(isForewarnError(error) && error.code).toBe('storage_failure');
    expect(await store.findByText(text)).toBeNull();
    expect((await store.listDocuments()).total).toBe(0);
    expect((await store.listEntities()).total).toBe(0);
    // the connection is usable afterwards and the same text can then be stored
    const fixed = sampleExtraction(text, { entities: [entity] });
    expect(await store.addDocument(sampleDocument(text), fixed)).toEqual({
      id: documentIdForText(text),
      created: true,
    });
    await store.close();
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.prepare('SELECT count(*) AS n FROM documents_fts').get()).toEqual({ n: 1 });
      expect(raw.prepare('SELECT count(*) AS n FROM entity_names').get()).toEqual({ n: 1 });
    } finally {
      raw.close();
    }
  });

  it('refuses a file that is not a database with storage_failure', async () => {
    const path = join(tempDir(), 'not-a.db');
    writeFileSync(path, 'this is a plain text file, not SQLite '.repeat(200));
    const error = await openStore({ path }).catch((e: unknown) => e);
    expect(isForewarnError(error) && error.code).toBe('storage_failure');
    expect(String((error as Error).message)).toContain(path);
  });

  it('refuses a database written by a newer Forewarn instead of touching it', async () => {
    const path = join(tempDir(), 'fw.db');
    await (await openStore({ path })).close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_future', 'now');
    raw.close();
    const error = await openStore({ path }).catch((e: unknown) => e);
    expect(isForewarnError(error) && error.code).toBe('storage_failure');
    expect((error as Error).message).toMatch(/newer than this Forewarn knows/);
  });

  it('creates missing parent directories, and fails cleanly where it cannot', async () => {
    const dir = tempDir();
    const store = await openStore({ path: join(dir, 'a', 'b', 'c', 'fw.db') });
    await store.close();
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const underFile = await openStore({ path: join(file, 'sub', 'fw.db') }).catch((e: unknown) => e);
    expect(isForewarnError(underFile) && underFile.code).toBe('storage_failure');
    expect((underFile as Error).message).toMatch(/not a directory/);
    if (process.platform === 'linux') {
      // recursive mkdir spins forever under /proc on Node 20; this must fail at once
      const underProc = await openStore({ path: '/proc/forewarn-test/fw.db' }).catch((e: unknown) => e);
      expect(isForewarnError(underProc) && underProc.code).toBe('storage_failure');
    }
  });

  it('works in memory', async () => {
    const store = await openStore({ path: ':memory:' });
    const text = 'A short report.';
    expect((await store.addDocument(sampleDocument(text), sampleExtraction(text, {}))).created).toBe(true);
    expect((await store.listDocuments({ q: 'report' })).total).toBe(1);
    await store.close();
  });
});
