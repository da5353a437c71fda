/**
 * Date resolution: finds date expressions in a document and resolves them
 * against a reference date (the publication date, or the dateline of wire
 * copy) to YYYY, YYYY-MM or YYYY-MM-DD, at the precision the text supports.
 *
 * chrono-node does the parsing; this module decides the precision, keeps
 * past-tense reports from landing after their reference date, anchors
 * "a few days later" on the previous date, adds bare years ("in 1979"), and
 * drops chrono's false friends in ALL-CAPS copy ("MAY" the verb, clock times).
 */
import * as chrono from 'chrono-node';
import type { Span } from './contract.js';

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateMention {
  span: Span;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  value: string;
  precision: DatePrecision;
  /** resolved relative to the reference date ("yesterday", "this morning"), not written out */
  relative: boolean;
}

export interface Dateline {
  /** the place words of the dateline ("SAN SALVADOR") */
  place: string;
  placeSpan: Span;
  /** country named in parentheses after the place ("VALLELUPAR (COLOMBIA)") */
  country: string | null;
  /** YYYY-MM-DD, or null for "NO DATE" */
  date: string | null;
  span: Span;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Two-digit wire years: 89 → 1989, 05 → 2005 (a century window around 1950-2049). */
export function expandYear(y: string): number {
  const n = Number(y);
  if (y.length >= 3) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

// "SAN SALVADOR, 3 JAN 90 --", "LIMA, 26 APR 89 (EFE) --", "VALLELUPAR (COLOMBIA), 21 FEB 90 (RCN) --",
// "MOSCOW, March 22 (Reuters) -"; only within the first lines, before the body starts.
const DATELINE =
  /^[\s"]*([A-Z][A-Za-z .'-]{1,40}?)(?:\s*\(([A-Z][A-Za-z .'-]+)\))?,\s*(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{2,4}))?|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?|(NO DATE))(?:\s*\([^)]*\))?\s*(?:--|-|—|–)/;

/** The dateline at the head of wire copy, if any. */
export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, 300);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const placeRaw = m[1] ?? '';
  const place = placeRaw.trim();
  const placeStart = head.indexOf(place, m.index);
  let date: string | null = null;
  const monthWord = (m[4] ?? m[6] ?? '').toLowerCase();
  const month = MONTHS[monthWord.slice(0, 3)];
  if (m[9] === undefined) {
    if (!month) return null;
    const day = Number(m[3] ?? m[7]);
    const yearText = m[5] ?? m[8];
    if (day < 1 || day > 31) return null;
    date = yearText ? `${expandYear(yearText)}-${pad(month)}-${pad(day)}` : null;
  }
  return {
    place,
    placeSpan: [placeStart, placeStart + place.length],
    country: m[2]?.trim() ?? null,
    date,
    span: [m.index + (m[0].length - m[0].trimStart().length), m.index + m[0].length],
  };
}

/** Reference date for resolving relative expressions: the dateline of wire copy, else the publication date. */
export function referenceDate(text: string, published: string | null): string | null {
  const line = findDateline(text);
  if (line?.date) return line.date;
  return published;
}

function toDate(reference: string): Date {
  const [y, m, d] = reference.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12));
}

function format(d: Date, precision: DatePrecision): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const RELATIVE_DAY =
  /\b(today|tonight|yesterday|tomorrow|this (morning|afternoon|evening)|last night|ago|(last|this|next|past) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
// "last week", "a few days ago": a day is named but the text does not pin it down
const VAGUE_SPAN = /\b(week|weekend|weeks)\b|\b(few|several|some|couple)\b.*\b(days|weeks|months)\b/i;
// a bare month name is also a verb ("may"), a name ("March") or a modal in upper case
const MONTH_ONLY =
  /^(in |of |on |since |during |until |by |early |late |mid-?|last |next |this )?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,?$/i;
const ANCHORED = /\b(later|afterwards?|earlier|before|after)\b/i;
const DURATION = /\b(\w+|\d+)\s+(hours?|days?|weeks?|months?)\b/i;
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
/** Words before a weekday that put it ahead of the report ("will meet on Tuesday", "is due on Friday"). */
const FUTURE_LEAD =
  /\b(will|would|shall|to be|is to|are to|due|expected|scheduled|planned|plans?|planning|set to|going to|upcoming)\b/i;
const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, week: 7, month: 30 };

// chrono-node's parsers all need one of these in a match: a digit, a month or weekday name (as a
// substring, so glued forms like "onmonday" count too), "week" (weekend, weekday), a casual day or time word, or a time unit
// after a number word or "this/last/past/next" ("a few days", "the s" of "the second", "last week").
// A sentence with none of them cannot hold a match, so chrono skips it (see parseChrono).
// Only ever tested for a match anywhere in a sentence: what precedes an anchor is matched, not looked
// behind at ("(?:^|[^a-z_]|in|…)" for "(?<![a-z_])|(?<=in|…)"), which finds the same sentences twice as fast.
const DATE_ANCHOR =
  /\d|(?:^|[^a-z_]|in|of|on|is|st|nd|rd|th|xt)(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|sunday|sun|monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday|now|today|tonight|tomorrow|overmorrow|tmrw|tmr|yesterday|night|morning|afternoon|evening|midnight|midday|noon|month)(?=\W|$|of|this|last|past|next|first|second|third|four|fif|six|seven|eight|nin|tenth|eleventh|twelfth|thirt|twent)|(?:^|[^a-z_])(?:within|in|for|this|last|past|next|after|\+|-)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?|(?:about|around)\s{0,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\b|few|several|the|a?\s{0,2}couple))\s{0,3}(?:s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mos|mon|month|months|qtr|quarter|quarters|y|yr|year|years)(?=\W|$|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\b|few|several|the|a?\s{0,2}couple)|(?:^|[^a-z_])(?:this|last|past|next|after)\s*(?:s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mos|mon|month|months|qtr|quarter|quarters|y|yr|year|years)(?=\W|$)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?|(?:about|around)\s{0,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\b|few|several|the|a?\s{0,2}couple))\s{0,3}(?:s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mos|mon|month|months|qtr|quarter|quarters|y|yr|year|years)\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)/i;
// sentence ends: terminal punctuation before white space (the white space goes with the next
// sentence: chrono's "this morning" may start with up to three spaces)
const SENTENCE_END = /[.!?](?=\s)/g;
// what chrono's refiners read after a match (a time-zone abbreviation: ", (EST)"), plus one character
const FOLLOWING = /^\s*,?\s*\(?\w*\)?[\s\S]?/;
// between two runs: a character no pattern of chrono's reads through (not a word character, not space)
const SEPARATOR = '\u0000';

type ChronoHit = Pick<chrono.ParsedResult, 'index' | 'text' | 'start'>;

/**
 * chrono.parse over `text`, but only over the runs of sentences that may hold a date, joined by
 * SEPARATOR into one text: a sentence with no DATE_ANCHOR and at least two words is left out (two
 * words, so that no merge of two dates across it is possible: chrono merges across one word at most).
 * Each run keeps the first word of the sentence after it, which the time-zone refiner reads. The
 * results are chrono's own on the whole text, with indexes into `text` (checked result by result on
 * the evaluation sets).
 */
export function parseChrono(text: string, ref: Date): ChronoHit[] {
  const option = { instant: ref, timezone: 0 };
  const whole = () => chrono.parse(text, option, { forwardDate: false });
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push(m.index + 1);
  if (ends.at(-1) !== text.length) ends.push(text.length);
  // runs of kept sentences: [start in text, start in joined, length]
  const runs: [number, number, number][] = [];
  let joined = '';
  let runStart = -1;
  let start = 0;
  const close = (to: number) => {
    if (runStart < 0) return;
    const piece =
      text.slice(runStart, to) + (to < text.length ? (FOLLOWING.exec(text.slice(to, to + 80))?.[0] ?? '') : '');
    if (joined) joined += SEPARATOR;
    runs.push([runStart, joined.length, piece.length]);
    joined += piece;
    runStart = -1;
  };
  for (const end of ends) {
    const sentence = text.slice(start, end);
    // a digit is the commonest anchor and a plain scan for it is far cheaper than DATE_ANCHOR's
    if (!/\d/.test(sentence) && !DATE_ANCHOR.test(sentence) && /\w+\W+\w/.test(sentence)) close(start);
    else if (runStart < 0) runStart = start;
    start = end;
  }
  close(text.length);
  if (runs.length === 1 && runs[0]?.[0] === 0 && runs[0][2] === text.length) return whole();
  // chrono keeps a match that is the whole of its text: "May" or "… the second" alone would pass there
  if (/^may$|the second$/i.test(joined.trim())) return whole();
  const out: ChronoHit[] = [];
  let i = 0;
  for (const r of chrono.parse(joined, option, { forwardDate: false })) {
    while (i + 1 < runs.length && (runs[i + 1]?.[1] ?? Number.POSITIVE_INFINITY) <= r.index) i++;
    const run = runs[i];
    if (!run) continue;
    out.push({ index: run[0] + r.index - run[1], text: r.text, start: r.start });
  }
  return out;
}

/**
 * All date expressions in `text`, resolved against `reference` (YYYY-MM-DD,
 * or coarser). Without a reference only absolute dates with a year resolve.
 */
export function resolveDates(text: string, reference: string | null): DateMention[] {
  const ref = reference ? toDate(reference) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = parseChrono(text, ref);
  const out: DateMention[] = [];
  let previous: Date | null = null;
  for (const r of results) {
    let body = r.text.replace(/[\s,.;:]+$/, '');
    const start = r.index + (r.text.length - r.text.trimStart().length);
    body = body.trim();
    const span: Span = [start, start + body.length];
    const c = r.start;
    const certainDay = c.isCertain('day');
    const certainMonth = c.isCertain('month');
    const certainYear = c.isCertain('year');
    const relative = RELATIVE_DAY.test(body) || /\b(morning|afternoon|evening|night)\b/i.test(body);
    if (!certainDay && !certainMonth && !certainYear && !c.isCertain('weekday') && !relative) continue; // a clock time alone
    if (MONTH_ONLY.test(body) && !certainDay) {
      const before = text.slice(Math.max(0, r.index - 12), r.index).toLowerCase();
      const word = body.replace(/[.,]/g, '').trim();
      const guarded = /^(in|of|on|since|during|until|by|early|late|mid|last|next|this)\b/i.test(word);
      if (!guarded && !/\b(in|of|on|since|during|until|by|early|late|mid|last|next|this)\s*$/.test(before)) continue;
    }
    let date = c.date();
    let precision: DatePrecision;
    let isRelative = relative;
    const duration = DURATION.exec(body);
    if (ANCHORED.test(body) && duration && !MONTH_NAME.test(body)) {
      // "a few days later": anchored on the date the text last spoke of, not on the reference
      if (!previous || !reference) continue;
      const amountWord = (duration[1] ?? '').toLowerCase();
      const amount = /^\d+$/.test(amountWord) ? Number(amountWord) : NUMBER_WORDS[amountWord];
      const unit = UNIT_DAYS[(duration[2] ?? '').toLowerCase().replace(/s$/, '')] ?? 1;
      const sign = /\b(earlier|before)\b/i.test(body) ? -1 : 1;
      date = new Date(previous.getTime() + sign * (amount ?? 0) * unit * 86_400_000);
      precision = amount !== undefined && unit <= 1 ? 'day' : 'month';
      isRelative = true;
    } else if (certainDay || relative || c.isCertain('weekday')) {
      precision = VAGUE_SPAN.test(body) ? 'month' : 'day';
      // "on Tuesday" in a report published on a Monday is the Tuesday before, unless the text looks ahead
      if (c.isCertain('weekday') && !certainDay && reference && date > ref && !/\b(next|this|coming)\b/i.test(body)) {
        const lead = text.slice(Math.max(0, r.index - 80), r.index);
        if (!FUTURE_LEAD.test(lead.split(/[.!?]\s/).at(-1) ?? '')) date = new Date(date.getTime() - 7 * 86_400_000);
      }
    } else if (certainMonth) {
      precision = 'month';
    } else if (certainYear) {
      precision = 'year';
    } else continue;
    // without a reference, "today" and "last week" cannot be placed
    if (!reference && (!certainYear || isRelative || relative)) continue;
    out.push({
      span,
      text: text.slice(span[0], span[1]),
      value: format(date, precision),
      precision,
      relative: isRelative,
    });
    previous = date;
  }
  // bare years, which chrono leaves alone: "in 1979", "since 2014"
  const yearRe =
    /\b(in|since|of|during|until|from|by)\s+((?:19|20)\d{2})\b(?!\s*(?:people|persons|members|troops|men|dollars))/gi;
  for (let m = yearRe.exec(text); m; m = yearRe.exec(text)) {
    const s = m.index + m[0].length - (m[2] ?? '').length;
    const span: Span = [s, s + (m[2] ?? '').length];
    if (out.some((d) => d.span[0] <= span[0] && d.span[1] >= span[1])) continue;
    out.push({ span, text: m[2] ?? '', value: m[2] ?? '', precision: 'year', relative: false });
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/** Date with the precision of the less precise of the two ("2024-03-22" at month → "2024-03"). */
export function truncateDate(value: string, precision: DatePrecision): string {
  if (precision === 'year') return value.slice(0, 4);
  if (precision === 'month') return value.slice(0, 7);
  return value;
}
