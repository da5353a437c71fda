import { describe, expect, it } from 'vitest';
import { announceNoSchemas, oasisSchemas } from './stix/test-support.js';
import {
  compareTlp,
  mayRead,
  mayReadObject,
  mostRestrictive,
  type Partner,
  parseTlp,
  TLP_LEVELS,
  TLP_MARKING_IDS,
  type TlpLevel,
  tlpFromMarkingId,
  tlpMarkingDefinition,
  tlpOfMarkings,
} from './tlp.js';

describe('TLP 2.0 levels', () => {
  it('orders CLEAR < GREEN < AMBER < AMBER+STRICT < RED', () => {
    expect(TLP_LEVELS).toEqual(['clear', 'green', 'amber', 'amber+strict', 'red']);
    expect(compareTlp('green', 'amber')).toBeLessThan(0);
    expect(compareTlp('red', 'amber+strict')).toBeGreaterThan(0);
    expect(compareTlp('amber', 'amber')).toBe(0);
    expect(mostRestrictive(['green', 'red', 'amber'])).toBe('red');
    expect(mostRestrictive([])).toBeNull();
  });

  it('uses the official marking-definition ids, distinct and round-tripping', () => {
    expect(TLP_MARKING_IDS.clear).toBe('marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487');
    expect(TLP_MARKING_IDS['amber+strict']).toBe('marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003');
    expect(new Set(Object.values(TLP_MARKING_IDS)).size).toBe(5);
    for (const l of TLP_LEVELS) {
      expect(tlpFromMarkingId(TLP_MARKING_IDS[l])).toBe(l);
      const d = tlpMarkingDefinition(l);
      expect(d.id).toBe(TLP_MARKING_IDS[l]);
      expect(d.extensions['extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d']?.tlp_2_0).toBe(l);
    }
    expect(tlpMarkingDefinition('amber+strict').name).toBe('TLP:AMBER+STRICT');
  });

  it('reads TLP 1.0 markings (WHITE as CLEAR) and ignores other markings', () => {
    expect(tlpFromMarkingId('marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9')).toBe('clear');
    expect(tlpFromMarkingId('marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed')).toBe('red');
    expect(tlpFromMarkingId('marking-definition--00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(tlpOfMarkings([TLP_MARKING_IDS.green, 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82'])).toBe(
      'amber',
    );
    expect(tlpOfMarkings(undefined)).toBeNull();
  });

  it('parses labels', () => {
    expect(parseTlp('TLP:AMBER+STRICT')).toBe('amber+strict');
    expect(parseTlp(' tlp:green ')).toBe('green');
    expect(parseTlp('WHITE')).toBe('clear');
    expect(parseTlp('TLP:ORANGE')).toBeNull();
  });

  it('official marking definitions validate against the OASIS marking-definition schema', () => {
    const schemas = oasisSchemas();
    if (!schemas) return announceNoSchemas('TLP marking definitions');
    for (const l of TLP_LEVELS) expect(schemas.validateObject(tlpMarkingDefinition(l))).toEqual([]);
  });
});

describe('mayRead', () => {
  const alice: Partner = { id: 'alice', organization: 'org-a', canRead: true };
  const bob: Partner = { id: 'bob', organization: 'org-b', canRead: true };
  const mallory: Partner = { id: 'mallory', organization: 'org-a', canRead: false };
  const audience = { organization: 'org-a', organizations: ['org-b'], namedRecipients: ['bob'] };

  const table: [TlpLevel, Partner, boolean][] = [
    ['clear', alice, true],
    ['clear', bob, true],
    ['green', bob, true],
    ['amber', alice, true],
    ['amber', bob, true],
    ['amber+strict', alice, true],
    ['amber+strict', bob, false],
    ['red', alice, false],
    ['red', bob, true],
  ];
  it.each(table)('%s to %o → %s', (level, partner, expected) => {
    expect(mayRead(partner, level, audience)).toBe(expected);
  });

  it('denies partners without read rights at every level, and unmarked items to everyone', () => {
    for (const l of TLP_LEVELS) expect(mayRead(mallory, l, audience)).toBe(false);
    expect(mayRead(alice, null, audience)).toBe(false);
    expect(mayRead(alice, undefined)).toBe(false);
  });

  it('reads an object by its markings, the most restrictive governing', () => {
    const marked = { object_marking_refs: [TLP_MARKING_IDS.green, TLP_MARKING_IDS.red] };
    expect(mayReadObject(bob, marked, audience)).toBe(true);
    expect(mayReadObject(alice, marked, audience)).toBe(false);
    expect(mayReadObject(alice, {}, audience)).toBe(false);
  });

  it('denies AMBER to an organisation not named, and AMBER+STRICT and RED with no audience', () => {
    const carol: Partner = { id: 'carol', organization: 'org-c', canRead: true };
    expect(mayRead(carol, 'amber', audience)).toBe(false);
    expect(mayRead(alice, 'amber+strict')).toBe(false);
    expect(mayRead(alice, 'red')).toBe(false);
    expect(mayRead(alice, 'green')).toBe(true);
  });
});
