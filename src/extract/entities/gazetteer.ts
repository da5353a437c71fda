/**
 * One phrase index over every curated or packaged name list (countries,
 * armed groups, media, well-known organisations): normal form of a name →
 * the things it may denote. Built once per process on first use; matching
 * is a hash lookup per token n-gram, never one pattern per name.
 */
import type { EntityType, Geo } from '../contract.js';
import { countries } from './countries.js';
import { ARMED_GROUPS, type KnownName } from './data/armed-groups.js';
import { MEDIA } from './data/media.js';
import { KNOWN_ORGANISATIONS } from './data/organisations.js';
import { REGIONS } from './data/regions.js';
import { isAllUpper, keyHash, normKey } from './lexicon.js';

export interface GazetteerEntry {
  /** entity key: the same thing under every name */
  key: string;
  /** canonical name */
  name: string;
  type: EntityType;
  /** the name as written in the list, to check capitals against the text */
  written: string;
  /** needs another, strong mention of the same thing (or a media cue) to count */
  weak: boolean;
  /** other names of the same thing, reported as aliases */
  aliases: string[];
  geo?: Geo;
  /** a demonym ("Iranian"): a country cue, not a name */
  demonym?: boolean;
  /**
   * written as a name every country's institution of the kind has ("Congress"): this entry only in a
   * text about this country (ISO code), an institution of no listed identity otherwise
   */
  nationalOf?: string;
}

export interface Gazetteer {
  byKey: Map<string, GazetteerEntry[]>;
  /** longest entry, in words, bounds the n-gram lookups */
  maxWords: number;
  /** every leading word sequence of a name ("islamic", "islamic state"): lets a lookup stop early */
  prefixes: Set<string>;
  /** a bit per `keyHash` of each prefix (modulo its size): says no to most phrases without their string */
  prefixBits: Uint32Array;
}

const PREFIX_BITS = 1 << 16;

let gazetteer: Gazetteer | undefined;

function addKnown(index: Map<string, GazetteerEntry[]>, list: KnownName[], type: EntityType, prefix: string): void {
  for (const k of list) {
    const weak = new Set(k.weak ?? []);
    const all = [k.name, ...k.aliases].filter((n) => !weak.has(n));
    const base = {
      key: `${prefix}:${k.key}`,
      name: k.name,
      type,
      aliases: [...k.aliases, ...weak].filter((n) => n !== k.name),
    };
    const national = new Set(k.national?.names ?? []);
    for (const written of all)
      add(index, {
        ...base,
        written,
        weak: false,
        ...(national.has(written) ? { nationalOf: k.national!.country } : {}),
      });
    for (const written of k.weak ?? []) add(index, { ...base, written, weak: true });
  }
}

function add(index: Map<string, GazetteerEntry[]>, e: GazetteerEntry): void {
  const key = normKey(e.written);
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [e]);
  else if (!list.some((x) => x.key === e.key && x.weak === e.weak && x.written === e.written)) list.push(e);
}

export function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const index = new Map<string, GazetteerEntry[]>();
  for (const c of countries()) {
    const base = { key: `country:${c.cca2}`, name: c.name, type: 'country' as const, geo: c.geo };
    const aliases = c.names.filter((n) => n !== c.name && !isAllUpper(n.replace(/\./g, '')));
    for (const written of c.names) add(index, { ...base, written, weak: false, aliases });
  }
  // demonyms: shared ones ("American") go to the UN member
  const members = [...countries()].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const seenDemonym = new Set<string>();
  for (const c of members) {
    // "Peruvians", "Iraqis": the people of a country refer to it as well
    const plurals = c.demonyms.filter((d) => /(an|i)$/.test(d)).map((d) => `${d}s`);
    for (const d of [...c.demonyms, ...plurals]) {
      if (seenDemonym.has(d)) continue;
      seenDemonym.add(d);
      add(index, {
        key: `country:${c.cca2}`,
        name: c.name,
        type: 'country',
        written: d,
        weak: false,
        aliases: [],
        geo: c.geo,
        demonym: true,
      });
    }
  }
  addKnown(index, ARMED_GROUPS, 'armed_group', 'group');
  addKnown(index, MEDIA, 'media', 'media');
  addKnown(index, KNOWN_ORGANISATIONS, 'organization', 'org');
  addKnown(index, REGIONS, 'location', 'region');
  let maxWords = 1;
  for (const k of index.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  const prefixes = new Set<string>(['the']);
  for (const k of index.keys()) {
    const words = k.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  const prefixBits = new Uint32Array(PREFIX_BITS / 32);
  for (const p of prefixes) {
    const bit = keyHash(p) % PREFIX_BITS;
    prefixBits[bit >>> 5]! |= 1 << (bit & 31);
  }
  gazetteer = { byKey: index, maxWords: Math.min(maxWords + 2, 10), prefixes, prefixBits };
  return gazetteer;
}

/** False when no name in the index starts with the normal form whose `keyHash` is `h` (see `prefixes`). */
export function mayBePrefix(h: number): boolean {
  const bit = h % PREFIX_BITS;
  return (getGazetteer().prefixBits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Entries whose name has this normal form. */
export function lookupName(key: string): GazetteerEntry[] {
  return getGazetteer().byKey.get(key) ?? [];
}
