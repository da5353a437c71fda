/**
 * From mention candidates to entities: picks non-overlapping mentions
 * (longest first, then the most trusted source), groups them by identity,
 * and links what the text itself says is the same thing — an acronym in
 * parentheses, "also known as", a surname standing for a full name, "State
 * Department" for "US State Department" — then finds every further
 * occurrence of each name.
 */
import type { Entity, EntityType, Explanation, Geo, Span } from '../contract.js';
import type { Token } from '../nlp.js';
import { PERSON_TITLES, TITLE_PARTS } from './data/people.js';
import { lookupName } from './gazetteer.js';
import { hasLetter, isAllUpper, isCapitalised, normKey as normalise } from './lexicon.js';
import { type Candidate, type DocumentView, HAS_LETTER, keyIdOf, SpanKeys, spanText, titleCase } from './recognise.js';

interface Draft {
  key: string;
  type: EntityType;
  name: string;
  known: boolean;
  aliases: Set<string>;
  /** token ranges */
  mentions: Array<[number, number]>;
  geo?: Geo | null;
  base?: string;
  /** bare name of a division, given as an alias when nothing else goes by it (see `bareAliases`) */
  bare?: string;
  /** the rule that found the earliest recognised mention, where it starts (token), and what it matched */
  rule: string;
  ruleAt: number;
  ruleDetail: string;
  /** what the text taught about this thing: learnt aliases, linked names */
  notes: string[];
  /** names the text itself gave it (parentheses, "also known as"), in normal form */
  learnt: Set<string>;
}

/**
 * The normal forms of the names and aliases of the document being resolved: the same strings are
 * normalised by several steps (linking, propagating, the aliases of the result). Emptied for each document.
 */
let normalised = new Map<string, string>();

function normKey(s: string): string {
  let k = normalised.get(s);
  if (k === undefined) {
    k = normalise(s);
    normalised.set(s, k);
  }
  return k;
}

const MEDIA_CUE_BEFORE = new Set(['told', 'to', 'by', 'in', 'on', 'with']);
const MEDIA_CUE_AFTER = new Set([
  'reported',
  'reports',
  'said',
  'says',
  'reporter',
  'newspaper',
  'interview',
  'report',
  'wrote',
]);

/** Drops weak candidates that nothing confirms: no strong mention of the same thing, no media cue. */
function confirmWeak(v: DocumentView, candidates: Candidate[]): Candidate[] {
  const strong = new Set(candidates.filter((c) => !c.weak).map((c) => c.key));
  const toks = v.a.tokens;
  return candidates.filter((c) => {
    if (!c.weak) return true;
    if (strong.has(c.key)) {
      // a weak name shared by several outlets ("the Post") goes to the one named in full
      return !candidates.some(
        (o) => o.weak && o.key !== c.key && o.start === c.start && strong.has(o.key) && o.key < c.key,
      );
    }
    if (c.type !== 'media' || v.upper) return false;
    const only = !candidates.some((o) => o.weak && o.key !== c.key && o.start === c.start);
    const before = toks[c.start - 1]?.lower === 'the' ? toks[c.start - 2] : toks[c.start - 1];
    const after = toks[c.end];
    return only && ((!!before && MEDIA_CUE_BEFORE.has(before.lower)) || (!!after && MEDIA_CUE_AFTER.has(after.lower)));
  });
}

/** Non-overlapping mentions: longest first, then the most trusted; guesses only fill gaps. */
export function selectMentions(v: DocumentView, candidates: Candidate[]): Candidate[] {
  const confirmed = confirmWeak(v, candidates);
  const taken = new Uint8Array(v.a.tokens.length);
  const chosen: Candidate[] = [];
  const order = (x: Candidate, y: Candidate) =>
    y.end - y.start - (x.end - x.start) || y.priority - x.priority || x.start - y.start;
  for (const tier of [confirmed.filter((c) => !c.fallback), confirmed.filter((c) => c.fallback)]) {
    for (const c of tier.sort(order)) {
      let free = true;
      for (let k = c.start; k < c.end; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = c.start; k < c.end; k++) taken[k] = 1;
      chosen.push(c);
    }
  }
  return chosen.sort((x, y) => x.start - y.start);
}

function draftsFrom(v: DocumentView, chosen: Candidate[]): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (const c of chosen) {
    const surface = spanText(v, c.start, c.end);
    let d = drafts.get(c.key);
    if (!d) {
      d = {
        key: c.key,
        type: c.type,
        name: c.name,
        known: c.known,
        aliases: new Set(c.aliases),
        mentions: [],
        geo: c.geo ?? null,
        rule: c.rule,
        ruleAt: c.start,
        ruleDetail: `"${surface}"${c.detail ? `: ${c.detail}` : ''}`,
        notes: [],
        learnt: new Set(),
      };
      if (c.base) d.base = c.base;
      drafts.set(c.key, d);
    }
    if (c.bare) d.bare ??= c.bare;
    for (const alias of c.aliases) d.aliases.add(alias);
    d.mentions.push([c.start, c.end]);
    // a demonym ("Salvadoran") or "the capital" is a mention of the place but not one of its names
    if (!c.unnamed) d.aliases.add(surface);
    // people are named by their fullest form
    if (c.type === 'person' && c.name.length > d.name.length) d.name = c.name;
    d.name = d.name.replace(/['’]s$/, '');
  }
  return drafts;
}

/** Folds `from` into `into`: the known (listed) one keeps its name and type. `why` says what linked them. */
function merge(drafts: Map<string, Draft>, into: Draft, from: Draft, why?: string): Draft {
  if (into === from) return into;
  let keep = into;
  let drop = from;
  if (drop.known && !keep.known) [keep, drop] = [drop, keep];
  // the explanation names the rule of the first mention, whichever draft had it
  if (drop.ruleAt < keep.ruleAt) {
    keep.rule = drop.rule;
    keep.ruleAt = drop.ruleAt;
    keep.ruleDetail = drop.ruleDetail;
  }
  keep.notes.push(...drop.notes);
  for (const k of drop.learnt) keep.learnt.add(k);
  if (why) keep.notes.push(why);
  for (const a of drop.aliases) keep.aliases.add(a);
  keep.aliases.add(drop.name);
  keep.mentions.push(...drop.mentions);
  keep.bare ??= drop.bare;
  if (keep.type === 'person' || keep.type === 'organization' || keep.type === 'media' || keep.type === 'armed_group')
    keep.geo = null;
  else if (!keep.geo && drop.geo) keep.geo = drop.geo;
  if (keep.type === 'other') keep.type = drop.type;
  drafts.delete(drop.key);
  return keep;
}

function draftAt(drafts: Map<string, Draft>, start: number, end: number): Draft | undefined {
  for (const d of drafts.values()) for (const [s, e] of d.mentions) if (s === start && e === end) return d;
  return undefined;
}

/** "Islamic State Khorasan Province (ISKP)", "FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]". */
function linkParentheses(v: DocumentView, drafts: Map<string, Draft>): void {
  const toks = v.a.tokens;
  for (const d of [...drafts.values()]) {
    if (!drafts.has(d.key)) continue;
    for (const [s, e] of [...d.mentions]) {
      const open = toks[e];
      if (!open || (open.text !== '(' && open.text !== '[')) continue;
      const close = open.text === '(' ? ')' : ']';
      let j = e + 1;
      while (toks[j] && toks[j]!.text !== close && j - e <= 4) j++;
      if (toks[j]?.text !== close || j === e + 1) continue;
      const inner = spanText(v, e + 1, j);
      const letters = inner.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || !isAllUpper(letters) || inner.length > 12) continue;
      const existing = draftAt(drafts, e + 1, j);
      // "JERUSALEM (ISRAEL)", "PANAMA CITY (PANAMA)": a place and the country it lies in, not two names of one thing
      if (existing?.type === 'country' && d.type !== 'country') continue;
      const why = `learnt alias "${inner}" from the parentheses after "${spanText(v, s, e)}"`;
      if (existing) {
        if (existing !== d && (existing.type === d.type || existing.known || d.type === 'other' || !d.known)) {
          merge(drafts, d, existing, why).learnt.add(normKey(inner));
        }
      } else {
        const target = drafts.get(d.key) ?? d;
        target.mentions.push([e + 1, j]);
        target.aliases.add(inner);
        target.notes.push(why);
        target.learnt.add(normKey(inner));
      }
    }
  }
}

/** "X, also known as Y" / "X (also known as Y)": one thing. */
function linkAlsoKnownAs(v: DocumentView, drafts: Map<string, Draft>): void {
  const toks = v.a.tokens;
  const starts = new Map<number, Draft>();
  for (const d of drafts.values()) for (const [s] of d.mentions) starts.set(s, d);
  for (const d of [...drafts.values()]) {
    for (const [, e] of [...d.mentions]) {
      let j = e;
      if (toks[j]?.text === ',' || toks[j]?.text === '(') j++;
      const words = [toks[j]?.lower, toks[j + 1]?.lower, toks[j + 2]?.lower];
      let after = -1;
      if (words[0] === 'also' && words[1] === 'known' && words[2] === 'as') after = j + 3;
      else if (words[0] === 'known' && words[1] === 'as') after = j + 2;
      else if (words[0] === 'a.k.a.' || words[0] === 'aka' || words[0] === 'formerly') after = j + 1;
      if (after < 0) continue;
      if (toks[after]?.lower === 'the') after++;
      const other = starts.get(after);
      const current = drafts.get(d.key);
      if (other && current && drafts.has(other.key)) {
        const cue = spanText(v, j, after).replace(/\s+the$/i, '');
        const kept = merge(drafts, current, other, `learnt alias "${other.name}" from "${cue}"`);
        kept.learnt.add(normKey(other.name)).add(normKey(current === kept ? other.name : current.name));
      }
    }
  }
}

/** "US State Department" … "the State Department": one organisation when only one country has it. */
function linkOrganisationBases(drafts: Map<string, Draft>): void {
  const byBase = new Map<string, Draft[]>();
  for (const d of drafts.values()) if (d.base) byBase.set(d.base, [...(byBase.get(d.base) ?? []), d]);
  for (const list of byBase.values()) {
    const qualified = list.filter((d) => d.key.split(':').length === 3);
    const plain = list.filter((d) => d.key.split(':').length === 2);
    if (qualified.length === 1 && plain.length > 0)
      for (const p of plain) merge(drafts, qualified[0]!, p, `"${p.name}" is the same body without its country`);
  }
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The last word, and for three-word names also the one before ("Antonio Rodriguez Porth": Spanish paternal surname). */
function surnamesOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !SUFFIXES.has(w.toLowerCase()));
  if (words.length < 2) return [];
  const out = [words[words.length - 1]!];
  if (words.length >= 3 && /^\p{Lu}/u.test(words[words.length - 2]!)) {
    // "Wasserman Schultz" for "Debbie Wasserman Schultz"; "Rodriguez" for "Antonio Rodriguez Porth"
    out.push(`${words[words.length - 2]} ${words[words.length - 1]}`, words[words.length - 2]!);
  }
  return out;
}

/** Whether one name's words appear, in order and together, in the other's. */
function containsWords(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const s = ` ${normKey(short)} `;
  return s.trim().includes(' ') && ` ${normKey(long)} `.includes(s);
}

/** "Donald J. Trump" and "Donald Trump", "Hillary Rodham Clinton" and "Hillary Clinton": same first and last name. */
function linkPersonVariants(v: DocumentView, drafts: Map<string, Draft>): void {
  const byEnds = new Map<string, Draft>();
  for (const d of [...drafts.values()]) {
    if (d.type !== 'person') continue;
    const words = d.name.split(/\s+/).filter((w) => !SUFFIXES.has(w.toLowerCase()));
    if (words.length < 2) continue;
    const ends = normKey(`${words[0]} ${words[words.length - 1]}`);
    // "Pablo Escobar" in "Pablo Escobar Gaviria", "Napoleon Duarte" in "Jose Napoleon Duarte"
    const inside = [...byEnds.values()].find((o) => drafts.has(o.key) && containsWords(o.name, d.name));
    const other = byEnds.get(ends) ?? inside;
    if (!other) {
      byEnds.set(ends, d);
      continue;
    }
    const kept = merge(drafts, other, d, `"${d.name}" and "${other.name}" name one person`);
    // the form used more often names the person, the fuller one on a tie
    const uses = (n: string) => kept.mentions.filter(([s, e]) => normKey(spanText(v, s, e)) === normKey(n)).length;
    const [a, b] = [d.name, other.name];
    kept.name = uses(a) !== uses(b) ? (uses(a) > uses(b) ? a : b) : a.length >= b.length ? a : b;
    byEnds.set(ends, kept);
  }
}

/** A lone surname that some other entity took for something else ("Jordan", a city) goes to the person. */
function linkSurnames(drafts: Map<string, Draft>): void {
  const surnames = new Map<string, Draft[]>();
  for (const d of drafts.values()) {
    if (d.type !== 'person') continue;
    for (const s of surnamesOf(d.name)) surnames.set(normKey(s), [...(surnames.get(normKey(s)) ?? []), d]);
  }
  for (const d of [...drafts.values()]) {
    if (!drafts.has(d.key) || d.known) continue;
    if (d.type !== 'person' && d.type !== 'other' && d.type !== 'location' && d.type !== 'organization') continue;
    if (d.name.includes(' ') || d.key.startsWith('region:')) continue;
    const people = surnames.get(normKey(d.name));
    if (!people || people.includes(d)) continue;
    // several people share it ("Hillary Clinton", "Bill Clinton"): only a place reading is overruled, by the most named
    if (people.length > 1 && !d.key.startsWith('city:') && d.type !== 'person') continue;
    people.sort((x, y) => y.mentions.length - x.mentions.length);
    if (d.type === 'location' && d.mentions.length > 0 && !d.key.startsWith('city:')) continue;
    merge(drafts, people[0]!, d, `"${d.name}" alone is ${people[0]!.name}'s surname`);
  }
}

/** Every other occurrence of a known name or surname (also sentence-initial and in headlines). */
function propagate(v: DocumentView, drafts: Map<string, Draft>): void {
  const toks = v.a.tokens;
  const names = new Map<string, Draft[]>();
  const addKey = (k: string, d: Draft) => {
    if (k.length < 2 || !hasLetter(k)) return;
    const list = names.get(k) ?? [];
    if (!list.includes(d)) list.push(d);
    names.set(k, list);
  };
  const addName = (n: string, d: Draft) => addKey(normKey(n), d);
  for (const d of drafts.values()) {
    addName(d.name, d);
    for (const a of d.aliases) {
      // an alias whose normal form already names this draft adds nothing: no need to search the text for it
      const k = normKey(a);
      if (!names.get(k)?.includes(d) && v.a.text.includes(a)) addKey(k, d);
    }
    if (d.type === 'person') for (const s of surnamesOf(d.name)) addName(s, d);
  }
  const taken = new Uint8Array(toks.length);
  for (const d of drafts.values()) for (const [s, e] of d.mentions) for (let k = s; k < e; k++) taken[k] = 1;
  let maxWords = 1;
  // the first words of the names, as ids of the tokens' normal forms (a word no token has needs none)
  const firstWords = new Set<number>();
  for (const k of names.keys()) {
    const words = k.split(' ');
    maxWords = Math.max(maxWords, words.length * 2);
    const id = keyIdOf(words[0]!);
    if (id !== undefined) firstWords.add(id);
  }
  const keys: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !(v.info[i]! & HAS_LETTER) || !firstWords.has(v.keyIds[i]!)) continue;
    // a phrase may neither cross its block (blocks never resume further on) nor take in a taken token
    let longest = 1;
    const limit = Math.min(maxWords, toks.length - i);
    while (longest < limit && !taken[i + longest] && v.block[i + longest] === v.block[i]) longest++;
    const phrase = new SpanKeys(v, i);
    for (let n = 1; n <= longest; n++) {
      phrase.push();
      keys[n] = hasLetter(toks[i + n - 1]!.text) ? phrase.key() : '';
    }
    for (let n = longest; n >= 1; n--) {
      const last = toks[i + n - 1]!;
      if (!hasLetter(last.text)) continue;
      const list = names.get(keys[n]!);
      if (!list) continue;
      const surface = spanText(v, i, i + n);
      if (!caseFitsName(v, toks[i]!, surface)) continue;
      // toks[i+n] continuing a capitalised run means a longer, different name
      const next = toks[i + n];
      if (
        !v.upper &&
        next &&
        isCapitalised(next.text) &&
        hasLetter(next.text) &&
        next.start === last.end + 1 &&
        v.block[i + n] === v.block[i + n - 1] &&
        n === 1
      )
        continue;
      const d = nearestBefore(v, list, toks[i]!.i);
      if (!d || !drafts.has(d.key)) continue;
      d.mentions.push([i, i + n]);
      for (let k = i; k < i + n; k++) taken[k] = 1;
      // a name used before the mention a rule found ("PLF" in a headline before "… Front (PLF)"): the first
      // mention is this one, found by a name the text gives the thing elsewhere
      if (i < d.ruleAt) {
        const key = normKey(surface);
        d.notes.unshift(`named so by ${d.rule} at ${d.ruleDetail}`);
        d.rule = d.learnt.has(key) ? 'learnt-alias' : 'name-repeat';
        d.ruleAt = i;
        d.ruleDetail = `"${surface}": ${d.learnt.has(key) ? 'an alias the text gives it' : `a name of ${d.name}`} later on`;
      }
      break;
    }
  }
}

function caseFitsName(v: DocumentView, first: Token, surface: string): boolean {
  if (v.upper) return true;
  if (!isCapitalised(first.text) && !/^(al|el|de|dpa)\b/.test(first.text)) return false;
  return surface.length > 1;
}

/**
 * Which of several things sharing a name ("Trump": Donald or Melania) a bare
 * use means: the one named just before (within two sentences), otherwise the
 * one named most often.
 */
function nearestBefore(v: DocumentView, list: Draft[], at: number): Draft | undefined {
  if (list.length === 1) return list[0];
  let best: Draft | undefined;
  let bestAt = -1;
  for (const d of list) {
    for (const [s] of d.mentions) if (s <= at && s > bestAt) [best, bestAt] = [d, s];
  }
  const toks = v.a.tokens;
  if (best && toks[at]!.sentence - toks[bestAt]!.sentence <= 2) return best;
  return [...list].sort((x, y) => y.mentions.length - x.mentions.length)[0];
}

/**
 * Names of unknown kind: a two- or three-word name whose last word also
 * stands alone elsewhere ("Gennifer Flowers" … "Flowers said") is a person;
 * one said only once is dropped (most such runs are titles of works, events).
 */
function settleUnknown(v: DocumentView, drafts: Map<string, Draft>): void {
  const toks = v.a.tokens;
  // where each proper noun stands, gathered once for all the names asked about instead of a scan per name
  let properAt: Map<string, number[]> | undefined;
  const positionsOf = (text: string): number[] => {
    if (!properAt) {
      properAt = new Map();
      for (const t of toks) {
        if (t.pos !== 'PROPN') continue;
        const list = properAt.get(t.text);
        if (list) list.push(t.i);
        else properAt.set(t.text, [t.i]);
      }
    }
    return properAt.get(text) ?? [];
  };
  for (const d of [...drafts.values()]) {
    if (d.type !== 'other') continue;
    const words = d.name.split(' ');
    const last = words[words.length - 1]!;
    let alone = false;
    if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]/u.test(w))) {
      // a party label or title ("Republican") standing alone is no surname
      const labelWord =
        TITLE_PARTS.has(last.toLowerCase()) ||
        PERSON_TITLES.has(last.toLowerCase()) ||
        lookupName(normKey(last)).length > 0 ||
        lookupName(normKey(words[0]!)).length > 0;
      for (const k of labelWord ? [] : positionsOf(last)) {
        if (alone) break;
        const before = toks[k - 1];
        const after = toks[k + 1];
        const inName = (t: Token | undefined) =>
          !!t && isCapitalised(t.text) && hasLetter(t.text) && v.block[t.i] === v.block[k];
        if (!inName(before) && !inName(after)) alone = true;
      }
    }
    if (alone) {
      d.type = 'person';
      d.notes.push(`a person: "${last}" also stands alone as a surname`);
      const key = `person:${normKey(d.name)}`;
      drafts.delete(d.key);
      d.key = key;
      drafts.set(key, d);
      addSurnameMentions(v, drafts, d, last);
    } else if (d.mentions.length < 2) drafts.delete(d.key);
  }
}

function addSurnameMentions(v: DocumentView, drafts: Map<string, Draft>, d: Draft, surname: string): void {
  const toks = v.a.tokens;
  const taken = new Uint8Array(toks.length);
  for (const o of drafts.values()) for (const [s, e] of o.mentions) for (let k = s; k < e; k++) taken[k] = 1;
  for (let k = 0; k < toks.length; k++) if (!taken[k] && toks[k]!.text === surname) d.mentions.push([k, k + 1]);
}

/** "Iran's Ministry of Intelligence", "Moscow's Basmanny Court": the possessive form is an alias too. */
function possessiveAliases(v: DocumentView, drafts: Map<string, Draft>): void {
  const toks = v.a.tokens;
  const placeAt = new Map<number, Draft>();
  for (const d of drafts.values())
    if (d.type === 'country' || d.type === 'location') for (const [, e] of d.mentions) placeAt.set(e, d);
  for (const d of drafts.values()) {
    if (d.type !== 'organization' && d.type !== 'facility') continue;
    for (const [s, e] of d.mentions) {
      if (toks[s - 1]?.lower !== "'s" && toks[s - 1]?.lower !== '’s') continue;
      if (!placeAt.has(s - 1)) continue;
      const owner = placeAt.get(s - 1)!;
      const ownerMention = owner.mentions.find(([, oe]) => oe === s - 1);
      if (ownerMention) d.aliases.add(v.a.text.slice(toks[ownerMention[0]]!.start, toks[e - 1]!.end));
    }
  }
}

/** "the Islamic State's Afghanistan-based branch, ISIS-Khorasan": the description is an alias. */
function branchAppositions(v: DocumentView, drafts: Map<string, Draft>): void {
  const toks = v.a.tokens;
  for (const d of drafts.values()) {
    if (d.type !== 'armed_group' && d.type !== 'organization') continue;
    for (const [s] of d.mentions) {
      if (toks[s - 1]?.text !== ',') continue;
      const noun = toks[s - 2];
      if (!noun || !BRANCH_WORDS.has(noun.lower)) continue;
      // back to the possessive owner: "<Owner>'s <words> branch"
      let k = s - 3;
      while (k > 0 && s - 3 - k < 6 && toks[k]!.lower !== "'s") k--;
      if (toks[k]?.lower !== "'s") continue;
      const owner = [...drafts.values()].find((o) => o !== d && o.mentions.some(([, oe]) => oe === k));
      if (!owner) continue;
      const ownerStart = owner.mentions.find(([, oe]) => oe === k)![0];
      d.aliases.add(v.a.text.slice(toks[ownerStart]!.start, noun.end));
    }
  }
}

const BRANCH_WORDS = new Set([
  'branch',
  'affiliate',
  'wing',
  'faction',
  'offshoot',
  'arm',
  'franchise',
  'chapter',
  'cell',
  'province',
]);

/**
 * "Junin Department" is also plain "Junin" — unless the text calls something
 * else so ("Moscow" the city beside "Moscow Region"), when the bare name is
 * that other thing's.
 */
function bareAliases(drafts: Map<string, Draft>): void {
  const owners = new Map<string, Set<Draft>>();
  for (const d of drafts.values())
    for (const n of [d.name, ...d.aliases]) {
      const k = normKey(n);
      owners.set(k, (owners.get(k) ?? new Set()).add(d));
    }
  for (const d of drafts.values()) {
    if (!d.bare) continue;
    const others = [...(owners.get(normKey(d.bare)) ?? [])].filter((o) => o !== d);
    if (others.length === 0) d.aliases.add(d.bare);
  }
}

/** Why the entity exists: the rule of its first recognised mention, then what the text linked to it. */
function explanationOf(d: Draft, mentionCount: number): Explanation {
  const parts = [`first mention ${d.ruleDetail}`, ...new Set(d.notes)];
  if (d.geo)
    parts.push(`geo ${d.geo.lat.toFixed(2)}, ${d.geo.lon.toFixed(2)}${d.geo.country ? ` (${d.geo.country})` : ''}`);
  if (mentionCount > 1) parts.push(`${mentionCount} mentions`);
  return { stage: 'entities', rule: d.rule, detail: parts.join('; ') };
}

/** Entities in order of first mention, with character spans and aliases that differ from the name. */
export function buildEntities(v: DocumentView, chosen: Candidate[]): Entity[] {
  normalised = new Map();
  try {
    return entitiesFrom(v, chosen);
  } finally {
    normalised = new Map();
  }
}

function entitiesFrom(v: DocumentView, chosen: Candidate[]): Entity[] {
  const drafts = draftsFrom(v, chosen);
  linkParentheses(v, drafts);
  linkAlsoKnownAs(v, drafts);
  linkOrganisationBases(drafts);
  linkPersonVariants(v, drafts);
  linkSurnames(drafts);
  propagate(v, drafts);
  settleUnknown(v, drafts);
  possessiveAliases(v, drafts);
  branchAppositions(v, drafts);
  bareAliases(drafts);
  const toks = v.a.tokens;
  const list = [...drafts.values()].map((d) => {
    const spans = new Map<string, Span>();
    for (const [s, e] of d.mentions) {
      const span: Span = [toks[s]!.start, toks[e - 1]!.end];
      spans.set(`${span[0]}:${span[1]}`, span);
    }
    const mentions = [...spans.values()].sort((x, y) => x[0] - y[0]);
    const nameKey = normKey(d.name);
    const seen = new Set([nameKey]);
    const aliases: string[] = [];
    for (const a of d.aliases) {
      const k = normKey(a);
      if (!k || (seen.has(k) && a.toLowerCase() === d.name.toLowerCase())) continue;
      if (aliases.includes(a) || a === d.name) continue;
      seen.add(k);
      aliases.push(a);
    }
    // upper-case wire text: names not taken from a list are shown in title case
    const name = v.upper && !d.known && isAllUpper(d.name) ? titleCase(d.name) : d.name;
    if (name !== d.name && !aliases.includes(d.name)) aliases.unshift(d.name);
    const entity: Entity = { id: '', name, type: d.type, aliases, mentions };
    if (d.geo) entity.geo = d.geo;
    entity.explanation = explanationOf(d, mentions.length);
    return entity;
  });
  list.sort((x, y) => (x.mentions[0]?.[0] ?? 0) - (y.mentions[0]?.[0] ?? 0));
  list.forEach((e, i) => {
    e.id = `e${i + 1}`;
  });
  return list;
}
