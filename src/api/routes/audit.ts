/**
 * The audit trail over HTTP: `GET /api/audit` (page by page, oldest first,
 * optionally about one subject) and `GET /api/audit/verify` (walks the hash
 * chain; `ok: false` names the first row that does not verify). Approvers and
 * administrators.
 *
 * Public surface: `auditRoutes` (a Fastify plugin taking `{ warnings }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import { principalOf, type WarningServiceSource } from '../auth.js';
import { errorResponses, itemsAndTotal, ref } from '../schemas.js';
import { pageQueryWarn } from './warnings-schemas.js';

const TAG = 'audit';

export const auditRoutes: FastifyPluginAsync<{ warnings: WarningServiceSource }> = async (app, { warnings }) => {
  app.get<{ Querystring: { limit: number; offset: number; subject?: string } }>(
    '/api/audit',
    {
      schema: {
        summary: 'The audit trail, oldest first',
        tags: [TAG],
        querystring: {
          type: 'object',
          properties: {
            subject: { type: 'string', maxLength: 200, description: 'only rows about this subject id' },
            ...pageQueryWarn,
          },
        },
        response: {
          200: itemsAndTotal({ type: 'array', items: ref('AuditRow') }),
          ...errorResponses(400, 401, 403, 500),
        },
      },
    },
    async (req) =>
      (await warnings()).listAudit(await principalOf(req), {
        limit: req.query.limit,
        offset: req.query.offset,
        ...(req.query.subject ? { subjectId: req.query.subject } : {}),
      }),
  );

  app.get(
    '/api/audit/verify',
    {
      schema: {
        summary: 'Verify the hash chain of the audit trail',
        tags: [TAG],
        response: {
          200: {
            type: 'object',
            additionalProperties: true,
            required: ['ok', 'rows'],
            properties: {
              ok: { type: 'boolean' },
              rows: { type: 'integer' },
              head: { type: 'object', additionalProperties: true },
              firstBroken: {
                type: 'object',
                additionalProperties: true,
                description: '{seq, problem, message} of the first row that does not verify',
              },
            },
          },
          ...errorResponses(401, 403, 500),
        },
      },
    },
    async (req) => (await warnings()).verifyAuditChain(await principalOf(req)),
  );
};
