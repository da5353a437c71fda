/**
 * A TAXII 2.1 client for Forewarn: pull a collection incrementally into the
 * share store, push objects to a collection.
 *
 * Pull: `added_after` is the newest date added seen by the last complete
 * pull of that API root and collection (kept in `share_pulls`); pages are
 * followed with `next`. After every page the position is saved, so an
 * interrupted pull resumes with the same `added_after` and the saved `next`
 * (and starts that query again if the server no longer knows the token).
 * Each page goes through `fromStixBundle`; what it understood and every object
 * verbatim are kept (`ShareStore.keepReceived`). With `store`, the page's
 * reports with text (and notes and incidents outside any report) also become
 * documents of the store, extracted and fused like any report, with their
 * provenance (API root, collection, date added from the manifest) and
 * markings (src/share/receive.ts). A report is read with the objects of its
 * own page: one told only by notes that arrive on a later page is not a
 * document, and those notes are documents of their own.
 *
 * Public surface: `pullCollection(share, options)`, `pushObjects(options)`,
 * `resolveApiRoot(url, auth)`, types `PullOptions`, `PullSummary`, `TaxiiAuth`.
 */
import { randomUUID } from 'node:crypto';
import { ForewarnError, isForewarnError } from '../../errors.js';
import type { Extraction } from '../../extract/contract.js';
import type { ExtractInput } from '../../extract/index.js';
import type { FusionStore } from '../../store/fusion.js';
import type { Store } from '../../store/port.js';
import { type NotADocument, receiveIntoStore } from '../receive.js';
import { fromStixBundle, type StixImport } from '../stix/import.js';
import type { StixObject } from '../stix/types.js';
import { TAXII_MEDIA_TYPE } from './server.js';
import type { ShareStore, StatusResource } from './store.js';

export interface TaxiiAuth {
  /** partner name for HTTP Basic; without it the token is sent as a bearer token */
  user?: string;
  token: string;
}

export interface PullOptions extends TaxiiAuth {
  /** the API root (…/taxii2/api/) or the discovery URL (…/taxii2/), whose default API root is used */
  url: string;
  collection: string;
  /** page size asked for; the server may give fewer */
  limit?: number;
  /** stop after this many pages (the position is kept; the next pull resumes) */
  maxPages?: number;
  /** the store whose documents pulled reports become (without it, they are only kept as received material) */
  store?: Store;
  /** with `store`: fold new documents into fusion */
  fusion?: FusionStore | null;
  /** with `store`: the extractor (default the real one) */
  extract?: (input: ExtractInput) => Extraction;
}

export interface PullSummary {
  apiRoot: string;
  collection: string;
  addedAfter: string | null;
  pages: number;
  received: number;
  /** versions not kept before from this source and collection */
  newObjects: number;
  understood: number;
  documents: number;
  warnings: number;
  notUnderstood: number;
  /** objects refused by the importer (not STIX) */
  refused: number;
  /** with `store`: the documents pulled reports became (created: new in the store) */
  stored: { stixId: string; id: string; created: boolean }[];
  /** with `store`: reports that did not become documents, with the reason */
  notDocuments: NotADocument[];
  /** the newest date added seen; the next pull asks for what came after it */
  lastAdded: string | null;
  /** false when stopped by maxPages: the next pull resumes */
  complete: boolean;
}

function authHeader(auth: TaxiiAuth): string {
  return auth.user
    ? `Basic ${Buffer.from(`${auth.user}:${auth.token}`, 'utf8').toString('base64')}`
    : `Bearer ${auth.token}`;
}

class HttpFailure extends ForewarnError {}

async function request(
  url: string,
  auth: TaxiiAuth,
  init: { method?: string; body?: string } = {},
): Promise<{ json: Record<string, unknown>; headers: Headers }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        accept: TAXII_MEDIA_TYPE,
        authorization: authHeader(auth),
        ...(init.body !== undefined ? { 'content-type': TAXII_MEDIA_TYPE } : {}),
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  } catch (e) {
    throw new ForewarnError('delivery_failed', `cannot reach ${url}: ${(e as Error).message}`);
  }
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = {};
  }
  if (!res.ok) {
    const what = typeof json.description === 'string' ? json.description : text.slice(0, 200);
    throw new HttpFailure(
      res.status === 401 ? 'invalid_credentials' : res.status === 404 ? 'not_found' : 'delivery_failed',
      `${init.method ?? 'GET'} ${url}: HTTP ${res.status}${what ? `: ${what}` : ''}`,
      { status: res.status },
    );
  }
  return { json, headers: res.headers };
}

const withSlash = (u: string): string => (u.endsWith('/') ? u : `${u}/`);

/** The API root for a URL: itself when it answers as one, else the discovery resource's default. */
export async function resolveApiRoot(url: string, auth: TaxiiAuth): Promise<string> {
  const u = withSlash(url);
  const { json } = await request(u, auth);
  if (Array.isArray(json.versions)) return u;
  const d = typeof json.default === 'string' ? json.default : Array.isArray(json.api_roots) ? json.api_roots[0] : null;
  if (typeof d !== 'string') throw new ForewarnError('bad_request', `${u} is neither a TAXII API root nor discovery`);
  return withSlash(new URL(d, u).href);
}

/** fromStixBundle on a page; objects it refuses as a whole are retried one by one, so one bad object costs only itself. */
function importPage(
  objects: unknown[],
  source: string,
  collection: string,
): { imported: StixImport[]; refused: number } {
  const bundle = (objs: unknown[]) => ({ type: 'bundle', id: `bundle--${randomUUID()}`, objects: objs });
  try {
    return { imported: [fromStixBundle(bundle(objects), { source, collection })], refused: 0 };
  } catch (e) {
    if (!isForewarnError(e)) throw e;
  }
  const imported: StixImport[] = [];
  let refused = 0;
  for (const o of objects) {
    try {
      imported.push(fromStixBundle(bundle([o]), { source, collection }));
    } catch (e) {
      if (!isForewarnError(e)) throw e;
      refused++;
    }
  }
  return { imported, refused };
}

/**
 * The date_added of the objects that may become documents, from the
 * collection's manifest (the object envelope does not carry it); empty when
 * the server does not answer, which costs the provenance its date, not the pull.
 */
async function datesAdded(
  apiRoot: string,
  collection: string,
  auth: TaxiiAuth,
  imp: StixImport,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = imp.objects
    .filter((k) => !k.superseded && (k.type === 'report' || k.type === 'note' || k.type === 'incident'))
    .map((k) => k.id);
  for (let i = 0; i < ids.length; i += 20) {
    const q = new URLSearchParams({ 'match[id]': ids.slice(i, i + 20).join(',') });
    try {
      const { json } = await request(`${apiRoot}collections/${encodeURIComponent(collection)}/manifest/?${q}`, auth);
      for (const m of Array.isArray(json.objects) ? json.objects : []) {
        const r = m as { id?: unknown; date_added?: unknown };
        if (typeof r.id === 'string' && typeof r.date_added === 'string') out.set(r.id, r.date_added);
      }
    } catch {
      // the provenance goes without its date
    }
  }
  return out;
}

export async function pullCollection(share: ShareStore, options: PullOptions): Promise<PullSummary> {
  const auth: TaxiiAuth = { token: options.token, ...(options.user ? { user: options.user } : {}) };
  const apiRoot = await resolveApiRoot(options.url, auth);
  const state = await share.getPullState(apiRoot, options.collection);
  const addedAfter = state?.lastAdded ?? null;
  let next = state?.next ?? null;
  const summary: PullSummary = {
    apiRoot,
    collection: options.collection,
    addedAfter,
    pages: 0,
    received: 0,
    newObjects: 0,
    understood: 0,
    documents: 0,
    warnings: 0,
    notUnderstood: 0,
    refused: 0,
    stored: [],
    notDocuments: [],
    lastAdded: addedAfter,
    complete: false,
  };
  const limit = options.limit ?? 500;
  for (;;) {
    if (options.maxPages !== undefined && summary.pages >= options.maxPages) return summary;
    const q = new URLSearchParams({ limit: String(limit) });
    if (addedAfter) q.set('added_after', addedAfter);
    if (next) q.set('next', next);
    const url = `${apiRoot}collections/${encodeURIComponent(options.collection)}/objects/?${q}`;
    let page: { json: Record<string, unknown>; headers: Headers };
    try {
      page = await request(url, auth);
    } catch (e) {
      // a resumed token the server no longer knows: run the query again from its start
      if (next && e instanceof HttpFailure && e.details?.status === 400) {
        next = null;
        continue;
      }
      throw e;
    }
    const objects = Array.isArray(page.json.objects) ? (page.json.objects as unknown[]) : [];
    summary.pages++;
    summary.received += objects.length;
    if (objects.length) {
      const { imported, refused } = importPage(objects, apiRoot, options.collection);
      summary.refused += refused;
      for (const imp of imported) {
        summary.newObjects += await share.keepReceived(imp, apiRoot, options.collection);
        summary.understood += imp.objects.filter((o) => o.understood).length;
        summary.documents += imp.documents.length;
        summary.warnings += imp.warnings.length;
        summary.notUnderstood += imp.unknown.length;
        if (options.store) {
          const dateAdded = await datesAdded(apiRoot, options.collection, auth, imp);
          const r = await receiveIntoStore(options.store, share, imp, {
            source: apiRoot,
            collection: options.collection,
            dateAdded,
            fusion: options.fusion ?? null,
            ...(options.extract ? { extract: options.extract } : {}),
          });
          summary.stored.push(...r.documents);
          summary.notDocuments.push(
            ...r.skipped,
            ...r.failed.map((f) => ({ stixId: f.stixId, type: 'report', reason: `${f.code}: ${f.message}` })),
          );
        }
      }
    }
    const last = page.headers.get('x-taxii-date-added-last');
    if (last && (!summary.lastAdded || last > summary.lastAdded)) summary.lastAdded = last;
    next = page.json.more === true && typeof page.json.next === 'string' ? page.json.next : null;
    if (!next) {
      await share.setPullState(apiRoot, options.collection, { lastAdded: summary.lastAdded, next: null });
      summary.complete = true;
      return summary;
    }
    // the watermark moves only when the query is complete; meanwhile the position is the token
    await share.setPullState(apiRoot, options.collection, { lastAdded: addedAfter, next });
  }
}

/** POSTs objects to a collection in one envelope; returns the server's status resource. */
export async function pushObjects(
  options: TaxiiAuth & { url: string; collection: string; objects: readonly StixObject[] },
): Promise<StatusResource> {
  const auth: TaxiiAuth = { token: options.token, ...(options.user ? { user: options.user } : {}) };
  const apiRoot = await resolveApiRoot(options.url, auth);
  const url = `${apiRoot}collections/${encodeURIComponent(options.collection)}/objects/`;
  const { json } = await request(url, auth, { method: 'POST', body: JSON.stringify({ objects: options.objects }) });
  return json as unknown as StatusResource;
}
