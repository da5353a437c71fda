/**
 * Storing one read document: the step every way in shares (files, feeds,
 * received STIX). Known text is not extracted again, so re-running over a
 * half-done batch is cheap; a new document is folded into fusion right away.
 *
 * Public surface: `storeDocument(store, doc, extract, fusion)`.
 */
import type { Extraction } from '../extract/contract.js';
import type { ExtractInput } from '../extract/index.js';
import type { FusionStore } from '../store/fusion.js';
import { documentIdForText } from '../store/index.js';
import type { Store } from '../store/port.js';
import type { SourceDocument } from './read.js';

export async function storeDocument(
  store: Store,
  doc: SourceDocument,
  extract: (input: ExtractInput) => Extraction,
  fusion: FusionStore | null | undefined,
): Promise<{ id: string; created: boolean }> {
  const existing = await store.findByText(doc.text);
  if (existing) return { id: existing, created: false };
  const id = documentIdForText(doc.text);
  const extraction = extract({ id, text: doc.text, published: doc.published, title: doc.title });
  const result = await store.addDocument(doc, extraction);
  // a failed fusion step does not fail the stored document: the next read of the stories catches up
  if (result.created) await fusion?.sync().catch(() => undefined);
  return result;
}
