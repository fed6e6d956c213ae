/**
 * Computed thresholds (segmentation.md §10): where the ABC curve itself bends, by the computed ABC analysis of
 * Ultsch and Lötsch (2015) as the R package ABCanalysis 1.2.1 computes its points.
 */
import { fmmSpline } from './fmmSpline';

/** A point of the interpolated ABC curve: x = share of customers (effort), y = share of revenue (yield). */
export interface CurveGridPoint {
  x: number;
  y: number;
}

/** The thresholds a ≤ b and the two points of the curve they come from. */
export interface ComputedThresholds {
  /** The revenue share where A ends: the yield at the A point. */
  a: number;
  /** The revenue share where B ends: the yield at the C point (equal to a when B is empty). */
  b: number;
  aPoint: CurveGridPoint;
  cPoint: CurveGridPoint;
}

/** Values within this of a minimum count as equal to it (§10 steps 3, 4 and 6): exact ties stay ties. */
const TIE_TOLERANCE = 1e-12;

/**
 * The computed thresholds of §10 for the positive revenues sorted from largest to smallest.
 *
 * 1. The curve (0, 0), (i/n, Y_i) with Y_i the revenue share of the top i customers (Neumaier sums).
 * 2. The grid p_k = k/(m − 1), m = 101 for n < 101 else 1001; Yield_k = S(p_k) with S the FMM spline through
 *    the curve, set to 1 from the first Yield_k ≥ 1 on.
 * 3. d_j = S2′(j/m), j = 1 … m, S2 the FMM spline through (p_k, Yield_k); the break-even point is grid point
 *    j − 1 for the last j minimising |d_j − 1|.
 * 4. The Pareto point: the first k minimising p_k² + (1 − Yield_k)².
 * 5. The A point is whichever of the two has the smaller p; Bx is the other one's p.
 * 6. The C point: the first k minimising (p_k − Bx)² + (Yield_k − 1)².
 * 7. a = Yield at the A point, b = Yield at the C point.
 *
 * Complexity: O(n + m log n) time, O(n + m) memory.
 * @throws RangeError when there are no revenues or one is not positive and finite, or they are not descending.
 * @example computeThresholds([9, 8, 7, 6, 5, 4, 3, 2, 1]) // => { a: 0.63924, b: 0.83979, aPoint: { x: 0.42, y: 0.63924 }, cPoint: { x: 0.63, y: 0.83979 } } (to rounding)
 */
export function computeThresholds(sortedDescending: ArrayLike<number>): ComputedThresholds {
  const { effort, cumulative } = curvePoints(sortedDescending);
  const m = sortedDescending.length < 101 ? 101 : 1001;
  const p = Float64Array.from({ length: m }, (_, k) => k / (m - 1));
  const yieldAt = fmmSpline(effort, cumulative).values(p);
  const firstFull = yieldAt.findIndex((value) => value >= 1);
  if (firstFull >= 0) yieldAt.fill(1, firstFull);

  const slopes = fmmSpline(p, yieldAt).slopes(Float64Array.from({ length: m }, (_, j) => (j + 1) / m));
  const breakEven = lastMinimum(m, (k) => Math.abs(slopes[k] - 1));
  const pareto = firstMinimum(m, (k) => p[k] * p[k] + (1 - yieldAt[k]) ** 2);
  const [aIndex, bx] = p[breakEven] < p[pareto] ? [breakEven, p[pareto]] : [pareto, p[breakEven]];
  const cIndex = firstMinimum(m, (k) => (p[k] - bx) ** 2 + (yieldAt[k] - 1) ** 2);

  const aPoint = { x: p[aIndex], y: yieldAt[aIndex] };
  const cPoint = { x: p[cIndex], y: yieldAt[cIndex] };
  return { a: aPoint.y, b: cPoint.y, aPoint, cPoint };
}

/** Step 1: effort 0, 1/n, …, 1 and the cumulative revenue shares 0, Y_1, …, Y_n = 1. */
function curvePoints(sortedDescending: ArrayLike<number>): {
  effort: Float64Array;
  cumulative: Float64Array;
} {
  const n = sortedDescending.length;
  if (n === 0) throw new RangeError('computeThresholds needs at least one positive revenue.');
  const effort = new Float64Array(n + 1);
  const cumulative = new Float64Array(n + 1);
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const value = sortedDescending[i];
    if (!(value > 0 && Number.isFinite(value)) || (i > 0 && value > sortedDescending[i - 1])) {
      throw new RangeError(
        `computeThresholds needs positive finite revenues sorted descending (at ${i}: ${value}).`,
      );
    }
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
    cumulative[i + 1] = sum + compensation;
    effort[i + 1] = (i + 1) / n;
  }
  const total = cumulative[n];
  for (let i = 1; i <= n; i++) cumulative[i] /= total;
  return { effort, cumulative };
}

/** The first index whose value is within the tolerance of the minimum over 0 … count − 1. */
function firstMinimum(count: number, value: (index: number) => number): number {
  const limit = minimum(count, value) + TIE_TOLERANCE;
  for (let k = 0; k < count; k++) if (value(k) <= limit) return k;
  return 0;
}

/** The last index whose value is within the tolerance of the minimum over 0 … count − 1. */
function lastMinimum(count: number, value: (index: number) => number): number {
  const limit = minimum(count, value) + TIE_TOLERANCE;
  for (let k = count - 1; k >= 0; k--) if (value(k) <= limit) return k;
  return count - 1;
}

function minimum(count: number, value: (index: number) => number): number {
  let least = Infinity;
  for (let k = 0; k < count; k++) least = Math.min(least, value(k));
  return least;
}
