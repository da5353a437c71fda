import { describe, expect, it } from 'vitest';
import { type IncidentFacts, matchWarning, type WarningFacts } from './warnings.js';

const warning = (over: Partial<WarningFacts> = {}): WarningFacts => ({
  id: 'w',
  issued: 1000,
  threatActor: 'G',
  places: ['CITY'],
  countries: ['KE'],
  placeGeo: [{ lat: -4.05, lon: 39.66 }],
  targets: [],
  threatWords: ['concert', 'hall'],
  specificity: { actor: true, location: 'city', target: true, time: 'none' },
  ...over,
});
const incident = (over: Partial<IncidentFacts> = {}): IncidentFacts => ({
  id: 'I1',
  type: 'attack',
  day: 1010,
  location: 'CITY',
  country: 'KE',
  geo: { lat: -4.05, lon: 39.66 },
  actors: ['G'],
  targets: ['HALL'],
  targetWords: ['baraka', 'grand', 'hall'],
  ...over,
});

describe('warnings against incidents', () => {
  it('gives the lead time and what proved specific', () => {
    expect(matchWarning(warning(), incident())).toEqual({
      incident: 'I1',
      lead_time_days: 10,
      specific: ['actor', 'place', 'target'],
      missing: ['time'],
      place_level: 'city',
    });
  });

  it('never matches an incident before the warning or beyond the horizon, nor an arrest', () => {
    expect(matchWarning(warning(), incident({ day: 999 }))).toBeNull();
    expect(matchWarning(warning(), incident({ day: 1000 + 400 }))).toBeNull();
    expect(matchWarning(warning(), incident({ type: 'arrest' }))).toBeNull();
  });

  it('matches on the actor alone and lists the place as missing when the attack was elsewhere', () => {
    const m = matchWarning(
      warning(),
      incident({ location: 'OTHER', country: 'TZ', geo: { lat: -6.8, lon: 39.28 }, targetWords: [] }),
    );
    expect(m?.specific).toEqual(['actor']);
    expect(m?.missing).toEqual(['place', 'target', 'time']);
  });

  it('needs more than a country: the country and the kind of target together', () => {
    const vague = warning({ threatActor: null, places: [], placeGeo: [] });
    const elsewhere = incident({ location: 'TOWN', geo: { lat: 0.5, lon: 35.3 }, actors: [] });
    expect(matchWarning(vague, elsewhere)?.place_level).toBe('country');
    expect(matchWarning(vague, { ...elsewhere, targetWords: ['market'] })).toBeNull();
  });

  it('counts a stated time as specific only when the attack came soon after', () => {
    const timed = warning({ specificity: { actor: true, location: 'city', target: false, time: 'window' } });
    expect(matchWarning(timed, incident())?.specific).toContain('time');
    expect(matchWarning(timed, incident({ day: 1200 }))?.specific).not.toContain('time');
  });
});
