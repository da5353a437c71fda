/**
 * Figure timelines: every count reported for an incident (killed, injured,
 * arrested, detained, kidnapped) with its source, the report's publication day
 * and its qualifier; per measure the latest figure, the range and the conflicts.
 * Pure.
 *
 * Two figures conflict when they were published within a day of each other and
 * the values they allow do not overlap ("40 dead" and "143 dead" the same day),
 * or when a later exact figure falls below what an earlier report already
 * established (a toll that shrinks is worth a look; one that grows is news).
 *
 * Public surface: `Figure`, `Timeline`, `timelineOf`, `timelines`, `figuresOfEvent`, `MEASURES`.
 */
import type { Count, Event, Qualifier } from '../extract/contract.js';
import { isoDay } from './text.js';

export const MEASURES = ['killed', 'injured', 'arrested', 'detained', 'kidnapped'] as const;
export type Measure = (typeof MEASURES)[number];

export interface FigureSource {
  document: string;
  outlet: string | null;
  title: string | null;
  event: string;
}

export interface Figure {
  measure: Measure;
  value: number;
  qualifier: Qualifier;
  source: FigureSource;
  /** the publication day of the report, YYYY-MM-DD (null when unknown) */
  reported: string | null;
}

export interface FigureConflict {
  figures: [Figure, Figure];
  reason: string;
}

export interface Timeline {
  measure: Measure;
  figures: Figure[];
  latest: Figure;
  range: { min: number; max: number };
  conflicting: boolean;
  conflicts: FigureConflict[];
}

/**
 * The counts an event reports. killed/injured are contract fields; arrested and
 * detained are Forewarn's producer extensions on Event (the extractor fills them on
 * arrest and detention events); kidnapped is read when a producer adds it as a
 * Count-valued extension.
 */
export function figuresOfEvent(event: Event, source: FigureSource, reported: string | null): Figure[] {
  const out: Figure[] = [];
  const ext = event as Event & Partial<Record<Measure, Count | null>>;
  for (const measure of MEASURES) {
    const c = ext[measure];
    if (c && typeof c.value === 'number' && Number.isFinite(c.value))
      out.push({ measure, value: c.value, qualifier: c.qualifier ?? 'exact', source, reported });
  }
  return out;
}

/** The values a reported figure allows. */
function allowed(f: Figure): [number, number] {
  switch (f.qualifier) {
    case 'at_least':
      return [f.value, Number.POSITIVE_INFINITY];
    case 'more_than':
      return [f.value + 1, Number.POSITIVE_INFINITY];
    case 'up_to':
      return [0, f.value];
    case 'approximately':
      return [Math.floor(f.value * 0.85), Math.ceil(f.value * 1.15)];
    default:
      return [f.value, f.value];
  }
}

const dayNum = (d: string | null) => (d ? Date.parse(`${d}T00:00:00Z`) / 86_400_000 : null);
const describe = (f: Figure) =>
  `${f.qualifier === 'exact' ? '' : `${f.qualifier.replace('_', ' ')} `}${f.value} (${f.source.outlet ?? f.source.document}, ${f.reported ?? 'undated'})`;

export function timelineOf(measure: Measure, figures: Figure[]): Timeline | null {
  const fs = figures
    .filter((f) => f.measure === measure)
    .sort((a, b) => (a.reported ?? '').localeCompare(b.reported ?? '') || a.value - b.value);
  if (!fs.length) return null;
  const conflicts: FigureConflict[] = [];
  for (let i = 0; i < fs.length; i++) {
    for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i] as Figure;
      const b = fs[j] as Figure;
      if (a.source.document === b.source.document && a.value === b.value) continue;
      const da = dayNum(a.reported);
      const db = dayNum(b.reported);
      const [alo, ahi] = allowed(a);
      const [blo, bhi] = allowed(b);
      if (da !== null && db !== null && Math.abs(da - db) <= 1) {
        if (ahi < blo || bhi < alo)
          conflicts.push({ figures: [a, b], reason: `${measure}: ${describe(a)} and ${describe(b)} cannot both hold` });
      } else if (b.qualifier === 'exact' && bhi < alo) {
        conflicts.push({
          figures: [a, b],
          reason: `${measure}: ${describe(b)} is below the earlier ${describe(a)}`,
        });
      }
    }
  }
  const latest = fs[fs.length - 1] as Figure;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const f of fs) {
    min = Math.min(min, f.value);
    max = Math.max(max, f.value);
  }
  return { measure, figures: fs, latest, range: { min, max }, conflicting: conflicts.length > 0, conflicts };
}

export function timelines(figures: Figure[]): Timeline[] {
  return MEASURES.map((m) => timelineOf(m, figures)).filter((t): t is Timeline => t !== null);
}

export const dayToIso = isoDay;
