/**
 * The index permutation that sorts revenues from largest to smallest, without sorting objects.
 */

/** A descending order: the permutation and the values in that order. */
export interface DescendingOrder {
  /** order[i] = index in the input of the i-th largest value. */
  order: Uint32Array;
  /** The values, largest first (sorted[i] = values[order[i]]). */
  sorted: Float64Array;
}

/**
 * Indexes of `values` ordered by value descending; equal values keep their index order (stable).
 *
 * Rule: an LSD radix sort on the IEEE-754 bits (16-bit digits, four passes, a pass skipped when every value
 * shares its digit), so a million revenues sort in a few tens of milliseconds with no comparator calls.
 * -0 sorts right after +0, so equal values still stay next to each other.
 * The sorted values come back too, rebuilt from the sorted bits: reading `values[order[i]]` for a million
 * customers is a random gather that costs more than the sort on this hardware.
 * Complexity: O(n) time, O(n) extra memory. Does not mutate `values`.
 * @throws RangeError when a value is NaN (callers reject non-finite revenue first).
 * @example Array.from(orderDescending(Float64Array.of(5, 50, 15, 50)).order) // => [1, 3, 2, 0]
 */
export function orderDescending(values: Float64Array): DescendingOrder {
  const n = values.length;
  const bits = new Uint32Array(values.buffer.slice(values.byteOffset, values.byteOffset + n * 8));
  let high = new Uint32Array(n);
  let low = new Uint32Array(n);
  let index = new Uint32Array(n);
  // Little-endian doubles (every JavaScript engine in use): word 2i is the low half, 2i+1 the high half.
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(values[i])) throw new RangeError(`value ${i} is NaN`);
    let hi = bits[2 * i + 1];
    let lo = bits[2 * i];
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    // Ascending order of the transformed bits is ascending value order; inverting gives descending.
    high[i] = ~hi >>> 0;
    low[i] = ~lo >>> 0;
    index[i] = i;
  }
  let high2 = new Uint32Array(n);
  let low2 = new Uint32Array(n);
  let index2 = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? low : high;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i] >>> shift) & 0xffff]++;
    if (counts[(source[0] >>> shift) & 0xffff] === n) continue;
    let total = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(source[i] >>> shift) & 0xffff]++;
      high2[at] = high[i];
      low2[at] = low[i];
      index2[at] = index[i];
    }
    [high, high2] = [high2, high];
    [low, low2] = [low2, low];
    [index, index2] = [index2, index];
  }
  const sorted = new Float64Array(n);
  const sortedBits = new Uint32Array(sorted.buffer);
  for (let i = 0; i < n; i++) {
    const hi = ~high[i] >>> 0;
    const lo = ~low[i] >>> 0;
    // Undo the key transform: a set top bit marks a non-negative value.
    if (hi & 0x80000000) {
      sortedBits[2 * i + 1] = hi & 0x7fffffff;
      sortedBits[2 * i] = lo;
    } else {
      sortedBits[2 * i + 1] = ~hi >>> 0;
      sortedBits[2 * i] = ~lo >>> 0;
    }
  }
  return { order: index, sorted };
}
