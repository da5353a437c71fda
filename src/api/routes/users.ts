/**
 * Accounts and API tokens over HTTP: `GET/POST /api/users`,
 * `POST /api/users/:username/disable` (administrators), `POST /api/tokens`
 * (a token for oneself, or for another user by an administrator; the secret
 * is returned once), and the recipients of warnings that acknowledge with
 * their own token: `GET /api/partners` (analysts pick one to deliver to),
 * `POST /api/partners` and `POST /api/partners/:id/disable` (administrators).
 * These are the duty-to-warn recipients, not the TAXII partners of
 * src/share/taxii. The warning service checks the roles.
 *
 * Public surface: `userRoutes` (a Fastify plugin taking `{ warnings }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Role } from '../../warn/index.js';
import { principalOf, type WarningServiceSource } from '../auth.js';
import { errorResponses, itemsAndTotal, ref } from '../schemas.js';
import { partnerBody, tokenBody, userBody } from './warnings-schemas.js';

const TAG = 'users';
const partner = {
  type: 'object',
  additionalProperties: true,
  required: ['id', 'name'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    contact: { type: ['string', 'null'] },
    disabled: { type: 'boolean' },
    createdAt: { type: 'string' },
  },
};

export const userRoutes: FastifyPluginAsync<{ warnings: WarningServiceSource }> = async (app, { warnings }) => {
  app.get(
    '/api/users',
    {
      schema: {
        summary: 'All accounts (administrators)',
        tags: [TAG],
        response: {
          200: itemsAndTotal({ type: 'array', items: ref('User') }),
          ...errorResponses(401, 403, 500),
        },
      },
    },
    async (req) => {
      const items = await (await warnings()).listUsers(await principalOf(req));
      return { items, total: items.length };
    },
  );

  app.post<{ Body: { username: string; password: string; role: Role; displayName?: string | null } }>(
    '/api/users',
    {
      schema: {
        summary: 'Create an account (administrators)',
        tags: [TAG],
        body: userBody,
        response: { 201: ref('User'), ...errorResponses(400, 401, 403, 409, 422, 500) },
      },
    },
    async (req, reply) => {
      const user = await (await warnings()).createUser(await principalOf(req), req.body);
      return reply.status(201).send(user);
    },
  );

  app.post<{ Params: { username: string } }>(
    '/api/users/:username/disable',
    {
      schema: {
        summary: 'Disable an account: its tokens and sessions stop working at once (administrators)',
        tags: [TAG],
        params: {
          type: 'object',
          required: ['username'],
          properties: { username: { type: 'string', minLength: 1, maxLength: 64 } },
        },
        response: { 200: ref('User'), ...errorResponses(400, 401, 403, 404, 500) },
      },
    },
    async (req) => (await warnings()).disableUser(await principalOf(req), req.params.username),
  );

  app.post<{ Body: { name: string; username?: string; expiresAt?: string | null } }>(
    '/api/tokens',
    {
      schema: {
        summary: 'Create an API token (for yourself, or for a user when an administrator); shown once',
        tags: [TAG],
        body: tokenBody,
        response: {
          201: {
            type: 'object',
            additionalProperties: false,
            required: ['token', 'view'],
            properties: {
              token: { type: 'string', description: 'the secret: send it as Authorization: Bearer <token>' },
              view: ref('Token'),
            },
          },
          ...errorResponses(400, 401, 403, 404, 500),
        },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const created = await (await warnings()).createToken(await principalOf(req), {
        name: body.name,
        ...(body.username !== undefined ? { username: body.username } : {}),
        ...(body.expiresAt ? { expiresAt: body.expiresAt } : {}),
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/partners',
    {
      schema: {
        summary: 'Recipients of warnings that acknowledge with their own token (analysts, approvers, administrators)',
        tags: [TAG],
        response: {
          200: itemsAndTotal({ type: 'array', items: partner }),
          ...errorResponses(401, 403, 500),
        },
      },
    },
    async (req) => {
      const items = await (await warnings()).listPartners(await principalOf(req));
      return { items, total: items.length };
    },
  );

  app.post<{ Body: { name: string; contact?: string | null } }>(
    '/api/partners',
    {
      schema: {
        summary: 'Register a recipient; its token (shown once) authenticates its acknowledgements (administrators)',
        tags: [TAG],
        body: partnerBody,
        response: {
          201: {
            type: 'object',
            additionalProperties: false,
            required: ['partner', 'token'],
            properties: {
              partner,
              token: { type: 'string', description: 'fwp_…: the partner sends it as Authorization: Bearer' },
            },
          },
          ...errorResponses(400, 401, 403, 409, 500),
        },
      },
    },
    async (req, reply) => {
      const created = await (await warnings()).createPartner(await principalOf(req), req.body);
      return reply.status(201).send(created);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/partners/:id/disable',
    {
      schema: {
        summary: 'Disable a recipient: its token stops working (administrators)',
        tags: [TAG],
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: {
          200: { type: 'object', additionalProperties: false, properties: { disabled: { type: 'boolean' } } },
          ...errorResponses(400, 401, 403, 404, 500),
        },
      },
    },
    async (req) => {
      await (await warnings()).disablePartner(await principalOf(req), req.params.id);
      return { disabled: true };
    },
  );
};
