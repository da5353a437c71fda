import { describe, expect, it } from 'vitest';
import { formatTimestampUs, parseTimestampUs } from './time.js';

describe('TAXII timestamps', () => {
  it('reads RFC 3339 UTC at any fraction precision, to the microsecond', () => {
    expect(parseTimestampUs('2026-11-29T11:02:03Z')).toBe(Date.UTC(2026, 10, 29, 11, 2, 3) * 1000);
    expect(parseTimestampUs('2026-11-29T11:02:03.1Z')).toBe(Date.UTC(2026, 10, 29, 11, 2, 3) * 1000 + 100_000);
    expect(parseTimestampUs('2026-11-29T11:02:03.123456789Z')).toBe(Date.UTC(2026, 10, 29, 11, 2, 3) * 1000 + 123_456);
  });

  it('refuses what is not a UTC timestamp or not a real date', () => {
    for (const bad of ['2026-11-29', '2026-11-29T11:02:03+01:00', '2026-02-30T00:00:00Z', 'yesterday', 42, null])
      expect(parseTimestampUs(bad), String(bad)).toBeNull();
  });

  it('writes six fraction digits and round-trips', () => {
    const us = Date.UTC(2026, 0, 2, 3, 4, 5) * 1000 + 7;
    expect(formatTimestampUs(us)).toBe('2026-01-02T03:04:05.000007Z');
    expect(parseTimestampUs(formatTimestampUs(us))).toBe(us);
  });
});
