/**
 * `GET /api/export/stix` — the stored documents and their extractions as one
 * STIX 2.1 bundle, the same as `forewarn export --format stix` with the same
 * selection (`story`, `document` (repeatable), `since`, `tlp`,
 * `withoutText`), as `application/stix+json;version=2.1`.
 *
 * TLP: `tlp` (default AMBER) marks the organisation's own documents.
 * Documents that arrived as STIX (an ingested bundle, a TAXII pull) keep at
 * least the level they arrived with, and those received as TLP:RED are left
 * out: Forewarn users have no TLP clearance of their own (they all work for
 * the operating organisation), so what a user may take away in a file is
 * what the organisation may pass on. `X-Forewarn-Omitted` counts what was
 * left out or could not be represented.
 *
 * Public surface: `exportRoutes` (a Fastify plugin taking `{ store, share }`),
 * `STIX_MEDIA_TYPE`.
 */
import type { FastifyPluginAsync } from 'fastify';
import { ForewarnError } from '../../errors.js';
import { exportFromStore } from '../../share/from-store.js';
import { bundleJson } from '../../share/stix/export.js';
import type { ShareStore } from '../../share/taxii/store.js';
import { parseTlp } from '../../share/tlp.js';
import type { Store } from '../../store/port.js';
import { errorResponses } from '../schemas.js';

export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

interface ExportQuery {
  story?: string;
  document?: string[];
  since?: string;
  tlp?: string;
  withoutText?: boolean;
}

const BUNDLE_SCHEMA = {
  type: 'object',
  required: ['type', 'id', 'objects'],
  properties: {
    type: { type: 'string', enum: ['bundle'] },
    id: { type: 'string', description: 'bundle--<uuid>' },
    objects: {
      type: 'array',
      items: { type: 'object', additionalProperties: true, required: ['type', 'id'] },
      description:
        'reports (documents), identities, threat-actors, locations, incidents, notes (claims), relationships, the ' +
        'TLP 2.0 marking definitions and the Forewarn extension definitions (see src/share/stix/README.md)',
    },
  },
};

export const exportRoutes: FastifyPluginAsync<{ store: Store; share: () => Promise<ShareStore | null> }> = async (
  app,
  { store, share },
) => {
  app.get<{ Querystring: ExportQuery }>(
    '/api/export/stix',
    {
      schema: {
        summary: 'The stored documents and their extractions as a STIX 2.1 bundle (as forewarn export --format stix)',
        tags: ['export'],
        querystring: {
          type: 'object',
          properties: {
            story: { type: 'string', maxLength: 200, description: 'only the documents of this fusion story' },
            document: {
              type: 'array',
              maxItems: 1000,
              items: { type: 'string', maxLength: 200 },
              description: 'only these documents (repeat the parameter)',
            },
            since: {
              type: 'string',
              maxLength: 40,
              description: 'only documents ingested at or after this time (ISO 8601)',
            },
            tlp: {
              type: 'string',
              maxLength: 20,
              description:
                "TLP 2.0 level of the organisation's own documents: CLEAR, GREEN, AMBER (default), AMBER+STRICT or " +
                'RED; documents received as STIX keep a stricter level, and TLP:RED ones are left out',
            },
            withoutText: { type: 'boolean', description: 'share the extraction without quoting the report text' },
          },
        },
        response: {
          200: {
            description: `a STIX 2.1 bundle (${STIX_MEDIA_TYPE}); X-Forewarn-Omitted counts what was left out`,
            content: { [STIX_MEDIA_TYPE]: { schema: BUNDLE_SCHEMA } },
          },
          ...errorResponses(400, 401, 404, 500),
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      let tlp: ReturnType<typeof parseTlp> = null;
      if (q.tlp !== undefined) {
        // '+' in a query string reads as a space: amber+strict arrives as 'amber strict'
        tlp = parseTlp(q.tlp.replace(/\s+/g, '+'));
        if (!tlp)
          throw new ForewarnError(
            'bad_request',
            `query parameter "tlp" must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED, got "${q.tlp.slice(0, 20)}"`,
            { parameter: 'tlp', in: 'querystring' },
          );
      }
      if (q.since !== undefined && !Number.isFinite(Date.parse(q.since)))
        throw new ForewarnError('bad_request', `query parameter "since" is not a date: "${q.since}"`, {
          parameter: 'since',
          in: 'querystring',
        });
      const { bundle, omitted } = await exportFromStore(
        store,
        {
          ...(q.story !== undefined ? { story: q.story } : {}),
          ...(q.document?.length ? { documents: q.document } : {}),
          ...(q.since !== undefined ? { since: q.since } : {}),
          ...(tlp ? { tlp } : {}),
          ...(q.withoutText ? { withoutText: true } : {}),
        },
        { share: await share() },
      );
      return (
        reply
          .header('x-forewarn-omitted', String(omitted.length))
          .header('content-type', STIX_MEDIA_TYPE)
          // a Buffer, so that Fastify sends the media type as written (it would add a quoted charset to a string)
          .send(Buffer.from(bundleJson(bundle), 'utf8'))
      );
    },
  );
};
