/**
 * Claim stage: attributed statements and beliefs (speaker, cue, content,
 * direct/indirect, anonymous sources, outlet, hedges, denials).
 */
import type { Claim, Entity } from './contract.js';
import type { ExtractionContext } from './context.js';
import type { Analysis } from './nlp.js';

export function extractClaims(_a: Analysis, _entities: Entity[], _ctx: ExtractionContext): Claim[] {
  return [];
}
