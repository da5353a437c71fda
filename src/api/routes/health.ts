/**
 * `GET /api/health`: liveness plus the number of stored documents, so a
 * client can tell a running but empty server from a populated one.
 *
 * Public surface: `healthRoutes` (a Fastify plugin taking `{ store, version }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../store/port.js';
import { errorResponses } from '../schemas.js';

export const healthRoutes: FastifyPluginAsync<{ store: Store; version: string }> = async (app, { store, version }) => {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Server status, version and document count',
        tags: ['meta'],
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['status', 'version', 'documents'],
            properties: {
              status: { type: 'string', enum: ['ok'] },
              version: { type: 'string' },
              documents: { type: 'integer', minimum: 0 },
            },
          },
          ...errorResponses(500),
        },
      },
    },
    async () => {
      const { total } = await store.listDocuments({ limit: 0 });
      return { status: 'ok', version, documents: total };
    },
  );
};
