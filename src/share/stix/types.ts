/**
 * Shapes shared by the STIX export and import: what Forewarn hands to the
 * exporter (documents with their contract-v1 extraction, managed warnings) and
 * the generic STIX object and bundle types.
 *
 * Public surface: `ShareDocument`, `ShareWarning`, `Admiralty`, `StixInput`,
 * `ExportOptions`, `StixObject`, `StixBundle`, `Omission`, `StixExport`.
 */
import type { Extraction } from '../../extract/contract.js';
import type { TlpLevel } from '../tlp.js';

/** The Admiralty (NATO AJP-2.1) grading of a source and of a piece of information. */
export interface Admiralty {
  /** A (completely reliable) … E (unreliable), F (cannot be judged) */
  reliability?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | null;
  /** 1 (confirmed by other sources) … 5 (improbable), 6 (cannot be judged) */
  credibility?: 1 | 2 | 3 | 4 | 5 | 6 | null;
}

/** One document as stored, with what was extracted from it. */
export interface ShareDocument {
  /** Forewarn's document id */
  id: string;
  /** sha-256 of the text, hex; names the STIX ids when given, so that the same text keeps its ids under any id */
  hash?: string | null;
  title?: string | null;
  /** YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time */
  published?: string | null;
  /** ISO date-time of ingestion */
  ingestedAt?: string | null;
  outlet?: string | null;
  /** path or URL it came from */
  origin?: string | null;
  /** text length in UTF-16 code units; defaults to the extraction's */
  length?: number | null;
  /** grading of the source and its information; `'B2'` is accepted */
  grading?: Admiralty | string | null;
  /** defaults to the export's `tlp` */
  tlp?: TlpLevel | null;
  extraction: Extraction;
  /**
   * Pieces of the text known without the whole (an import has the quoted
   * evidence, not the document); used where `extraction.text` is absent.
   */
  excerpts?: { span: [number, number]; text: string }[];
  /**
   * false for a container of objects that arrived outside any report (see
   * import): its items are exported, but no report object is made for it.
   */
  asReport?: boolean;
}

/** A warning managed in Forewarn's duty-to-warn workflow, as far as partners see it. */
export interface ShareWarning {
  id: string;
  title: string;
  description?: string | null;
  /** the issuing organisation (CAP sender) */
  issuer: string;
  /** the addressed recipients */
  recipients: string[];
  /** ISO date-time the warning was sent (or created, if not yet sent) */
  issued: string;
  /** ISO date-times of the record */
  created: string;
  modified: string;
  state?: string | null;
  decision?: {
    kind: string;
    by: string;
    at: string;
    reason?: string | null;
    note?: string | null;
  } | null;
  acknowledgement?: { by: string; at: string } | null;
  threat?: { type?: string | null; actor?: string | null; target?: string | null } | null;
  grading?: Admiralty | string | null;
  tlp?: TlpLevel | null;
  /** documents (and items in them) the warning rests on; those in the export become object_refs */
  evidence?: { document: string; item?: string | null }[];
}

export interface StixInput {
  documents: ShareDocument[];
  warnings?: ShareWarning[];
}

export interface ExportOptions {
  /** marking for documents and warnings that carry none; AMBER unless said, because nothing is shared wider than someone decided */
  tlp?: TlpLevel;
}

/** Any STIX object: the common properties typed, the rest open. */
export interface StixObject {
  type: string;
  id: string;
  spec_version?: string;
  created?: string;
  modified?: string;
  created_by_ref?: string;
  object_marking_refs?: string[];
  object_refs?: string[];
  extensions?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** Something the exporter could not represent in STIX, and why. */
export interface Omission {
  document: string | null;
  item: string;
  reason: string;
}

export interface StixExport {
  bundle: StixBundle;
  omitted: Omission[];
}
