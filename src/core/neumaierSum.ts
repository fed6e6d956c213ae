/**
 * Compensated summation of revenue (segmentation.md §3: "compensated summation: Neumaier/Kahan").
 */

/**
 * The sum of `values` with Neumaier's improvement of Kahan summation: a running compensation term catches the
 * low-order bits each addition loses, also when the next value is larger than the running sum (where plain
 * Kahan fails). The error is O(ε) independent of the count, instead of O(n·ε) for naive summation.
 *
 * Complexity: O(n), no allocation.
 * @throws never (a sum past the largest double is ±Infinity or NaN; callers check `Number.isFinite`)
 * @example neumaierSum([1e100, 1, -1e100]) // => 1
 * @example neumaierSum([0.1, 0.2, 0.3]) // => 0.6
 */
export function neumaierSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/**
 * One Neumaier step on accumulators stored in two parallel arrays at `index` (per-customer sums without
 * allocating an object per customer). The sum is `sums[index] + compensations[index]`.
 *
 * Complexity: O(1). Mutates only the accumulator arrays it is given, which the caller owns.
 * @throws never
 * @example
 * const s = new Float64Array(1), c = new Float64Array(1);
 * [1e100, 1, -1e100].forEach((v) => neumaierAdd(s, c, 0, v));
 * s[0] + c[0] // => 1
 */
export function neumaierAdd(
  sums: Float64Array,
  compensations: Float64Array,
  index: number,
  value: number,
): void {
  const sum = sums[index];
  const next = sum + value;
  compensations[index] += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
  sums[index] = next;
}
