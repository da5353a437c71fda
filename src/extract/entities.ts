/**
 * Entity stage: finds names (people, organisations, armed groups, countries,
 * places, facilities, media) with their mentions and aliases.
 */
import type { Entity } from './contract.js';
import type { ExtractionContext } from './context.js';
import type { Analysis } from './nlp.js';

/** Placeholder: runs of proper nouns become `other` entities. */
export function extractEntities(a: Analysis, _ctx: ExtractionContext): Entity[] {
  const byName = new Map<string, Entity>();
  let k = 0;
  while (k < a.tokens.length) {
    const t = a.tokens[k]!;
    if (t.pos !== 'PROPN') {
      k++;
      continue;
    }
    let j = k;
    while (j + 1 < a.tokens.length && a.tokens[j + 1]!.pos === 'PROPN' && a.tokens[j + 1]!.sentence === t.sentence) j++;
    const start = t.start;
    const end = a.tokens[j]!.end;
    const name = a.text.slice(start, end);
    let e = byName.get(name);
    if (!e) {
      e = { id: `e${byName.size + 1}`, name, type: 'other', aliases: [], mentions: [] };
      byName.set(name, e);
    }
    e.mentions.push([start, end]);
    k = j + 1;
  }
  return [...byName.values()];
}
