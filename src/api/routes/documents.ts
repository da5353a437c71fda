/**
 * Document routes: `GET /api/documents` (full-text search, paginated),
 * `GET /api/documents/:id` (text and extraction) and `GET /api/extractions`
 * (the extractions of many documents in one request, without their texts:
 * a story page of a hundred reports makes one request instead of a hundred).
 *
 * Public surface: `documentRoutes` (a Fastify plugin taking `{ store }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import { ForewarnError } from '../../errors.js';
import type { ReceivedDocument } from '../../share/taxii/store.js';
import type { Store } from '../../store/port.js';
import { errorResponses, idParam, pageOf, pageQuery, ref, textParam } from '../schemas.js';

/** Where received documents came from (src/share): per document id, the rows that brought it. */
export type ReceivedSource = (
  documentIds: string[],
) => Promise<Pick<ReceivedDocument, 'document' | 'source' | 'collection' | 'tlp' | 'dateAdded' | 'receivedAt'>[]>;

/** ids per `GET /api/extractions` request */
const MAX_EXTRACTION_IDS = 200;

interface ListQuery {
  q?: string;
  limit: number;
  offset: number;
}

export const documentRoutes: FastifyPluginAsync<{ store: Store; received?: ReceivedSource }> = async (
  app,
  { store, received },
) => {
  // a document a partner sent says so, with the marking it came under: the reader must see TLP:RED before reading on
  const withReceived = async <T extends { id: string }>(docs: T[]): Promise<T[]> => {
    if (!received || docs.length === 0) return docs;
    const byDoc = new Map<string, unknown[]>();
    for (const r of await received(docs.map((d) => d.id))) {
      const { document, ...from } = r;
      byDoc.set(document, [...(byDoc.get(document) ?? []), from]);
    }
    return docs.map((d) => (byDoc.has(d.id) ? { ...d, received: byDoc.get(d.id) } : d));
  };

  app.get<{ Querystring: ListQuery }>(
    '/api/documents',
    {
      schema: {
        summary: 'List documents, newest first, or search them by full text',
        tags: ['documents'],
        querystring: {
          type: 'object',
          properties: {
            q: textParam('full-text query; plain words, all must occur; a trailing * matches a prefix'),
            ...pageQuery,
          },
        },
        response: { 200: pageOf(ref('DocumentSummary')), ...errorResponses(400, 500) },
      },
    },
    async (req) => {
      const { q, limit, offset } = req.query;
      const page = await store.listDocuments({ ...(q ? { q } : {}), limit, offset });
      return { ...page, items: await withReceived(page.items) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id',
    {
      schema: {
        summary: 'One document with its text and extraction',
        tags: ['documents'],
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: idParam('document id, as listed by /api/documents') },
        },
        response: { 200: ref('Document'), ...errorResponses(400, 404, 500) },
      },
    },
    async (req) => {
      const doc = await store.getDocument(req.params.id);
      if (!doc) throw new ForewarnError('not_found', `no document with id ${req.params.id}`);
      return (await withReceived([doc]))[0];
    },
  );

  app.get<{ Querystring: { documents: string } }>(
    '/api/extractions',
    {
      schema: {
        summary:
          'The extractions of several documents (comma-separated ids), without their texts; unknown ids are left out',
        tags: ['documents'],
        querystring: {
          type: 'object',
          required: ['documents'],
          properties: {
            documents: {
              type: 'string',
              minLength: 1,
              maxLength: 64 * 1024,
              description: `document ids separated by commas, at most ${MAX_EXTRACTION_IDS}`,
            },
          },
        },
        response: { 200: pageOf(ref('DocumentExtraction')), ...errorResponses(400, 500) },
      },
    },
    async (req) => {
      const ids = [...new Set(req.query.documents.split(',').map((id) => id.trim()))].filter(Boolean);
      if (ids.length > MAX_EXTRACTION_IDS) {
        throw new ForewarnError('bad_request', `at most ${MAX_EXTRACTION_IDS} document ids per request`, {
          parameter: 'documents',
          in: 'querystring',
        });
      }
      const items = await store.getExtractions(ids);
      return { items: await withReceived(items), total: items.length };
    },
  );
};
