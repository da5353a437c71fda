/**
 * The managed warnings (duty to warn) over HTTP: the ledger, drafting,
 * assessment, the decision, deliveries, acknowledgements, the outcome, the
 * CAP 1.2 export and each warning's history. Thin shells over
 * `WarningService`: every rule (roles, self-approval, waiver justification,
 * state transitions) and every audit row is the service's, so the CLI and
 * the API cannot drift apart.
 *
 * Acknowledgements come from outside: `POST /api/ack/:token` (the one-time
 * link sent with a delivery; the token is the credential; `GET /ack/:token`
 * is the same link as a page, in ./ack-page.ts) and
 * `POST /api/partners/ack/:deliveryId` (a partner's bearer token).
 *
 * A warning extracted from a stored report becomes a draft with
 * `POST /api/warnings/proposals` (the same draft `forewarn ingest` proposes,
 * once per extracted warning).
 *
 * Public surface: `warningRoutes` (a Fastify plugin taking `{ warnings, store }`).
 */
import type { FastifyPluginAsync } from 'fastify';
import { ForewarnError } from '../../errors.js';
import type { Store } from '../../store/port.js';
import type { CapAlert, Delivery, DeliveryInput, DraftInput, DraftPatch, WarningState } from '../../warn/index.js';
import { partnerOf, principalOf, type WarningServiceSource } from '../auth.js';
import { errorResponses, itemsAndTotal, ref } from '../schemas.js';
import {
  ackBody,
  assessBody,
  decideBody,
  deliveryBody,
  draftBody,
  outcomeBody,
  pageQueryWarn,
  patchBody,
  warningId,
} from './warnings-schemas.js';

const TAG = 'warnings';
const record = ref('WarningRecord');
const page = (item: Record<string, unknown>) =>
  itemsAndTotal({ type: 'array', items: item }, { type: 'integer', minimum: 0 });
const ackResult = {
  type: 'object',
  additionalProperties: true,
  required: ['delivery', 'ack', 'xml'],
  properties: {
    delivery: ref('Delivery'),
    ack: { type: 'object', additionalProperties: true, description: 'the CAP Ack (msgType Ack) as JSON' },
    xml: { type: 'string', description: 'the same CAP Ack as XML' },
  },
};
const idParams = { params: warningId };
type IdParams = { Params: { id: string } };

type AssessInput = Parameters<import('../../warn/index.js').WarningService['assess']>[2];
type DecideInput = Parameters<import('../../warn/index.js').WarningService['decide']>[2];
type OutcomeInput = Parameters<import('../../warn/index.js').WarningService['recordOutcome']>[2];

const proposalBody = {
  type: 'object',
  additionalProperties: false,
  required: ['document', 'warning'],
  properties: {
    document: { type: 'string', minLength: 1, maxLength: 200, description: 'a stored document id' },
    warning: { type: 'string', minLength: 1, maxLength: 200, description: "the extracted warning's id in it" },
  },
};

export const warningRoutes: FastifyPluginAsync<{ warnings: WarningServiceSource; store: Store }> = async (
  app,
  { warnings, store },
) => {
  app.get<{ Querystring: { state?: WarningState; limit: number; offset: number } }>(
    '/api/warnings',
    {
      schema: {
        summary: 'The warning ledger: managed warnings, most recently changed first',
        tags: [TAG],
        querystring: {
          type: 'object',
          properties: {
            state: { type: 'string', enum: ['draft', 'assessed', 'decided', 'delivered', 'acknowledged', 'closed'] },
            ...pageQueryWarn,
          },
        },
        response: { 200: page(record), ...errorResponses(400, 401, 403, 500) },
      },
    },
    async (req) => (await warnings()).listWarnings(await principalOf(req), req.query),
  );

  app.post<{ Body: DraftInput }>(
    '/api/warnings',
    {
      schema: {
        summary: 'Create a draft warning (analysts, approvers)',
        tags: [TAG],
        body: draftBody,
        response: { 201: record, ...errorResponses(400, 401, 403, 422, 500) },
      },
    },
    async (req, reply) => {
      const created = await (await warnings()).createDraft(await principalOf(req), req.body);
      return reply.status(201).send(created);
    },
  );

  app.post<{ Body: { document: string; warning: string } }>(
    '/api/warnings/proposals',
    {
      schema: {
        summary: 'Propose the draft for a warning extracted from a stored report (once: again returns that draft)',
        tags: [TAG],
        body: proposalBody,
        response: { 200: record, 201: record, ...errorResponses(400, 401, 403, 404, 500) },
      },
    },
    async (req, reply) => {
      const by = await principalOf(req);
      // the extraction is all a proposal needs, not the document's text
      const [doc] = await store.getExtractions([req.body.document]);
      if (!doc)
        throw new ForewarnError('not_found', `no document ${req.body.document}`, { document: req.body.document });
      const r = await (await warnings()).proposeExtractedWarning(by, doc.extraction, doc.id, req.body.warning);
      return reply.status(r.created ? 201 : 200).send(r.record);
    },
  );

  app.get<IdParams>(
    '/api/warnings/:id',
    {
      schema: {
        summary: 'One warning (reading a TLP:RED warning is audited)',
        tags: [TAG],
        ...idParams,
        response: { 200: record, ...errorResponses(400, 401, 403, 404, 500) },
      },
    },
    async (req) => (await warnings()).getWarning(await principalOf(req), req.params.id),
  );

  app.patch<IdParams & { Body: DraftPatch }>(
    '/api/warnings/:id',
    {
      schema: {
        summary: 'Edit a draft',
        tags: [TAG],
        ...idParams,
        body: patchBody,
        response: { 200: record, ...errorResponses(400, 401, 403, 404, 409, 422, 500) },
      },
    },
    async (req) => (await warnings()).updateDraft(await principalOf(req), req.params.id, req.body),
  );

  app.post<IdParams & { Body: AssessInput }>(
    '/api/warnings/:id/assess',
    {
      schema: {
        summary: 'Grade a draft: Admiralty code, CAP urgency/severity/certainty, specificity',
        tags: [TAG],
        ...idParams,
        body: assessBody,
        response: { 200: record, ...errorResponses(400, 401, 403, 404, 409, 422, 500) },
      },
    },
    async (req) => (await warnings()).assess(await principalOf(req), req.params.id, req.body),
  );

  app.post<IdParams & { Body: DecideInput }>(
    '/api/warnings/:id/decide',
    {
      schema: {
        summary: 'Decide to warn, or to waive with a reason and a justification (approvers; never the author)',
        tags: [TAG],
        ...idParams,
        body: decideBody,
        response: { 200: record, ...errorResponses(400, 401, 403, 404, 409, 422, 500) },
      },
    },
    async (req) => (await warnings()).decide(await principalOf(req), req.params.id, req.body),
  );

  app.post<IdParams & { Body: DeliveryInput }>(
    '/api/warnings/:id/deliveries',
    {
      schema: {
        summary: 'Record (and send, when a transport is configured) a delivery; returns its one-time ack link',
        tags: [TAG],
        ...idParams,
        body: deliveryBody,
        response: {
          201: {
            type: 'object',
            additionalProperties: false,
            required: ['warning', 'delivery', 'ackToken', 'ackPath'],
            properties: {
              warning: record,
              delivery: ref('Delivery'),
              ackToken: { type: 'string', description: 'shown once: the recipient acknowledges with it' },
              ackPath: { type: 'string', description: 'POST here to acknowledge (the one-time link)' },
              ackPage: {
                type: 'string',
                description: 'the same link as a page for a browser: opening it shows the warning and a button',
              },
            },
          },
          ...errorResponses(400, 401, 403, 404, 409, 500, 502),
        },
      },
    },
    async (req, reply) => {
      const r = await (await warnings()).deliver(await principalOf(req), req.params.id, req.body);
      return reply.status(201).send({ ...r, ackPath: `/api/ack/${r.ackToken}`, ackPage: `/ack/${r.ackToken}` });
    },
  );

  app.get<IdParams>(
    '/api/warnings/:id/deliveries',
    {
      schema: {
        summary: 'Deliveries of a warning and their acknowledgements',
        tags: [TAG],
        ...idParams,
        response: { 200: page(ref('Delivery')), ...errorResponses(400, 401, 403, 404, 500) },
      },
    },
    async (req) => {
      const items: Delivery[] = await (await warnings()).listDeliveries(await principalOf(req), req.params.id);
      return { items, total: items.length };
    },
  );

  app.post<IdParams & { Body: OutcomeInput }>(
    '/api/warnings/:id/outcome',
    {
      schema: {
        summary: 'Close a warning: linked to an incident (lead time computed) or with no incident',
        tags: [TAG],
        ...idParams,
        body: outcomeBody,
        response: { 200: record, ...errorResponses(400, 401, 403, 404, 409, 422, 500) },
      },
    },
    async (req) => (await warnings()).recordOutcome(await principalOf(req), req.params.id, req.body),
  );

  app.get<IdParams>(
    '/api/warnings/:id/cap.xml',
    {
      schema: {
        summary: 'The warning as a CAP 1.2 alert (XML)',
        tags: [TAG],
        ...idParams,
        response: {
          200: {
            description: 'CAP 1.2 XML (application/cap+xml)',
            content: { 'application/cap+xml': { schema: { type: 'string' } } },
          },
          ...errorResponses(400, 401, 403, 404, 500),
        },
      },
    },
    async (req, reply) => {
      const xml = await (await warnings()).exportCap(await principalOf(req), req.params.id, 'xml');
      return reply.type('application/cap+xml; charset=utf-8').send(xml);
    },
  );

  app.get<IdParams>(
    '/api/warnings/:id/cap.json',
    {
      schema: {
        summary: 'The same CAP 1.2 alert as JSON',
        tags: [TAG],
        ...idParams,
        response: {
          200: { type: 'object', additionalProperties: true, required: ['identifier', 'sender', 'sent'] },
          ...errorResponses(400, 401, 403, 404, 500),
        },
      },
    },
    async (req): Promise<CapAlert> => (await warnings()).exportCap(await principalOf(req), req.params.id, 'json'),
  );

  app.get<IdParams>(
    '/api/warnings/:id/history',
    {
      schema: {
        summary: 'The audit rows about this warning and its deliveries, oldest first',
        tags: [TAG],
        ...idParams,
        response: { 200: page(ref('AuditRow')), ...errorResponses(400, 401, 403, 500) },
      },
    },
    async (req) => {
      const items = await (await warnings()).history(await principalOf(req), req.params.id);
      return { items, total: items.length };
    },
  );

  app.post<{ Params: { token: string }; Body: { note?: string | null } | null }>(
    '/api/ack/:token',
    {
      config: { auth: 'link' },
      schema: {
        summary: 'Acknowledge a delivery with its one-time link token (no account needed)',
        security: [],
        tags: [TAG],
        params: {
          type: 'object',
          required: ['token'],
          properties: { token: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' } },
        },
        body: ackBody,
        response: { 200: ackResult, ...errorResponses(400, 403, 409, 500) },
      },
    },
    async (req) => (await warnings()).acknowledge({ ackToken: req.params.token, note: req.body?.note ?? null }),
  );

  app.post<{ Params: { deliveryId: string }; Body: { note?: string | null } | null }>(
    '/api/partners/ack/:deliveryId',
    {
      config: { auth: 'partner' },
      schema: {
        summary: "Acknowledge a delivery made to the partner (partner's bearer token)",
        tags: [TAG],
        params: {
          type: 'object',
          required: ['deliveryId'],
          properties: { deliveryId: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        body: ackBody,
        security: [{ partnerToken: [] }],
        response: { 200: ackResult, ...errorResponses(400, 401, 403, 404, 409, 500) },
      },
    },
    async (req) => {
      // The hook authenticated the partner; the service re-checks the same token and the delivery's recipient.
      partnerOf(req);
      const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      return (await warnings()).acknowledge({
        partnerToken: token,
        deliveryId: req.params.deliveryId,
        note: req.body?.note ?? null,
      });
    },
  );
};
