/**
 * Event trigger lexicon: the words and phrases that announce an attack,
 * kidnapping, arrest, detention, court action or responsibility claim, with
 * their inflections, matched case-insensitively on token text (so ALL-CAPS
 * wire copy, where part-of-speech tags are unreliable, matches too).
 */
import type { EventType } from '../contract.js';

export type TriggerKind = 'verb' | 'noun';

export interface TriggerEntry {
  /** words of the phrase, lower case; a word may end in `*` for "any inflection of this stem" */
  words: string[];
  /** the lexicon entry in its base form ("open fire", "car bomb"): named by `--explain` as `trigger:open-fire` */
  phrase: string;
  type: EventType;
  subtype?: string;
  kind: TriggerKind;
  /**
   * secondary triggers (killed, wounded) only make an event of their own
   * when no primary trigger shares their sentence: otherwise they are the
   * casualty count of that trigger's event
   */
  secondary?: boolean;
  /** the words after the head may come up to this many words later ("took two nurses hostage") */
  gap?: number;
}

// Words that are triggers only in their past forms: "sentenced" (not "a sentence"), "stormed", "charged".
const PAST_ONLY = new Set([
  'sentence',
  'storm',
  'charge',
  'shell',
  'convict',
  'torch',
  'try',
  'dynamite',
  'machinegun',
  'machine-gun',
]);

const IRREGULAR: Record<string, string[]> = {
  shoot: ['shoot', 'shoots', 'shot', 'shooting'],
  set: ['set', 'sets', 'setting'],
  hold: ['hold', 'holds', 'held', 'holding'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  slay: ['slay', 'slays', 'slew', 'slain', 'slaying'],
  blow: ['blow', 'blows', 'blew', 'blown', 'blowing'],
  open: ['open', 'opens', 'opened', 'opening'],
  try: ['try', 'tries', 'tried', 'trying'],
  burn: ['burn', 'burns', 'burned', 'burnt', 'burning'],
};

/** Inflections of a regular English verb (kidnap → kidnapped, abduct → abducted). */
export function verbForms(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular && irregular.length > 0) return irregular;
  const forms = new Set<string>([base]);
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(base) && !/(en|er|on)$/.test(base);
  if (base.endsWith('e')) {
    forms.add(`${base}s`);
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}ies`);
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    forms.add(/(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`);
    const stem = doubled ? base + base.at(-1) : base;
    forms.add(`${stem}ed`);
    forms.add(`${stem}ing`);
    if (doubled) {
      forms.add(`${base}ed`);
      forms.add(`${base}ing`);
    }
  }
  return [...forms];
}

/** Singular and plural of a noun. */
export function nounForms(base: string): string[] {
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`];
  if (/(s|sh|ch|x|z)$/.test(base)) return [base, `${base}es`];
  return [base, `${base}s`];
}

interface Spec {
  phrase: string;
  type: EventType;
  subtype?: string;
  kind: TriggerKind;
  secondary?: boolean;
  gap?: number;
}

const V = (phrase: string, type: EventType, subtype?: string, secondary?: boolean): Spec => ({
  phrase,
  type,
  kind: 'verb',
  ...(subtype ? { subtype } : {}),
  ...(secondary ? { secondary } : {}),
});
const N = (phrase: string, type: EventType, subtype?: string): Spec => ({
  phrase,
  type,
  kind: 'noun',
  ...(subtype ? { subtype } : {}),
});

// The head word of each phrase is inflected; other words stay as written.
const SPECS: Spec[] = [
  // attacks
  V('open fire', 'attack', 'shooting'),
  V('fire on', 'attack', 'shooting'),
  V('fire at', 'attack', 'shooting'),
  V('shoot', 'attack', 'shooting'),
  V('machinegun', 'attack', 'shooting'),
  V('machine-gun', 'attack', 'shooting'),
  V('gun down', 'attack', 'shooting'),
  N('shooting', 'attack', 'shooting'),
  N('gunfire', 'attack', 'shooting'),
  V('bomb', 'attack', 'bombing'),
  N('bombing', 'attack', 'bombing'),
  N('bomb', 'attack', 'bombing'),
  N('car bomb', 'attack', 'bombing'),
  N('car-bomb', 'attack', 'bombing'),
  N('explosion', 'attack', 'bombing'),
  N('blast', 'attack', 'bombing'),
  V('explode', 'attack', 'bombing'),
  V('detonate', 'attack', 'bombing'),
  V('blow up', 'attack', 'bombing'),
  N('dynamite attack', 'attack', 'bombing'),
  V('dynamite', 'attack', 'bombing'),
  N('explosive device', 'attack', 'bombing'),
  V('use explosives', 'attack', 'bombing'),
  V('hurl explosives', 'attack', 'bombing'),
  V('plant a bomb', 'attack', 'bombing'),
  V('place a bomb', 'attack', 'bombing'),
  N('suicide bombing', 'attack', 'bombing'),
  N('suicide bomber', 'attack', 'bombing'),
  N('suicide attack', 'attack', 'bombing'),
  V('set fire', 'attack', 'arson'),
  V('set on fire', 'attack', 'arson'),
  V('set ablaze', 'attack', 'arson'),
  V('torch', 'attack', 'arson'),
  V('burn down', 'attack', 'arson'),
  N('arson', 'attack', 'arson'),
  N('arson attack', 'attack', 'arson'),
  N('incendiary attack', 'attack', 'arson'),
  V('attack', 'attack', 'armed attack'),
  N('attack', 'attack', 'armed attack'),
  N('terrorist attack', 'attack', 'armed attack'),
  N('terror attack', 'attack', 'armed attack'),
  N('armed attack', 'attack', 'armed attack'),
  V('ambush', 'attack', 'armed attack'),
  N('ambush', 'attack', 'armed attack'),
  V('storm', 'attack', 'armed attack'),
  V('assault', 'attack', 'armed attack'),
  V('massacre', 'attack', 'massacre'),
  N('massacre', 'attack', 'massacre'),
  V('assassinate', 'attack', 'assassination'),
  N('assassination', 'attack', 'assassination'),
  V('murder', 'attack', 'assassination'),
  N('murder', 'attack', 'assassination'),
  V('slay', 'attack', 'assassination'),
  V('behead', 'attack', 'assassination'),
  V('stab', 'attack', 'stabbing'),
  N('stabbing', 'attack', 'stabbing'),
  N('rocket attack', 'attack', 'rocket attack'),
  N('mortar attack', 'attack', 'mortar attack'),
  N('grenade attack', 'attack', 'grenade attack'),
  V('shell', 'attack', 'shelling'),
  N('shelling', 'attack', 'shelling'),
  V('kill', 'attack', 'killing', true),
  // kidnappings
  V('kidnap', 'kidnapping', 'kidnapping'),
  N('kidnapping', 'kidnapping', 'kidnapping'),
  N('kidnaping', 'kidnapping', 'kidnapping'),
  V('kidnaped', 'kidnapping', 'kidnapping'),
  V('abduct', 'kidnapping', 'abduction'),
  N('abduction', 'kidnapping', 'abduction'),
  { ...V('take hostage', 'kidnapping', 'hostage taking'), gap: 4 },
  N('hostage-taking', 'kidnapping', 'hostage taking'),
  { ...V('hold hostage', 'kidnapping', 'hostage taking'), gap: 4 },
  // arrests and detentions
  V('arrest', 'arrest'),
  V('apprehend', 'arrest'),
  V('take into custody', 'arrest'),
  V('detain', 'detention'),
  N('detention', 'detention'),
  V('hold in custody', 'detention'),
  // courts
  V('sentence', 'court_action', 'sentence'),
  V('convict', 'court_action', 'conviction'),
  V('indict', 'court_action', 'indictment'),
  V('acquit', 'court_action', 'acquittal'),
  V('charge', 'court_action', 'charge'),
  V('court order', 'court_action', 'order'),
  // claims of responsibility
  V('claim responsibility', 'responsibility_claim'),
  V('claim credit', 'responsibility_claim'),
  V('take responsibility', 'responsibility_claim'),
  V('assume responsibility', 'responsibility_claim'),
  V('accept responsibility', 'responsibility_claim'),
  N('claim of responsibility', 'responsibility_claim'),
];

function expand(spec: Spec): TriggerEntry[] {
  const words = spec.phrase.split(' ');
  const head = words[0] ?? '';
  const out: TriggerEntry[] = [];
  if (spec.kind === 'verb') {
    const forms = verbForms(head).filter((f) => !PAST_ONLY.has(head) || /(ed|nt)$/.test(f));
    for (const f of forms) out.push(entry([f, ...words.slice(1)], spec));
  } else {
    // inflect the last word of a noun phrase: "car bombs", "terrorist attacks"
    const last = words.at(-1) ?? '';
    for (const f of nounForms(last)) out.push(entry([...words.slice(0, -1), f], spec));
  }
  return out;
}

function entry(words: string[], spec: Spec): TriggerEntry {
  return {
    words,
    phrase: spec.phrase,
    type: spec.type,
    kind: spec.kind,
    ...(spec.subtype ? { subtype: spec.subtype } : {}),
    ...(spec.secondary ? { secondary: true } : {}),
    ...(spec.gap ? { gap: spec.gap } : {}),
  };
}

/** All trigger phrases, longest first so "car bomb" wins over "bomb". */
export const TRIGGERS: TriggerEntry[] = SPECS.flatMap(expand).sort((x, y) => y.words.length - x.words.length);

/** Triggers indexed by their first word. */
export const TRIGGERS_BY_FIRST_WORD: Map<string, TriggerEntry[]> = (() => {
  const m = new Map<string, TriggerEntry[]>();
  for (const t of TRIGGERS) {
    const k = t.words[0] ?? '';
    const list = m.get(k) ?? [];
    list.push(t);
    m.set(k, list);
  }
  return m;
})();
