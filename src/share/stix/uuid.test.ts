import { describe, expect, it } from 'vitest';
import { FOREWARN_NAMESPACE, isStixId, stixId, uuidv5 } from './uuid.js';

describe('uuidv5', () => {
  it('matches the RFC 4122 / Python reference values', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') in CPython
    expect(uuidv5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('sets version 5 and the RFC variant, and is stable', () => {
    const u = uuidv5(FOREWARN_NAMESPACE, 'doc|e1');
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidv5(FOREWARN_NAMESPACE, 'doc|e1')).toBe(u);
    expect(uuidv5(FOREWARN_NAMESPACE, 'doc|e2')).not.toBe(u);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidv5('forewarn', 'x')).toThrow(/not a UUID/);
  });
});

describe('stixId', () => {
  it('makes ids of the type that the STIX identifier pattern accepts', () => {
    const id = stixId('threat-actor', 'abc', 'entity', 'e1');
    expect(isStixId(id, 'threat-actor')).toBe(true);
    expect(isStixId(id, 'identity')).toBe(false);
  });

  it('does not let the parts run into each other', () => {
    expect(stixId('note', 'a', 'b|c')).not.toBe(stixId('note', 'a|b', 'c'));
    expect(stixId('note', 'a\\', 'b')).not.toBe(stixId('note', 'a', '\\b'));
  });
});
