/**
 * Signing in and out: `POST /api/auth/login` (username and password → an
 * HttpOnly, SameSite=Strict session cookie), `POST /api/auth/logout` (ends
 * the session and clears the cookie), `GET /api/auth/me` (who the server
 * takes you for, and its mode).
 *
 * Public surface: `authRoutes` (a Fastify plugin taking `{ warnings, mode }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import { isForewarnError } from '../../errors.js';
import {
  clearedSessionCookie,
  principalOf,
  type ServerMode,
  sessionCookie,
  sessionIdOf,
  type WarningServiceSource,
} from '../auth.js';
import { createLoginThrottle } from '../login-throttle.js';
import { errorResponses } from '../schemas.js';
import { loginBody } from './warnings-schemas.js';

const TAG = 'auth';
const who = {
  type: 'object',
  additionalProperties: false,
  required: ['username', 'role'],
  properties: { id: { type: 'string' }, username: { type: 'string' }, role: { type: 'string' } },
};

export const authRoutes: FastifyPluginAsync<{ warnings: WarningServiceSource; mode: ServerMode }> = async (
  app,
  { warnings, mode },
) => {
  const throttle = createLoginThrottle();
  app.post<{ Body: { username: string; password: string } }>(
    '/api/auth/login',
    {
      config: { auth: 'public' },
      schema: {
        summary: 'Sign in: sets the session cookie',
        security: [],
        tags: [TAG],
        body: loginBody,
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['user', 'expiresAt'],
            properties: { user: who, expiresAt: { type: 'string' } },
          },
          ...errorResponses(400, 401, 403, 429, 500),
        },
      },
    },
    async (req, reply) => {
      const { username } = req.body;
      try {
        throttle.check(username, req.ip);
      } catch (e) {
        reply.header('retry-after', String((e as { details?: { retryAfter?: number } }).details?.retryAfter ?? 60));
        throw e;
      }
      const { sessionId, expiresAt, user } = await (await warnings())
        .login(username, req.body.password)
        .catch((e: unknown) => {
          if (isForewarnError(e) && e.code === 'invalid_credentials') throttle.failed(username, req.ip);
          throw e;
        });
      throttle.succeeded(username);
      if (user.kind !== 'user') throw new Error('login returned a non-user principal');
      reply.header('set-cookie', sessionCookie(req, sessionId, expiresAt));
      return { user: { id: user.id, username: user.username, role: user.role }, expiresAt };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { auth: 'public' },
      schema: {
        summary: 'Sign out: ends the session and clears the cookie',
        security: [],
        tags: [TAG],
        response: {
          200: { type: 'object', additionalProperties: false, properties: { loggedOut: { type: 'boolean' } } },
          ...errorResponses(500),
        },
      },
    },
    async (req, reply) => {
      const session = sessionIdOf(req);
      if (session) await (await warnings()).logout(session);
      reply.header('set-cookie', clearedSessionCookie(req));
      return { loggedOut: true };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        summary: 'The user the server takes you for, and the server mode',
        tags: [TAG],
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['mode', 'user'],
            properties: { mode: { type: 'string', enum: ['local', 'multi-user'] }, user: who },
          },
          ...errorResponses(401, 403, 500),
        },
      },
    },
    async (req) => {
      const p = await principalOf(req);
      if (p.kind !== 'user') throw new Error('a request principal is always a user');
      return { mode, user: { id: p.id, username: p.username, role: p.role } };
    },
  );
};
