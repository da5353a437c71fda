/**
 * Safe full-text queries and date bounds for the store.
 *
 * User text never reaches FTS5 query syntax as is: each whitespace-separated
 * term becomes a quoted phrase (quotes doubled inside), a trailing `*` keeps
 * its prefix meaning, and terms without a letter or digit are dropped. So
 * `"`, `OR`, `*`, `NEAR(`, `col:` and the like are searched as words or
 * ignored, never parsed as operators.
 *
 * Public surface: `toFtsQuery(input)`, `dateBounds(from, to)`, `dateRange(date)`.
 */
import { ForewarnError } from '../errors.js';

const HAS_WORD = /[\p{L}\p{N}]/u;

/** The FTS5 MATCH expression for plain words (AND-ed), or null when nothing searchable is left. */
export function toFtsQuery(input: string): string | null {
  const phrases: string[] = [];
  for (const raw of input.split(/\s+/u)) {
    const prefix = raw.length > 1 && raw.endsWith('*');
    const term = (prefix ? raw.slice(0, -1) : raw).replace(/\*/g, ' ').trim();
    if (!HAS_WORD.test(term)) continue;
    phrases.push(`"${term.replace(/"/g, '""')}"${prefix ? '*' : ''}`);
  }
  return phrases.length > 0 ? phrases.join(' AND ') : null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first and last day a YYYY[-MM[-DD]] date covers, as sortable strings
 * (`2024-03` → `2024-03-01`..`2024-03-31`; day 31 for every month is fine for
 * ordering). Null when the value is not such a date.
 */
export function dateRange(date: string | null | undefined): [string, string] | null {
  if (!date) return null;
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [date, date];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Inclusive query bounds; a malformed bound is the caller's error. */
export function dateBounds(from?: string, to?: string): { start: string | null; end: string | null } {
  const check = (name: string, value: string | undefined): [string, string] | null => {
    if (value === undefined || value === '') return null;
    const range = dateRange(value);
    if (!range)
      throw new ForewarnError('bad_request', `${name} must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
    return range;
  };
  const start = check('from', from)?.[0] ?? null;
  const end = check('to', to)?.[1] ?? null;
  return { start, end };
}
