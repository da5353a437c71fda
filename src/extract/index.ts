/**
 * extract — turns one document's text into the contract v1 extraction
 * (docs/schema/extraction-v1.schema.json). Pure: no I/O, no clock.
 *
 * Stages, each a pure function over the shared `Analysis` (tokens, tags,
 * sentences from wink-nlp): entities → events → claims → warnings; then the
 * contradictions among the report's own claims (fuse's `contradictionsInDocument`).
 *
 * Public surface: `extract(input)`, the contract types, `EXTRACTION_SCHEMA_ID`.
 */
import { contradictionsInDocument } from '../fuse/claims.js';
import { extractClaims } from './claims.js';
import type { ExtractionContext } from './context.js';
import type { Extraction } from './contract.js';
import { extractEntities } from './entities.js';
import { extractEvents } from './events.js';
import { detectLanguage } from './language.js';
import { analyse } from './nlp.js';
import { extractWarnings } from './warnings.js';

export type * from './contract.js';
export const EXTRACTION_SCHEMA_ID = 'extraction/1';

export interface ExtractInput {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
}

export interface ExtractOptions {
  /** keep each item's `explanation` (the rule that produced it); dropped otherwise */
  explain?: boolean;
}

export function extract(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const ctx: ExtractionContext = { id: input.id, published: input.published ?? null, title: input.title ?? null };
  const { language } = detectLanguage(input.text);
  const document = { id: ctx.id, title: ctx.title, published: ctx.published, language, length: input.text.length };
  if (language !== 'en' && language !== 'und') {
    return {
      schema: EXTRACTION_SCHEMA_ID,
      document,
      entities: [],
      events: [],
      claims: [],
      warnings: [],
      contradictions: [],
      notices: [`not in English (detected: ${language}): extraction skipped; the rules are written for English`],
    };
  }
  const a = analyse(input.text);
  const entities = extractEntities(a, ctx);
  const events = extractEvents(a, entities, ctx);
  const claims = extractClaims(a, entities, ctx);
  const warnings = extractWarnings(a, entities, events, claims, ctx);
  const result: Extraction = {
    schema: EXTRACTION_SCHEMA_ID,
    document,
    entities,
    events,
    claims,
    warnings,
    contradictions: [],
  };
  // claims set against each other within this one report (src/fuse/claims.ts, the rules fusion uses across reports)
  result.contradictions = contradictionsInDocument(result);
  if (!options.explain) dropExplanations(result);
  return result;
}

/** Stages always record why they produced an item (it costs nothing); the contract output leaves it out unless asked. */
function dropExplanations(x: Extraction): void {
  for (const list of [x.entities, x.events, x.claims, x.warnings, x.contradictions ?? []]) {
    for (const item of list as { explanation?: unknown }[]) delete item.explanation;
  }
}
