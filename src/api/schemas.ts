/**
 * JSON schemas of the HTTP API: shared component schemas (registered with
 * `addSchema`, so @fastify/swagger lists them under components.schemas and
 * fast-json-stringify serialises responses with them) and the query-string
 * building blocks the routes combine.
 *
 * Objects keep `additionalProperties: true` because the extraction contract
 * lets producers add properties and consumers must ignore, not lose, them:
 * a closed response schema would silently strip extensions such as an
 * event's `subtype`.
 *
 * Public surface: `SHARED_SCHEMAS`, `ref(id)`, `pageQuery`, `textParam`,
 * `dateParam`, `pageOf(itemRef)`, `API_LIMITS`.
 */
import { ENTITY_TYPES, EVENT_TYPES } from '../extract/contract.js';

export const API_LIMITS = {
  defaultLimit: 20,
  maxLimit: 200,
  maxOffset: 1_000_000,
  /** long enough for any real search, short enough to refuse abuse */
  maxText: 500,
  maxId: 200,
} as const;

type Schema = Record<string, unknown>;

export const ref = (id: string): Schema => ({ $ref: `${id}#` });

const nullable = (type: string): Schema => ({ type: [type, 'null'] });
const span: Schema = {
  type: 'array',
  items: { type: 'integer', minimum: 0 },
  minItems: 2,
  maxItems: 2,
  description: '[start, end) UTF-16 offsets into the document text',
};
const textSpan: Schema = {
  type: 'object',
  additionalProperties: true,
  required: ['text', 'span'],
  properties: { text: { type: 'string' }, span },
};
const count: Schema = {
  type: ['object', 'null'],
  additionalProperties: true,
  properties: {
    value: { type: 'integer' },
    qualifier: { type: 'string', enum: ['exact', 'at_least', 'approximately', 'up_to', 'more_than'] },
  },
};
const partialDate: Schema = { ...nullable('string'), description: 'YYYY, YYYY-MM or YYYY-MM-DD' };

export { ENTITY_TYPES, EVENT_TYPES };
export const POLARITIES = ['affirm', 'deny'] as const;

const entityProps: Schema = {
  id: { type: 'string' },
  name: { type: 'string' },
  type: { type: 'string', enum: [...ENTITY_TYPES] },
  aliases: { type: 'array', items: { type: 'string' } },
  mentions: { type: 'array', items: span },
  geo: {
    type: ['object', 'null'],
    additionalProperties: true,
    properties: { lat: { type: 'number' }, lon: { type: 'number' }, country: { type: 'string' } },
  },
};
const eventProps: Schema = {
  id: { type: 'string' },
  type: { type: 'string', enum: [...EVENT_TYPES] },
  subtype: { type: 'string', description: 'finer attack kind (shooting, bombing, ...)' },
  date: partialDate,
  location: { ...nullable('string'), description: 'entity id' },
  actors: { type: 'array', items: { type: 'string' }, description: 'entity ids' },
  targets: { type: 'array', items: { type: 'string' } },
  killed: count,
  injured: count,
  evidence: span,
};
const claimProps: Schema = {
  id: { type: 'string' },
  speaker: {
    type: 'object',
    additionalProperties: true,
    properties: {
      text: { type: 'string' },
      entity: nullable('string'),
      anonymous: { type: 'boolean' },
      span: { type: ['array', 'null'], items: { type: 'integer' } },
    },
  },
  via: { type: 'array', items: { type: 'string' } },
  cue: textSpan,
  content: textSpan,
  quote: { type: 'string', enum: ['direct', 'indirect', 'mixed'] },
  polarity: { type: 'string', enum: [...POLARITIES] },
  hedged: { type: 'boolean' },
  hedges: { type: 'array', items: { type: 'string' } },
};
const warningProps: Schema = {
  id: { type: 'string' },
  issuer: nullable('string'),
  recipient: nullable('string'),
  issued: partialDate,
  threat: nullable('string'),
  threat_actor: nullable('string'),
  basis: nullable('string'),
  specificity: {
    type: 'object',
    additionalProperties: true,
    properties: {
      actor: { type: 'boolean' },
      location: { type: 'string', enum: ['none', 'country', 'city', 'site'] },
      target: { type: 'boolean' },
      time: { type: 'string', enum: ['none', 'window', 'exact'] },
      method: { type: 'boolean' },
    },
  },
  evidence: span,
};
const located: Schema = {
  document: { type: 'string', description: 'id of the document the item was extracted from' },
  published: { ...partialDate, description: 'publication date of that document' },
};

const object = (id: string, description: string, properties: Schema, required: string[]): Schema => ({
  $id: id,
  title: id,
  description,
  type: 'object',
  additionalProperties: true,
  required,
  properties,
});

const summaryProps: Schema = {
  id: { type: 'string' },
  hash: { type: 'string', description: 'sha-256 of the text, hex' },
  title: nullable('string'),
  published: partialDate,
  outlet: nullable('string'),
  origin: { type: 'string', description: 'path or URL the document was read from' },
  mediaType: { type: 'string' },
  language: { type: 'string' },
  length: { type: 'integer', description: 'length of the text in UTF-16 code units' },
  ingestedAt: { type: 'string', description: 'ISO timestamp' },
  received: {
    type: 'array',
    description:
      'present when the text came from a partner (a STIX bundle file or a TAXII pull): where from, and the most restrictive TLP it arrived under',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['source', 'collection', 'tlp', 'dateAdded', 'receivedAt'],
      properties: {
        source: { type: 'string', description: 'the TAXII API root, or file:<path>' },
        collection: { type: 'string' },
        tlp: nullable('string'),
        dateAdded: nullable('string'),
        receivedAt: { type: 'string' },
      },
    },
  },
  counts: {
    type: 'object',
    additionalProperties: true,
    properties: {
      entities: { type: 'integer' },
      events: { type: 'integer' },
      claims: { type: 'integer' },
      warnings: { type: 'integer' },
    },
  },
};

export const SHARED_SCHEMAS: Schema[] = [
  object(
    'Error',
    'Every error: a stable machine-readable code and a human message.',
    {
      error: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', description: 'stable code: bad_request, not_found, internal, storage_failure, ...' },
          message: { type: 'string' },
          details: { type: 'object', additionalProperties: true },
        },
      },
    },
    ['error'],
  ),
  object('Entity', 'An entity located in one document (contract extraction/1).', entityProps, [
    'id',
    'name',
    'type',
    'aliases',
    'mentions',
  ]),
  object('Event', 'An event located in one document.', eventProps, ['id', 'type', 'evidence']),
  object('Claim', 'An attributed claim located in one document.', claimProps, ['id', 'speaker', 'content']),
  object('Warning', 'A warning located in one document.', warningProps, ['id', 'evidence']),
  object('LocatedEntity', 'An entity and the document it came from.', { ...entityProps, ...located }, [
    'id',
    'name',
    'type',
    'document',
  ]),
  object('LocatedEvent', 'An event and the document it came from.', { ...eventProps, ...located }, [
    'id',
    'type',
    'document',
  ]),
  object('LocatedClaim', 'A claim and the document it came from.', { ...claimProps, ...located }, [
    'id',
    'content',
    'document',
  ]),
  object('LocatedWarning', 'A warning and the document it came from.', { ...warningProps, ...located }, [
    'id',
    'document',
  ]),
  object(
    'Extraction',
    'What the extractor reported about a document (docs/schema/extraction-v1.schema.json).',
    {
      schema: { type: 'string', enum: ['extraction/1'] },
      document: {
        type: 'object',
        additionalProperties: true,
        properties: {
          id: { type: 'string' },
          title: nullable('string'),
          published: partialDate,
          language: { type: 'string' },
          length: { type: 'integer' },
        },
      },
      entities: { type: 'array', items: ref('Entity') },
      events: { type: 'array', items: ref('Event') },
      claims: { type: 'array', items: ref('Claim') },
      warnings: { type: 'array', items: ref('Warning') },
      contradictions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: true,
          properties: {
            claims: { type: 'array', items: { type: 'string' } },
            reason: { type: 'string' },
          },
        },
      },
      notices: { type: 'array', items: { type: 'string' } },
    },
    ['schema', 'document', 'entities', 'events', 'claims', 'warnings'],
  ),
  object('DocumentSummary', 'A stored document without its text.', summaryProps, ['id', 'title', 'published']),
  object(
    'DocumentExtraction',
    'A stored document with its extraction but without its text (what a story page needs of each report).',
    { ...summaryProps, extraction: ref('Extraction') },
    ['id', 'extraction'],
  ),
  object(
    'Document',
    'A stored document with its text and extraction; every span indexes into `text`.',
    { ...summaryProps, text: { type: 'string' }, extraction: ref('Extraction') },
    ['id', 'text', 'extraction'],
  ),
];

/**
 * `{items, total}` with the given schemas of the items array and of the total
 * (by default a bare integer); `pageOf` is the usual one.
 */
export const itemsAndTotal = (items: Schema, total: Schema = { type: 'integer' }): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['items', 'total'],
  properties: { items, total },
});

/** `{items, total}` of the given item schema. */
export const pageOf = (item: Schema): Schema =>
  itemsAndTotal(
    { type: 'array', items: item },
    { type: 'integer', minimum: 0, description: 'matching items across all pages' },
  );

export const textParam = (description: string): Schema => ({
  type: 'string',
  maxLength: API_LIMITS.maxText,
  description,
});

export const idParam = (description: string): Schema => ({
  type: 'string',
  minLength: 1,
  maxLength: API_LIMITS.maxId,
  // ids are opaque tokens; refusing separators and dots-only keeps traversal-looking input out of the store
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$',
  description,
});

export const dateParam = (description: string): Schema => ({
  type: 'string',
  pattern: '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$',
  description: `${description} (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)`,
});

export const pageQuery: Schema = {
  limit: {
    type: 'integer',
    minimum: 1,
    maximum: API_LIMITS.maxLimit,
    default: API_LIMITS.defaultLimit,
    description: `page size, 1–${API_LIMITS.maxLimit}`,
  },
  offset: {
    type: 'integer',
    minimum: 0,
    maximum: API_LIMITS.maxOffset,
    default: 0,
    description: 'items to skip',
  },
};

export const errorResponses = (...statuses: number[]): Record<number, Schema> =>
  Object.fromEntries(statuses.map((s) => [s, ref('Error')]));
