/**
 * Countries from the world-countries package: the names a country is written
 * under (common, official, usual alternatives) and its demonym ("Iranian"),
 * with its centre point and ISO code for geocoding. Loaded once, lazily.
 */
import { createRequire } from 'node:module';
import type { Geo } from '../contract.js';

export interface CountryInfo {
  cca2: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  geo: Geo;
  /** UN member: wins when a demonym is shared ("American") */
  unMember: boolean;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  latlng?: number[];
  capital?: string[];
  unMember?: boolean;
}

/** Names in common use that the package does not list (facts). */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales'],
  RU: ['Russian Federation'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  KR: ['Republic of Korea'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  CI: ['Ivory Coast'],
  MM: ['Burma'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CZ: ['Czech Republic'],
  AE: ['UAE', 'Emirates'],
  NL: ['Holland'],
  PS: ['Palestinian Territories', 'Palestinian territories'],
  VA: ['Holy See'],
  TR: ['Türkiye', 'Turkiye'],
  SY: ['Syrian Arab Republic'],
};

/** Two-letter alternative spellings that are used as names (others are ISO codes). */
const SHORT_NAMES_IN_USE = new Set(['US', 'UK']);

/** Demonyms that are used as adjectives for more than one country or never as names here. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['U.S.'],
  GB: ['British'],
  KP: ['North Korean'],
  KR: ['South Korean'],
  SV: ['Salvadoran', 'Salvadorean'],
  PS: ['Palestinian'],
  AF: ['Afghan'],
  NL: ['Dutch'],
  PH: ['Filipino', 'Philippine'],
  CH: ['Swiss'],
};

/** Names in other scripts or transliterations with diacritics are not how English text writes them. */
const LATIN = /^[A-Za-z .'’()-]+$/;

let cache: CountryInfo[] | undefined;

export function countries(): CountryInfo[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const raw = require('world-countries') as WorldCountry[];
  cache = raw.map((c) => {
    const alt = (c.altSpellings ?? []).filter((s) => s.length > 2 || SHORT_NAMES_IN_USE.has(s));
    // "Iran, Islamic Republic of" style inversions are catalogue forms, not text forms
    const names = [c.name.common, c.name.official, ...alt, ...(EXTRA_NAMES[c.cca2] ?? [])].filter(
      (s, i, all) => !s.includes(',') && LATIN.test(s) && all.indexOf(s) === i,
    );
    const dem = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter(
      (s, i, all): s is string => !!s && all.indexOf(s) === i,
    );
    const [lat, lon] = c.latlng ?? [0, 0];
    return {
      cca2: c.cca2,
      name: c.name.common,
      names,
      demonyms: dem,
      capitals: c.capital ?? [],
      geo: { lat: lat ?? 0, lon: lon ?? 0, country: c.cca2 },
      unMember: c.unMember === true,
    };
  });
  return cache;
}

let byCode: Map<string, CountryInfo> | undefined;
export function countryByCode(cca2: string): CountryInfo | undefined {
  byCode ??= new Map(countries().map((c) => [c.cca2, c]));
  return byCode.get(cca2);
}

let capitals: Map<string, string> | undefined;
/** Capital city name (normal form) → country code: a capital named in a text points to its country. */
export function capitalIndex(normalise: (s: string) => string): Map<string, string> {
  if (capitals) return capitals;
  capitals = new Map();
  for (const c of countries()) for (const cap of c.capitals) capitals.set(normalise(cap), c.cca2);
  return capitals;
}
