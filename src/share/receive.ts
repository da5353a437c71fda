/**
 * Received STIX into the store's documents: the reports of a bundle (an
 * ingested file or a TAXII pull), and notes and incidents outside any report,
 * become documents that extraction and fusion process like any other report,
 * dated by their `published` (or `created`) time. Their provenance (source,
 * collection, STIX id, date added) and TLP markings are kept in the share
 * store (`share_received_documents`); every object also stays verbatim in
 * `share_received`, as `keepReceived` keeps it.
 *
 * A report's text is its `description`; a report without one is told by the
 * notes' `content` and incidents' `description` it refers to (one paragraph
 * each). A report with no text at all, a warning (threat-report) and a
 * report without a usable time are not documents: they are listed in
 * `skipped` with the reason. A report exported by Forewarn whose text is
 * already stored (same hash) is that document, not a new one.
 *
 * Public surface: `receivedTexts(imported)`, `receiveIntoStore(store, share,
 * imported, options)`, types `ReceivedText`, `NotADocument`, `ReceiveSummary`.
 */
import type { Extraction } from '../extract/contract.js';
import { type ExtractInput, extract as realExtract } from '../extract/index.js';
import { storeDocument } from '../ingest/store-document.js';
import type { FusionStore } from '../store/fusion.js';
import { documentIdForHash, documentIdForText } from '../store/index.js';
import type { Store } from '../store/port.js';
import type { KeptObject, StixImport } from './stix/import.js';
import { toStixTimestamp } from './stix/time.js';
import type { StixObject } from './stix/types.js';
import type { ShareStore } from './taxii/store.js';
import { mostRestrictive, type TlpLevel } from './tlp.js';

/** A text that came as STIX and is to become a document. */
export interface ReceivedText {
  stixId: string;
  type: string;
  /** the object's version (modified, else created) */
  version: string;
  title: string | null;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  published: string | null;
  outlet: string | null;
  /** a URL the report names, else `stix:<source>[/<collection>]#<id>` */
  origin: string;
  /** the most restrictive level of the objects the text came from */
  tlp: TlpLevel | null;
  markings: string[];
  /** sha-256 of the text of the document a Forewarn export was made from */
  hash: string | null;
}

export interface NotADocument {
  stixId: string;
  type: string;
  reason: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function dateOf(value: unknown): string | null {
  const t = toStixTimestamp(str(value));
  return t ? t.slice(0, 10) : null;
}

function originOf(o: StixObject, source: string | null, collection: string | null): string {
  const urls = (Array.isArray(o.external_references) ? o.external_references : [])
    .map((e) => (typeof e === 'object' && e !== null ? str((e as Record<string, unknown>).url) : null))
    .filter((u): u is string => u !== null && /^https?:\/\//.test(u));
  if (urls[0]) return urls[0];
  return `stix:${[source?.replace(/\/+$/, ''), collection].filter((x) => x).join('/') || 'bundle'}#${o.id}`;
}

const textOfPart = (o: StixObject): string | null =>
  o.type === 'note' ? str(o.content) : o.type === 'incident' ? str(o.description) : null;

/** Which received objects carry a text to store as a document, and which reports do not (with the reason). */
export function receivedTexts(imported: StixImport): { texts: ReceivedText[]; skipped: NotADocument[] } {
  const current = new Map<string, KeptObject>();
  for (const k of imported.objects) if (!k.superseded) current.set(k.id, k);
  const docs = new Map(imported.documents.map((d) => [d.id, d]));
  const texts: ReceivedText[] = [];
  const skipped: NotADocument[] = [];
  const inReports = new Set<string>();
  for (const k of current.values())
    if (k.type === 'report') for (const ref of strs(k.object.object_refs)) inReports.add(ref);
  const versionOf = (o: StixObject) => str(o.modified) ?? str(o.created) ?? '';

  for (const k of current.values()) {
    const o = k.object;
    if (k.type === 'report') {
      if (k.as === 'warning' || k.as === 'managed-warning') {
        skipped.push({ stixId: k.id, type: k.type, reason: 'a warning: kept as received material, not a document' });
        continue;
      }
      if (k.as !== 'document') {
        skipped.push({ stixId: k.id, type: k.type, reason: 'a report without a usable published or created time' });
        continue;
      }
      const levels: TlpLevel[] = k.tlp ? [k.tlp] : [];
      const markings = new Set(k.markings);
      let text = str(o.description);
      if (!text) {
        const parts: string[] = [];
        for (const ref of strs(o.object_refs)) {
          const part = current.get(ref);
          const t = part ? textOfPart(part.object) : null;
          if (!part || !t) continue;
          // the same words told twice are told once, at the stricter of the two markings
          if (!parts.includes(t.trim())) parts.push(t.trim());
          if (part.tlp) levels.push(part.tlp);
          for (const m of part.markings) markings.add(m);
        }
        text = parts.length ? parts.join('\n\n') : null;
      }
      if (!text) {
        skipped.push({
          stixId: k.id,
          type: k.type,
          reason: 'a report without text (no description, and no note or incident with text among its refs)',
        });
        continue;
      }
      const d = k.document ? docs.get(k.document) : undefined;
      texts.push({
        stixId: k.id,
        type: k.type,
        version: versionOf(o),
        title: str(o.name),
        text,
        published: d?.published ? d.published.slice(0, 10) : (dateOf(o.published) ?? dateOf(o.created)),
        outlet: d?.outlet ?? null,
        origin: originOf(o, imported.source, imported.collection),
        tlp: mostRestrictive(levels),
        markings: [...markings],
        hash: d?.hash ?? null,
      });
    } else if ((k.as === 'claim' || k.as === 'event') && !inReports.has(k.id)) {
      // a note or incident outside every report is a report of its own
      const text = textOfPart(o);
      if (!text) continue;
      texts.push({
        stixId: k.id,
        type: k.type,
        version: versionOf(o),
        title: str(o.name) ?? str(o.abstract),
        text,
        published: dateOf(o.created),
        outlet: null,
        origin: originOf(o, imported.source, imported.collection),
        tlp: k.tlp,
        markings: k.markings,
        hash: null,
      });
    }
  }
  return { texts, skipped };
}

export interface ReceiveSummary {
  documents: { stixId: string; id: string; created: boolean }[];
  skipped: NotADocument[];
  failed: { stixId: string; code: string; message: string }[];
}

export interface ReceiveOptions {
  /** the TAXII API root or `file:<path>` (default: the import's source) */
  source?: string;
  /** the TAXII collection ('' for a file; default: the import's collection) */
  collection?: string;
  /** date_added of objects, by STIX id, when the server gave them */
  dateAdded?: ReadonlyMap<string, string>;
  extract?: (input: ExtractInput) => Extraction;
  /** outlet for texts that do not state one */
  outlet?: string;
  /** fold each new document into fusion (null: do not) */
  fusion?: FusionStore | null;
}

/**
 * Stores the received texts as documents (extracted, folded into fusion) and
 * records their provenance and markings in the share store. One text's
 * failure is reported in `failed` and the others go on.
 */
export async function receiveIntoStore(
  store: Store,
  share: ShareStore,
  imported: StixImport,
  options: ReceiveOptions = {},
): Promise<ReceiveSummary> {
  const extract = options.extract ?? realExtract;
  const source = options.source ?? imported.source ?? '';
  const collection = options.collection ?? imported.collection ?? '';
  const { texts, skipped } = receivedTexts(imported);
  const summary: ReceiveSummary = { documents: [], skipped, failed: [] };
  for (const t of texts) {
    try {
      let id: string | null = null;
      let created = false;
      // our own export of a document this store has: that document, not a digest of its excerpts
      if (t.hash && (await store.getDocument(documentIdForHash(t.hash)))) id = documentIdForHash(t.hash);
      if (!id) {
        const stored = await storeDocument(
          store,
          {
            id: documentIdForText(t.text),
            text: t.text,
            title: t.title,
            published: t.published,
            outlet: t.outlet ?? options.outlet ?? null,
            origin: t.origin,
            mediaType: 'text/plain',
          },
          extract,
          options.fusion,
        );
        id = stored.id;
        created = stored.created;
      }
      await share.recordReceivedDocument({
        source,
        collection,
        stixId: t.stixId,
        version: t.version,
        document: id,
        dateAdded: options.dateAdded?.get(t.stixId) ?? null,
        tlp: t.tlp,
        markings: t.markings,
      });
      summary.documents.push({ stixId: t.stixId, id, created });
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      summary.failed.push({
        stixId: t.stixId,
        code: typeof code === 'string' ? code : 'internal',
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return summary;
}
