/**
 * ABC classes, ranks and shares of revenues sorted descending (segmentation.md §4).
 */
import type { Locale, ThresholdMethod } from './types';
import { SegmentationError } from './segmentationError';
import { message } from './messages/renderMessage';

/** Class codes in the typed arrays: 0 = A, 1 = B, 2 = C. */
export const CLASS_A = 0;
export const CLASS_B = 1;
export const CLASS_C = 2;

/** Per sorted position: class, rank, share and cumulative share (NaN when revenue ≤ 0). */
export interface SortedClassification {
  classes: Uint8Array;
  /** RANK.EQ descending: 1 + the number of strictly greater revenues. */
  rank: Uint32Array;
  share: Float64Array;
  cumulativeShare: Float64Array;
  /** T: the compensated sum of the positive revenues. */
  total: number;
}

/**
 * Classifies revenues sorted from largest to smallest. With P = revenues > 0, T = their sum and G(c) = the sum
 * of revenues in P strictly greater than c: A when G < (a − 1e-9)·T, else B when G < (b − 1e-9)·T, else C;
 * revenue ≤ 0 is C. Ties share G, so they share a class, a rank and a cumulative share (G + the tie's revenue)/T.
 *
 * Complexity: O(n), one pass for T and one over the tie groups (Neumaier sums for T and G).
 * Computed thresholds (§10) may make b ≤ a (a = b, or b < a where the spline overshoots between the A and C
 * points: by §4 B is then empty) or a = 0 (the break-even point at the origin: A is empty), so `method`
 * 'computed' accepts any 0 ≤ a, b ≤ 1.
 * @throws SegmentationError 'invalid-thresholds' unless 0 < a < b ≤ 1 (0 ≤ a, b ≤ 1 when computed); 'revenue-not-finite'
 *   for a non-finite revenue or T; 'no-positive-revenue' when P is empty.
 * @example Array.from(classifySorted(Float64Array.of(50, 30, 15, 5), 0.8, 0.95).classes) // => [0, 0, 1, 2]
 */
export function classifySorted(
  revenueDescending: Float64Array,
  a: number,
  b: number,
  locale: Locale = 'en',
  method: ThresholdMethod = 'fixed',
): SortedClassification {
  // Computed points may sit at the origin (a = 0: A is empty, as in R) or give b ≤ a (B is empty by §4).
  if (!(method === 'computed' && a >= 0 && a <= 1 && b >= 0 && b <= 1)) checkThresholds(a, b, locale);
  const n = revenueDescending.length;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const value = revenueDescending[i];
    if (!Number.isFinite(value)) throw notFinite(locale);
    if (value <= 0) break;
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  const total = sum + compensation;
  if (!Number.isFinite(total)) throw notFinite(locale);
  if (!(total > 0)) {
    throw new SegmentationError('no-positive-revenue', message('no-positive-revenue', {}), locale);
  }
  const limitA = (a - 1e-9) * total;
  const limitB = (b - 1e-9) * total;
  const classes = new Uint8Array(n);
  const rank = new Uint32Array(n);
  const share = new Float64Array(n);
  const cumulativeShare = new Float64Array(n);
  let greater = 0;
  let greaterCompensation = 0;
  for (let start = 0; start < n;) {
    const value = revenueDescending[start];
    let end = start + 1;
    while (end < n && revenueDescending[end] === value) end++;
    const g = greater + greaterCompensation;
    const positive = value > 0;
    const cls = !positive ? CLASS_C : g < limitA ? CLASS_A : g < limitB ? CLASS_B : CLASS_C;
    for (let i = start; i < end; i++) {
      const member = revenueDescending[i];
      const next = greater + member;
      greaterCompensation +=
        Math.abs(greater) >= Math.abs(member) ? greater - next + member : member - next + greater;
      greater = next;
    }
    const cumulative = positive ? (greater + greaterCompensation) / total : NaN;
    const ratio = positive ? value / total : NaN;
    // Most groups are a single customer; plain stores beat four fill() calls per customer.
    for (let i = start; i < end; i++) {
      classes[i] = cls;
      rank[i] = start + 1;
      share[i] = ratio;
      cumulativeShare[i] = cumulative;
    }
    start = end;
  }
  return { classes, rank, share, cumulativeShare, total };
}

/**
 * Checks 0 < a < b ≤ 1 (NaN fails).
 * Complexity O(1).
 * @throws SegmentationError 'invalid-thresholds'
 * @example checkThresholds(0.8, 0.95) // => undefined
 */
export function checkThresholds(a: number, b: number, locale: Locale = 'en'): void {
  if (a > 0 && a < b && b <= 1) return;
  throw new SegmentationError('invalid-thresholds', message('invalid-thresholds', { a, b }), locale);
}

/**
 * The error for a revenue (or sum of revenues) that is not a finite number, in `locale`.
 * Complexity O(1).
 * @throws never (returns the error)
 * @example notFinite('en').code // => 'revenue-not-finite'
 */
export function notFinite(locale: Locale): SegmentationError {
  return new SegmentationError('revenue-not-finite', message('revenue-not-finite', {}), locale);
}
