/**
 * ABC classes of revenues in any order (segmentation.md §4), for the groups of §8 and the previous period of §9.
 */
import type { AbcClass, ClassSummary } from './types';
import { orderDescending } from './orderDescending';
import { classifySorted, CLASS_C } from './classifySorted';
import { summariseClasses } from './summariseClasses';

/** Classes by input index, T and the class table. */
export interface RevenueClassification {
  /** 0 = A, 1 = B, 2 = C, by input index. */
  classes: Uint8Array;
  /** T: the compensated sum of the positive revenues; 0 when there is none. */
  total: number;
  table: Record<AbcClass, ClassSummary>;
}

/**
 * Classifies revenues given in any order by §4 with thresholds a, b (a = b allowed: B is empty). Without any
 * positive revenue every customer is C and T is 0 – the caller decides whether that is an error (the overall
 * run) or a finding (a group, a previous period).
 *
 * Complexity O(n) (radix sort) plus the tie runs.
 * @throws SegmentationError 'revenue-not-finite' for a non-finite revenue.
 * @example Array.from(classifyRevenues(Float64Array.of(5, 50, 15, 30), 0.8, 0.95).classes) // => [2, 0, 1, 0]
 */
export function classifyRevenues(revenue: Float64Array, a: number, b: number): RevenueClassification {
  const { order, sorted } = orderDescending(revenue);
  const n = revenue.length;
  const classes = new Uint8Array(n);
  if (!(n > 0 && sorted[0] > 0)) {
    classes.fill(CLASS_C);
    return { classes, total: 0, table: summariseClasses(classes, sorted, 0) };
  }
  const classified = classifySorted(sorted, a, b, 'en', 'computed');
  for (let i = 0; i < n; i++) classes[order[i]] = classified.classes[i];
  return {
    classes,
    total: classified.total,
    table: summariseClasses(classified.classes, sorted, classified.total),
  };
}
