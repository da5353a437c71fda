/**
 * Creating a database's parent directories.
 *
 * Public surface: `ensureDirectory(dir)`.
 *
 * Not `mkdirSync(dir, { recursive: true })`: on Node 20 that spins forever
 * on some pseudo file systems (e.g. a path under /proc), which would hang the
 * CLI on a mistyped --db. Creating one level at a time fails cleanly instead.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    try {
      if (statSync(current).isDirectory()) break;
      throw Object.assign(new Error(`not a directory: ${current}`), { code: 'ENOTDIR' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (e) {
      // another process may have created it in the meantime
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
