/**
 * Routes over extracted items across all documents: `GET /api/entities`,
 * `/api/events`, `/api/claims`, `/api/extracted-warnings`, each filtered and
 * paginated as `{items, total}`.
 *
 * Public surface: `itemRoutes` (a Fastify plugin taking `{ store }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Claim, Entity, Event } from '../../extract/contract.js';
import type { Store } from '../../store/port.js';
import {
  dateParam,
  ENTITY_TYPES,
  EVENT_TYPES,
  errorResponses,
  idParam,
  POLARITIES,
  pageOf,
  pageQuery,
  ref,
  textParam,
} from '../schemas.js';

interface Paging {
  limit: number;
  offset: number;
}

/** Drops absent and empty filters so the store sees only what the client asked for. */
function defined<T extends object>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as T;
}

const documentFilter = { document: idParam('only items from this document') };
const list = (summary: string, tag: string, properties: Record<string, unknown>, item: string) => ({
  schema: {
    summary,
    tags: [tag],
    querystring: { type: 'object', properties: { ...properties, ...pageQuery } },
    response: { 200: pageOf(ref(item)), ...errorResponses(400, 500) },
  },
});

export const itemRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  app.get<{ Querystring: Paging & { q?: string; type?: Entity['type']; document?: string } }>(
    '/api/entities',
    list(
      'Entities mentioned in the documents',
      'entities',
      {
        q: textParam('words in the entity name or an alias'),
        type: { type: 'string', enum: [...ENTITY_TYPES], description: 'entity type' },
        ...documentFilter,
      },
      'LocatedEntity',
    ),
    async (req) => store.listEntities(defined(req.query)),
  );

  app.get<{
    Querystring: Paging & { type?: Event['type']; entity?: string; document?: string; from?: string; to?: string };
  }>(
    '/api/events',
    list(
      'Events (attacks, arrests, claims of responsibility, ...) reported in the documents',
      'events',
      {
        type: { type: 'string', enum: [...EVENT_TYPES], description: 'event type' },
        entity: textParam('name or alias of an entity that is the location or an actor'),
        ...documentFilter,
        from: dateParam('event date on or after'),
        to: dateParam('event date on or before'),
      },
      'LocatedEvent',
    ),
    async (req) => store.listEvents(defined(req.query)),
  );

  app.get<{
    Querystring: Paging & {
      q?: string;
      speaker?: string;
      entity?: string;
      polarity?: Claim['polarity'];
      document?: string;
      from?: string;
      to?: string;
    };
  }>(
    '/api/claims',
    list(
      'Attributed claims: who said what, quoted or reported',
      'claims',
      {
        q: textParam('full-text query over claim content and speaker'),
        speaker: textParam('words in the speaker text or the speaker entity name'),
        entity: textParam('name or alias of an entity mentioned in the claim or speaking it'),
        polarity: { type: 'string', enum: [...POLARITIES], description: 'affirm or deny' },
        ...documentFilter,
        from: dateParam('document published on or after'),
        to: dateParam('document published on or before'),
      },
      'LocatedClaim',
    ),
    async (req) => store.listClaims(defined(req.query)),
  );

  // /api/warnings is the managed ledger (routes/warnings.ts); what reports say was warned lives here.
  app.get<{ Querystring: Paging & { document?: string } }>(
    '/api/extracted-warnings',
    list('Warnings issued or reported in the documents', 'warnings', { ...documentFilter }, 'LocatedWarning'),
    async (req) => store.listWarnings(defined(req.query)),
  );
};
