/**
 * The duty-to-warn lifecycle as a pure state machine:
 *
 *   draft → assessed → decided ─(warn)→ delivered → acknowledged → closed
 *                          └──(waive)──────────────────────────────→ closed
 *
 * `transition(record, command, by, now)` returns the next record or throws a
 * typed error; it touches no storage, so every rule is testable alone and the
 * service (service.ts) only adds persistence, deliveries and the audit trail.
 *
 * Rules: roles are checked (`forbidden_role`); the approver who decides must
 * not be the author (`self_approval`); a waiver names a reason and carries a
 * written justification (`waiver_justification_required`); a command from
 * the wrong state fails `invalid_transition`; incomplete content fails
 * `invalid_warning`.
 *
 * Public surface: `transition`, `Command`, `Actor`, `ALLOWED_FROM`,
 * `gradeThreat`, `leadTimeDays`, `draftFromExtractedWarning`.
 */
import { ForewarnError } from '../errors.js';
import type { Entity, Warning as ExtractedWarning } from '../extract/contract.js';
import {
  applyPatch,
  CAP_CERTAINTIES,
  CAP_SEVERITIES,
  CAP_URGENCIES,
  type CapCertainty,
  type CapSeverity,
  type CapUrgency,
  type DraftInput,
  type DraftPatch,
  INFO_CREDIBILITIES,
  type InfoCredibility,
  invalidWarning,
  oneOf,
  optionalText,
  requiredText,
  SOURCE_RELIABILITIES,
  type SourceReliability,
  type ThreatSpecificity,
  type ThreatType,
  WAIVER_REASONS,
  type WaiverReason,
  type WarningRecord,
  type WarningState,
} from './model.js';
import { type Role, requirePermission } from './users.js';

/**
 * Who issues a command: a signed-in user, or the recipient of a delivery
 * acknowledging it. `id` is the same label the record's `createdBy` uses
 * ('user:<id>', 'system:<name>'), which is what makes the self-approval
 * check meaningful.
 */
export type Actor = { kind: 'user'; id: string; role: Role } | { kind: 'recipient'; id: string };

export type Command =
  | { type: 'edit'; patch: DraftPatch }
  | {
      type: 'assess';
      sourceReliability: SourceReliability;
      infoCredibility: InfoCredibility;
      urgency?: CapUrgency;
      severity?: CapSeverity;
      certainty?: CapCertainty;
      specificity?: Partial<ThreatSpecificity>;
      note?: string | null;
    }
  | { type: 'decide'; decision: 'warn'; note?: string | null }
  | { type: 'decide'; decision: 'waive'; reason: WaiverReason; justification?: string | null }
  | { type: 'deliver' }
  | { type: 'acknowledge' }
  | {
      type: 'close';
      outcome:
        | { kind: 'incident'; incidentId: string; incidentDate: string; note?: string | null }
        | { kind: 'none'; note?: string | null };
      /** when the warning first reached a recipient (null when it never did) */
      firstDeliveredAt: string | null;
    };

export const ALLOWED_FROM: Record<Command['type'], readonly WarningState[]> = {
  edit: ['draft'],
  // Re-grading before the decision is allowed: new reporting changes the grade.
  assess: ['draft', 'assessed'],
  decide: ['assessed'],
  // Further deliveries reach more recipients (the victims and their protectors).
  deliver: ['decided', 'delivered', 'acknowledged'],
  // A late acknowledgement of a closed warning is still recorded; the state stays closed.
  acknowledge: ['delivered', 'acknowledged', 'closed'],
  close: ['decided', 'delivered', 'acknowledged'],
};

/** Credible: source A–C and information 1–3. Specific: who or where is threatened, and by whom, when or how. */
export function gradeThreat(
  reliability: SourceReliability,
  credibility: InfoCredibility,
  s: ThreatSpecificity,
): { credible: boolean; specific: boolean } {
  return {
    credible: ['A', 'B', 'C'].includes(reliability) && credibility <= 3,
    specific: (s.target || s.place) && (s.actor || s.time || s.method),
  };
}

const DAY_MS = 86_400_000;

/** Whole calendar days (UTC) from `from` (a timestamp) to `incidentDate` (YYYY-MM-DD). */
export function leadTimeDays(from: string, incidentDate: string): number {
  const start = Date.UTC(new Date(from).getUTCFullYear(), new Date(from).getUTCMonth(), new Date(from).getUTCDate());
  return Math.round((Date.parse(`${incidentDate}T00:00:00Z`) - start) / DAY_MS);
}

function userOf(by: Actor, command: Command['type']): { id: string; role: Role } {
  if (by.kind !== 'user') {
    throw new ForewarnError('forbidden_role', `a recipient may not ${command} a warning`, { command });
  }
  return by;
}

/** The record after `command`, or a typed error; `record` is not modified. */
export function transition(record: WarningRecord, command: Command, by: Actor, now: string): WarningRecord {
  if (!ALLOWED_FROM[command.type].includes(record.state)) {
    throw new ForewarnError('invalid_transition', `cannot ${command.type} a warning that is ${record.state}`, {
      from: record.state,
      command: command.type,
    });
  }
  const next = (changes: Partial<WarningRecord>): WarningRecord => ({
    ...record,
    ...changes,
    updatedAt: now,
    version: record.version + 1,
  });

  switch (command.type) {
    case 'edit': {
      requirePermission(userOf(by, 'edit').role, 'warning.write');
      return applyPatch(record, command.patch, now);
    }

    case 'assess': {
      const user = userOf(by, 'assess');
      requirePermission(user.role, 'warning.write');
      if (record.threat.type === null) throw invalidWarning('threat.type', 'is required before assessment');
      if (record.threat.target === null && record.info.area.length === 0) {
        throw invalidWarning('threat.target', 'the intended victims or the place must be named before assessment');
      }
      const reliability = oneOf('sourceReliability', command.sourceReliability, SOURCE_RELIABILITIES);
      const credibility = oneOf('infoCredibility', command.infoCredibility, INFO_CREDIBILITIES);
      const specificity = { ...record.specificity };
      for (const [k, v] of Object.entries(command.specificity ?? {})) {
        if (!(k in specificity) || typeof v !== 'boolean')
          throw invalidWarning(`specificity.${k}`, 'must be true or false');
        specificity[k as keyof ThreatSpecificity] = v;
      }
      const info = { ...record.info };
      if (command.urgency !== undefined) info.urgency = oneOf('urgency', command.urgency, CAP_URGENCIES);
      if (command.severity !== undefined) info.severity = oneOf('severity', command.severity, CAP_SEVERITIES);
      if (command.certainty !== undefined) info.certainty = oneOf('certainty', command.certainty, CAP_CERTAINTIES);
      return next({
        state: 'assessed',
        info,
        specificity,
        grading: {
          sourceReliability: reliability,
          infoCredibility: credibility,
          ...gradeThreat(reliability, credibility, specificity),
          assessedBy: user.id,
          assessedAt: now,
          note: optionalText('note', command.note),
        },
      });
    }

    case 'decide': {
      const user = userOf(by, 'decide');
      requirePermission(user.role, 'warning.decide');
      if (user.id === record.createdBy) {
        throw new ForewarnError('self_approval', 'the author of a warning may not decide it; another approver must', {
          author: record.createdBy,
        });
      }
      if (command.decision === 'warn') {
        return next({
          state: 'decided',
          decision: { kind: 'warn', decidedBy: user.id, decidedAt: now, note: optionalText('note', command.note) },
        });
      }
      if (command.decision !== 'waive') throw invalidWarning('decision', 'must be warn or waive');
      const reason = oneOf('reason', command.reason, WAIVER_REASONS);
      const justification = optionalText('justification', command.justification);
      if (justification === null) {
        throw new ForewarnError('waiver_justification_required', 'a waiver needs a written justification', {
          reason,
        });
      }
      return next({
        state: 'decided',
        decision: { kind: 'waive', reason, justification, decidedBy: user.id, decidedAt: now },
      });
    }

    case 'deliver': {
      requirePermission(userOf(by, 'deliver').role, 'warning.write');
      if (record.decision?.kind !== 'warn') {
        throw new ForewarnError('invalid_transition', 'a waived warning is not delivered', {
          from: record.state,
          command: 'deliver',
        });
      }
      // CAP `sent` is when the alert first left; later deliveries resend the same message.
      return record.state === 'decided' ? next({ state: 'delivered', sent: now }) : next({});
    }

    case 'acknowledge': {
      if (by.kind !== 'recipient') {
        throw new ForewarnError('forbidden_role', 'only a recipient acknowledges a warning', {
          command: 'acknowledge',
        });
      }
      return next({ state: record.state === 'closed' ? 'closed' : 'acknowledged' });
    }

    case 'close': {
      const user = userOf(by, 'close');
      requirePermission(user.role, 'warning.write');
      if (record.state === 'decided' && record.decision?.kind === 'warn') {
        throw new ForewarnError('invalid_transition', 'a decision to warn must be delivered before it is closed', {
          from: record.state,
          command: 'close',
        });
      }
      const o = command.outcome;
      const note = optionalText('outcome.note', o?.note);
      if (o?.kind === 'none') {
        return next({ state: 'closed', outcome: { kind: 'none', note, recordedBy: user.id, recordedAt: now } });
      }
      if (o?.kind !== 'incident') throw invalidWarning('outcome.kind', 'must be incident or none');
      const incidentId = requiredText('outcome.incidentId', o.incidentId);
      const incidentDate = requiredText('outcome.incidentDate', o.incidentDate, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(incidentDate) || Number.isNaN(Date.parse(incidentDate))) {
        throw invalidWarning('outcome.incidentDate', 'must be YYYY-MM-DD');
      }
      const from = command.firstDeliveredAt ?? record.decision?.decidedAt ?? record.createdAt;
      const days = leadTimeDays(from, incidentDate);
      if (days < 0) throw invalidWarning('outcome.incidentDate', 'the incident must not precede the warning');
      return next({
        state: 'closed',
        outcome: {
          kind: 'incident',
          incidentId,
          incidentDate,
          leadTimeDays: days,
          note,
          recordedBy: user.id,
          recordedAt: now,
        },
      });
    }
  }
}

const THREAT_PATTERNS: [RegExp, ThreatType][] = [
  [/\b(kidnap|abduct|hostage|seiz\w* (?:foreign|tourist|aid)|ransom)/i, 'kidnapping'],
  [/\b(kill|murder|assassin|massacre|bomb|explosi|shoot|gunm|suicide|attack|strike|execut)/i, 'killing'],
  [/\b(injur|wound|maim|acid|stab|assault)/i, 'serious_bodily_injury'],
];

/**
 * A draft proposed from an extracted warning (contract v1): what was reported,
 * with the reported specificity; the threat type only when the threat's words
 * make it plain, otherwise left for the analyst.
 */
export function draftFromExtractedWarning(
  w: ExtractedWarning,
  documentId: string,
  entities: readonly Pick<Entity, 'id' | 'name'>[] = [],
): DraftInput {
  // issuer, recipient and threat actor are entity ids in the contract: an analyst reads names
  const nameOf = (id: string | null | undefined): string | null =>
    id ? (entities.find((e) => e.id === id)?.name ?? id) : null;
  const issuer = nameOf(w.issuer);
  const recipient = nameOf(w.recipient);
  const threatText = w.threat?.trim() || null;
  const type = threatText ? (THREAT_PATTERNS.find(([re]) => re.test(threatText))?.[1] ?? null) : null;
  const reported = [
    issuer ? `Issuer: ${issuer}.` : null,
    recipient ? `Recipient of the reported warning: ${recipient}.` : null,
    w.issued ? `Issued: ${w.issued}.` : null,
    threatText ? `Threat: ${threatText}.` : null,
  ].filter((s): s is string => s !== null);
  return {
    threat: { type, actor: nameOf(w.threat_actor), target: null },
    info: {
      event: threatText ? threatText.slice(0, 200) : 'Reported threat',
      headline: threatText ? `Reported threat: ${threatText}`.slice(0, 500) : null,
      description: `Proposed from document ${documentId} (extracted warning ${w.id}). ${reported.join(' ')}`.trim(),
    },
    specificity: {
      actor: w.specificity.actor,
      target: w.specificity.target,
      place: w.specificity.location !== 'none',
      time: w.specificity.time !== 'none',
      method: w.specificity.method ?? false,
    },
    basis: w.basis ?? null,
    evidence: { documents: [documentId], claims: [] },
  };
}
