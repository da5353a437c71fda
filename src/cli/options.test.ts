import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePublishedOption, resolveDatabasePath } from './options.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resolveDatabasePath', () => {
  it('prefers --db, then FOREWARN_DB, as absolute paths', () => {
    expect(resolveDatabasePath('rel/fw.db', { FOREWARN_DB: '/elsewhere.db' })).toBe(resolve('rel/fw.db'));
    expect(resolveDatabasePath(undefined, { FOREWARN_DB: 'env.db' })).toBe(resolve('env.db'));
    expect(resolveDatabasePath(':memory:', {})).toBe(':memory:');
  });

  it('falls back to forewarn.db in the per-user data directory, creating it', () => {
    const home = mkdtempSync(join(tmpdir(), 'forewarn-home-'));
    temps.push(home);
    const dataHome = join(home, 'data');
    // env-paths reads XDG_DATA_HOME from the real environment on Linux
    const saved = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = dataHome;
    try {
      const path = resolveDatabasePath(undefined, { FOREWARN_DB: '' });
      if (process.platform === 'linux') expect(path).toBe(join(dataHome, 'forewarn', 'forewarn.db'));
      expect(path.endsWith('forewarn.db')).toBe(true);
      expect(statSync(join(path, '..')).isDirectory()).toBe(true);
      expect(existsSync(path)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    }
  });
});

describe('parsePublishedOption', () => {
  it('accepts YYYY[-MM[-DD]] and refuses anything else with bad_request', () => {
    expect(parsePublishedOption('2024-03-28')).toBe('2024-03-28');
    expect(parsePublishedOption('2024')).toBe('2024');
    expect(() => parsePublishedOption('28/03/2024')).toThrow(/--published must be/);
  });
});
