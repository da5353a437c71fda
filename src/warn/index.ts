/**
 * warn — the duty-to-warn workflow: warnings shaped after CAP 1.2, their
 * lifecycle (draft → assessed → decided → delivered → acknowledged →
 * closed), users and credentials, deliveries and acknowledgements, and a
 * hash-chained audit trail, in the main store's SQLite file.
 *
 * Public surface: `openWarningService({ path })`, `createWarningService(db)`,
 * `WarningService`, `systemPrincipal`, the model types and enumerations,
 * the pure state machine (`transition`), CAP export (`toCapAlert`,
 * `capToXml`, `ackAlert`), audit helpers (`verifyAuditChain`,
 * `canonicalJson`), role checks (`can`, `ROLES`).
 */
export * from './audit.js';
export * from './cap.js';
export * from './model.js';
export * from './service.js';
export {
  createWarningService,
  migrateWarnings,
  type OpenWarningServiceOptions,
  openWarningService,
  WARN_MIGRATIONS,
  type WarnSchema,
} from './store.js';
export { can, MIN_PASSWORD_LENGTH, type Permission, ROLES, type Role } from './users.js';
export * from './workflow.js';
