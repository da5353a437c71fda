/**
 * Shared CLI option helpers.
 *
 * Public surface: `resolveDatabasePath(option?)`, `DATABASE_ENV`,
 * `parsePublishedOption(value)`.
 */
import { join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { ForewarnError } from '../errors.js';
import { ensureDirectory } from '../store/dirs.js';

/** Environment variable naming the database file when `--db` is not given. */
export const DATABASE_ENV = 'FOREWARN_DB';

/**
 * The database file to use: `--db` if given, else `$FOREWARN_DB`, else
 * `forewarn.db` in the per-user data directory (created when missing, so a
 * first run works anywhere without setup).
 */
export function resolveDatabasePath(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined && option !== '') return option === ':memory:' ? option : resolve(option);
  const fromEnv = env[DATABASE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv === ':memory:' ? fromEnv : resolve(fromEnv);
  const dir = envPaths('forewarn', { suffix: '' }).data;
  try {
    ensureDirectory(dir);
  } catch (e) {
    throw new ForewarnError(
      'storage_failure',
      `cannot create the data directory ${dir} (${(e as Error).message}); pass --db PATH or set ${DATABASE_ENV}`,
    );
  }
  return join(dir, 'forewarn.db');
}

const PUBLISHED = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Validates a `--published` value (YYYY, YYYY-MM or YYYY-MM-DD). */
export function parsePublishedOption(value: string): string {
  if (!PUBLISHED.test(value)) {
    throw new ForewarnError('bad_request', `--published must be YYYY-MM-DD (or YYYY-MM, YYYY), got "${value}"`);
  }
  return value;
}
