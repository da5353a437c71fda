/**
 * STIX 2.1 sharing, pure core: export Forewarn documents, extractions and
 * warnings as a bundle, import bundles back, check bundles, and turn stored
 * records into export input. The TLP rules are in ../tlp.ts.
 *
 * Public surface: re-exports of export.ts, import.ts, check.ts, adapters.ts,
 * types.ts and the published vocabulary (vocabulary.ts).
 */
export * from './adapters.js';
export * from './check.js';
export * from './export.js';
export * from './import.js';
export type * from './types.js';
export { isStixId, stixId, uuidv5 } from './uuid.js';
export {
  admiraltyConfidence,
  allExtensionDefinitions,
  EXTENSION_IDS,
  EXTENSION_SCHEMA_BASE,
  type ExtensionName,
  extensionDefinition,
  FOREWARN_IDENTITY_ID,
  forewarnIdentity,
  parseAdmiralty,
  relationshipAllowed,
} from './vocabulary.js';
