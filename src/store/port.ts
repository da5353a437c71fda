/**
 * The storage port: what the rest of Forewarn may ask of a store. The
 * embedded SQLite store implements it (src/store/sqlite.ts); a PostgreSQL
 * store must implement the same interface and pass the same test suite.
 *
 * Every list call is paginated (`limit`, `offset`) and returns `{items, total}`.
 */
import type { Claim, Entity, Event, Extraction, Warning } from '../extract/contract.js';
import type { SourceDocument } from '../ingest/read.js';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: string;
  /** sha-256 of the text, hex */
  hash: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  origin: string;
  mediaType: string;
  language: string;
  length: number;
  /** ISO timestamp of ingestion */
  ingestedAt: string;
  counts: { entities: number; events: number; claims: number; warnings: number };
}

export interface StoredDocument extends DocumentSummary {
  text: string;
  extraction: Extraction;
}

export type DocumentWithExtraction = Omit<StoredDocument, 'text'>;

/** An extracted item together with the document it came from. */
export type Located<T> = T & { document: string; published: string | null };

export interface DocumentQuery extends PageRequest {
  /** full-text query (FTS5 syntax tolerated; plain words are AND-ed) */
  q?: string;
}

export interface EntityQuery extends PageRequest {
  q?: string;
  type?: Entity['type'];
  document?: string;
}

export interface EventQuery extends PageRequest {
  type?: Event['type'];
  /** entity name or alias: location or actor */
  entity?: string;
  document?: string;
  /** inclusive date bounds, YYYY[-MM[-DD]] */
  from?: string;
  to?: string;
}

export interface ClaimQuery extends PageRequest {
  /** full-text query over content and speaker */
  q?: string;
  /** words in the speaker text or speaker entity name */
  speaker?: string;
  /** entity name or alias mentioned in the claim's content or speaking it */
  entity?: string;
  polarity?: Claim['polarity'];
  document?: string;
  /** publication date bounds of the claim's document */
  from?: string;
  to?: string;
}

export interface AddResult {
  id: string;
  /** false when a document with the same text was already stored (a no-op) */
  created: boolean;
}

export interface Store {
  /** Stores a document and its extraction in one transaction; same text again is a no-op. */
  addDocument(doc: SourceDocument, extraction: Extraction): Promise<AddResult>;
  /** The id of the stored document with this exact text, if any. */
  findByText(text: string): Promise<string | null>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Several documents' metadata and extractions without their texts, in the order asked; unknown ids are left out. */
  getExtractions(ids: readonly string[]): Promise<DocumentWithExtraction[]>;
  listDocuments(query?: DocumentQuery): Promise<Page<DocumentSummary>>;
  listEntities(query?: EntityQuery): Promise<Page<Located<Entity>>>;
  listEvents(query?: EventQuery): Promise<Page<Located<Event>>>;
  listClaims(query?: ClaimQuery): Promise<Page<Located<Claim>>>;
  listWarnings(query?: PageRequest & { document?: string }): Promise<Page<Located<Warning>>>;
  close(): Promise<void>;
}
