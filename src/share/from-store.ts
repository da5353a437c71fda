/**
 * Sharing from the local database: which stored documents an export takes
 * (all, since a time, named ones, or one fusion story) and the STIX export of
 * them; a managed warning read for sharing.
 *
 * `story` takes the documents of a story of the store's persisted fusion
 * state (src/store/fusion.ts: the ids `forewarn story list` and
 * /api/stories show, analysts' merges and splits included); over a store
 * without one, the state is rebuilt from the documents in ingestion order.
 *
 * Documents that arrived as STIX keep at least the marking they arrived
 * with, and TLP:RED ones are never exported (see `exportFromStore`).
 *
 * Public surface: `exportFromStore(store, selection, { share })`, `selectDocuments(store, selection)`,
 * `readManagedWarning(path, id)`, type `ExportSelection`.
 */
import Database from 'better-sqlite3';
import { ForewarnError } from '../errors.js';
import { createFusion, type FusionState } from '../fuse/index.js';
import { openFusionStore } from '../store/fusion.js';
import type { Store, StoredDocument } from '../store/port.js';
import type { WarningRecord } from '../warn/model.js';
import { shareDocumentFromStored } from './stix/adapters.js';
import { exportStix } from './stix/export.js';
import type { Omission, ShareDocument, StixExport } from './stix/types.js';
import type { ShareStore } from './taxii/store.js';
import { mostRestrictive, type TlpLevel } from './tlp.js';

export interface ExportSelection {
  /** documents ingested at or after this ISO time */
  since?: string;
  /** these documents only */
  documents?: string[];
  /** the documents of this fusion story */
  story?: string;
  /** level for the documents (default AMBER, the exporter's) */
  tlp?: TlpLevel;
  /** share the extraction without quoting the text */
  withoutText?: boolean;
}

async function allDocuments(store: Store): Promise<StoredDocument[]> {
  const out: StoredDocument[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.listDocuments({ limit: 500, offset });
    for (const d of page.items) {
      const full = await store.getDocument(d.id);
      if (full) out.push(full);
    }
    if (page.items.length < 500) break;
  }
  return out.sort((a, b) => (a.ingestedAt < b.ingestedAt ? -1 : a.ingestedAt > b.ingestedAt ? 1 : 0));
}

/** The stored documents a selection takes, in ingestion order. Errors: bad_request, not_found. */
export async function selectDocuments(store: Store, sel: ExportSelection): Promise<StoredDocument[]> {
  let since: number | null = null;
  if (sel.since !== undefined) {
    since = Date.parse(sel.since);
    if (!Number.isFinite(since)) throw new ForewarnError('bad_request', `--since is not a date: "${sel.since}"`);
  }
  let docs = await allDocuments(store);
  if (sel.documents?.length) {
    const wanted = new Set(sel.documents);
    const missing = [...wanted].filter((id) => !docs.some((d) => d.id === id));
    if (missing.length) throw new ForewarnError('not_found', `no document ${missing.join(', ')}`);
    docs = docs.filter((d) => wanted.has(d.id));
  }
  if (sel.story !== undefined) {
    const persisted = openFusionStore(store);
    let fusion: FusionState;
    if (persisted) fusion = await persisted.state();
    else {
      fusion = createFusion();
      for (const d of docs)
        fusion.addDocument({ id: d.id, published: d.published, outlet: d.outlet, title: d.title }, d.extraction);
    }
    const id = fusion.storyOf(sel.story);
    if (!id) throw new ForewarnError('not_found', `no story ${sel.story} over the stored documents`);
    const inStory = new Set(fusion.showStory(id).documents);
    docs = docs.filter((d) => inStory.has(d.id));
  }
  if (since !== null) docs = docs.filter((d) => Date.parse(d.ingestedAt) >= (since as number));
  return docs;
}

/**
 * The STIX export of the selected documents, with what could not be
 * represented. With the share store, documents that arrived as STIX (an
 * ingested bundle, a TAXII pull: `share_received_documents`) are marked no
 * wider than they arrived (the most restrictive of that and `sel.tlp`), and
 * those received as TLP:RED are left out (listed in `omitted`): RED was for
 * their named recipients, and an export is for passing on.
 */
export async function exportFromStore(
  store: Store,
  sel: ExportSelection = {},
  options: { share?: ShareStore | null } = {},
): Promise<StixExport> {
  const docs = await selectDocuments(store, sel);
  const received = new Map<string, TlpLevel[]>();
  if (options.share && docs.length > 0) {
    for (const r of await options.share.receivedDocuments(docs.map((d) => d.id))) {
      const levels = received.get(r.document) ?? [];
      if (r.tlp) levels.push(r.tlp);
      received.set(r.document, levels);
    }
  }
  const base: TlpLevel = sel.tlp ?? 'amber';
  const omitted: Omission[] = [];
  const documents: ShareDocument[] = [];
  for (const d of docs) {
    const arrived = mostRestrictive(received.get(d.id) ?? []);
    if (arrived === 'red') {
      omitted.push({ document: d.id, item: d.id, reason: 'received as TLP:RED: for its named recipients only' });
      continue;
    }
    const tlp = arrived ? mostRestrictive([base, arrived]) : null;
    documents.push(shareDocumentFromStored(d, { withText: sel.withoutText !== true, tlp }));
  }
  const out = exportStix({ documents }, sel.tlp ? { tlp: sel.tlp } : {});
  return { bundle: out.bundle, omitted: [...omitted, ...out.omitted] };
}

/**
 * A managed warning as recorded by the duty-to-warn workflow, read straight
 * from its table (read-only). Errors: not_found.
 */
export function readManagedWarning(path: string, id: string): WarningRecord {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'warn_warnings'").get();
    const row = exists
      ? (db.prepare('SELECT data FROM warn_warnings WHERE id = ?').get(id) as { data: string } | undefined)
      : undefined;
    if (!row) throw new ForewarnError('not_found', `no warning ${id}`);
    return JSON.parse(row.data) as WarningRecord;
  } finally {
    db.close();
  }
}
