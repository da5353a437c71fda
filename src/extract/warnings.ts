/**
 * Warning stage: one party warning another of a threat, with the issued
 * date, the threat and its actor, the basis of the warning, and the
 * specificity of actor, place, target and time. Detection lives in
 * events/warning-cues.ts, shared with the event stage (a warning is also an
 * event of type `warning`).
 */

import type { ExtractionContext } from './context.js';
import type { Claim, Entity, Event, Warning } from './contract.js';
import { buildDocContext } from './events/context.js';
import { findWarningMentions, warningExplanationParts } from './events/warning-cues.js';
import { anchorsOf, eventDrafts } from './events.js';
import type { Analysis } from './nlp.js';

export function extractWarnings(
  a: Analysis,
  entities: Entity[],
  _events: Event[],
  _claims: Claim[],
  ctx: ExtractionContext,
): Warning[] {
  const doc = buildDocContext(a, entities, ctx);
  // the drafts carry the date mentions (with their precision) that the contract events have flattened
  const anchors = anchorsOf(eventDrafts(doc));
  return findWarningMentions(doc, anchors).map((w, i) => ({
    id: `w${i + 1}`,
    issuer: w.issuer?.entity.id ?? null,
    recipient: w.recipient?.entity.id ?? null,
    issued: w.issued?.value ?? null,
    threat: w.threat?.text ?? null,
    threat_actor: w.threatActor?.id ?? null,
    basis: w.basis,
    specificity: w.specificity,
    evidence: w.evidence,
    explanation: { stage: 'warnings', rule: w.rule, detail: warningExplanationParts(doc, w).join('; ') },
  }));
}
