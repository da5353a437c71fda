/**
 * Name-based UUIDs (version 5, SHA-1; RFC 9562 §5.5) so that exporting the
 * same Forewarn item twice gives the same STIX id.
 *
 * Public surface: `uuidv5(namespace, name)`, `FOREWARN_NAMESPACE`,
 * `stixId(type, ...parts)`, `isStixId(value, type?)`.
 */
import { createHash } from 'node:crypto';

/** Forewarn's own namespace for STIX ids; never change it, or every shared id changes. */
export const FOREWARN_NAMESPACE = 'a01cccbf-3028-4020-a8d7-1738b907515d';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The STIX identifier pattern (common/identifier.json): RFC 4122 versions 1–5 and the RFC variant.
const STIX_ID_RE =
  /^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;

const namespaceBytes = new Map<string, Buffer>();

export function uuidv5(namespace: string, name: string): string {
  let ns = namespaceBytes.get(namespace);
  if (!ns) {
    if (!UUID_RE.test(namespace)) throw new TypeError(`not a UUID: ${namespace}`);
    ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    namespaceBytes.set(namespace, ns);
  }
  const b = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * A STIX id of `type` named by `parts` under the Forewarn namespace. The
 * parts are joined with a separator that cannot occur in them unescaped, so
 * ('a', 'b:c') and ('a:b', 'c') never collide.
 */
export function stixId(type: string, ...parts: string[]): string {
  const name = [type, ...parts.map((p) => p.replace(/\\/g, '\\\\').replace(/\|/g, '\\|'))].join('|');
  return `${type}--${uuidv5(FOREWARN_NAMESPACE, name)}`;
}

export function isStixId(value: unknown, type?: string): value is string {
  if (typeof value !== 'string') return false;
  const m = STIX_ID_RE.exec(value);
  return m !== null && (type === undefined || m[1] === type);
}

/** The type part of a STIX id. */
export function stixTypeOf(id: string): string {
  return id.slice(0, id.indexOf('--'));
}
