/**
 * Warnings against incidents: whether an incident is the thing a warning
 * warned of, the lead time, and which parts of the warning proved specific.
 * Pure.
 *
 * A warning matches an attack or kidnapping that happened on or after the day
 * it was issued, within a horizon, when the threat actor is among the
 * incident's actors or those blamed for it, or the warned place is the
 * incident's place (same entity, within 50 km), or the warned country is the
 * incident's country and the warned target fits the incident's target.
 *
 * Public surface: `WarningFacts`, `IncidentFacts`, `WarningMatch`, `matchWarning`, `WARNING_HORIZON_DAYS`.
 */
import type { Geo, Specificity } from '../extract/contract.js';

export const WARNING_HORIZON_DAYS = 365;

export interface WarningFacts {
  id: string;
  issued: number;
  threatActor: string | null;
  /** canonical ids of the places the warning names (cities, sites) */
  places: string[];
  /** country keys the warning names or its places lie in */
  countries: string[];
  placeGeo: Geo[];
  /** canonical ids of named targets */
  targets: string[];
  /** stems of the threat's words ("concert halls" → concert, hall) */
  threatWords: string[];
  specificity: Specificity;
}

export interface IncidentFacts {
  id: string;
  type: string;
  /** first possible day */
  day: number;
  location: string | null;
  country: string | null;
  geo: Geo | null;
  /** actors and those blamed */
  actors: string[];
  targets: string[];
  /** stems of target names and of the attack subtype */
  targetWords: string[];
}

export type WarningPart = 'actor' | 'place' | 'target' | 'time';

export interface WarningMatch {
  incident: string;
  lead_time_days: number;
  /** parts the warning stated and the incident bore out */
  specific: WarningPart[];
  /** parts the warning left out or got wrong */
  missing: WarningPart[];
  place_level: 'site' | 'city' | 'country' | null;
}

const WARNED_TYPES = new Set(['attack', 'kidnapping']);

function km(a: Geo, b: Geo): number {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
}

export function matchWarning(w: WarningFacts, inc: IncidentFacts, horizon = WARNING_HORIZON_DAYS): WarningMatch | null {
  if (!WARNED_TYPES.has(inc.type)) return null;
  const lead = inc.day - w.issued;
  if (lead < 0 || lead > horizon) return null;
  const actor = w.threatActor !== null && inc.actors.includes(w.threatActor);
  let placeLevel: WarningMatch['place_level'] = null;
  if (inc.location && (w.places.includes(inc.location) || w.targets.includes(inc.location))) {
    placeLevel = w.targets.includes(inc.location) ? 'site' : 'city';
  } else if (inc.geo && w.placeGeo.some((g) => km(g, inc.geo as Geo) <= 50)) {
    placeLevel = 'city';
  } else if (inc.country && w.countries.includes(inc.country)) {
    placeLevel = 'country';
  }
  const target =
    w.targets.some((t) => inc.targets.includes(t)) || w.threatWords.some((t) => inc.targetWords.includes(t));
  const matched = actor || placeLevel === 'city' || placeLevel === 'site' || (placeLevel === 'country' && target);
  if (!matched) return null;
  const s = w.specificity;
  const specific: WarningPart[] = [];
  if (s.actor && actor) specific.push('actor');
  if (s.location !== 'none' && placeLevel !== null) specific.push('place');
  if (s.target && target) specific.push('target');
  // a stated time proves out when the attack came soon enough for the warning to have meant it
  if (s.time !== 'none' && lead <= (s.time === 'exact' ? 3 : 60)) specific.push('time');
  const missing = (['actor', 'place', 'target', 'time'] as WarningPart[]).filter((p) => !specific.includes(p));
  return { incident: inc.id, lead_time_days: lead, specific, missing, place_level: placeLevel };
}
