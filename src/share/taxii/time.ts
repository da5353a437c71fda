/**
 * TAXII timestamps: RFC 3339 in UTC with a `Z`, kept as integer microseconds
 * since the epoch so that comparisons and ordering are exact (a JS number
 * holds microseconds exactly until the year 2255).
 *
 * Public surface: `parseTimestampUs(text)`, `formatTimestampUs(us)`.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** Microseconds since the epoch, or null when `text` is not an RFC 3339 UTC timestamp. */
export function parseTimestampUs(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = RFC3339.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (!Number.isFinite(ms)) return null;
  const check = new Date(ms);
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return null;
  const micros = frac ? Number(frac.padEnd(6, '0').slice(0, 6)) : 0;
  return ms * 1000 + micros;
}

/** '2026-11-29T11:02:03.123456Z' */
export function formatTimestampUs(us: number): string {
  const ms = Math.floor(us / 1000);
  const iso = new Date(ms).toISOString();
  const micros = String(us - ms * 1000).padStart(3, '0');
  return `${iso.slice(0, 23)}${micros}Z`;
}
