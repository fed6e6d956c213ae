/**
 * The ABC (Pareto) curve of segmentation.md §6: cumulative share of customers against cumulative share of revenue.
 */
import type { AbcCurve, CurvePoint } from './types';

/** At most this many points, so the chart reads the same for 20 or 200 000 customers. */
export const MAX_CURVE_POINTS = 500;

/**
 * Points (k/|P|, revenue of the top k / T) for k = 0 … |P| over the positive revenues sorted descending,
 * starting at (0, 0) and ending at (1, 1). Past 500 points an evenly spaced, deterministic subset is kept that
 * always includes the first and last points and the points of the last A and the last B customer.
 *
 * Complexity: O(|P|) time, O(points) output.
 * @throws never
 * @example abcCurve(Float64Array.of(80, 20), 1, 1).points.map((p) => p.revenueShare) // => [0, 0.8, 1]
 */
export function abcCurve(positiveDescending: Float64Array, countA: number, countB: number): AbcCurve {
  const n = positiveDescending.length;
  const keep = chosenIndexes(n, countA, countB);
  // Running (compensated) sums, remembered only at the kept k: no array of a million cumulative sums.
  const cumulativeAt = new Map<number, number>();
  let sum = 0;
  let compensation = 0;
  let next = 0;
  for (let i = 0; i <= n; i++) {
    if (keep[next] === i) {
      cumulativeAt.set(i, sum + compensation);
      next++;
    }
    if (i === n) break;
    const value = positiveDescending[i];
    const after = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - after + value : value - after + sum;
    sum = after;
  }
  const total = sum + compensation;
  const pointAt = (k: number): CurvePoint => ({
    customerShare: n === 0 ? 0 : k / n,
    revenueShare: total > 0 ? (cumulativeAt.get(k) ?? 0) / total : 0,
  });
  return {
    points: keep.map(pointAt),
    lastA: countA > 0 ? pointAt(countA) : null,
    lastB: countB > 0 ? pointAt(countA + countB) : null,
  };
}

/** Sorted distinct k in 0..n: all when few, else an even grid plus the last A and last B. */
function chosenIndexes(n: number, countA: number, countB: number): number[] {
  if (n + 1 <= MAX_CURVE_POINTS) return Array.from({ length: n + 1 }, (_, k) => k);
  const grid = MAX_CURVE_POINTS - 2;
  const chosen = new Set<number>();
  for (let j = 0; j < grid; j++) chosen.add(Math.round((j * n) / (grid - 1)));
  if (countA > 0) chosen.add(countA);
  if (countB > 0) chosen.add(countA + countB);
  return Array.from(chosen).sort((x, y) => x - y);
}
