/**
 * Search in sorted lists, shared by every capability: the claim stage's draft indexes, the contradiction
 * scan and the TAXII pages each look up where a value falls in a list kept in ascending order.
 */

/** The first index in `items` (ascending in `key`) whose key is above `value`; `items.length` if none is. */
export function firstAbove<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid] as T) > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
