/**
 * Document routes: `GET /api/documents` (full-text search, paginated) and
 * `GET /api/documents/:id` (text and extraction).
 *
 * Public surface: `documentRoutes` (a Fastify plugin taking `{ store }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import { ForewarnError } from '../../errors.js';
import type { Store } from '../../store/port.js';
import { errorResponses, idParam, pageOf, pageQuery, ref, textParam } from '../schemas.js';

interface ListQuery {
  q?: string;
  limit: number;
  offset: number;
}

export const documentRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
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
      return store.listDocuments({ ...(q ? { q } : {}), limit, offset });
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
      return doc;
    },
  );
};
