/**
 * The OASIS STIX 2.1 JSON schemas as validators, for conformance tests: every
 * schema file under a directory goes into one Ajv (draft 2020-12) instance, so
 * their relative `$ref`s resolve offline.
 *
 * Public surface: `loadOasisSchemas(dir) → OasisSchemas` with
 * `validateObject(object)` (the object against its own type's schema) and
 * `validateBundle(bundle)`, each returning a list of problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';

const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

/** STIX 2.1 types that the OASIS bundle.json (at commit 3bf9e69) does not list among its object schemas. */
export const BUNDLE_SCHEMA_UNLISTED: ReadonlySet<string> = new Set([
  'extension-definition',
  'grouping',
  'incident',
  'location',
  'note',
  'opinion',
]);

export interface OasisSchemas {
  validateObject(object: { type: string }): string[];
  validateBundle(bundle: unknown): string[];
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(dir, join(prefix, d.name)) : d.name.endsWith('.json') ? [join(prefix, d.name)] : [],
  );
}

function errorsOf(v: ValidateFunction): string[] {
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} (${e.schemaPath})`);
}

export function loadOasisSchemas(dir: string): OasisSchemas {
  // strict:false — the schemas put descriptions beside $ref; unicodeRegExp:false — core.json's type pattern is not u-flag safe.
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  // ajv-formats is CommonJS; its default export arrives as the module or as its `default`.
  const mod = formats as unknown as { default?: unknown };
  const addFormats = (typeof mod.default === 'function' ? mod.default : mod) as (a: Ajv2020) => void;
  addFormats(ajv);
  ajv.addFormat('idn-hostname', (s: string) => {
    const ascii = domainToASCII(s);
    return (
      ascii !== '' &&
      /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(ascii)
    );
  });
  for (const f of files(dir)) ajv.addSchema(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const cache = new Map<string, ValidateFunction>();
  const get = (path: string): ValidateFunction => {
    let v = cache.get(path);
    if (!v) {
      v = ajv.getSchema(`${BASE}${path}`);
      if (!v) throw new Error(`no OASIS schema ${path}`);
      cache.set(path, v);
    }
    return v;
  };
  const available = new Set(files(dir));
  const schemaFor = (type: string): string => {
    if (type === 'relationship' || type === 'sighting') return `sros/${type}.json`;
    if (['marking-definition', 'extension-definition', 'language-content'].includes(type)) return `common/${type}.json`;
    if (available.has(join('sdos', `${type}.json`))) return `sdos/${type}.json`;
    if (available.has(join('observables', `${type}.json`))) return `observables/${type}.json`;
    return 'common/core.json';
  };
  return {
    validateObject(object) {
      const v = get(schemaFor(object.type));
      return v(object) ? [] : errorsOf(v);
    },
    validateBundle(bundle) {
      const v = get('common/bundle.json');
      const b = bundle as { objects?: { type: string }[] };
      if (!Array.isArray(b?.objects)) return v(bundle) ? [] : errorsOf(v);
      // bundle.json's list of object schemas omits some STIX 2.1 types; such an object falls to its
      // "custom object" branch, where it matches both core.json and cyber-observable-core.json and so
      // fails that branch's oneOf. Those objects are checked against their own schemas instead.
      const listed = b.objects.filter((o) => !BUNDLE_SCHEMA_UNLISTED.has(o?.type));
      const unlisted = b.objects.filter((o) => BUNDLE_SCHEMA_UNLISTED.has(o?.type));
      const envelope = { ...b, objects: listed.length > 0 || unlisted.length === 0 ? listed : undefined };
      if (envelope.objects === undefined) delete envelope.objects;
      const problems = v(envelope) ? [] : errorsOf(v);
      for (const o of unlisted) problems.push(...this.validateObject(o).map((p) => `${o.type}: ${p}`));
      return problems;
    },
  };
}
