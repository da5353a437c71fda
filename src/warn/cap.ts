/**
 * CAP 1.2 exports (OASIS Common Alerting Protocol,
 * urn:oasis:names:tc:emergency:cap:1.2): a warning as an alert, and the
 * acknowledgement a recipient returns (msgType Ack, referencing the alert).
 *
 * The JSON form (`CapAlert`) mirrors the XML element names one to one, so
 * both exports come from one structure; `capToXml` writes the elements in the
 * order the CAP schema requires and escapes every text (and replaces
 * characters XML 1.0 cannot carry), so hostile report text cannot break out.
 *
 * Public surface: `toCapAlert(record)`, `ackAlert(input)`, `capToXml(alert)`,
 * `capDateTime(iso)`, `escapeXml(text)`, `capReference`, `CAP_NAMESPACE`,
 * types `CapAlert`, `CapInfo`, `CapArea`.
 */
import type { CapMsgType, CapScope, CapStatus, WarningRecord } from './model.js';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

export interface CapArea {
  areaDesc: string;
  circle?: string[];
  geocode?: { valueName: string; value: string }[];
}

export interface CapInfo {
  language: string;
  category: string[];
  event: string;
  urgency: string;
  severity: string;
  certainty: string;
  onset?: string;
  expires?: string;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  parameter?: { valueName: string; value: string }[];
  area?: CapArea[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  scope: CapScope;
  restriction?: string;
  addresses?: string;
  code?: string[];
  note?: string;
  references?: string;
  info?: CapInfo[];
}

/** CAP date-times: seconds precision, numeric offset, UTC written as -00:00 (never Z). */
export function capDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date-time: ${iso}`);
  return `${d.toISOString().slice(0, 19)}-00:00`;
}

// Characters outside XML 1.0's Char production (controls, lone surrogates,
// U+FFFE/U+FFFF) cannot be escaped, only replaced.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** CAP `references` entry: sender,identifier,sent. */
export function capReference(alert: Pick<CapAlert, 'sender' | 'identifier' | 'sent'>): string {
  return `${alert.sender},${alert.identifier},${alert.sent}`;
}

/** CAP addresses: space-separated, an address containing spaces in double quotes. */
function capAddresses(addresses: string[]): string | undefined {
  if (addresses.length === 0) return undefined;
  return addresses
    .map((a) => a.replace(/"/g, ''))
    .map((a) => (/\s/.test(a) ? `"${a}"` : a))
    .join(' ');
}

const yesNo = (b: boolean): string => (b ? 'known' : 'unknown');

/** The warning as a CAP alert (one info block, category Security). */
export function toCapAlert(r: WarningRecord): CapAlert {
  const parameter: { valueName: string; value: string }[] = [];
  const param = (valueName: string, value: string | null | undefined): void => {
    if (value) parameter.push({ valueName, value });
  };
  param('threatType', r.threat.type);
  param('threatActor', r.threat.actor);
  param('intendedTarget', r.threat.target);
  if (r.grading) {
    param('sourceReliability', r.grading.sourceReliability);
    param('informationCredibility', String(r.grading.infoCredibility));
    param('admiraltyGrade', `${r.grading.sourceReliability}${r.grading.infoCredibility}`);
  }
  param(
    'specificity',
    Object.entries(r.specificity)
      .map(([k, v]) => `${k}:${yesNo(v)}`)
      .join(' '),
  );
  param('basis', r.basis);
  param('tlp', r.tlp);
  for (const d of r.evidence.documents) param('sourceDocument', d);
  for (const c of r.evidence.claims) param('sourceClaim', c);

  const info: CapInfo = {
    language: 'en',
    category: [r.info.category],
    event: r.info.event,
    urgency: r.info.urgency,
    severity: r.info.severity,
    certainty: r.info.certainty,
    ...(r.info.onset ? { onset: capDateTime(r.info.onset) } : {}),
    ...(r.info.expires ? { expires: capDateTime(r.info.expires) } : {}),
    ...(r.info.headline ? { headline: r.info.headline } : {}),
    ...(r.info.description ? { description: r.info.description } : {}),
    ...(r.info.instruction ? { instruction: r.info.instruction } : {}),
    parameter,
    ...(r.info.area.length > 0
      ? {
          area: r.info.area.map((a) => ({
            areaDesc: a.areaDesc,
            ...(a.circle ? { circle: [`${a.circle.lat},${a.circle.lon} ${a.circle.radiusKm}`] } : {}),
            ...(a.geocodes?.length ? { geocode: a.geocodes } : {}),
          })),
        }
      : {}),
  };
  const addresses = capAddresses(r.addresses);
  return {
    identifier: r.identifier,
    sender: r.sender,
    sent: capDateTime(r.sent),
    status: r.status,
    msgType: r.msgType,
    scope: r.scope,
    ...(r.scope === 'Restricted' && r.restriction ? { restriction: r.restriction } : {}),
    ...(addresses ? { addresses } : {}),
    code: [`TLP:${r.tlp}`],
    info: [info],
  };
}

export interface AckInput {
  identifier: string;
  /** who acknowledges: the partner's name, or the delivery's recipient for a link */
  sender: string;
  sent: string;
  /** the warning acknowledged */
  original: WarningRecord;
  note?: string | null;
}

/** The acknowledgement: msgType Ack, privately addressed to the original sender, referencing the alert. */
export function ackAlert(input: AckInput): CapAlert {
  const original = toCapAlert(input.original);
  return {
    identifier: input.identifier,
    sender: input.sender,
    sent: capDateTime(input.sent),
    status: original.status,
    msgType: 'Ack',
    scope: 'Private',
    addresses: capAddresses([original.sender]) ?? original.sender,
    ...(input.note ? { note: input.note } : {}),
    references: capReference(original),
  };
}

function element(name: string, value: string | undefined, indent: string): string {
  return value === undefined ? '' : `${indent}<${name}>${escapeXml(value)}</${name}>\n`;
}

function pairs(name: string, list: { valueName: string; value: string }[] | undefined, indent: string): string {
  return (list ?? [])
    .map(
      (p) =>
        `${indent}<${name}>\n${element('valueName', p.valueName, `${indent}  `)}${element('value', p.value, `${indent}  `)}${indent}</${name}>\n`,
    )
    .join('');
}

function areaXml(a: CapArea, indent: string): string {
  const i = `${indent}  `;
  return (
    `${indent}<area>\n` +
    element('areaDesc', a.areaDesc, i) +
    (a.circle ?? []).map((c) => element('circle', c, i)).join('') +
    pairs('geocode', a.geocode, i) +
    `${indent}</area>\n`
  );
}

function infoXml(info: CapInfo, indent: string): string {
  const i = `${indent}  `;
  return (
    `${indent}<info>\n` +
    element('language', info.language, i) +
    info.category.map((c) => element('category', c, i)).join('') +
    element('event', info.event, i) +
    element('urgency', info.urgency, i) +
    element('severity', info.severity, i) +
    element('certainty', info.certainty, i) +
    element('onset', info.onset, i) +
    element('expires', info.expires, i) +
    element('senderName', info.senderName, i) +
    element('headline', info.headline, i) +
    element('description', info.description, i) +
    element('instruction', info.instruction, i) +
    pairs('parameter', info.parameter, i) +
    (info.area ?? []).map((a) => areaXml(a, i)).join('') +
    `${indent}</info>\n`
  );
}

/** The alert as a CAP 1.2 XML document, elements in schema order. */
export function capToXml(alert: CapAlert): string {
  const i = '  ';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<alert xmlns="${CAP_NAMESPACE}">\n` +
    element('identifier', alert.identifier, i) +
    element('sender', alert.sender, i) +
    element('sent', alert.sent, i) +
    element('status', alert.status, i) +
    element('msgType', alert.msgType, i) +
    element('scope', alert.scope, i) +
    element('restriction', alert.restriction, i) +
    element('addresses', alert.addresses, i) +
    (alert.code ?? []).map((c) => element('code', c, i)).join('') +
    element('note', alert.note, i) +
    element('references', alert.references, i) +
    (alert.info ?? []).map((x) => infoXml(x, i)).join('') +
    '</alert>\n'
  );
}
