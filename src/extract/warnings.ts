/**
 * Warning stage: one party warning another of a threat, with the issued
 * date, the threat and its actor, the basis of the warning, and the
 * specificity of actor, place, target and time. Detection lives in
 * events/warning-cues.ts, shared with the event stage (a warning is also an
 * event of type `warning`).
 */

import type { ExtractionContext } from './context.js';
import type { Claim, Entity, Event, Warning } from './contract.js';
import { warningExplanationParts } from './events/warning-cues.js';
import { eventGroundwork, warningMentions } from './events.js';
import type { Analysis } from './nlp.js';

export function extractWarnings(
  a: Analysis,
  entities: Entity[],
  _events: Event[],
  _claims: Claim[],
  ctx: ExtractionContext,
): Warning[] {
  // the drafts carry the date mentions (with their precision) that the contract events have flattened
  const g = eventGroundwork(a, entities, ctx);
  const doc = g.doc;
  return warningMentions(g).map((w, i) => ({
    id: `w${i + 1}`,
    issuer: w.issuer?.entity.id ?? null,
    recipient: w.recipient?.entity.id ?? null,
    issued: w.issued?.value ?? null,
    threat: w.threat?.text ?? null,
    threat_actor: w.threatActor?.id ?? null,
    basis: w.basis,
    specificity: w.specificity,
    // a copy: the warning event made of the same mention holds the mention's own span
    evidence: [w.evidence[0], w.evidence[1]],
    explanation: { stage: 'warnings', rule: w.rule, detail: warningExplanationParts(doc, w).join('; ') },
  }));
}
