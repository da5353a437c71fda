/**
 * JSON schemas of the duty-to-warn routes: the managed warning record, its
 * deliveries, audit rows, users and tokens (registered on the root instance
 * with `addSchema`, so OpenAPI lists them under components.schemas), and the
 * request bodies the routes validate before the warning service applies its
 * own, finer rules (invalid_warning with details.field).
 *
 * Response objects stay open (`additionalProperties: true`): the record is
 * the service's, and a closed schema would silently drop fields it adds.
 *
 * Public surface: `WARN_API_SCHEMAS`, `warningId`, `pageQueryWarn`, the body
 * schemas (`draftBody`, `patchBody`, `assessBody`, `decideBody`,
 * `deliveryBody`, `outcomeBody`, `ackBody`, `loginBody`, `userBody`,
 * `tokenBody`, `partnerBody`).
 */
import {
  CAP_CERTAINTIES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  INFO_CREDIBILITIES,
  ROLES,
  SOURCE_RELIABILITIES,
  THREAT_TYPES,
  TLP_MARKINGS,
  WAIVER_REASONS,
  WARNING_STATES,
} from '../../warn/index.js';

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const nstr: Schema = { type: ['string', 'null'] };
const open = (properties: Schema, required: string[] = [], description?: string): Schema => ({
  type: 'object',
  additionalProperties: true,
  ...(description ? { description } : {}),
  ...(required.length ? { required } : {}),
  properties,
});
const named = (id: string, schema: Schema): Schema => ({ $id: id, title: id, ...schema });

const area = open(
  {
    areaDesc: str,
    circle: { type: ['object', 'null'], additionalProperties: true },
    geocodes: { type: 'array', items: open({ valueName: str, value: str }) },
  },
  ['areaDesc'],
);
const infoProps: Schema = {
  event: str,
  urgency: { type: 'string', enum: [...CAP_URGENCIES] },
  severity: { type: 'string', enum: [...CAP_SEVERITIES] },
  certainty: { type: 'string', enum: [...CAP_CERTAINTIES] },
  onset: nstr,
  expires: nstr,
  headline: nstr,
  description: nstr,
  instruction: nstr,
  area: { type: 'array', items: area },
};
const threat = open({
  type: { type: ['string', 'null'], enum: [...THREAT_TYPES, null] },
  actor: nstr,
  target: nstr,
});
const specificity = open({
  actor: { type: 'boolean' },
  target: { type: 'boolean' },
  place: { type: 'boolean' },
  time: { type: 'boolean' },
  method: { type: 'boolean' },
});
const evidence = open({ documents: { type: 'array', items: str }, claims: { type: 'array', items: str } });

const warningRecord = named(
  'WarningRecord',
  open(
    {
      identifier: { type: 'string', description: 'CAP identifier; also the id in the URLs' },
      sender: str,
      sent: str,
      status: { type: 'string', enum: [...CAP_STATUSES] },
      msgType: str,
      scope: { type: 'string', enum: [...CAP_SCOPES] },
      restriction: nstr,
      addresses: { type: 'array', items: str },
      info: open({ category: str, ...infoProps }),
      threat,
      specificity,
      basis: nstr,
      evidence,
      tlp: { type: 'string', enum: [...TLP_MARKINGS] },
      origin: { type: 'string', enum: ['manual', 'extracted'], description: 'extracted: proposed from a report' },
      source: { type: ['object', 'null'], additionalProperties: true, description: '{document, warning} of origin' },
      state: { type: 'string', enum: [...WARNING_STATES] },
      grading: { type: ['object', 'null'], additionalProperties: true },
      decision: { type: ['object', 'null'], additionalProperties: true },
      outcome: { type: ['object', 'null'], additionalProperties: true },
      createdBy: str,
      createdAt: str,
      updatedAt: str,
      version: { type: 'integer' },
    },
    ['identifier', 'state', 'version'],
    'A managed warning (duty to warn), shaped after a CAP 1.2 alert plus threat, grading, decision and outcome.',
  ),
);

const delivery = named(
  'Delivery',
  open(
    {
      id: str,
      warning: str,
      channel: { type: 'string', enum: ['taxii', 'webhook', 'email', 'manual'] },
      target: nstr,
      message: { type: 'string', description: 'the CAP XML sent' },
      notes: nstr,
      deliveredBy: str,
      deliveredAt: str,
      acknowledgedAt: nstr,
      acknowledgedBy: nstr,
      ackMessage: { ...nstr, description: 'the CAP Ack received, as XML' },
    },
    ['id', 'warning', 'channel'],
    'One delivery of a warning to a recipient.',
  ),
);

const auditRow = named(
  'AuditRow',
  open(
    {
      seq: { type: 'integer' },
      at: str,
      actor: { type: 'string', description: 'user:<id>, system:<name>, partner:<id> or link:<delivery id>' },
      action: str,
      subjectType: str,
      subjectId: str,
      changes: { type: 'object', additionalProperties: true, description: 'field → {before, after}' },
      prevHash: str,
      hash: str,
    },
    ['seq', 'at', 'actor', 'action', 'hash'],
    'One row of the hash-chained audit trail.',
  ),
);

const user = named(
  'User',
  open(
    {
      id: str,
      username: str,
      displayName: nstr,
      role: { type: 'string', enum: [...ROLES] },
      disabled: { type: 'boolean' },
      createdAt: str,
    },
    ['id', 'username', 'role'],
    'An account (never its password hash).',
  ),
);

const token = named(
  'Token',
  open(
    { id: str, userId: str, name: str, createdAt: str, expiresAt: nstr, revokedAt: nstr },
    ['id', 'userId', 'name'],
    'An API token (the secret is shown once, when created).',
  ),
);

export const WARN_API_SCHEMAS: Schema[] = [warningRecord, delivery, auditRow, user, token];

export const warningId: Schema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' } },
};

export const pageQueryWarn: Schema = {
  limit: { type: 'integer', minimum: 0, maximum: 1000, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
};

export const draftBody = open(
  {
    info: open({ ...infoProps }, ['event']),
    threat,
    status: { type: 'string', enum: [...CAP_STATUSES] },
    scope: { type: 'string', enum: [...CAP_SCOPES] },
    restriction: nstr,
    addresses: { type: 'array', items: str },
    specificity,
    basis: nstr,
    evidence,
    tlp: { type: 'string', enum: [...TLP_MARKINGS] },
  },
  ['info'],
);

export const patchBody = open({ ...(draftBody.properties as Schema), info: open({ ...infoProps }) });

export const assessBody = open(
  {
    sourceReliability: { type: 'string', enum: [...SOURCE_RELIABILITIES] },
    infoCredibility: { type: 'integer', enum: [...INFO_CREDIBILITIES] },
    urgency: { type: 'string', enum: [...CAP_URGENCIES] },
    severity: { type: 'string', enum: [...CAP_SEVERITIES] },
    certainty: { type: 'string', enum: [...CAP_CERTAINTIES] },
    specificity,
    note: nstr,
  },
  ['sourceReliability', 'infoCredibility'],
);

// A missing justification is not a schema error: it is the workflow's
// waiver_justification_required (422), which clients switch on.
export const decideBody = open(
  {
    decision: { type: 'string', enum: ['warn', 'waive'] },
    note: nstr,
    reason: { type: 'string', enum: [...WAIVER_REASONS] },
    justification: nstr,
  },
  ['decision'],
);

export const deliveryBody = open(
  {
    channel: { type: 'string', enum: ['taxii', 'webhook', 'email', 'manual'] },
    partnerId: { type: 'string', description: 'taxii: the partner to deliver to' },
    url: { type: 'string', description: 'webhook: absolute http(s) URL' },
    to: { type: 'array', items: str, description: 'email: addresses' },
    notes: { ...nstr, description: 'manual: who was told, how, when (required)' },
  },
  ['channel'],
);

export const outcomeBody = open(
  {
    kind: { type: 'string', enum: ['incident', 'none'] },
    incidentId: { type: 'string', description: 'incident: the id of the incident (e.g. a fused incident)' },
    incidentDate: { type: 'string', description: 'incident: YYYY-MM-DD' },
    note: nstr,
  },
  ['kind'],
);

export const ackBody: Schema = {
  type: ['object', 'null'],
  additionalProperties: true,
  properties: { note: { ...nstr, maxLength: 2000 } },
};

export const loginBody = open(
  { username: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 1024 } },
  ['username', 'password'],
);

export const userBody = open(
  {
    username: str,
    password: { type: 'string', description: 'at least 12 characters' },
    role: { type: 'string', enum: [...ROLES] },
    displayName: nstr,
  },
  ['username', 'password', 'role'],
);

export const partnerBody = open(
  {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    contact: { ...nstr, description: 'how to reach them (not used to deliver)' },
  },
  ['name'],
);

export const tokenBody = open(
  {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    username: { type: 'string', description: 'for another user (administrators); default: yourself' },
    expiresAt: { ...nstr, description: 'ISO date-time; default: never' },
  },
  ['name'],
);
