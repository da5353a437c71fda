/**
 * Checks of a STIX 2.1 bundle that the OASIS JSON schemas cannot make: unique
 * ids (per version), `modified` not before `created`, every `*_ref` and
 * `*_refs` resolving inside the bundle (or to an official TLP marking), and
 * relationships only where the STIX 2.1 relationship rules allow them.
 *
 * Public surface: `bundleProblems(bundle) → string[]` (empty when sound).
 */
import { tlpFromMarkingId } from '../tlp.js';
import type { StixBundle, StixObject } from './types.js';
import { stixTypeOf } from './uuid.js';
import { relationshipAllowed } from './vocabulary.js';

function collectRefs(value: unknown, path: string, out: { path: string; ref: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      collectRefs(v, `${path}[${i}]`, out);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    const p = path ? `${path}.${k}` : k;
    if (k.endsWith('_ref') && typeof v === 'string') out.push({ path: p, ref: v });
    else if (k.endsWith('_refs') && Array.isArray(v)) {
      v.forEach((r, i) => {
        if (typeof r === 'string') out.push({ path: `${p}[${i}]`, ref: r });
      });
    } else collectRefs(v, p, out);
  }
}

export function bundleProblems(bundle: StixBundle): string[] {
  const problems: string[] = [];
  const versions = new Set<string>();
  const byId = new Map<string, StixObject>();
  for (const o of bundle.objects) {
    const version = `${o.id}@${o.modified ?? ''}`;
    if (versions.has(version)) problems.push(`${o.id}: the same id and version twice`);
    versions.add(version);
    byId.set(o.id, o);
    if (o.created && o.modified && o.modified < o.created) problems.push(`${o.id}: modified is before created`);
  }
  for (const o of bundle.objects) {
    const refs: { path: string; ref: string }[] = [];
    collectRefs(o, '', refs);
    for (const { path, ref } of refs) {
      if (!byId.has(ref) && tlpFromMarkingId(ref) === null)
        problems.push(`${o.id}: ${path} → ${ref} is not in the bundle`);
    }
    if (o.type === 'relationship') {
      const s = o.source_ref as string;
      const t = o.target_ref as string;
      const r = o.relationship_type as string;
      if (!relationshipAllowed(stixTypeOf(s), r, stixTypeOf(t))) {
        problems.push(`${o.id}: ${stixTypeOf(s)} ${r} ${stixTypeOf(t)} is not a STIX 2.1 relationship`);
      }
    }
  }
  return problems;
}
