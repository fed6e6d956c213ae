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
  const points: CurvePoint[] = [];
  let sum = 0;
  let compensation = 0;
  const cumulative = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const value = positiveDescending[i];
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
    cumulative[i + 1] = sum + compensation;
  }
  const total = cumulative[n];
  const pointAt = (k: number): CurvePoint => ({
    customerShare: n === 0 ? 0 : k / n,
    revenueShare: total > 0 ? cumulative[k] / total : 0,
  });
  for (const k of keep) points.push(pointAt(k));
  return {
    points,
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
