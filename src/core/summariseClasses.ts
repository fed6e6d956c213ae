/**
 * The class table of a classification (segmentation.md §6): per class customers, % of customers, revenue, %.
 */
import type { AbcClass, ClassSummary } from './types';
import { neumaierSum } from './neumaierSum';
import { CLASS_A, CLASS_B } from './classifySorted';

/**
 * Per class A, B, C: customers, their share of all, their revenue (a Neumaier sum) and its share of `total`.
 *
 * Rule: `codes` and `revenue` are in descending revenue order, so the classes are contiguous runs A, B, C. A
 * share of nothing (no customers, or `total` 0 in a group without positive revenue) is 0.
 * Complexity O(n).
 * @throws never
 * @example summariseClasses(Uint8Array.of(0, 1), Float64Array.of(80, 20), 100).A.revenueShare // => 0.8
 */
export function summariseClasses(
  codes: Uint8Array,
  revenue: Float64Array,
  total: number,
): Record<AbcClass, ClassSummary> {
  const n = codes.length;
  let countA = 0;
  let countB = 0;
  while (countA < n && codes[countA] === CLASS_A) countA++;
  while (countA + countB < n && codes[countA + countB] === CLASS_B) countB++;
  const summary = (from: number, to: number): ClassSummary => {
    const sum = neumaierSum(revenue.subarray(from, to));
    return {
      customers: to - from,
      customerShare: n > 0 ? (to - from) / n : 0,
      revenue: sum,
      revenueShare: total > 0 ? sum / total : 0,
    };
  };
  return { A: summary(0, countA), B: summary(countA, countA + countB), C: summary(countA + countB, n) };
}
