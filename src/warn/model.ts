/**
 * The warning record: one duty-to-warn case, shaped after a CAP 1.2 alert
 * (OASIS Common Alerting Protocol) so it exports without translation, plus
 * what CAP has no place for: the threat (type, actor, intended target), the
 * Admiralty grading, the specificity of what is known, the basis, the
 * documents and claims it rests on, the TLP marking, and the workflow state
 * with its decision and outcome.
 *
 * Public surface: the types (`WarningRecord`, `DraftInput`, `DraftPatch`,
 * `Grading`, `Decision`, `Outcome`, `Delivery`, ...), the enumerations as
 * readonly arrays (`CAP_STATUSES`, `THREAT_TYPES`, `WAIVER_REASONS`, ...),
 * `normaliseDraft(input)` and `applyPatch(record, patch)` which validate and
 * fail with `invalid_warning` (details.field names the offending field).
 */
import { ForewarnError } from '../errors.js';

export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;
export const THREAT_TYPES = ['killing', 'serious_bodily_injury', 'kidnapping'] as const;
/** Admiralty code: reliability of the source, A (completely reliable) to F (cannot be judged). */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** Admiralty code: credibility of the information, 1 (confirmed) to 6 (cannot be judged). */
export const INFO_CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export const TLP_MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export const WAIVER_REASONS = [
  'endangers_sources_methods_operations',
  'victim_is_threat_actor',
  'recipient_already_knows',
  'other',
] as const;
export const WARNING_STATES = ['draft', 'assessed', 'decided', 'delivered', 'acknowledged', 'closed'] as const;
export const DELIVERY_CHANNELS = ['taxii', 'webhook', 'email', 'manual'] as const;

export type CapStatus = (typeof CAP_STATUSES)[number];
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];
export type CapScope = (typeof CAP_SCOPES)[number];
export type CapUrgency = (typeof CAP_URGENCIES)[number];
export type CapSeverity = (typeof CAP_SEVERITIES)[number];
export type CapCertainty = (typeof CAP_CERTAINTIES)[number];
export type ThreatType = (typeof THREAT_TYPES)[number];
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];
export type InfoCredibility = (typeof INFO_CREDIBILITIES)[number];
export type Tlp = (typeof TLP_MARKINGS)[number];
export type WaiverReason = (typeof WAIVER_REASONS)[number];
export type WarningState = (typeof WARNING_STATES)[number];
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export interface Circle {
  lat: number;
  lon: number;
  /** kilometres, as CAP's circle element */
  radiusKm: number;
}

export interface Geocode {
  valueName: string;
  value: string;
}

export interface Area {
  areaDesc: string;
  circle?: Circle | null;
  geocodes?: Geocode[];
}

export interface WarningInfo {
  category: 'Security';
  event: string;
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  onset: string | null;
  expires: string | null;
  headline: string | null;
  description: string | null;
  instruction: string | null;
  area: Area[];
}

export interface Threat {
  /** null while a draft is incomplete; required for assessment */
  type: ThreatType | null;
  actor: string | null;
  /** the intended victims: people, a venue, an institution or a place */
  target: string | null;
}

/** Which elements of the threat are known. */
export interface ThreatSpecificity {
  actor: boolean;
  target: boolean;
  place: boolean;
  time: boolean;
  method: boolean;
}

export interface Grading {
  sourceReliability: SourceReliability;
  infoCredibility: InfoCredibility;
  /** computed at assessment: credible (A–C and 1–3) and specific (target or place, and actor or time or method) */
  credible: boolean;
  specific: boolean;
  assessedBy: string;
  assessedAt: string;
  note: string | null;
}

export type Decision =
  | { kind: 'warn'; decidedBy: string; decidedAt: string; note: string | null }
  | { kind: 'waive'; reason: WaiverReason; justification: string; decidedBy: string; decidedAt: string };

export type Outcome =
  | {
      kind: 'incident';
      incidentId: string;
      /** YYYY-MM-DD of the incident */
      incidentDate: string;
      /** whole days from the first delivery (or from the decision when waived) to the incident */
      leadTimeDays: number;
      note: string | null;
      recordedBy: string;
      recordedAt: string;
    }
  | { kind: 'none'; note: string | null; recordedBy: string; recordedAt: string };

export interface WarningRecord {
  /** CAP identifier; also the record's id */
  identifier: string;
  sender: string;
  /** CAP sent: creation time until first delivered, then the delivery time */
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  scope: CapScope;
  restriction: string | null;
  addresses: string[];
  info: WarningInfo;
  threat: Threat;
  specificity: ThreatSpecificity;
  /** how the information was obtained, e.g. "interrogation of detainees" */
  basis: string | null;
  evidence: { documents: string[]; claims: string[] };
  tlp: Tlp;
  origin: 'manual' | 'extracted';
  /** for extracted drafts: the document and the contract warning id they came from */
  source: { document: string; warning: string } | null;
  state: WarningState;
  grading: Grading | null;
  decision: Decision | null;
  outcome: Outcome | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** increases by one with every change */
  version: number;
}

export interface DraftInput {
  threat?: Partial<Threat>;
  info: Partial<Omit<WarningInfo, 'category'>> & { event: string };
  status?: CapStatus;
  scope?: CapScope;
  restriction?: string | null;
  addresses?: string[];
  specificity?: Partial<ThreatSpecificity>;
  basis?: string | null;
  evidence?: { documents?: string[]; claims?: string[] };
  tlp?: Tlp;
}

/** Fields editable while a warning is a draft. */
export type DraftPatch = Partial<Omit<DraftInput, 'info'>> & { info?: Partial<Omit<WarningInfo, 'category'>> };

export interface Delivery {
  id: string;
  warning: string;
  channel: DeliveryChannel;
  /** partner id (taxii), URL (webhook), addresses (email), or null (manual) */
  target: string | null;
  /** the CAP XML sent, or the notes of a manual delivery */
  message: string;
  notes: string | null;
  deliveredBy: string;
  deliveredAt: string;
  acknowledgedAt: string | null;
  /** 'partner:<id>' or 'link' */
  acknowledgedBy: string | null;
  /** the CAP Ack message, as XML */
  ackMessage: string | null;
}

const MAX_TEXT = 20_000;
const MAX_SHORT = 500;

function bad(field: string, message: string): ForewarnError {
  return new ForewarnError('invalid_warning', `${field}: ${message}`, { field });
}

function text(field: string, value: unknown, max = MAX_TEXT): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw bad(field, 'must be a string');
  const t = value.trim();
  if (t.length > max) throw bad(field, `longer than ${max} characters`);
  return t === '' ? null : t;
}

function requiredText(field: string, value: unknown, max = MAX_SHORT): string {
  const t = text(field, value, max);
  if (t === null) throw bad(field, 'is required');
  return t;
}

function oneOf<T extends string | number>(field: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw bad(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** An ISO 8601 date-time with an explicit offset (CAP requires one). */
function dateTime(field: string, value: unknown): string | null {
  const t = text(field, value, 64);
  if (t === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(t) || Number.isNaN(Date.parse(t))) {
    throw bad(field, 'must be an ISO 8601 date-time with a time zone');
  }
  return t;
}

function stringList(field: string, value: unknown, max = MAX_SHORT): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw bad(field, 'must be a list of strings');
  const out = value.map((v, i) => requiredText(`${field}[${i}]`, v, max));
  return [...new Set(out)];
}

function area(field: string, value: unknown): Area {
  if (typeof value !== 'object' || value === null) throw bad(field, 'must be an object');
  const a = value as Record<string, unknown>;
  const out: Area = { areaDesc: requiredText(`${field}.areaDesc`, a.areaDesc) };
  if (a.circle !== undefined && a.circle !== null) {
    const c = a.circle as Record<string, unknown>;
    const num = (k: string, lo: number, hi: number): number => {
      const v = c[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
        throw bad(`${field}.circle.${k}`, `must be a number in [${lo}, ${hi}]`);
      }
      return v;
    };
    out.circle = { lat: num('lat', -90, 90), lon: num('lon', -180, 180), radiusKm: num('radiusKm', 0, 20_000) };
  }
  if (a.geocodes !== undefined && a.geocodes !== null) {
    if (!Array.isArray(a.geocodes)) throw bad(`${field}.geocodes`, 'must be a list');
    out.geocodes = a.geocodes.map((g, i) => {
      const r = (g ?? {}) as Record<string, unknown>;
      return {
        valueName: requiredText(`${field}.geocodes[${i}].valueName`, r.valueName),
        value: requiredText(`${field}.geocodes[${i}].value`, r.value),
      };
    });
  }
  return out;
}

function areas(field: string, value: unknown): Area[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw bad(field, 'must be a list of areas');
  return value.map((v, i) => area(`${field}[${i}]`, v));
}

function flag(field: string, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw bad(field, 'must be true or false');
  return value;
}

/** CAP forbids spaces and commas in identifier and sender (they delimit references). */
export function checkCapToken(field: string, value: string): string {
  if (!/^[^\s,<&]+$/.test(value)) throw bad(field, 'must not contain spaces, commas, < or &');
  return value;
}

/** Checks the scope's companions: Restricted needs a restriction, Private needs addresses. */
function checkScope(r: Pick<WarningRecord, 'scope' | 'restriction' | 'addresses'>): void {
  if (r.scope === 'Restricted' && !r.restriction) throw bad('restriction', 'is required when scope is Restricted');
  if (r.scope === 'Private' && r.addresses.length === 0) throw bad('addresses', 'are required when scope is Private');
}

function checkExpiry(info: WarningInfo): void {
  if (info.onset && info.expires && Date.parse(info.expires) <= Date.parse(info.onset)) {
    throw bad('info.expires', 'must be after info.onset');
  }
}

function defaultRestriction(tlp: Tlp): string {
  return `TLP:${tlp} - the intended victims and those who protect them`;
}

export interface DraftContext {
  identifier: string;
  sender: string;
  createdBy: string;
  now: string;
  origin?: 'manual' | 'extracted';
  source?: { document: string; warning: string } | null;
}

/** Validates a new draft and fills in the defaults. */
export function normaliseDraft(input: DraftInput, ctx: DraftContext): WarningRecord {
  if (typeof input !== 'object' || input === null) throw bad('warning', 'must be an object');
  const info = (input.info ?? {}) as Partial<WarningInfo>;
  const threat = input.threat ?? {};
  const spec = input.specificity ?? {};
  const tlp = input.tlp === undefined ? 'AMBER' : oneOf('tlp', input.tlp, TLP_MARKINGS);
  const scope = input.scope === undefined ? 'Restricted' : oneOf('scope', input.scope, CAP_SCOPES);
  const record: WarningRecord = {
    identifier: checkCapToken('identifier', ctx.identifier),
    sender: checkCapToken('sender', ctx.sender),
    sent: ctx.now,
    status: input.status === undefined ? 'Actual' : oneOf('status', input.status, CAP_STATUSES),
    msgType: 'Alert',
    scope,
    restriction:
      text('restriction', input.restriction, MAX_SHORT) ?? (scope === 'Restricted' ? defaultRestriction(tlp) : null),
    addresses: stringList('addresses', input.addresses),
    info: {
      category: 'Security',
      event: requiredText('info.event', info.event),
      urgency: info.urgency === undefined ? 'Unknown' : oneOf('info.urgency', info.urgency, CAP_URGENCIES),
      severity: info.severity === undefined ? 'Unknown' : oneOf('info.severity', info.severity, CAP_SEVERITIES),
      certainty: info.certainty === undefined ? 'Unknown' : oneOf('info.certainty', info.certainty, CAP_CERTAINTIES),
      onset: dateTime('info.onset', info.onset),
      expires: dateTime('info.expires', info.expires),
      headline: text('info.headline', info.headline, MAX_SHORT),
      description: text('info.description', info.description),
      instruction: text('info.instruction', info.instruction),
      area: areas('info.area', info.area),
    },
    threat: {
      type: threat.type === undefined || threat.type === null ? null : oneOf('threat.type', threat.type, THREAT_TYPES),
      actor: text('threat.actor', threat.actor, MAX_SHORT),
      target: text('threat.target', threat.target, MAX_SHORT),
    },
    specificity: {
      actor: flag('specificity.actor', spec.actor),
      target: flag('specificity.target', spec.target),
      place: flag('specificity.place', spec.place),
      time: flag('specificity.time', spec.time),
      method: flag('specificity.method', spec.method),
    },
    basis: text('basis', input.basis, MAX_TEXT),
    evidence: {
      documents: stringList('evidence.documents', input.evidence?.documents),
      claims: stringList('evidence.claims', input.evidence?.claims),
    },
    tlp,
    origin: ctx.origin ?? 'manual',
    source: ctx.source ?? null,
    state: 'draft',
    grading: null,
    decision: null,
    outcome: null,
    createdBy: ctx.createdBy,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
  };
  checkScope(record);
  checkExpiry(record.info);
  return record;
}

/** A draft with the patch applied, validated as a whole; workflow fields are untouched. */
export function applyPatch(record: WarningRecord, patch: DraftPatch, now: string): WarningRecord {
  if (typeof patch !== 'object' || patch === null) throw bad('patch', 'must be an object');
  const input: DraftInput = {
    threat: { ...record.threat, ...patch.threat },
    info: { ...record.info, ...patch.info },
    status: patch.status ?? record.status,
    scope: patch.scope ?? record.scope,
    // A restriction still at the default follows a change of TLP; one written by hand stays.
    restriction:
      patch.restriction !== undefined
        ? patch.restriction
        : record.restriction === defaultRestriction(record.tlp)
          ? null
          : record.restriction,
    addresses: patch.addresses ?? record.addresses,
    specificity: { ...record.specificity, ...patch.specificity },
    basis: patch.basis === undefined ? record.basis : patch.basis,
    evidence: { ...record.evidence, ...patch.evidence },
    tlp: patch.tlp ?? record.tlp,
  };
  const fresh = normaliseDraft(input, {
    identifier: record.identifier,
    sender: record.sender,
    createdBy: record.createdBy,
    now: record.createdAt,
    origin: record.origin,
    source: record.source,
  });
  return {
    ...record,
    ...pick(fresh, [
      'status',
      'scope',
      'restriction',
      'addresses',
      'info',
      'threat',
      'specificity',
      'basis',
      'evidence',
      'tlp',
    ]),
    updatedAt: now,
    version: record.version + 1,
  };
}

function pick<T, K extends keyof T>(o: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = o[k];
  return out;
}

export const isoDateTime = (d: Date): string => d.toISOString();

export { bad as invalidWarning, oneOf, requiredText, text as optionalText };
