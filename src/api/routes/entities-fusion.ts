/**
 * Canonical entities across reports, and analysts' corrections:
 *
 * - `GET /api/entities/:id/canonical` — the canonical entity (`E12`), or the
 *   one a document's entity belongs to (`?document=doc_…` with the
 *   document-local entity id), with every document mention.
 * - `POST /api/entities/merge` `{a, b}` — the two entities are one from now on.
 * - `POST /api/entities/:id/split` `{mentions: [{document, entity}]}` — those
 *   mentions leave the entity for a new one.
 * - `GET /api/fusion/audit` — the merges and splits, oldest first.
 *
 * Merges and splits are writes: they need a signed-in analyst or approver
 * (or the local operator, from this machine, in local mode); each is
 * appended to the fusion op log with who and when, and answered with its
 * audit record. Neither drops a mention: a merge unites both lists, a split
 * moves the named mentions and keeps the rest.
 *
 * Public surface: `entityFusionRoutes` (a Fastify plugin taking `{ fusion }`).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ForewarnError } from '../../errors.js';
import type { CanonicalEntity } from '../../fuse/index.js';
import { can } from '../../warn/index.js';
import { principalOf } from '../auth.js';
import { errorResponses, idParam, itemsAndTotal, pageQuery } from '../schemas.js';
import type { FusionSource } from './stories.js';

type Schema = Record<string, unknown>;
const str: Schema = { type: 'string' };
const memberRef: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['document', 'entity'],
  properties: {
    document: idParam('document id'),
    entity: idParam("the entity's id within that document's extraction"),
  },
};
const canonical: Schema = {
  type: 'object',
  additionalProperties: true,
  required: ['id', 'name', 'type', 'aliases', 'mentions'],
  properties: {
    id: str,
    name: str,
    type: str,
    aliases: { type: 'array', items: str },
    mentions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        required: ['document', 'entity'],
        properties: {
          document: str,
          entity: str,
          name: str,
          spans: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
        },
      },
    },
  },
};
const auditRecord: Schema = {
  type: 'object',
  additionalProperties: true,
  required: ['seq', 'action', 'by', 'at', 'entities', 'result', 'mentions'],
  properties: {
    seq: { type: 'integer', description: 'position in the fusion op log' },
    action: { type: 'string', enum: ['merge', 'split'] },
    by: { type: 'string', description: 'username of who did it' },
    at: { type: 'string', description: 'ISO time' },
    entities: { type: 'array', items: str },
    result: { type: 'string', description: 'the surviving entity (merge) or the new one (split)' },
    mentions: { type: 'array', items: memberRef, description: 'the document mentions that moved' },
  },
};
const writeResponse: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['audit', 'entities'],
  properties: {
    audit: auditRecord,
    entities: {
      type: 'array',
      items: canonical,
      description: 'merge: the merged entity; split: the entity as left, then the new one',
    },
  },
};

/** Who may correct entities: analysts and approvers (the roles that write warnings), by their username. */
async function analyst(req: FastifyRequest): Promise<string> {
  const p = await principalOf(req);
  if (p.kind !== 'user') return p.name;
  if (!can(p.role, 'warning.write'))
    throw new ForewarnError('forbidden_role', `a ${p.role} may not merge or split entities`);
  return p.username;
}

const TAG = 'entities';

export const entityFusionRoutes: FastifyPluginAsync<{ fusion: FusionSource }> = async (app, { fusion }) => {
  app.get<{ Params: { id: string }; Querystring: { document?: string } }>(
    '/api/entities/:id/canonical',
    {
      schema: {
        summary: 'The canonical entity across reports, with every document mention',
        tags: [TAG],
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: idParam('canonical entity id (E…), or a document-local entity id with ?document') },
        },
        querystring: {
          type: 'object',
          properties: { document: idParam('the document whose entity `id` is (document-local ids)') },
        },
        response: { 200: canonical, ...errorResponses(400, 401, 404, 500) },
      },
    },
    async (req) => {
      const state = await (await fusion()).state();
      const { id } = req.params;
      const cluster = req.query.document ? state.entities.memberCluster(req.query.document, id) : id;
      const entity = cluster ? state.entity(cluster) : null;
      if (!entity)
        throw new ForewarnError(
          'not_found',
          req.query.document ? `no entity ${id} in document ${req.query.document}` : `no entity ${id}`,
        );
      return entity;
    },
  );

  app.post<{ Body: { a: string; b: string } }>(
    '/api/entities/merge',
    {
      schema: {
        summary: 'Merge two canonical entities (audited; no mention is lost)',
        tags: [TAG],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['a', 'b'],
          properties: { a: idParam('canonical entity id'), b: idParam('canonical entity id') },
        },
        response: { 200: writeResponse, ...errorResponses(400, 401, 403, 404, 500) },
      },
    },
    async (req) => {
      const by = await analyst(req);
      const keeper = await fusion();
      const audit = await keeper.merge(req.body.a, req.body.b, by);
      const state = await keeper.state();
      return { audit, entities: [state.entity(audit.result) as CanonicalEntity] };
    },
  );

  app.post<{ Params: { id: string }; Body: { mentions: { document: string; entity: string }[] } }>(
    '/api/entities/:id/split',
    {
      schema: {
        summary: 'Split mentions off a canonical entity into a new one (audited; no mention is lost)',
        tags: [TAG],
        params: { type: 'object', required: ['id'], properties: { id: idParam('canonical entity id') } },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['mentions'],
          properties: {
            mentions: {
              type: 'array',
              minItems: 1,
              maxItems: 10_000,
              items: memberRef,
              description: 'the document mentions that leave the entity',
            },
          },
        },
        response: { 200: writeResponse, ...errorResponses(400, 401, 403, 404, 500) },
      },
    },
    async (req) => {
      const by = await analyst(req);
      const keeper = await fusion();
      const audit = await keeper.split(req.params.id, req.body.mentions, by);
      const state = await keeper.state();
      const left = state.entity(audit.entities[0] ?? req.params.id) as CanonicalEntity;
      return { audit, entities: [left, state.entity(audit.result) as CanonicalEntity] };
    },
  );

  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/fusion/audit',
    {
      schema: {
        summary: "Analysts' merges and splits of entities, oldest first",
        tags: [TAG],
        querystring: { type: 'object', properties: { ...pageQuery } },
        response: {
          200: itemsAndTotal({ type: 'array', items: auditRecord }),
          ...errorResponses(400, 401, 500),
        },
      },
    },
    async (req) => (await fusion()).audit({ limit: req.query.limit, offset: req.query.offset }),
  );
};
