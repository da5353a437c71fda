import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { toStixBundle } from './export.js';
import { sampleInput } from './fixtures.js';
import { EXTENSION_IDS, type ExtensionName, extensionDefinition } from './vocabulary.js';

// The published JSON Schemas of our extensions must describe what we actually produce.
const dir = join(import.meta.dirname, 'extensions');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = Object.fromEntries(
  (Object.keys(EXTENSION_IDS) as ExtensionName[]).map((n) => {
    const schema = JSON.parse(readFileSync(join(dir, `${n}.schema.json`), 'utf8'));
    return [n, { schema, validate: ajv.compile(schema) }];
  }),
) as Record<ExtensionName, { schema: { $id: string }; validate: ReturnType<Ajv2020['compile']> }>;

describe('extension schemas', () => {
  it('each extension-definition points at its schema file', () => {
    for (const n of Object.keys(EXTENSION_IDS) as ExtensionName[]) {
      expect(extensionDefinition(n).schema).toBe(validators[n].schema.$id);
    }
  });

  it('every extension payload in an export validates against its published schema', () => {
    const bundle = toStixBundle(sampleInput());
    const seen = new Set<string>();
    for (const o of bundle.objects) {
      for (const n of Object.keys(EXTENSION_IDS) as ExtensionName[]) {
        const payload = o.extensions?.[EXTENSION_IDS[n]];
        if (!payload) continue;
        seen.add(n);
        const v = validators[n].validate;
        expect(v(payload), `${o.id}: ${JSON.stringify(v.errors)}`).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(EXTENSION_IDS).sort());
  });

  it('the schemas reject what we never produce', () => {
    expect(
      validators.event.validate({
        extension_type: 'property-extension',
        item_id: 'v1',
        document_id: 'd',
        event_type: 'riot',
        evidence: [0, 1],
      }),
    ).toBe(false);
    expect(validators.claim.validate({ extension_type: 'property-extension', item_id: 'c1' })).toBe(false);
    expect(
      validators.entity.validate({
        extension_type: 'property-extension',
        item_id: 'e',
        document_id: 'd',
        entity_type: 'person',
        aliases: [],
      }),
    ).toBe(false);
  });
});
