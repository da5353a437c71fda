/**
 * TypeScript shapes of the extraction contract v1
 * (docs/schema/extraction-v1.schema.json, identical to the shared contract).
 * Offsets are UTF-16 code-unit offsets into the document text, end exclusive.
 */
export type Span = [number, number];
export type DateOrNull = string | null;

/** Every entity type of the contract, in its order; the API and STIX import validate against it. */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'armed_group',
  'country',
  'location',
  'facility',
  'media',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * producer extension, present only with `extract(input, { explain: true })` /
 * `forewarn extract --explain`: why the pipeline produced an item. `rule` is a
 * stable kebab-case name of the rule or pattern (e.g. `verb-cue`,
 * `according-to`, `gazetteer:armed-group`); `detail` says what matched.
 */
export interface Explanation {
  stage: 'entities' | 'events' | 'claims' | 'warnings' | 'contradictions';
  rule: string;
  detail?: string;
}

export interface Geo {
  lat: number;
  lon: number;
  country?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  geo?: Geo | null;
  explanation?: Explanation;
}

export const QUALIFIERS = ['exact', 'at_least', 'approximately', 'up_to', 'more_than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export interface Count {
  value: number;
  qualifier: Qualifier;
}

export const EVENT_TYPES = [
  'attack',
  'kidnapping',
  'arrest',
  'detention',
  'warning',
  'responsibility_claim',
  'court_action',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface Event {
  id: string;
  type: EventType;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: DateOrNull;
  /** entity id */
  location: string | null;
  actors: string[];
  targets?: string[];
  killed?: Count | null;
  injured?: Count | null;
  /** producer extension: people arrested, on arrest events ("police arrested 14 suspects") */
  arrested?: Count | null;
  /** producer extension: people detained, on detention events ("at least 30 people were detained") */
  detained?: Count | null;
  evidence: Span;
  /** producer extension: finer attack kind (shooting, bombing, arson, ...) */
  subtype?: string;
  explanation?: Explanation;
}

export interface TextSpan {
  text: string;
  span: Span;
}

export interface Claim {
  id: string;
  speaker: { text: string; entity: string | null; anonymous: boolean; span?: Span | null };
  via?: string[];
  cue: TextSpan;
  content: TextSpan;
  quote: 'direct' | 'indirect' | 'mixed';
  polarity: 'affirm' | 'deny';
  hedged: boolean;
  hedges?: string[];
  explanation?: Explanation;
}

export interface Specificity {
  actor: boolean;
  location: 'none' | 'country' | 'city' | 'site';
  target: boolean;
  time: 'none' | 'window' | 'exact';
  method?: boolean;
}

export interface Warning {
  id: string;
  issuer: string | null;
  recipient: string | null;
  issued: DateOrNull;
  threat?: string | null;
  threat_actor?: string | null;
  basis?: string | null;
  specificity: Specificity;
  evidence: Span;
  explanation?: Explanation;
}

export interface Contradiction {
  claims: [string, string];
  reason?: string;
  explanation?: Explanation;
}

export interface DocumentInfo {
  id: string;
  title?: string | null;
  published: DateOrNull;
  language: string;
  length: number;
}

export interface Extraction {
  schema: 'extraction/1';
  document: DocumentInfo;
  entities: Entity[];
  events: Event[];
  claims: Claim[];
  warnings: Warning[];
  contradictions?: Contradiction[];
  /** producer extension: the analysed text, present when asked for (--with-text) */
  text?: string;
  /** producer extension: notices for a person (e.g. "not English: extraction skipped") */
  notices?: string[];
}
