/**
 * Validation of the pane's form before a run: which field is wrong and the message key to show under it.
 * The flow checks the same rules again (SegmentationError `invalid-thresholds`); here the user sees them early.
 */
import type { SegmentRequest } from '../flows/segmentFlow';
import type { StringKey } from './strings';

export interface FormProblems {
  a?: StringKey;
  b?: StringKey;
  amount?: StringKey;
  split?: StringKey;
}

/**
 * Parse a number typed in the pane: spaces ignored, `,` or `.` as decimal mark. Not a number → NaN.
 * @example parseTypedNumber('80,5') // => 80.5
 */
export function parseTypedNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(compact)) return Number.NaN;
  return Number(compact);
}

/**
 * Check the request: thresholds 0 < a < b ≤ 1; when a potential column is mapped, a positive revenue amount
 * for the "revenue at least" rule and a finite fixed split.
 */
export function validateRequest(request: SegmentRequest): FormProblems {
  const problems: FormProblems = {};
  const { a, b, highValue, potentialSplit } = request.options;
  if (!Number.isFinite(b)) problems.b = 'thresholdNotNumber';
  else if (b <= 0 || b > 1) problems.b = 'thresholdBOutOfRange';
  if (!Number.isFinite(a)) problems.a = 'thresholdNotNumber';
  else if (a <= 0 || a >= 1 || (problems.b === undefined && a >= b)) problems.a = 'thresholdAOutOfRange';
  if (request.columns.potential !== null) {
    if (highValue.rule === 'revenueAtLeast' && !(Number.isFinite(highValue.amount) && highValue.amount > 0)) {
      problems.amount = 'amountNotNumber';
    }
    if (potentialSplit.rule === 'fixed' && !Number.isFinite(potentialSplit.value)) {
      problems.split = 'splitNotNumber';
    }
  }
  return problems;
}

/** True when the form has no problem. */
export function isValid(problems: FormProblems): boolean {
  return Object.keys(problems).length === 0;
}
