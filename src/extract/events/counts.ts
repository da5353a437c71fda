/**
 * Casualty counts: "killed approximately 100 people", "143 people died",
 * "left 12 wounded", "at least three dead", with the qualifier the text puts
 * on the number (exact, at_least, approximately, up_to, more_than) and
 * number words ("three", "twenty-five", "a dozen").
 */
import type { Count, Qualifier } from '../contract.js';

const UNITS: Record<string, number> = {
  zero: 0,
  no: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The value of a written number: "143", "1,200", "three", "twenty-five", "a dozen", "two hundred". */
export function parseNumber(words: string): number | null {
  const w = words.toLowerCase().trim();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(w)) return Number(w.replace(/,/g, ''));
  const parts = w.split(/[\s-]+/).filter((p) => p !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const p of parts) {
    if (p in UNITS) {
      current += UNITS[p] ?? 0;
      seen = true;
    } else if (p in TENS) {
      current += TENS[p] ?? 0;
      seen = true;
    } else if (p === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (p === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (p === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      seen = true;
    } else if (/^\d+$/.test(p)) {
      current += Number(p);
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

const NUMBER_WORD =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|an?)(?:\\s+(?:hundred|thousand))?)';

const QUALIFIER =
  '(?:at least|a minimum of|no fewer than|no less than|approximately|about|around|some|nearly|almost|roughly|an estimated|close to|up to|as many as|more than|over|upwards of)';

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(at least|a minimum of|no fewer than|no less than)$/, 'at_least'],
  [/^(approximately|about|around|some|nearly|almost|roughly|an estimated|close to)$/, 'approximately'],
  [/^(up to|as many as)$/, 'up_to'],
  [/^(more than|over|upwards of)$/, 'more_than'],
];

function qualifierOf(words: string | undefined): Qualifier {
  if (!words) return 'exact';
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [re, q] of QUALIFIERS) if (re.test(w)) return q;
  return 'exact';
}

const PEOPLE_MODIFIER = '(?:(?:other|more|innocent|unarmed|armed|civilian|young|local|foreign|[a-z]+an)\\s+)?';
const PEOPLE_NOUNS =
  'people|persons|civilians|men|women|children|others|soldiers|policemen|police officers|officers|guards|troops|members|passengers|workers|peasants|students|victims|individuals|pedestrians|bystanders|residents|agents|employees|worshippers|tourists|[a-z]+s';
const PEOPLE = `${PEOPLE_MODIFIER}(?:${PEOPLE_NOUNS})?`;
/** a victim or casualty named in the singular ("one person was killed", "a soldier was wounded") */
const ONE_PERSON =
  'person|man|woman|child|soldier|policeman|police officer|officer|guard|civilian|peasant|student|worker|passenger|resident|bystander|employee|journalist|judge|mayor|priest';
const VICTIMS = `${PEOPLE_MODIFIER}(?:${PEOPLE_NOUNS}|${ONE_PERSON})?`;

const KILL_VERB = '(?:killed|killing|kills|kill|murdered|murdering|slaying|slew|massacred|shot dead|gunned down)';
const KILLING_NOUN = '(?:murders?|massacres?|killings?|slayings?|assassinations?|deaths)';
/**
 * A time told between a killing noun and its victims: "the murder on 26 February of the mayor", "the
 * killing last week of two activists", "the assassination in 1995 of the prime minister".
 */
const TIME_BEFORE_OF =
  '(?:on\\s+(?:the\\s+(?:evening|morning|night|afternoon)\\s+of\\s+)?(?:\\d{1,2}\\s+[a-z]+|[a-z]+day|[a-z]+\\s+\\d{1,2})|last\\s+(?:week|month|night|year|[a-z]+day)|yesterday|today|this\\s+(?:week|month)|in\\s+(?:\\d{4}|[a-z]+\\s+\\d{4}))';
/** "of" before a killing noun's victims, after a time if one is told there. */
export const VICTIMS_OF = new RegExp(`^\\s*(?:${TIME_BEFORE_OF}\\s+)?of\\s+`, 'i');
const DIE = '(?:died|dead|killed|murdered|slain|perished|were killed|was killed|have died|had died|lost their lives)';
const HURT_VERB = '(?:wounded|wounding|wounds|wound|injured|injuring|injures|injure|hurt|hurting)';
const HURT = '(?:wounded|injured|hurt)';

interface Pattern {
  re: RegExp;
  kind: 'killed' | 'injured';
}

const i = 'i';
// qualifier (1) and number (2) in every pattern
const PATTERNS: Pattern[] = [
  { re: new RegExp(`\\b${KILL_VERB}\\s+`, i), kind: 'killed' },
  {
    re: new RegExp(
      `\\b(?:${QUALIFIER}\\s+)?${NUMBER_WORD}\\s+${VICTIMS}\\s*(?:were|was|have been|had been|are|reportedly|who were)?\\s*${DIE}`,
      i,
    ),
    kind: 'killed',
  },
  { re: new RegExp(`\\b${HURT_VERB}\\s+`, i), kind: 'injured' },
  {
    re: new RegExp(
      `\\b(?:${QUALIFIER}\\s+)?${NUMBER_WORD}\\s+${VICTIMS}\\s*(?:were|was|have been|had been|are|reportedly|who were)?\\s*(?:seriously |slightly |critically )?${HURT}`,
      i,
    ),
    kind: 'injured',
  },
  { re: new RegExp(`\\bleft\\s+(?:${QUALIFIER}\\s+)?${NUMBER_WORD}\\s+${VICTIMS}\\s*dead`, i), kind: 'killed' },
  { re: new RegExp(`\\bleft\\s+(?:${QUALIFIER}\\s+)?${NUMBER_WORD}\\s+${VICTIMS}\\s*(?:${HURT})`, i), kind: 'injured' },
  {
    re: new RegExp(`\\bdeath toll\\s+(?:rose to|reached|climbed to|stands at|stood at|of|is|was|at)\\s+`, i),
    kind: 'killed',
  },
  // a killing told as a noun counts its victims after "of": "the massacre of six priests"
  { re: new RegExp(`\\b${KILLING_NOUN}\\s+(?:${TIME_BEFORE_OF}\\s+)?of\\s+`, i), kind: 'killed' },
];

export interface CasualtyCounts {
  killed: Count | null;
  injured: Count | null;
  /** the words each count was read from ("at least 12 people were killed"), for explanations */
  said?: { killed?: string; injured?: string };
}

const COUNTED = new RegExp(`^(?:(${QUALIFIER})\\s+)?(${NUMBER_WORD})\\b`, i);

// PATTERNS as global regexes, compiled once (findCasualties resets lastIndex before each use)
const GLOBAL_PATTERNS = PATTERNS.map((p) => ({ re: new RegExp(p.re.source, 'gi'), kind: p.kind }));
const COUNTED_START = new RegExp(`^(?:(${QUALIFIER})\\s+)?(${NUMBER_WORD})`, i);

/**
 * The killed and injured counts stated in `text` (a clause or sentence).
 * The first statement of each wins: later ones in a sentence usually
 * repeat or break it down.
 */
export function findCasualties(text: string): CasualtyCounts {
  const out: CasualtyCounts = { killed: null, injured: null, said: {} };
  for (const p of GLOBAL_PATTERNS) {
    if (out[p.kind]) continue;
    const global = p.re;
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const found = countAt(text, m.index, m[0]);
      if (found) {
        out[p.kind] = found.count;
        out.said![p.kind] = found.said.replace(/\s+/g, ' ').trim();
        break;
      }
    }
  }
  return out;
}

// patterns whose number follows the words matched
const VERB_FIRST = new RegExp(
  `^(?:${KILL_VERB}|${HURT_VERB}|death toll|${KILLING_NOUN}\\s+(?:${TIME_BEFORE_OF}\\s+)?of)`,
  i,
);
const KILLING_NOUN_OF = new RegExp(`^${KILLING_NOUN}\\s+(?:${TIME_BEFORE_OF}\\s+)?of\\s+$`, i);
// a people noun, which the generic plural of PEOPLE_NOUNS would also find in "were" or "years"
const PERSON_WORD = `(?!(?:were|was|is|are|has|this|its|his|years|days|hours|weeks|months)\\b)(?:${PEOPLE_NOUNS}|${ONE_PERSON})\\b`;
const PEOPLE_AFTER = new RegExp(`^\\s*(?:[a-z.-]+\\s+){0,2}?${PERSON_WORD}`, i);
/**
 * A second group of victims joined to the first: "six priests and two women", "three soldiers and a
 * child". Both groups are people (the nouns say so), so the count is their sum.
 */
const CONJOINED_VICTIMS = new RegExp(
  `^\\s*(?:[a-z.-]+\\s+){0,2}?${PERSON_WORD},?\\s+and\\s+(?:the\\s+|their\\s+|its\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER_WORD})\\s+(?:[a-z.-]+\\s+){0,2}?${PERSON_WORD}`,
  i,
);

function countAt(text: string, index: number, words: string): { count: Count; said: string } | null {
  let matched = words;
  // verb-first patterns: the number follows the match
  if (VERB_FIRST.test(matched)) {
    let rest = text.slice(index + matched.length);
    // "the murder of the six priests", "murdered the 77 followers": victims known to the reader, still counted
    const known = /^(?:the|its|their)\s+(?=\d|[a-z]+\s)/i.exec(rest);
    if (known) {
      matched += known[0];
      rest = rest.slice(known[0].length);
    }
    const m = COUNTED.exec(rest);
    if (!m) return null;
    const numberText = m[2] ?? '';
    if (/^(a|an)$/i.test(numberText.trim())) return null;
    // "killed two people" needs the number to count people, not "killed 3 hours later"
    const after = rest.slice(m[0].length, m[0].length + 30);
    if (/^\s*(hours?|days?|weeks?|months?|years?|minutes?|km|kilometers|miles|percent|%)/i.test(after)) return null;
    const value = parseNumber(numberText);
    if (value === null) return null;
    // a killing noun needs people after its number: "the killings of 1989" is a year, not victims
    // (and so does a number after a determiner: "killed the one chance")
    if ((known || KILLING_NOUN_OF.test(words)) && !PEOPLE_AFTER.test(rest.slice(m[0].length, m[0].length + 60)))
      return null;
    const more = CONJOINED_VICTIMS.exec(rest.slice(m[0].length, m[0].length + 120));
    const added = more ? parseNumber(/^an?$/i.test(more[2] ?? '') ? 'one' : (more[2] ?? '')) : null;
    if (more && added !== null)
      return { count: { value: value + added, qualifier: qualifierOf(m[1]) }, said: matched + m[0] + more[0] };
    return { count: { value, qualifier: qualifierOf(m[1]) }, said: matched + m[0] };
  }
  const m = COUNTED_START.exec(matched.replace(/^left\s+/i, ''));
  if (!m) return null;
  const value = parseNumber(m[2] ?? '');
  if (value === null) return null;
  // "a child were killed" is the end of a list ("two men and a child"), not a count of one
  if (
    value === 1 &&
    (/\bwere\b/i.test(matched) || /(\band|\bor|,)\s*$/i.test(text.slice(Math.max(0, index - 6), index)))
  )
    return null;
  return { count: { value, qualifier: qualifierOf(m[1]) }, said: matched };
}

// ---------------------------------------------------------------- custody

const ARREST_VERB = '(?:arrested|arresting|arrests|arrest|apprehended|apprehending|rounded up|rounding up)';
const DETAIN_VERB = '(?:detained|detaining|detains|detain|took into custody|taken into custody|taking into custody)';
const HELD_PAST = '(?:were|was|have been|had been|are|being|who were|reportedly)?';
const CUSTODY_NOUN = { arrested: '(?:arrests?)', detained: '(?:detentions?)' } as const;

/** "police arrested 14 suspects", "at least 30 people were detained", "the arrest of five men": one kind of custody. */
function custodyPatterns(kind: 'arrested' | 'detained'): { re: RegExp; numberFirst: boolean }[] {
  const verb = kind === 'arrested' ? ARREST_VERB : DETAIN_VERB;
  const done = kind === 'arrested' ? '(?:arrested|apprehended|rounded up)' : '(?:detained|taken into custody|held)';
  return [
    { re: new RegExp(`\\b${verb}\\s+`, 'gi'), numberFirst: false },
    { re: new RegExp(`\\b${CUSTODY_NOUN[kind]}\\s+of\\s+`, 'gi'), numberFirst: false },
    {
      re: new RegExp(
        `\\b(?:(${QUALIFIER})\\s+)?(${NUMBER_WORD})\\s+${PEOPLE}\\s*${HELD_PAST}\\s*(?:also\\s+)?${done}\\b`,
        'gi',
      ),
      numberFirst: true,
    },
  ];
}

export interface CustodyCounts {
  arrested?: Count;
  detained?: Count;
  /** the words each count was read from, for explanations */
  said?: { arrested?: string; detained?: string };
}

/**
 * How many people were arrested or detained, as `text` (a sentence) states it. An arrest event
 * reads the arrested count, a detention event the detained count; other events none. A number
 * must stand for people: "arrested 3 days later" and "detained in 2019" are not counts.
 */
export function findCustody(type: string, text: string): CustodyCounts {
  const kind = type === 'arrest' ? 'arrested' : type === 'detention' ? 'detained' : null;
  if (!kind) return {};
  for (const p of custodyPatterns(kind)) {
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      let qualifier: string | undefined;
      let numberText: string;
      let said = m[0];
      let after: string;
      if (p.numberFirst) {
        qualifier = m[1];
        numberText = m[2] ?? '';
        after = '';
      } else {
        const rest = text.slice(m.index + m[0].length);
        const c = COUNTED.exec(rest);
        if (!c) continue;
        qualifier = c[1];
        numberText = c[2] ?? '';
        said += c[0];
        after = rest.slice(c[0].length, c[0].length + 30);
      }
      if (/^(a|an)$/i.test(numberText.trim())) continue;
      if (
        /^\s*(hours?|days?|weeks?|months?|years?|minutes?|times|km|kilometers|miles|percent|%|p\.?m|a\.?m)\b/i.test(
          after,
        )
      )
        continue;
      const value = parseNumber(numberText);
      if (value === null || (/^\d{4}$/.test(numberText) && value >= 1900 && value <= 2100)) continue;
      return {
        [kind]: { value, qualifier: qualifierOf(qualifier) },
        said: { [kind]: said.replace(/\s+/g, ' ').trim() },
      };
    }
  }
  return {};
}

// ---------------------------------------------------------------- counts told place by place

/**
 * ", two in Antioquia, and three in Cordoba": a count and a place with the verb left out, each one more
 * incident of the kind the clause before told ("murdered three peasants in A, two in B"). The number may
 * carry one noun of its own ("70 peasants in B"); the place follows its preposition.
 */
const ELLIPTICAL_COUNT = new RegExp(
  `[,;]\\s*(?:and\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER_WORD})\\s+(?:(?!in\\b|at\\b|near\\b)[a-z]+\\s+)?(?:in|at|near)\\s+(?:the\\s+)?`,
  'gi',
);

export interface CountAtPlace {
  count: Count;
  /** offset in the text given where the place's words start */
  placeAt: number;
  /** offset where the segment (its comma) starts */
  start: number;
}

/**
 * The counts told place by place at the head of `text` (what follows an incident's own place): each
 * segment must follow the one before it directly, so the list stops at the first clause of another shape.
 */
export function countsByPlace(text: string): CountAtPlace[] {
  const out: CountAtPlace[] = [];
  const re = ELLIPTICAL_COUNT;
  re.lastIndex = 0;
  let expected = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // the segment must start where the previous one's place ended: only that place's words between, and
    // at most one region after a comma ("in Guachicono, Cauca department, two in ...")
    if (!/^[^,;.]*(?:,[^,;.]{1,40})?$/.test(text.slice(expected, m.index))) break;
    const numberText = m[2] ?? '';
    if (/^(a|an)$/i.test(numberText.trim())) break;
    const value = parseNumber(numberText);
    if (value === null || (/^\d{4}$/.test(numberText) && value >= 1900)) break;
    const placeAt = m.index + m[0].length;
    out.push({ count: { value, qualifier: qualifierOf(m[1]) }, placeAt, start: m.index });
    expected = placeAt;
  }
  return out;
}
