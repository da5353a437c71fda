import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../extract/contract.js';
import { EntityRegistry } from './entities.js';

let n = 0;
const e = (name: string, type: EntityType, aliases: string[] = []): Entity => ({
  id: `e${++n}`,
  name,
  type,
  aliases,
  mentions: [[0, name.length]],
});

/** Resolves one document's entities and returns their canonical ids in order. */
function add(r: EntityRegistry, doc: string, ...ents: Entity[]): string[] {
  const m = r.resolveDocument(doc, ents);
  return ents.map((x) => r.find(m.get(x.id) ?? ''));
}

describe('entity resolution across documents', () => {
  it('joins a surname to the one full name known, across documents and through titles', () => {
    const r = new EntityRegistry();
    const [putin] = add(r, 'd1', e('Vladimir Putin', 'person'));
    expect(add(r, 'd2', e('Putin', 'person'))).toEqual([putin]);
    expect(add(r, 'd3', e('President Vladimir Putin', 'person'))).toEqual([putin]);
    expect(r.canonical(putin ?? '')?.name).toBe('President Vladimir Putin');
  });

  it('links no surname that two known people share', () => {
    const r = new EntityRegistry();
    const [a] = add(r, 'd1', e('Imran Khan', 'person'));
    const [b] = add(r, 'd2', e('Sadiq Khan', 'person'));
    const [k] = add(r, 'd3', e('Khan', 'person'));
    expect(k).not.toBe(a);
    expect(k).not.toBe(b);
    // but within the document that names one of them in full, the surname is that one
    const [full, bare] = add(r, 'd4', e('Sadiq Khan', 'person'), e('Khan', 'person'));
    expect(bare).toBe(full);
    expect(full).toBe(b);
  });

  it('keeps a city apart from the same name standing for its government', () => {
    const r = new EntityRegistry();
    const [city] = add(r, 'd1', e('Moscow', 'location'));
    const [gov] = add(r, 'd2', e('Moscow', 'organization'));
    expect(gov).not.toBe(city);
    // an untyped mention joins one of them and bridges nothing
    const [other] = add(r, 'd3', e('Moscow', 'other'));
    expect([city, gov]).toContain(other);
    expect(r.find(city ?? '')).not.toBe(r.find(gov ?? ''));
    expect(add(r, 'd4', e('Moscow', 'location'))).toEqual([city]);
  });

  it('matches an acronym to the initials of one name, never two names to each other', () => {
    const r = new EntityRegistry();
    const [clf] = add(r, 'd1', e('Coast Liberation Front', 'armed_group'));
    expect(add(r, 'd2', e('CLF', 'armed_group'))).toEqual([clf]);
    const [congo] = add(r, 'd3', e('Congo Liberation Front', 'armed_group'));
    expect(congo).not.toBe(clf);
    // a bare "CLF" stays with the name it was first spelt out as
    expect(add(r, 'd4', e('CLF', 'armed_group'))).toEqual([clf]);
    // with two full names and no acronym known, a bare acronym is ambiguous and joins neither
    const r2 = new EntityRegistry();
    const [coast] = add(r2, 'd1', e('Coast Liberation Front', 'armed_group'));
    const [congo2] = add(r2, 'd2', e('Congo Liberation Front', 'armed_group'));
    const [bare] = add(r2, 'd3', e('CLF', 'armed_group'));
    expect([coast, congo2]).not.toContain(bare);
  });

  it('uses curated names: ISKP and ISIS-K are one group without any document saying so', () => {
    const r = new EntityRegistry();
    const [a] = add(r, 'd1', e('ISKP', 'armed_group'));
    expect(add(r, 'd2', e('ISIS-K', 'armed_group'))).toEqual([a]);
    expect(add(r, 'd3', e('Islamic State Khorasan Province', 'armed_group'))).toEqual([a]);
    expect(add(r, 'd4', e('Islamic State', 'armed_group'))).not.toEqual([a]);
  });

  it('learns a descriptive alias from one report and applies it to the next', () => {
    const r = new EntityRegistry();
    const [g] = add(r, 'd1', e('ISIS-K', 'armed_group', ["the Islamic State's Afghanistan-based branch"]));
    expect(add(r, 'd2', e("Islamic State's Afghanistan-based branch", 'armed_group'))).toEqual([g]);
  });

  it('merges on an analyst’s word without losing a mention, and records who did it', () => {
    const r = new EntityRegistry();
    const [a] = add(r, 'd1', e('Abu Omar', 'person'), e('Nairobi', 'location'));
    const [b] = add(r, 'd2', e('Omar the Tall', 'person'));
    const before = (r.canonical(a ?? '')?.mentions.length ?? 0) + (r.canonical(b ?? '')?.mentions.length ?? 0);
    const audit = r.merge(a ?? '', b ?? '', 'analyst:jo', '2031-01-02T10:00:00Z');
    expect(audit).toMatchObject({ action: 'merge', by: 'analyst:jo', at: '2031-01-02T10:00:00Z', entities: [a, b] });
    expect(r.find(a ?? '')).toBe(r.find(b ?? ''));
    expect(r.canonical(a ?? '')?.mentions).toHaveLength(before);
    const merged = r.canonical(b ?? '');
    expect([merged?.name, ...(merged?.aliases ?? [])].sort()).toEqual(['Abu Omar', 'Omar the Tall']);
    expect(() => r.merge('E999', a ?? '', 'x')).toThrow(/no entity/);
  });

  it('splits mentions off into a new entity that later documents do not merge back', () => {
    const r = new EntityRegistry();
    const [m1] = add(r, 'd1', e('Georgia', 'other'));
    const [m2] = add(r, 'd2', e('Georgia', 'other'));
    expect(m1).toBe(m2);
    const audit = r.split(m1 ?? '', [{ document: 'd2', entity: `e${n}` }], 'analyst:kim');
    expect(audit.action).toBe('split');
    expect(audit.mentions).toEqual([{ document: 'd2', entity: `e${n}` }]);
    const part = audit.result;
    expect(r.find(part)).not.toBe(r.find(m1 ?? ''));
    expect(r.canonical(part)?.mentions.map((x) => x.document)).toEqual(['d2']);
    // a new mention with both names' keys joins one side and does not undo the split
    add(r, 'd3', e('Georgia', 'other'));
    expect(r.find(part)).not.toBe(r.find(m1 ?? ''));
    expect(() => r.split(m1 ?? '', [], 'x')).toThrow(/some, but not all/);
    // an analyst's merge overrides the split
    r.merge(part, m1 ?? '', 'analyst:kim');
    expect(r.find(part)).toBe(r.find(m1 ?? ''));
  });
});
