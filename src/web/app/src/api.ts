/**
 * The JSON API as the UI sees it: typed fetch helpers and the shapes it reads
 * (docs/API.md, src/fuse/README.md). Producers may add fields; the UI ignores
 * those it does not know.
 */
import type { TlpLevel } from '../../../share/tlp.js';

export type Span = [number, number];

export interface ApiError extends Error {
  status: number;
  code: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  counts?: { entities: number; events: number; claims: number; warnings: number };
  /** present when a partner sent the text (a STIX bundle or a TAXII pull) */
  received?: {
    source: string;
    collection: string;
    tlp: TlpLevel | null;
    dateAdded: string | null;
    receivedAt: string;
  }[];
}

export interface Entity {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  mentions: Span[];
}

export interface Event {
  id: string;
  type: string;
  subtype?: string | null;
  date?: string | null;
  location?: string | null;
  actors?: string[];
  targets?: string[];
  killed?: { value: number; qualifier: string } | null;
  injured?: { value: number; qualifier: string } | null;
  evidence: Span;
}

export interface Claim {
  id: string;
  speaker: { text: string; entity?: string | null; anonymous?: boolean; span?: Span | null };
  via?: string | null;
  cue: { text: string; span: Span };
  content: { text: string; span: Span };
  quote: string;
  polarity: 'affirm' | 'deny';
  hedged: boolean;
  hedges?: string[];
}

export interface ExtractedWarning {
  id: string;
  issuer: string | null;
  recipient: string | null;
  issued: string | null;
  threat?: string | null;
  threat_actor?: string | null;
  basis?: string | null;
  specificity: { actor: boolean; location: string; target: boolean; time: string; method?: boolean };
  evidence: Span;
  document?: string;
  published?: string | null;
}

/** A document's extraction without its text (`GET /api/extractions`). */
export interface DocumentExtraction extends DocumentSummary {
  extraction: {
    entities: Entity[];
    events: Event[];
    claims: Claim[];
    warnings: ExtractedWarning[];
  };
}

export interface DocumentFull extends DocumentExtraction {
  text: string;
}

export interface StorySummary {
  id: string;
  title: string;
  /** counts (the API), or ids (older builds) */
  documents: number | string[];
  incidents: number | string[];
  first: string | null;
  last: string | null;
}

export interface Figure {
  measure: string;
  value: number;
  qualifier: string;
  source: { document: string; outlet: string | null; title: string | null; event?: string };
  reported: string | null;
}

export interface Incident {
  id: string;
  type: string;
  subtype?: string | null;
  date: string | null;
  location: { id: string; name: string } | null;
  actors: ({ id: string; name: string } | string)[];
  targets: ({ id: string; name: string } | string)[];
  documents: string[];
  figures: Figure[];
  timelines?: {
    measure: string;
    latest?: Figure | null;
    range?: { min: number; max: number };
    conflicting?: boolean;
  }[];
}

export interface ClaimGroup {
  id: string;
  proposition: string;
  polarity: string;
  claims: string[];
  independent_sources: number;
  opposing_sources?: number;
  sources: string[];
}

export interface ContradictionSide {
  claim: string;
  speaker: string | null;
  content: string;
  source: { document: string; outlet: string | null; published: string | null };
}

export interface Contradiction {
  id: string;
  kind: string;
  claims: [string, string];
  reason: string | null;
  sides: ContradictionSide[];
}

export interface StoryWarning {
  id: string;
  document: string;
  issuer: { id: string; name: string } | string | null;
  recipient: { id: string; name: string } | string | null;
  issued: string | null;
  threat: string | null;
  matches: { incident: string; lead_time_days: number | null; specific: string[]; missing: string[] }[];
}

export interface Story {
  id: string;
  title: string;
  documents: string[];
  /** each report's title, outlet and publication time */
  reports?: { id: string; title: string | null; outlet: string | null; published: string | null }[];
  incidents: Incident[];
  entities: { id: string; name: string; type: string; aliases?: string[] }[];
  claim_groups: ClaimGroup[];
  contradictions: Contradiction[];
  warnings: StoryWarning[];
}

export type WarningState = 'draft' | 'assessed' | 'decided' | 'delivered' | 'acknowledged' | 'closed';

export interface WarningRecord {
  identifier: string;
  sender: string;
  sent: string;
  addresses: string[];
  info: { event: string; headline: string | null; description: string | null; urgency: string; severity: string };
  threat: { type: string | null; actor: string | null; target: string | null };
  specificity: { actor: boolean; target: boolean; place: boolean; time: boolean; method: boolean };
  basis: string | null;
  evidence: { documents: string[]; claims: string[] };
  tlp: string;
  origin: 'manual' | 'extracted';
  source: { document: string; warning: string } | null;
  state: WarningState;
  grading: { sourceReliability: string; infoCredibility: number; credible: boolean; specific: boolean } | null;
  decision: { kind: 'warn' | 'waive'; decidedBy: string; reason?: string; justification?: string } | null;
  outcome: { kind: 'incident' | 'none'; incidentId?: string; incidentDate?: string; leadTimeDays?: number } | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Delivery {
  id: string;
  channel: string;
  target: string | null;
  notes: string | null;
  deliveredBy: string;
  deliveredAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
}

export interface Me {
  mode: 'local' | 'multi-user';
  user: { id: string; username: string; role: 'analyst' | 'approver' | 'administrator' };
}

const ACT_AS_KEY = 'forewarn.actAs';

/** Local mode only: act as another named local user (sent as X-Forewarn-User, honoured from this machine). */
export function actingAs(): string {
  return sessionStorage.getItem(ACT_AS_KEY) ?? '';
}
export function setActingAs(name: string): void {
  if (name) sessionStorage.setItem(ACT_AS_KEY, name);
  else sessionStorage.removeItem(ACT_AS_KEY);
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const as = actingAs();
  if (as && !/^\/api\/auth\/log(in|out)/.test(url)) headers['x-forewarn-user'] = as;
  const res = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    const err = new Error(data?.error?.message ?? `HTTP ${res.status}`) as ApiError;
    err.status = res.status;
    err.code = data?.error?.code ?? 'http_error';
    throw err;
  }
  return data as T;
}

export const getJson = <T>(url: string): Promise<T> => request<T>('GET', url);
export const postJson = <T>(url: string, body: unknown): Promise<T> => request<T>('POST', url, body);
export const patchJson = <T>(url: string, body: unknown): Promise<T> => request<T>('PATCH', url, body);

const enc = encodeURIComponent;

/** Documents are fetched once per page view and shared between components. */
const docCache = new Map<string, Promise<DocumentFull>>();
export function getDocument(id: string): Promise<DocumentFull> {
  let p = docCache.get(id);
  if (!p) {
    p = getJson<DocumentFull>(`/api/documents/${enc(id)}`);
    p.catch(() => docCache.delete(id));
    docCache.set(id, p);
  }
  return p;
}

/** The extractions of many documents, a batch of ids per request; `onProgress` after each batch. */
export async function getExtractions(
  ids: string[],
  onProgress: (done: number, of: number) => void,
): Promise<Map<string, DocumentExtraction>> {
  const BATCH = 50;
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  const out = new Map<string, DocumentExtraction>();
  let done = 0;
  await mapLimit(batches, 3, async (batch) => {
    const page = await getJson<{ items: DocumentExtraction[] }>(`/api/extractions?documents=${enc(batch.join(','))}`);
    for (const d of page.items) out.set(d.id, d);
    done += batch.length;
    onProgress(done, ids.length);
  });
  return out;
}

/** Runs `fn` over `items` with at most `n` at a time. */
export async function mapLimit<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/** `documentId:itemId` → [documentId, itemId] (document ids may hold colons: split at the last). */
export function splitItemId(id: string): [string, string] {
  const i = id.lastIndexOf(':');
  return i < 0 ? ['', id] : [id.slice(0, i), id.slice(i + 1)];
}

export const api = {
  /** every story, fetched page by page (the API gives at most 200 at a time) */
  stories: async (): Promise<StorySummary[]> => {
    const all: StorySummary[] = [];
    for (;;) {
      const page = await getJson<Page<StorySummary>>(`/api/stories?limit=200&offset=${all.length}`);
      all.push(...page.items);
      if (page.items.length === 0 || all.length >= page.total) return all;
    }
  },
  story: (id: string) => getJson<Story>(`/api/stories/${enc(id)}`),
  documents: (q: string, offset: number) =>
    getJson<Page<DocumentSummary>>(`/api/documents?limit=20&offset=${offset}${q ? `&q=${enc(q)}` : ''}`),
  me: () => getJson<Me>('/api/auth/me'),
  login: (username: string, password: string) =>
    postJson<{ user: Me['user'] }>('/api/auth/login', { username, password }),
  logout: () => postJson<{ loggedOut: boolean }>('/api/auth/logout', {}),
  warnings: (state: string) => getJson<Page<WarningRecord>>(`/api/warnings?limit=200${state ? `&state=${state}` : ''}`),
  warning: (id: string) => getJson<WarningRecord>(`/api/warnings/${enc(id)}`),
  deliveries: (id: string) => getJson<Page<Delivery>>(`/api/warnings/${enc(id)}/deliveries`),
  history: (id: string) => getJson<Page<AuditRow> | AuditRow[]>(`/api/warnings/${enc(id)}/history`),
  extractedWarnings: () => getJson<Page<ExtractedWarning>>('/api/extracted-warnings?limit=200'),
};

export const itemsOf = <T>(r: Page<T> | T[]): T[] => (Array.isArray(r) ? r : r.items);
