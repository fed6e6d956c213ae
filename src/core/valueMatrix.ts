/**
 * The customer value matrix (segmentation.md §5): high value × high potential → quadrant.
 */
import type { HighValueRule, Locale, PotentialSplitRule, QuadrantCode } from './types';
import { SegmentationError } from './segmentationError';
import { message } from './messages/renderMessage';
import { CLASS_A, CLASS_B } from './classifySorted';

/** Quadrants per customer, the split used and how many customers had no potential. */
export interface ValueMatrix {
  quadrants: (QuadrantCode | null)[];
  split: number | null;
  withoutPotential: number;
}

/**
 * Places each classified customer in a quadrant: value sign (class A by default; A or B; or revenue ≥ amount),
 * then potential sign (potential ≥ split). The default split is the median of the customers' potentials (mean
 * of the two middle values for an even count); a fixed split is used as given. No potential → null quadrant.
 *
 * Complexity: O(n log n) for the median (a sorted typed-array copy), O(n) otherwise. Inputs are not mutated.
 * @throws SegmentationError 'invalid-option' for a non-finite amount or fixed split.
 * @example valueMatrix(Float64Array.of(90, 10), Uint8Array.of(0, 2), Float64Array.of(1, 3), { rule: 'A' }, { rule: 'median' }).quadrants
 * // => ['+-', '-+']
 */
export function valueMatrix(
  revenue: Float64Array,
  classes: Uint8Array,
  potential: Float64Array,
  highValue: HighValueRule,
  split: PotentialSplitRule,
  locale: Locale = 'en',
): ValueMatrix {
  if (highValue.rule === 'revenueAtLeast' && !Number.isFinite(highValue.amount)) {
    throw invalid(locale, `high-value amount ${highValue.amount}`);
  }
  if (split.rule === 'fixed' && !Number.isFinite(split.value))
    throw invalid(locale, `potential split ${split.value}`);
  const usedSplit = split.rule === 'fixed' ? split.value : medianOfPotentials(potential);
  const quadrants: (QuadrantCode | null)[] = new Array<QuadrantCode | null>(revenue.length);
  let withoutPotential = 0;
  for (let i = 0; i < revenue.length; i++) {
    const p = potential[i];
    if (Number.isNaN(p) || usedSplit === null) {
      withoutPotential++;
      quadrants[i] = null;
      continue;
    }
    const high =
      highValue.rule === 'A'
        ? classes[i] === CLASS_A
        : highValue.rule === 'AB'
          ? classes[i] === CLASS_A || classes[i] === CLASS_B
          : revenue[i] >= highValue.amount;
    const potentialHigh = p >= usedSplit;
    quadrants[i] = high ? (potentialHigh ? '++' : '+-') : potentialHigh ? '-+' : '--';
  }
  return { quadrants, split: usedSplit, withoutPotential };
}

/**
 * The median of the non-NaN values (mean of the two middle ones for an even count), or null when there are none.
 * Complexity O(n log n).
 * @throws never
 * @example medianOfPotentials(Float64Array.of(4, NaN, 1, 3, 2)) // => 2.5
 */
export function medianOfPotentials(potential: Float64Array): number | null {
  const present = potential.filter((p) => !Number.isNaN(p)).sort();
  const n = present.length;
  if (n === 0) return null;
  return n % 2 === 1 ? present[(n - 1) / 2] : (present[n / 2 - 1] + present[n / 2]) / 2;
}

function invalid(locale: Locale, what: string): SegmentationError {
  return new SegmentationError('invalid-option', message('option-not-a-number', { what }), locale);
}
