/**
 * Stories fused across reports (src/fuse, persisted by src/store/fusion.ts):
 *
 * - `GET /api/stories` — `{items, total}`, newest story first; each item is
 *   `{id, title, documents, incidents, first, last}` with `documents` and
 *   `incidents` as counts.
 * - `GET /api/stories/:id` — the full story: incidents with figure
 *   timelines, entities, claim groups with independent sources,
 *   contradictions with both sides, warnings with their matches; plus
 *   `reports` (each document's title, outlet, publication time, `undated`).
 * - `GET /api/incidents/:id` — one incident with its figures and timelines.
 * - `GET /api/documents/:id/story` — the story a document's items went to.
 *
 * Every read first folds in documents stored since the last one (another
 * process may have ingested them), so the answer is never behind the store.
 *
 * Public surface: `storyRoutes` (a Fastify plugin taking `{ fusion }`),
 * `FusionSource`, `STORY_SCHEMAS` (response schemas, inline).
 */
import type { FastifyPluginAsync } from 'fastify';
import { ForewarnError } from '../../errors.js';
import { storyDetail, storySummaries } from '../../fuse/index.js';
import type { FusionStore } from '../../store/fusion.js';
import { errorResponses, idParam, itemsAndTotal, pageQuery } from '../schemas.js';

/** Resolves the store's fusion state keeper (opened once, at first use). */
export type FusionSource = () => Promise<FusionStore>;

type Schema = Record<string, unknown>;
const str: Schema = { type: 'string' };
const strOrNull: Schema = { type: ['string', 'null'] };
const int: Schema = { type: 'integer' };
const open = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  additionalProperties: true,
  required,
  properties,
});
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const idName: Schema = open({ id: str, name: str }, ['id', 'name']);
const idNameOrNull: Schema = { ...idName, type: ['object', 'null'] };

const figure = open(
  {
    measure: { type: 'string', description: 'killed, injured, arrested, detained or kidnapped' },
    value: int,
    qualifier: str,
    source: open({ document: str, outlet: strOrNull, title: strOrNull, event: str }, ['document']),
    reported: { type: ['string', 'null'], description: 'publication day of the report that gave the figure' },
  },
  ['measure', 'value', 'qualifier', 'source', 'reported'],
);

const incident = open(
  {
    id: str,
    type: str,
    subtype: strOrNull,
    date: { type: ['string', 'null'], description: 'YYYY-MM-DD, YYYY-MM or YYYY; null when no report dated it' },
    location: idNameOrNull,
    actors: arrayOf(idName),
    targets: arrayOf(idName),
    documents: arrayOf(str),
    mentions: arrayOf(open({ document: str, event: str })),
    figures: arrayOf(figure),
    timelines: arrayOf(
      open({
        measure: str,
        figures: arrayOf(figure),
        latest: { ...figure, type: ['object', 'null'] },
        range: { type: ['object', 'null'], additionalProperties: true },
        conflicting: { type: 'boolean' },
        conflicts: arrayOf(open({ figures: arrayOf(figure), reason: str })),
      }),
    ),
  },
  ['id', 'type', 'date', 'location', 'documents', 'figures', 'timelines'],
);

const side = open(
  {
    claim: str,
    speaker: str,
    content: str,
    source: open({ document: str, outlet: strOrNull, published: strOrNull }, ['document']),
  },
  ['claim', 'speaker', 'content', 'source'],
);

const warningMatch = open(
  {
    incident: str,
    lead_time_days: int,
    specific: arrayOf(str),
    missing: arrayOf(str),
    place_level: strOrNull,
  },
  ['incident', 'lead_time_days', 'specific', 'missing'],
);

export const STORY_SCHEMAS = {
  summary: open(
    {
      id: str,
      title: str,
      documents: { type: 'integer', description: 'number of reports in the story' },
      incidents: { type: 'integer', description: 'number of incidents in the story' },
      first: strOrNull,
      last: strOrNull,
    },
    ['id', 'title', 'documents', 'incidents'],
  ),
  incident,
  story: open(
    {
      id: str,
      title: str,
      documents: arrayOf(str),
      reports: arrayOf(
        open({ id: str, title: strOrNull, outlet: strOrNull, published: strOrNull, undated: { type: 'boolean' } }, [
          'id',
          'undated',
        ]),
      ),
      incidents: arrayOf(incident),
      entities: arrayOf(open({ id: str, name: str, type: str, aliases: arrayOf(str) }, ['id', 'name', 'type'])),
      claim_groups: arrayOf(
        open(
          {
            id: str,
            proposition: str,
            polarity: str,
            claims: arrayOf(str),
            independent_sources: int,
            opposing_sources: int,
            sources: arrayOf(str),
          },
          ['id', 'proposition', 'claims', 'independent_sources'],
        ),
      ),
      contradictions: arrayOf(
        open(
          {
            id: str,
            kind: str,
            rule: str,
            claims: { type: 'array', items: str, minItems: 2, maxItems: 2 },
            reason: str,
            sides: arrayOf(side),
          },
          ['claims', 'reason', 'sides'],
        ),
      ),
      warnings: arrayOf(
        open(
          {
            id: str,
            document: str,
            issuer: idNameOrNull,
            recipient: idNameOrNull,
            issued: strOrNull,
            threat: strOrNull,
            matches: arrayOf(warningMatch),
          },
          ['id', 'issuer', 'recipient', 'issued', 'matches'],
        ),
      ),
    },
    ['id', 'title', 'documents', 'reports', 'incidents', 'entities', 'claim_groups', 'contradictions', 'warnings'],
  ),
};

const TAG = 'stories';
const idParams = (description: string): Schema => ({
  type: 'object',
  required: ['id'],
  properties: { id: idParam(description) },
});

export const storyRoutes: FastifyPluginAsync<{ fusion: FusionSource }> = async (app, { fusion }) => {
  const state = async () => (await fusion()).state();

  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/stories',
    {
      schema: {
        summary: 'Stories fused across reports, newest first (documents and incidents as counts)',
        tags: [TAG],
        querystring: { type: 'object', properties: { ...pageQuery } },
        response: {
          200: itemsAndTotal(arrayOf(STORY_SCHEMAS.summary), { type: 'integer', minimum: 0 }),
          ...errorResponses(400, 401, 500),
        },
      },
    },
    async (req) => {
      const all = storySummaries(await state());
      const { limit, offset } = req.query;
      return { items: all.slice(offset, offset + limit), total: all.length };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/stories/:id',
    {
      schema: {
        summary: 'One story: incidents with figure timelines, entities, claim groups, contradictions, warnings',
        tags: [TAG],
        params: idParams('story id, as listed by /api/stories (ids of stories merged since resolve to the survivor)'),
        response: { 200: STORY_SCHEMAS.story, ...errorResponses(400, 401, 404, 500) },
      },
    },
    async (req) => storyDetail(await state(), req.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/api/incidents/:id',
    {
      schema: {
        summary: 'One incident across reports: place, actors, targets, mentions, figures and their timelines',
        tags: [TAG],
        params: idParams('incident id, as given in a story'),
        response: {
          200: {
            ...STORY_SCHEMAS.incident,
            properties: { ...(STORY_SCHEMAS.incident.properties as Schema), story: strOrNull },
          },
          ...errorResponses(400, 401, 404, 500),
        },
      },
    },
    async (req) => {
      const s = await state();
      const view = s.incidentView(req.params.id);
      return { ...view, story: s.storyOf(view.id) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id/story',
    {
      schema: {
        summary: "The story a document's items went to (for a round-up, the story of its claims and warnings)",
        tags: [TAG, 'documents'],
        params: idParams('document id'),
        response: { 200: STORY_SCHEMAS.story, ...errorResponses(400, 401, 404, 500) },
      },
    },
    async (req) => {
      const s = await state();
      const story = s.documentStory(req.params.id);
      if (!story) {
        const known = s.document(req.params.id) !== null;
        throw new ForewarnError(
          'not_found',
          known ? `document ${req.params.id} is in no story` : `no fused document with id ${req.params.id}`,
        );
      }
      return storyDetail(s, story);
    },
  );
};
