/**
 * For the share tests: the OASIS STIX schemas from ../shared when that is
 * beside the checkout, and a plain announcement when it is not (so `npm test`
 * passes on a clone without it and says what it did not check).
 *
 * Public surface: `stixSchemasDir`, `oasisSchemas()`, `announceNoSchemas(what)`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../test/helpers/shared.js';
import { loadOasisSchemas, type OasisSchemas } from './oasis-schemas.js';

export const stixSchemasDir = join(sharedDir, 'stix', 'schemas');

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
