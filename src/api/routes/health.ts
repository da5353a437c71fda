/**
 * `GET /api/health`: liveness, the server mode (local or multi-user) and the
 * number of stored documents, so a client can tell a running but empty
 * server from a populated one. Public: it reveals no stored content.
 *
 * Public surface: `healthRoutes` (a Fastify plugin taking `{ store, version, mode }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../store/port.js';
import type { ServerMode } from '../auth.js';
import { errorResponses } from '../schemas.js';

export const healthRoutes: FastifyPluginAsync<{ store: Store; version: string; mode: ServerMode }> = async (
  app,
  { store, version, mode },
) => {
  app.get(
    '/api/health',
    {
      config: { auth: 'public' },
      schema: {
        summary: 'Server status, mode, version and document count',
        security: [],
        tags: ['meta'],
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['status', 'mode', 'version', 'documents'],
            properties: {
              status: { type: 'string', enum: ['ok'] },
              mode: {
                type: 'string',
                enum: ['local', 'multi-user'],
                description: 'local: single-user, see docs/API.md',
              },
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
      return { status: 'ok', mode, version, documents: total };
    },
  );
};
