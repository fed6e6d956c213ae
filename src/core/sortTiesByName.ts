/**
 * The order of customers with equal revenue: by name, so the list reads the same on every run.
 */
import type { Locale } from './types';

/**
 * A copy of `order` in which each run of equal revenues is ordered by name (a numeric-aware,
 * case-insensitive collation in `locale`), then by index. `sortedRevenue[i]` is the revenue of `order[i]`,
 * largest first (as `orderDescending` gives both).
 *
 * Complexity: O(n) to find the runs, O(t log t) name comparisons per run of t ties.
 * @throws never
 * @example
 * Array.from(sortTiesByName(Uint32Array.of(0, 1), Float64Array.of(5, 5), (i) => ['b', 'a'][i], 'en')) // => [1, 0]
 */
export function sortTiesByName(
  order: Uint32Array,
  sortedRevenue: Float64Array,
  name: (index: number) => string,
  locale: Locale,
): Uint32Array {
  const sorted = order.slice();
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  for (let start = 0; start < order.length;) {
    const value = sortedRevenue[start];
    let end = start + 1;
    while (end < order.length && sortedRevenue[end] === value) end++;
    if (end - start > 1) {
      sorted.subarray(start, end).sort((x, y) => collator.compare(name(x), name(y)) || x - y);
    }
    start = end;
  }
  return sorted;
}
