import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createLoginThrottle', () => {
  it('refuses a username after its limit of failures within the window, then lets it in again', () => {
    const c = clock();
    const throttle = createLoginThrottle({ perUser: 3, perAddress: 100, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 3; i++) {
      expect(() => throttle.check('Dana', '10.0.0.1')).not.toThrow();
      throttle.failed('Dana', '10.0.0.1');
      c.advance(1_000);
    }
    // the same name in another case and from another address is the same account
    expect(() => throttle.check(' dana ', '10.0.0.9')).toThrow(
      expect.objectContaining({ code: 'too_many_attempts', details: { retryAfter: 57 } }),
    );
    expect(() => throttle.check('erik', '10.0.0.1')).not.toThrow();
    c.advance(57_000); // the first failure leaves the window
    expect(() => throttle.check('dana', '10.0.0.1')).not.toThrow();
  });

  it('refuses an address that guesses across many usernames', () => {
    const throttle = createLoginThrottle({ perUser: 100, perAddress: 4, now: clock().now });
    for (const name of ['a', 'b', 'c', 'd']) throttle.failed(name, '192.0.2.7');
    expect(() => throttle.check('e', '192.0.2.7')).toThrow(expect.objectContaining({ code: 'too_many_attempts' }));
    expect(() => throttle.check('e', '192.0.2.8')).not.toThrow();
  });

  it("clears a username's failures on success, but not its address's", () => {
    const throttle = createLoginThrottle({ perUser: 2, perAddress: 3, now: clock().now });
    throttle.failed('fay', '198.51.100.1');
    throttle.failed('fay', '198.51.100.1');
    throttle.succeeded('fay');
    expect(() => throttle.check('fay', '198.51.100.2')).not.toThrow();
    throttle.failed('gil', '198.51.100.1');
    expect(() => throttle.check('gil', '198.51.100.1')).toThrow(expect.objectContaining({ code: 'too_many_attempts' }));
  });
});
