/**
 * Event stage: attacks, kidnappings, arrests, detentions, warnings,
 * responsibility claims and court actions, with date, place, actors and
 * casualty counts.
 */
import type { Entity, Event } from './contract.js';
import type { ExtractionContext } from './context.js';
import type { Analysis } from './nlp.js';

export function extractEvents(_a: Analysis, _entities: Entity[], _ctx: ExtractionContext): Event[] {
  return [];
}
