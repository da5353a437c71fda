/**
 * TAXII 2.1 for Forewarn: the server plugin, the share store (partners,
 * collections, grants, objects, pulls), the client and the benchmark. See
 * README.md in this folder.
 *
 * Public surface: re-exports of server.ts, store.ts, select.ts, client.ts,
 * bench.ts and time.ts.
 */
export * from './bench.js';
export * from './client.js';
export * from './select.js';
export * from './server.js';
export * from './store.js';
export * from './time.js';
