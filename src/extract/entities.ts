/**
 * Entity stage: finds names (people, organisations, armed groups, countries,
 * places, facilities, media) with every mention as a span and their aliases.
 *
 * Knowledge comes from curated lists (entities/data), world-countries and
 * GeoNames cities (entities/countries.ts, entities/places.ts), head words
 * ("… Ministry", "… Hall"), person cues (titles, given names) and what the
 * text says itself (acronyms in parentheses, "also known as", surnames).
 * Upper-case wire text is handled by lexicon look-ups instead of capitals.
 *
 * Also exports small helpers for the later stages: `entityAt`,
 * `entitiesOfType`, `entityById`.
 */

import type { ExtractionContext } from './context.js';
import type { Entity, EntityType } from './contract.js';
import { isUpperCaseText, normKey } from './entities/lexicon.js';
import {
  type Candidate,
  capitalCandidates,
  capitalCountries,
  type DocumentView,
  datelineCountry,
  demonymMentionCandidates,
  demonymStateCandidates,
  documentView,
  gazetteerCandidates,
  nameRuns,
  placeOfCandidates,
  runCandidates,
  titleCaseSentences,
  upperCityCandidates,
  upperHeadCandidates,
} from './entities/recognise.js';
import { buildEntities, selectMentions } from './entities/resolve.js';
import type { Analysis } from './nlp.js';

export function extractEntities(a: Analysis, _ctx: ExtractionContext): Entity[] {
  const view = documentView(a, isUpperCaseText(a.text));
  if (!view.upper) view.titleCase = titleCaseSentences(view);
  const { candidates: listed, demonyms } = gazetteerCandidates(view);
  // countries named or referred to decide between homonym places
  for (const c of [...listed, ...demonyms])
    if (c.type === 'country' && !c.weak) view.countries.add(c.key.slice('country:'.length));
  for (const code of capitalCountries(view)) view.countries.add(code);
  const candidates: Candidate[] = [
    ...listed,
    ...demonymStateCandidates(view, demonyms),
    ...demonymMentionCandidates(view, demonyms),
    ...capitalCandidates(view, demonyms),
    ...runCandidates(view, nameRuns(view)),
    ...upperHeadCandidates(view),
    ...upperCityCandidates(view),
    ...placeOfCandidates(view),
  ];
  return buildEntities(
    view,
    nationalInstitutionsInContext(view, selectMentions(view, preferStatesInUsContext(view, candidates))),
  );
}

/**
 * "Congress", "the Supreme Court": the listed US institution, unless the text is filed from another
 * country's capital ("LIMA, 8 MAY 89 --"), where it is that country's own, which no list knows (so no
 * US aliases and no link to the US one). Only the dateline decides: a US report on Libya or Iran still
 * means the US Congress, and names the other countries far more often than its own. Naming the
 * institution with its country ("the U.S. Congress") keeps the listed one.
 */
function nationalInstitutionsInContext(view: DocumentView, chosen: Candidate[]): Candidate[] {
  const dateline = datelineCountry(view);
  if (!dateline || !chosen.some((c) => c.nationalOf && c.nationalOf !== dateline)) return chosen;
  const namedWithCountry = new Set(chosen.filter((c) => !c.nationalOf).map((c) => c.key));
  return chosen.map((c) => {
    if (!c.nationalOf || c.nationalOf === dateline || namedWithCountry.has(c.key)) return c;
    const { nationalOf: _, ...unlisted } = c;
    return {
      ...unlisted,
      key: `${c.key}:unlisted`,
      aliases: [],
      rule: 'national-institution',
      detail: `a name every country's institution has, in a report filed from another country than the listed one's (${c.nationalOf})`,
    };
  });
}

/** "Georgia": the US state in a text about the United States, the country otherwise. */
function preferStatesInUsContext(view: DocumentView, candidates: Candidate[]): Candidate[] {
  const at = (c: Candidate) => `${c.start}:${c.end}`;
  const countrySpans = new Set(candidates.filter((c) => c.type === 'country').map(at));
  const states = new Set(candidates.filter((c) => c.key.startsWith('region:us-') && countrySpans.has(at(c))).map(at));
  if (states.size === 0) return candidates;
  const usContext = view.countries.has('US');
  return candidates.filter((c) => {
    if (!states.has(at(c))) return true;
    if (c.key.startsWith('region:us-')) return usContext;
    return !(usContext && c.type === 'country');
  });
}

/**
 * The entity with a mention overlapping the character span [start, end):
 * the one whose mention overlaps most, and among equals the shortest mention
 * (the most specific name). Undefined when no mention overlaps.
 */
export function entityAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  let best: Entity | undefined;
  let bestOverlap = 0;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const e of entities) {
    for (const [s, t] of e.mentions) {
      const overlap = Math.min(end, t) - Math.max(start, s);
      // a zero-width query span counts when it falls inside a mention
      const hit = overlap > 0 || (start === end && s <= start && start < t);
      if (!hit) continue;
      const score = Math.max(overlap, 0);
      if (score > bestOverlap || (score === bestOverlap && t - s < bestLength)) {
        best = e;
        bestOverlap = score;
        bestLength = t - s;
      }
    }
  }
  return best;
}

/** The entities of the given types, in document order. */
export function entitiesOfType(entities: readonly Entity[], ...types: EntityType[]): Entity[] {
  const wanted = new Set(types);
  return entities.filter((e) => wanted.has(e.type));
}

/** The entity with this id. */
export function entityById(entities: readonly Entity[], id: string | null | undefined): Entity | undefined {
  return id ? entities.find((e) => e.id === id) : undefined;
}

/** The entity named (name or alias, compared in normal form) `name`. */
export function entityNamed(entities: readonly Entity[], name: string): Entity | undefined {
  const k = normKey(name);
  return entities.find((e) => normKey(e.name) === k || e.aliases.some((a) => normKey(a) === k));
}
