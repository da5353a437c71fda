/**
 * For the share tests: the OASIS STIX schemas from ../shared when that is
 * beside the checkout, and a plain announcement when it is not (so `npm test`
 * passes on a clone without it and says what it did not check).
 *
 * Public surface: `stixSchemasDir`, `oasisSchemas()`, `announceNoSchemas(what)`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadOasisSchemas, type OasisSchemas } from './oasis-schemas.js';

// As test/helpers/shared.ts resolves it (not imported: the build compiles src/ alone); three levels up from
// src/share/stix and from dist/share/stix alike is the project root.
const projectRoot = resolve(import.meta.dirname, '..', '..', '..');
export const stixSchemasDir = join(projectRoot, '..', 'shared', 'stix', 'schemas');

let loaded: OasisSchemas | null | undefined;

/** The validators, or null when ../shared/stix/schemas is absent. */
export function oasisSchemas(): OasisSchemas | null {
  if (loaded === undefined)
    loaded = existsSync(join(stixSchemasDir, 'common', 'bundle.json')) ? loadOasisSchemas(stixSchemasDir) : null;
  return loaded;
}

export function announceNoSchemas(what: string): void {
  console.log(`../shared/stix/schemas is absent: ${what} not checked against the OASIS STIX schemas on this machine`);
}
