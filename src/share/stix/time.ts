/**
 * STIX timestamps from Forewarn dates: STIX wants RFC 3339 in UTC with
 * millisecond precision; Forewarn has dates at year, month or day precision
 * and ISO date-times with offsets.
 *
 * Public surface: `toStixTimestamp(value)`, `laterOf(a, b)`, `stixDatePart(ts)`.
 */

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A partial date becomes the first instant of its period, so that ordering by
 * timestamp never puts a coarse date after a precise one in the same period.
 * Returns null for null/empty and undefined for text that is not a date.
 */
export function toStixTimestamp(value: string | null | undefined): string | null | undefined {
  if (value == null || value.trim() === '') return null;
  const v = value.trim();
  if (YEAR.test(v)) return `${v}-01-01T00:00:00.000Z`;
  if (MONTH.test(v)) return `${v}-01T00:00:00.000Z`;
  if (DAY.test(v)) {
    const ts = `${v}T00:00:00.000Z`;
    // 2026-02-31 matches the pattern but is not a day.
    return new Date(ts).toISOString() === ts ? ts : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const iso = new Date(t).toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined;
}

/** The later of two STIX timestamps (same format, so string order is time order). */
export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

/** YYYY-MM-DD of a STIX timestamp. */
export function stixDatePart(ts: string): string {
  return ts.slice(0, 10);
}
