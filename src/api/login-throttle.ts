/**
 * Slows password guessing at `POST /api/auth/login`: failed sign-ins are
 * counted per username and per client address over a sliding window; past
 * the limit, sign-in is refused with `too_many_attempts` (429, `Retry-After`)
 * until the oldest failure leaves the window — even with the right password,
 * or a guesser could tell a right guess by the answer changing.
 *
 * In memory, per server process: a restart forgets (acceptable for a
 * brake on guessing; the audit log keeps the record).
 *
 * Public surface: `createLoginThrottle(options)`.
 */
import { ForewarnError } from '../errors.js';

export interface LoginThrottleOptions {
  /** failures allowed per username within the window (default 5) */
  perUser?: number;
  /** failures allowed per client address within the window (default 20: a shared NAT has many users) */
  perAddress?: number;
  /** window in milliseconds (default 15 minutes) */
  windowMs?: number;
  now?: () => number;
}

export interface LoginThrottle {
  /** throws too_many_attempts when either key is over its limit */
  check(username: string, address: string): void;
  failed(username: string, address: string): void;
  /** a success clears the username's failures (not the address's) */
  succeeded(username: string): void;
}

/** keys kept at most; the oldest are dropped first, so a flood of names cannot exhaust memory */
const MAX_KEYS = 10_000;

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const perUser = options.perUser ?? 5;
  const perAddress = options.perAddress ?? 20;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  const refuse = (times: number[], limit: number): void => {
    if (times.length < limit) return;
    const retryAfter = Math.max(1, Math.ceil((times[times.length - limit]! + windowMs - now()) / 1000));
    throw new ForewarnError('too_many_attempts', `too many failed sign-ins: try again in ${retryAfter} s`, {
      retryAfter,
    });
  };
  const userKey = (u: string) => `u:${u.trim().toLowerCase()}`;
  const addressKey = (a: string) => `a:${a}`;

  return {
    check(username, address) {
      refuse(recent(userKey(username)), perUser);
      refuse(recent(addressKey(address)), perAddress);
    },
    failed(username, address) {
      for (const key of [userKey(username), addressKey(address)]) {
        const times = recent(key);
        times.push(now());
        failures.delete(key); // re-insert: the map's order is then oldest-touched first
        failures.set(key, times);
      }
      while (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value as string);
    },
    succeeded(username) {
      failures.delete(userKey(username));
    },
  };
}
