/**
 * Warning stage: one party warning another of a threat, with the
 * specificity of actor, place, target and time.
 */
import type { Claim, Entity, Event, Warning } from './contract.js';
import type { ExtractionContext } from './context.js';
import type { Analysis } from './nlp.js';

export function extractWarnings(
  _a: Analysis,
  _entities: Entity[],
  _events: Event[],
  _claims: Claim[],
  _ctx: ExtractionContext,
): Warning[] {
  return [];
}
