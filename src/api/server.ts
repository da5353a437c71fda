/**
 * The HTTP API and the small built-in web page, over any `Store`.
 *
 * Every response under /api is JSON; every error is `{error: {code, message}}`
 * with a stable code from src/errors.ts, so clients switch on `code` and
 * never parse messages. Unexpected failures become `internal` (500) and are
 * logged, but their message and stack never reach the client.
 *
 * Public surface: `buildServer({ store, logger? })` → a Fastify instance that
 * is not listening yet (call `listen` or `inject`), `VERSION`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import { ERROR_CODES, type ErrorCode, ForewarnError, isForewarnError } from '../errors.js';
import { taxiiDeliveryTransport } from '../share/deliver.js';
import { type TaxiiOptions, taxiiPlugin } from '../share/taxii/server.js';
import { type ShareStore, shareStoreOn } from '../share/taxii/store.js';
import { openFusionStore } from '../store/fusion.js';
import type { Store } from '../store/port.js';
import { sharedConnectionOf } from '../store/sqlite.js';
import { createWarningService, type DeliveryTransport, type WarningService } from '../warn/index.js';
import { installAuth, type ServerMode } from './auth.js';
import { ackPageRoutes } from './routes/ack-page.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { documentRoutes } from './routes/documents.js';
import { entityFusionRoutes } from './routes/entities-fusion.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { type FusionSource, storyRoutes } from './routes/stories.js';
import { userRoutes } from './routes/users.js';
import { warningRoutes } from './routes/warnings.js';
import { WARN_API_SCHEMAS } from './routes/warnings-schemas.js';
import { SHARED_SCHEMAS } from './schemas.js';

/** Read once: the same relative path works from src/ (tests) and dist/ (built). */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface BuildServerOptions {
  store: Store;
  /** Fastify logger options; off by default so tests and embedding stay quiet */
  logger?: FastifyServerOptions['logger'];
  /**
   * 'multi-user' (default): every /api route but health, OpenAPI and login
   * needs credentials. 'local': single-user mode, see src/api/auth.ts.
   */
  mode?: ServerMode;
  /** the duty-to-warn service; default: created on the SQLite store's own connection at first use */
  warnings?: WarningService;
  /**
   * TAXII 2.1 under /taxii2/ (partners authenticate there on their own). Default: the collections in the
   * store's own SQLite file, opened at first use; false: no TAXII.
   */
  taxii?: TaxiiOptions | false;
}

/**
 * The warning service on the store's connection and write queue, created at
 * first use (a server over a broken store still starts and answers 500s);
 * `taxii` deliveries to recipients linked to a TAXII partner are published
 * into the linked collection (src/share/deliver.ts).
 */
function warningSource(
  store: Store,
  given: WarningService | undefined,
  transport: DeliveryTransport,
): () => Promise<WarningService> {
  if (given) return async () => given;
  let made: Promise<WarningService> | null = null;
  return () => {
    made ??= (async () => {
      const shared = sharedConnectionOf(store);
      if (!shared) throw new ForewarnError('storage_failure', 'the warning workflow needs the SQLite store');
      return createWarningService(shared.db, { serialiseWrites: shared.serialise, transport });
    })();
    made.catch(() => {
      made = null;
    });
    return made;
  };
}

/** Fusion across reports (stories), kept in the store's own file; opened at first use. */
function fusionSource(store: Store): FusionSource {
  let made: ReturnType<typeof openFusionStore> | undefined;
  return async () => {
    made ??= openFusionStore(store);
    if (!made) throw new ForewarnError('storage_failure', 'stories need the SQLite store');
    return made;
  };
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  // the page loads only its own script and stylesheet; nothing inline, nothing remote
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/**
 * The web UI: the Vite build (dist/web, from src/web/app) when present, found
 * from dist/api or src/api; else the minimal page beside the sources (tsc does not copy it).
 */
function staticRoot(): string | null {
  for (const rel of ['../web/', '../../dist/web/', '../web/static/', '../../src/web/static/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return null;
}

interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

const body = (code: ErrorCode, message: string, details?: Record<string, unknown>): ErrorBody => ({
  error: { code, message, ...(details ? { details } : {}) },
});

/** Keeps client-supplied text in messages short: an echoed 8 KB URL helps nobody. */
const clip = (s: string, n = 120): string => (s.length > n ? `${s.slice(0, n)}…` : s);

function validationBody(err: FastifyError): ErrorBody {
  const first = err.validation?.[0];
  const where = err.validationContext ?? 'request';
  const missing = (first?.params as { missingProperty?: string } | undefined)?.missingProperty;
  const parameter = missing ?? first?.instancePath?.replace(/^\//, '').split('/')[0] ?? '';
  const problem = first?.message ?? 'is invalid';
  const label = where === 'querystring' ? 'query parameter' : where === 'params' ? 'path parameter' : where;
  return body(
    'bad_request',
    parameter ? `${label} "${parameter}" ${problem}` : `${label} ${problem}`,
    parameter ? { parameter, in: where } : { in: where },
  );
}

export function buildServer(options: BuildServerOptions): FastifyInstance {
  const { store } = options;
  const mode: ServerMode = options.mode ?? 'multi-user';
  // the sharing tables on the store's own connection (TAXII, received documents' markings, deliveries to linked TAXII partners), made at first use
  let shared: Promise<ShareStore> | null = null;
  const shareOnStore = (): Promise<ShareStore> => {
    shared ??= shareStoreOn(store);
    shared.catch(() => {
      shared = null;
    });
    return shared;
  };
  const shareSource = async (): Promise<ShareStore | null> => (sharedConnectionOf(store) ? shareOnStore() : null);
  const warnings = warningSource(store, options.warnings, taxiiDeliveryTransport(store, shareSource));
  const fusion = fusionSource(store);
  const app = Fastify({
    logger: options.logger ?? false,
    // the largest body is a warning draft: a few texts of at most 20 000 characters each
    bodyLimit: 256 * 1024,
    routerOptions: { maxParamLength: 256 },
    // malformed URLs and over-long ids are refused by the router before any route runs: answer in our format
    frameworkErrors: (err, _req, routerReply) => {
      const reply = routerReply as FastifyReply;
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      reply
        .status(status)
        .send(
          body('bad_request', err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'path parameter too long' : 'malformed URL'),
        );
    },
  });

  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  for (const schema of WARN_API_SCHEMAS) app.addSchema(schema);
  installAuth(app, { mode, warnings });

  app.addHook('onSend', async (req, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) return reply.status(400).send(validationBody(err));
    if (isForewarnError(err)) {
      const status = ERROR_CODES[err.code];
      if (status >= 500) {
        req.log.error({ err }, 'request failed');
        // storage messages can carry SQL and file paths: keep them in the log
        return reply.status(status).send(body(err.code, 'the request could not be completed'));
      }
      return reply.status(status).send(body(err.code, err.message, err.details));
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code: ErrorCode =
        status === 404
          ? 'not_found'
          : status === 413
            ? 'input_too_large'
            : status === 415
              ? 'unsupported_type'
              : 'bad_request';
      return reply.status(status).send(body(code, clip(err.message)));
    }
    req.log.error({ err }, 'unexpected error');
    return reply.status(500).send(body('internal', 'internal error'));
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(body('not_found', `no such resource: ${req.method} ${clip(req.url.split('?')[0] ?? '')}`));
  });

  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Forewarn',
        version: VERSION,
        description:
          'API over stored reports and what Forewarn extracted from them (entities, events, attributed ' +
          'claims and warnings, each pointing to its span in the document text), and over the managed ' +
          'warnings of the duty-to-warn workflow. Multi-user servers need a session cookie or an API token; ' +
          'see docs/API.md for the local mode.',
      },
      tags: [
        { name: 'meta' },
        { name: 'documents' },
        { name: 'stories', description: 'stories fused across reports: incidents, figures, claims, warnings' },
        { name: 'entities' },
        { name: 'events' },
        { name: 'claims' },
        { name: 'warnings' },
        { name: 'auth' },
        { name: 'users' },
        { name: 'audit' },
        { name: 'export', description: 'STIX 2.1 export of the stored documents' },
      ],
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer', description: 'an API token (fwt_…)' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'forewarn_session' },
          partnerToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'a partner token (fwp_…), acknowledgements only',
          },
        },
      },
      security: [{ bearerToken: [] }, { sessionCookie: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });

  // routes go in a plugin registered after swagger so its onRoute hook sees every one of them
  app.register(async (api) => {
    await api.register(healthRoutes, { store, version: VERSION, mode });
    await api.register(documentRoutes, {
      store,
      received: async (ids) => {
        const share = await shareSource();
        return share ? share.receivedDocuments(ids) : [];
      },
    });
    await api.register(itemRoutes, { store });
    await api.register(storyRoutes, { fusion });
    await api.register(entityFusionRoutes, { fusion });
    await api.register(authRoutes, { warnings, mode });
    await api.register(warningRoutes, { warnings, store });
    await api.register(ackPageRoutes, { warnings });
    await api.register(userRoutes, { warnings });
    await api.register(auditRoutes, { warnings });
    await api.register(exportRoutes, { store, share: shareSource });
    api.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
  });

  // a SQLite store shares its collections by default, on its own connection and write queue
  const taxii = options.taxii ?? (sharedConnectionOf(store) ? { share: shareOnStore } : false);
  if (taxii) app.register(taxiiPlugin, { ...taxii, prefix: '/taxii2' });

  const root = staticRoot();
  if (root) app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: 'index.html' });

  return app;
}
