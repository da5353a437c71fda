/**
 * Authentication for the HTTP API: who is asking, decided once per request
 * before any route runs.
 *
 * Credentials: `Authorization: Bearer fwt_…` (an API token of a user),
 * the `forewarn_session` cookie set by `POST /api/auth/login` (HttpOnly,
 * SameSite=Strict), and `Authorization: Bearer fwp_…` (a partner token),
 * accepted only by routes marked `config: { auth: 'partner' }` (the partner
 * acknowledgement) and refused everywhere else.
 *
 * Modes: in `multi-user` mode every /api route needs credentials unless it is
 * marked `auth: 'public'` (health, OpenAPI, login, logout) or `'link'` (the
 * one-time acknowledgement link, whose token is the credential). In `local`
 * mode (`forewarn serve --local`, `npm start`) a request without credentials
 * acts as the built-in local operator, the user `local` (role approver,
 * created on first use): reads from anywhere the server is reachable, writes
 * only from this machine (loopback). Because an author may never decide their
 * own warning, the local mode also accepts `X-Forewarn-User: NAME`, only
 * from loopback, to act as another named local user (created on first use as
 * an approver). Outside local mode that header is refused, never ignored.
 *
 * Browsers send cookies and reach 127.0.0.1 on any page's behalf, so a
 * write authenticated by the session cookie or by the local mode must not
 * come from another origin (Origin header), and the local operator answers
 * only requests addressed to a loopback name (Host header), which defeats
 * DNS rebinding.
 *
 * Roles are checked by the warning service itself (forbidden_role,
 * self_approval); this module only establishes the principal.
 *
 * Public surface: `installAuth(app, options)`, `principalOf(request)`,
 * `partnerOf(request)`, `sessionCookie`, `clearedSessionCookie`,
 * `sessionIdOf(request)`, `SESSION_COOKIE`, `LOCAL_OPERATOR`, `ServerMode`,
 * `RouteAuth`, `WarningServiceSource`.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForewarnError, isForewarnError } from '../errors.js';
import { type PartnerView, type Principal, systemPrincipal, type WarningService } from '../warn/index.js';

export type ServerMode = 'local' | 'multi-user';

/**
 * What a route needs: `user` (default: a user, or the local operator in local
 * mode), `public` (nothing), `link` (nothing: a secret in the path is the
 * credential), `partner` (a partner token).
 */
export type RouteAuth = 'user' | 'public' | 'link' | 'partner';

/** Resolves the warning service (created lazily on the store's connection). */
export type WarningServiceSource = () => Promise<WarningService>;

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    forewarnAuth: AuthState | null;
  }
}

interface AuthState {
  principal: Principal | null;
  partner: PartnerView | null;
  /** local mode without credentials: the local user to act as */
  localName: string | null;
  localUser: (name: string) => Promise<Principal>;
}

export const SESSION_COOKIE = 'forewarn_session';
export const LOCAL_OPERATOR = 'local';
const USER_HEADER = 'x-forewarn-user';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const isLoopback = (req: FastifyRequest): boolean => LOOPBACK.has(req.socket.remoteAddress ?? '');

const unauthenticated = (message: string): ForewarnError => new ForewarnError('unauthenticated', message);

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The Host a browser sent names this machine, not some domain rebound to 127.0.0.1. */
function loopbackHost(req: FastifyRequest): void {
  const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
  if (!LOOPBACK_NAMES.has(host)) {
    throw unauthenticated('the local operator answers only requests addressed to localhost or 127.0.0.1');
  }
}

/** A browser names the page that sent a request in Origin; it must be this server. */
function sameOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host === '' || host !== req.headers.host) {
    throw unauthenticated('a cross-site request carries no credentials this server accepts');
  }
}

function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (h === undefined) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  if (!m) throw new ForewarnError('bad_request', 'Authorization must be "Bearer <token>"');
  return m[1]!;
}

/** The session id from the Cookie header (no cookie plugin: one name is all we read). */
export function sessionIdOf(req: FastifyRequest): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}

/** `Secure` only over HTTPS: the default bind is plain HTTP on loopback, where a Secure cookie would never return. */
export function sessionCookie(req: FastifyRequest, secret: string, expiresAt: string): string {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  const secure = req.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

export function clearedSessionCookie(req: FastifyRequest): string {
  const secure = req.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`;
}

/**
 * Local users are real accounts so that the service's rules (roles,
 * self-approval, the audit trail naming who acted) hold unchanged; their
 * password is random and never shown, so they cannot sign in remotely.
 */
function localUsers(warnings: WarningServiceSource): (name: string) => Promise<Principal> {
  const cache = new Map<string, Promise<Principal>>();
  const system = systemPrincipal('local-mode');
  const resolve = async (name: string): Promise<Principal> => {
    const svc = await warnings();
    const find = async () => (await svc.listUsers(system)).find((u) => u.username === name);
    let user = await find();
    if (!user) {
      try {
        user = await svc.createUser(system, {
          username: name,
          password: randomBytes(24).toString('base64url'),
          role: 'approver',
          displayName: name === LOCAL_OPERATOR ? 'local operator' : `local user ${name}`,
        });
      } catch (e) {
        // Two first requests at once: the other one created it.
        if (!isForewarnError(e) || e.code !== 'user_exists') throw e;
        user = await find();
        if (!user) throw e;
      }
    }
    return { kind: 'user', id: user.id, username: user.username, role: user.role };
  };
  return (name) => {
    let p = cache.get(name);
    if (!p) {
      p = resolve(name);
      cache.set(name, p);
      p.catch(() => cache.delete(name));
    }
    return p;
  };
}

/** Adds the authentication hook to the whole server (every /api route). */
export function installAuth(app: FastifyInstance, options: { mode: ServerMode; warnings: WarningServiceSource }): void {
  const { mode, warnings } = options;
  const localUser = localUsers(warnings);
  app.decorateRequest('forewarnAuth', null);

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    // An unknown route gets its 404, not a 401 that would hint at auth.
    if (!req.routeOptions.url) return;
    const needs: RouteAuth = req.routeOptions.config?.auth ?? 'user';
    const state: AuthState = { principal: null, partner: null, localName: null, localUser };
    req.forewarnAuth = state;

    const rawUser = req.headers[USER_HEADER];
    const asUser = Array.isArray(rawUser) ? rawUser[0] : rawUser;
    if (asUser !== undefined && !(mode === 'local' && isLoopback(req))) {
      throw new ForewarnError(
        'bad_request',
        'X-Forewarn-User is accepted only by a server in local mode, from this machine; sign in instead',
      );
    }
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    // Signing in or out from another site's page would swap the browser's session behind the user's back.
    if (needs === 'public' && write) sameOrigin(req);
    if (needs === 'public' || needs === 'link') return;

    const bearer = bearerOf(req);
    if (needs === 'partner') {
      if (!bearer) throw unauthenticated('this route needs a partner token: Authorization: Bearer fwp_…');
      state.partner = await (await warnings()).authenticatePartner(bearer);
      return;
    }
    if (bearer) {
      if (bearer.startsWith('fwp_')) {
        throw new ForewarnError('forbidden_role', 'a partner token may only acknowledge deliveries');
      }
      state.principal = await (await warnings()).authenticateToken(bearer);
      return;
    }
    const session = sessionIdOf(req);
    if (session) {
      // Ambient credentials: a browser sends them on any site's behalf, so a write must come from our own pages.
      if (write) sameOrigin(req);
      state.principal = await (await warnings()).authenticateSession(session);
      return;
    }
    if (mode === 'local') {
      if (write && !isLoopback(req)) {
        throw unauthenticated('in local mode only this machine may write without signing in');
      }
      if (isLoopback(req)) {
        // A page elsewhere can reach 127.0.0.1 from the user's browser (by a rebound DNS name, or a
        // cross-site form): the local operator is no credential for it.
        loopbackHost(req);
        if (write) sameOrigin(req);
      }
      state.localName = asUser ?? LOCAL_OPERATOR;
      return;
    }
    throw unauthenticated('sign in (POST /api/auth/login) or send Authorization: Bearer <token>');
  });
}

/** The principal a route acts as: the signed-in user, or the local user in local mode. */
export async function principalOf(req: FastifyRequest): Promise<Principal> {
  const state = req.forewarnAuth;
  if (state?.principal) return state.principal;
  if (state?.localName) return state.localUser(state.localName);
  throw unauthenticated('sign in (POST /api/auth/login) or send Authorization: Bearer <token>');
}

/** The partner authenticated by a `partner` route. */
export function partnerOf(req: FastifyRequest): PartnerView {
  const partner = req.forewarnAuth?.partner;
  if (!partner) throw unauthenticated('this route needs a partner token');
  return partner;
}
