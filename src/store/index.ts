/**
 * store — where documents and their extractions live. Callers open a store
 * through `openStore` and program against the `Store` port only, so the
 * embedded SQLite store can be swapped for another backend.
 *
 * Public surface: `openStore({ path })`, the port types, `documentIdForText`,
 * `hashText`, `DEFAULT_PAGE_LIMIT`, `MAX_PAGE_LIMIT`.
 */
import type { Store } from './port.js';
import { documentIdForHash, hashText, openSqliteStore } from './sqlite.js';

export type * from './port.js';
export { DEFAULT_PAGE_LIMIT, documentIdForHash, hashText, MAX_PAGE_LIMIT } from './sqlite.js';

export interface OpenStoreOptions {
  /** SQLite database file (created with its directory when missing); ':memory:' for a throwaway store */
  path: string;
}

/** Opens (creating and migrating when needed) the store at `path`. Fails with `storage_failure`. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  return openSqliteStore({ path: options.path });
}

/** The id the store gives a document with this text (content-derived, so stable across machines). */
export function documentIdForText(text: string): string {
  return documentIdForHash(hashText(text));
}
