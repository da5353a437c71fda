/**
 * From the records other parts of Forewarn keep to the exporter's input, so
 * that wiring `forewarn export --format stix`, the API and the TAXII server is
 * one call each. Pure.
 *
 * Public surface: `shareDocumentFromStored(stored, extra)`,
 * `shareWarningFromRecord(record, deliveries)`.
 */
import type { StoredDocument } from '../../store/port.js';
import type { Delivery, WarningRecord } from '../../warn/model.js';
import { parseTlp, type TlpLevel } from '../tlp.js';
import type { Admiralty, ShareDocument, ShareWarning } from './types.js';

/**
 * A stored document as export input. The text goes along so incidents and
 * warnings carry their evidence as a description; pass `withText: false` to
 * share the extraction without quoting the source.
 */
export function shareDocumentFromStored(
  stored: StoredDocument,
  extra: { tlp?: TlpLevel | null; grading?: Admiralty | string | null; withText?: boolean } = {},
): ShareDocument {
  const { text: _text, ...extraction } = stored.extraction;
  return {
    id: stored.id,
    hash: stored.hash,
    title: stored.title,
    published: stored.published,
    ingestedAt: stored.ingestedAt,
    outlet: stored.outlet,
    origin: stored.origin,
    length: stored.length,
    grading: extra.grading ?? null,
    tlp: extra.tlp ?? null,
    extraction: extra.withText === false ? extraction : { ...extraction, text: stored.text },
  };
}

/** 'doc#item' or 'doc/item' → {document, item}; a bare id belongs to the only evidence document, if there is one. */
function evidenceRef(ref: string, documents: readonly string[]): { document: string; item?: string } | null {
  const m = /^(.+)[#/]([^#/]+)$/.exec(ref);
  if (m?.[1] && m[2]) return { document: m[1], item: m[2] };
  return documents.length === 1 && documents[0] ? { document: documents[0], item: ref } : null;
}

/**
 * A workflow warning as partners see it. The acknowledgement is the first
 * acknowledged delivery's, because that is when the duty to warn was met.
 */
export function shareWarningFromRecord(record: WarningRecord, deliveries: readonly Delivery[] = []): ShareWarning {
  const d = record.decision;
  const ack = deliveries
    .filter((x) => x.warning === record.identifier && x.acknowledgedAt)
    .sort((a, b) => ((a.acknowledgedAt ?? '') < (b.acknowledgedAt ?? '') ? -1 : 1))[0];
  const evidence: { document: string; item?: string | null }[] = record.evidence.documents.map((document) => ({
    document,
  }));
  for (const c of record.evidence.claims) {
    const r = evidenceRef(c, record.evidence.documents);
    if (r) evidence.push(r);
  }
  if (record.source) evidence.push({ document: record.source.document, item: record.source.warning });
  return {
    id: record.identifier,
    title: record.info.headline ?? record.info.event,
    description: record.info.description,
    issuer: record.sender,
    recipients: [...record.addresses],
    issued: record.sent,
    created: record.createdAt,
    modified: record.updatedAt,
    state: record.state,
    decision: d
      ? d.kind === 'warn'
        ? { kind: 'warn', by: d.decidedBy, at: d.decidedAt, note: d.note }
        : { kind: 'waive', by: d.decidedBy, at: d.decidedAt, reason: d.reason, note: d.justification }
      : null,
    acknowledgement: ack?.acknowledgedAt ? { by: ack.acknowledgedBy ?? 'unknown', at: ack.acknowledgedAt } : null,
    threat: { type: record.threat.type, actor: record.threat.actor, target: record.threat.target },
    grading: record.grading
      ? { reliability: record.grading.sourceReliability, credibility: record.grading.infoCredibility }
      : null,
    tlp: parseTlp(record.tlp),
    evidence,
  };
}
