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
  quietDays?: StringKey;
  asOf?: StringKey;
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
 * Check the request: fixed thresholds 0 < a < b ≤ 1 (computed ones come from the data); when a potential column
 * is mapped, a positive revenue amount for the "revenue at least" rule and a finite fixed split; when a date
 * column is mapped, a quiet window of whole days ≥ 1 and an as-of date that is a real `yyyy-mm-dd` date or none.
 */
export function validateRequest(request: SegmentRequest): FormProblems {
  const problems: FormProblems = {};
  const { a, b, highValue, potentialSplit } = request.options;
  if (request.options.thresholdMethod !== 'computed') {
    if (!Number.isFinite(b)) problems.b = 'thresholdNotNumber';
    else if (b <= 0 || b > 1) problems.b = 'thresholdBOutOfRange';
    if (!Number.isFinite(a)) problems.a = 'thresholdNotNumber';
    else if (a <= 0 || a >= 1 || (problems.b === undefined && a >= b)) problems.a = 'thresholdAOutOfRange';
  }
  if ((request.columns.date ?? null) !== null) {
    const days = request.options.quietDays ?? 90;
    if (!(Number.isInteger(days) && days >= 1)) problems.quietDays = 'quietDaysInvalid';
    const asOf = request.options.asOf ?? null;
    if (asOf !== null && !isIsoDate(asOf)) problems.asOf = 'asOfInvalid';
  }
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

/**
 * True for a real calendar date written `yyyy-mm-dd` (not 2026-02-30).
 * @example isIsoDate('2026-02-28') // => true
 */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
