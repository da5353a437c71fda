/**
 * The TAXII 2.1 server (OASIS TAXII 2.1, one API root), as a Fastify plugin
 * to register with `{ prefix: '/taxii2' }`: discovery, the API root,
 * collections, objects (GET with pagination and filters, POST, GET/DELETE by
 * id), versions, manifest and status.
 *
 * Authentication is the partner's own (HTTP Basic `name:token` or
 * `Authorization: Bearer token`), not the /api users'. Authorisation is the
 * partner's grant on the collection (can_read, can_write), then TLP 2.0 on
 * every object through `mayReadObject`, before any filter, count or page is
 * computed (see select.ts): an object the partner may not see answers exactly
 * like one that does not exist.
 *
 * Media types: every request must accept `application/taxii+json;version=2.1`
 * (406 otherwise), a POST must send it (415 otherwise) and stay within
 * `maxContentLength` (413, advertised in the API root). Errors are TAXII error
 * messages `{title, description, http_status, error_code}`.
 *
 * Public surface: `taxiiPlugin` (options `TaxiiOptions`), `TAXII_MEDIA_TYPE`,
 * `STIX_MEDIA_TYPE`, `DEFAULT_MAX_CONTENT_LENGTH`.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, isForewarnError } from '../../errors.js';
import type { Partner } from '../tlp.js';
import { type Filters, parseFilters, selectObjects } from './select.js';
import type { ObjectMeta, SharePartner, ShareStore, StatusResource } from './store.js';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
export const DEFAULT_MAX_CONTENT_LENGTH = 10 * 1024 * 1024;

export interface TaxiiOptions {
  /** the collections; a function opens them at first use (and the plugin closes them with the server) */
  share: ShareStore | (() => Promise<ShareStore>);
  /** largest POST body accepted, in bytes; default 10 MiB */
  maxContentLength?: number;
  /** objects per page when the client gives no limit; default 100 */
  defaultLimit?: number;
  /** the largest page served, whatever the client asks; default 1000 */
  maxLimit?: number;
  title?: string;
}

const REALM = 'Basic realm="forewarn-taxii", Bearer realm="forewarn-taxii"';

declare module 'fastify' {
  interface FastifyRequest {
    taxiiPartner: SharePartner | null;
  }
}

/** An error answered as a TAXII error message. */
class TaxiiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly description: string,
    readonly errorCode: string,
  ) {
    super(description);
  }
}

const taxiiError = (status: number, title: string, description: string, code: string) =>
  new TaxiiError(status, title, description, code);

function sendJson(reply: FastifyReply, status: number, value: unknown): FastifyReply {
  return (
    reply
      .status(status)
      .header('content-type', TAXII_MEDIA_TYPE)
      // a Buffer, so that Fastify sends the media type as written (it would add a quoted charset to a string)
      .send(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8'))
  );
}

function sendError(reply: FastifyReply, e: TaxiiError): FastifyReply {
  if (e.status === 401) reply.header('www-authenticate', REALM);
  return sendJson(reply, e.status, {
    title: e.title,
    description: e.description,
    http_status: String(e.status),
    error_code: e.errorCode,
  });
}

/** One media range of an Accept or Content-Type header: `type/subtype` and its parameters. */
function mediaRanges(header: string | undefined): { type: string; params: Record<string, string> }[] {
  if (!header) return [];
  return header.split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((s) => s.trim());
    const p: Record<string, string> = {};
    for (const kv of params) {
      const i = kv.indexOf('=');
      if (i > 0)
        p[kv.slice(0, i).trim().toLowerCase()] = kv
          .slice(i + 1)
          .trim()
          .replace(/^"|"$/g, '');
    }
    return { type: type.toLowerCase(), params: p };
  });
}

/** TAXII 2.1 itself: `application/taxii+json` with version 2.1 or no version (which means the latest, 2.1). */
const isTaxii21 = (r: { type: string; params: Record<string, string> }): boolean =>
  r.type === 'application/taxii+json' && (r.params.version === undefined || r.params.version === '2.1');

function basicOrBearer(header: string | undefined): { name?: string; token: string } | null {
  if (!header) return null;
  const m = /^(\w+)\s+(\S+)\s*$/.exec(header);
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  if (scheme === 'bearer') return { token: m[2]! };
  if (scheme !== 'basic') return null;
  const decoded = Buffer.from(m[2]!, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i <= 0) return null;
  return { name: decoded.slice(0, i), token: decoded.slice(i + 1) };
}

export async function taxiiPlugin(app: FastifyInstance, options: TaxiiOptions): Promise<void> {
  const source = options.share;
  let opened: Promise<ShareStore> | null = null;
  const open = (): Promise<ShareStore> => {
    if (typeof source !== 'function') return Promise.resolve(source);
    opened ??= source();
    opened.catch(() => {
      opened = null;
    });
    return opened;
  };
  if (typeof source === 'function')
    app.addHook('onClose', async () => {
      if (opened) await (await opened.catch(() => null))?.close();
    });
  /** The share store, as a property bag so that routes read `share.x` as before. */
  const share = {
    authenticate: async (token: string, name?: string) => (await open()).authenticate(token, name),
    getCollection: async (id: string) => (await open()).getCollection(id),
    listCollections: async () => (await open()).listCollections(),
    grantOf: async (partner: string, collection: string) => (await open()).grantOf(partner, collection),
    objectMeta: async (collection: string) => (await open()).objectMeta(collection),
    objectBodies: async (seqs: readonly number[]) => (await open()).objectBodies(seqs),
    deleteVersions: async (seqs: readonly number[]) => (await open()).deleteVersions(seqs),
    addObjects: async (...a: Parameters<ShareStore['addObjects']>) => (await open()).addObjects(...a),
    saveStatus: async (...a: Parameters<ShareStore['saveStatus']>) => (await open()).saveStatus(...a),
    getStatus: async (id: string, partner: string) => (await open()).getStatus(id, partner),
  };
  const maxContentLength = options.maxContentLength ?? DEFAULT_MAX_CONTENT_LENGTH;
  const limits = { defaultLimit: options.defaultLimit ?? 100, maxLimit: options.maxLimit ?? 1000 };

  app.decorateRequest('taxiiPartner', null);
  // TAXII is specified by OASIS, not by the /api OpenAPI document
  app.addHook('onRoute', (route) => {
    route.schema = { ...(route.schema ?? {}), hide: true };
  });

  // TAXII bodies are read raw and checked here, whatever their declared type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    const creds = basicOrBearer(req.headers.authorization);
    const partner = creds ? await share.authenticate(creds.token, creds.name) : null;
    if (!partner)
      throw taxiiError(
        401,
        'Unauthorized',
        creds ? 'these credentials are not valid' : 'authenticate with HTTP Basic (partner:token) or a bearer token',
        'unauthorized',
      );
    req.taxiiPartner = partner;
    if (!mediaRanges(req.headers.accept).some(isTaxii21))
      throw taxiiError(406, 'Not Acceptable', `this server answers in ${TAXII_MEDIA_TYPE} only`, 'not_acceptable');
  });

  app.addHook('preParsing', async (req) => {
    if (req.method !== 'POST') return;
    const ranges = mediaRanges(req.headers['content-type']);
    if (ranges.length !== 1 || !isTaxii21(ranges[0]!))
      throw taxiiError(415, 'Unsupported Media Type', `send ${TAXII_MEDIA_TYPE}`, 'unsupported_media_type');
  });

  app.setErrorHandler((err: FastifyError | TaxiiError, req, reply) => {
    if (err instanceof TaxiiError) return sendError(reply, err);
    if (isForewarnError(err)) {
      const status = ERROR_CODES[err.code];
      if (status >= 500) {
        req.log.error({ err }, 'TAXII request failed');
        return sendError(reply, taxiiError(status, 'Server Error', 'the request could not be completed', err.code));
      }
      return sendError(
        reply,
        taxiiError(status, err.code === 'bad_request' ? 'Bad Request' : err.code, err.message, err.code),
      );
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status === 413)
      return sendError(
        reply,
        taxiiError(
          413,
          'Payload Too Large',
          `the body exceeds max_content_length (${maxContentLength} bytes)`,
          'too_large',
        ),
      );
    if (status >= 400 && status < 500)
      return sendError(reply, taxiiError(status, 'Bad Request', 'the request is not valid', 'bad_request'));
    req.log.error({ err }, 'unexpected TAXII error');
    return sendError(reply, taxiiError(500, 'Server Error', 'internal error', 'internal'));
  });

  app.setNotFoundHandler((req, reply) => {
    sendError(
      reply,
      taxiiError(
        404,
        'Not Found',
        `no such TAXII resource: ${req.method} ${req.url.split('?')[0]?.slice(0, 120)}`,
        'not_found',
      ),
    );
  });

  const partnerOf = (req: FastifyRequest): SharePartner => {
    if (!req.taxiiPartner) throw taxiiError(401, 'Unauthorized', 'not authenticated', 'unauthorized');
    return req.taxiiPartner;
  };

  /** The collection and the partner's rights on it; 404 unknown, 403 without the right asked for. */
  async function collectionFor(req: FastifyRequest, id: string, need: 'read' | 'write' | 'read+write') {
    const partner = partnerOf(req);
    const collection = await share.getCollection(id);
    if (!collection) throw taxiiError(404, 'Not Found', `no collection ${id.slice(0, 80)}`, 'not_found');
    const grant = await share.grantOf(partner.id, collection.id);
    const ok = need === 'read' ? grant.canRead : need === 'write' ? grant.canWrite : grant.canRead && grant.canWrite;
    if (!ok)
      throw taxiiError(403, 'Forbidden', `you may not ${need.replace('+', ' and ')} this collection`, 'forbidden');
    const reader: Partner = { id: partner.name, organization: partner.organisation, canRead: grant.canRead };
    return { collection, grant, reader };
  }

  const dateHeaders = (reply: FastifyReply, page: readonly ObjectMeta[]) => {
    const first = page[0];
    const last = page[page.length - 1];
    if (first && last) {
      reply.header('x-taxii-date-added-first', first.dateAdded);
      reply.header('x-taxii-date-added-last', last.dateAdded);
    }
  };

  const filters = (
    req: FastifyRequest,
    extra: Partial<Filters> = {},
    versionDefault?: Filters['version'],
  ): Filters => ({
    ...parseFilters(req.query as Record<string, unknown>, { ...limits, ...(versionDefault ? { versionDefault } : {}) }),
    ...extra,
  });

  app.get('/', async (req, reply) => {
    const base = `${req.protocol}://${req.host}`;
    return sendJson(reply, 200, {
      title: options.title ?? 'Forewarn TAXII',
      description: 'Warning intelligence shared under TLP 2.0',
      default: `${base}/taxii2/api/`,
      api_roots: [`${base}/taxii2/api/`],
    });
  });

  app.get('/api/', async (_req, reply) =>
    sendJson(reply, 200, {
      title: options.title ?? 'Forewarn TAXII',
      description: 'Forewarn collections: STIX 2.1 reports, entities, incidents, claims and warnings',
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: maxContentLength,
    }),
  );

  app.get('/api/collections/', async (req, reply) => {
    const partner = partnerOf(req);
    const out = [];
    for (const c of await share.listCollections()) {
      const g = await share.grantOf(partner.id, c.id);
      if (!g.canRead && !g.canWrite) continue;
      out.push(collectionResource(c, g));
    }
    return sendJson(reply, 200, out.length ? { collections: out } : {});
  });

  app.get<{ Params: { cid: string } }>('/api/collections/:cid/', async (req, reply) => {
    const partner = partnerOf(req);
    const c = await share.getCollection(req.params.cid);
    const g = c ? await share.grantOf(partner.id, c.id) : null;
    if (!c || !g) throw taxiiError(404, 'Not Found', `no collection ${req.params.cid.slice(0, 80)}`, 'not_found');
    if (!g.canRead && !g.canWrite)
      throw taxiiError(403, 'Forbidden', 'you have no rights on this collection', 'forbidden');
    return sendJson(reply, 200, collectionResource(c, g));
  });

  app.get<{ Params: { cid: string } }>('/api/collections/:cid/objects/', async (req, reply) => {
    const { collection, reader } = await collectionFor(req, req.params.cid, 'read');
    const sel = selectObjects(reader, await share.objectMeta(collection.id), filters(req));
    const bodies = await share.objectBodies(sel.page.map((m) => m.seq));
    dateHeaders(reply, sel.page);
    return sendJson(reply, 200, envelope(sel.more, sel.next, 'objects', bodies));
  });

  app.post<{ Params: { cid: string } }>(
    '/api/collections/:cid/objects/',
    { bodyLimit: maxContentLength },
    async (req, reply) => {
      const { collection } = await collectionFor(req, req.params.cid, 'write');
      const partner = partnerOf(req);
      let envelopeBody: unknown;
      try {
        envelopeBody = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
      } catch {
        throw taxiiError(400, 'Bad Request', 'the body is not JSON', 'bad_request');
      }
      const objects = (envelopeBody as { objects?: unknown })?.objects;
      if (typeof envelopeBody !== 'object' || envelopeBody === null || !Array.isArray(objects))
        throw taxiiError(400, 'Bad Request', 'the body is not a TAXII envelope with an objects list', 'bad_request');
      const requestTimestamp = new Date().toISOString();
      const outcomes = await share.addObjects(collection.id, objects, {
        // What a partner posts is shared with its own organisation (AMBER, AMBER+STRICT) and, for RED, itself.
        audience: { organization: partner.organisation, organizations: [], namedRecipients: [partner.name] },
        addedBy: `partner:${partner.id}`,
        poster: { id: partner.name, organization: partner.organisation, canRead: true },
      });
      const successes = outcomes.filter((o) => o.result !== 'refused').map((o) => ({ id: o.id, version: o.version }));
      const failures = outcomes
        .filter((o) => o.result === 'refused')
        .map((o) => ({ id: o.id, version: o.version, ...(o.message ? { message: o.message } : {}) }));
      const status: StatusResource = {
        id: randomUUID(),
        status: 'complete',
        request_timestamp: requestTimestamp,
        total_count: outcomes.length,
        success_count: successes.length,
        successes,
        failure_count: failures.length,
        failures,
        pending_count: 0,
        pendings: [],
      };
      await share.saveStatus(partner.id, collection.id, status);
      return sendJson(reply, 202, status);
    },
  );

  app.get<{ Params: { cid: string; oid: string } }>('/api/collections/:cid/objects/:oid/', async (req, reply) => {
    const { collection, reader } = await collectionFor(req, req.params.cid, 'read');
    const metas = await share.objectMeta(collection.id);
    const oid = req.params.oid;
    const f = filters(req, { ids: [oid] });
    if (!selectObjects(reader, metas, { ...f, version: 'all', addedAfterUs: null, after: null, limit: 1 }).page.length)
      throw taxiiError(404, 'Not Found', `no object ${oid.slice(0, 120)} in this collection`, 'not_found');
    const sel = selectObjects(reader, metas, f);
    const bodies = await share.objectBodies(sel.page.map((m) => m.seq));
    dateHeaders(reply, sel.page);
    return sendJson(reply, 200, envelope(sel.more, sel.next, 'objects', bodies));
  });

  app.delete<{ Params: { cid: string; oid: string } }>('/api/collections/:cid/objects/:oid/', async (req, reply) => {
    const { collection, reader } = await collectionFor(req, req.params.cid, 'read+write');
    const f = filters(
      req,
      { ids: [req.params.oid], addedAfterUs: null, after: null, limit: Number.MAX_SAFE_INTEGER },
      'all',
    );
    const sel = selectObjects(reader, await share.objectMeta(collection.id), f);
    if (!sel.page.length)
      throw taxiiError(404, 'Not Found', `no object ${req.params.oid.slice(0, 120)} in this collection`, 'not_found');
    await share.deleteVersions(sel.page.map((m) => m.seq));
    return reply.status(200).header('content-type', TAXII_MEDIA_TYPE).send(Buffer.alloc(0));
  });

  app.get<{ Params: { cid: string; oid: string } }>(
    '/api/collections/:cid/objects/:oid/versions/',
    async (req, reply) => {
      const { collection, reader } = await collectionFor(req, req.params.cid, 'read');
      const metas = await share.objectMeta(collection.id);
      const f = filters(req, { ids: [req.params.oid], version: 'all' });
      if (!selectObjects(reader, metas, { ...f, addedAfterUs: null, after: null, limit: 1 }).page.length)
        throw taxiiError(404, 'Not Found', `no object ${req.params.oid.slice(0, 120)} in this collection`, 'not_found');
      const sel = selectObjects(reader, metas, f);
      dateHeaders(reply, sel.page);
      const versions = sel.page.map((m) => JSON.stringify(m.version));
      return sendJson(reply, 200, envelope(sel.more, sel.next, 'versions', versions));
    },
  );

  app.get<{ Params: { cid: string } }>('/api/collections/:cid/manifest/', async (req, reply) => {
    const { collection, reader } = await collectionFor(req, req.params.cid, 'read');
    const sel = selectObjects(reader, await share.objectMeta(collection.id), filters(req));
    dateHeaders(reply, sel.page);
    const records = sel.page.map((m) =>
      JSON.stringify({ id: m.id, date_added: m.dateAdded, version: m.version, media_type: STIX_MEDIA_TYPE }),
    );
    return sendJson(reply, 200, envelope(sel.more, sel.next, 'objects', records));
  });

  app.get<{ Params: { sid: string } }>('/api/status/:sid/', async (req, reply) => {
    const partner = partnerOf(req);
    const status = await share.getStatus(req.params.sid, partner.id);
    if (!status) throw taxiiError(404, 'Not Found', `no status ${req.params.sid.slice(0, 80)}`, 'not_found');
    return sendJson(reply, 200, status);
  });
}

function collectionResource(
  c: { id: string; title: string; description: string | null },
  g: { canRead: boolean; canWrite: boolean },
) {
  return {
    id: c.id,
    title: c.title,
    ...(c.description ? { description: c.description } : {}),
    can_read: g.canRead,
    can_write: g.canWrite,
    media_types: [STIX_MEDIA_TYPE],
  };
}

/** A TAXII envelope (or versions resource) from items already serialised as JSON. */
function envelope(more: boolean, next: string | null, key: 'objects' | 'versions', items: string[]): string {
  const parts = [`"more":${more}`];
  if (more && next) parts.push(`"next":${JSON.stringify(next)}`);
  if (items.length) parts.push(`"${key}":[${items.join(',')}]`);
  return `{${parts.join(',')}}`;
}
