/**
 * Who has gone quiet (segmentation.md §11): last purchase, days since, and the quiet A and B customers.
 */
import type { QuietCustomer, RecencySummary } from './types';
import { CLASS_A, CLASS_B } from './classifySorted';
import { neumaierAdd } from './neumaierSum';
import { isoDate } from './excelSerial';

/**
 * The last purchase of each customer: the latest valid date among its rows with revenue > 0 (a credit note is
 * not a purchase). `rowCustomer` maps rows to customer indexes (-1: none), `rowRevenue` holds each row's valid
 * revenue (NaN when blank or invalid), `serials` each row's date (NaN when none).
 *
 * Complexity O(rows).
 * @throws never
 * @example Array.from(lastPurchases(Float64Array.of(46000, 46010), Float64Array.of(5, -5), Int32Array.of(0, 0), 1)) // => [46000]
 */
export function lastPurchases(
  serials: Float64Array,
  rowRevenue: Float64Array,
  rowCustomer: Int32Array,
  customerCount: number,
): Float64Array {
  const last = new Float64Array(customerCount).fill(NaN);
  for (let r = 0; r < serials.length; r++) {
    const c = rowCustomer[r];
    // NaN compares false both ways: rows without a date or a valid revenue are never purchases.
    if (c < 0 || !(rowRevenue[r] > 0) || !(serials[r] === serials[r])) continue;
    if (!(serials[r] <= last[c])) last[c] = serials[r];
  }
  return last;
}

/** Per customer (result order) days since and quiet, and the summary. */
export interface Recency {
  daysSince: Float64Array;
  quiet: Uint8Array;
  summary: RecencySummary;
}

/**
 * Days since the last purchase and who has gone quiet, for customers in result order (rank, then name).
 *
 * Rule: days since = as of − last purchase in whole days (serials are whole days); quiet = class A or B with days
 * since > `windowDays`; the quiet A customers are listed in result order (revenue descending, ties by name).
 * A customer without a last purchase has no days since and is not quiet. `asOf` NaN (no valid date and none
 * given) leaves every day count blank.
 * Complexity O(customers).
 * @throws never
 * @example recency(Float64Array.of(46000), Uint8Array.of(0), Float64Array.of(9), …, 46100, 90).summary.quiet.A.customers // => 1
 */
export function recency(
  lastPurchase: Float64Array,
  classes: Uint8Array,
  revenue: Float64Array,
  customer: { key(i: number): string; name(i: number): string },
  asOf: number,
  windowDays: number,
  facts: Pick<RecencySummary, 'slashOrder' | 'invalidDates'>,
): Recency {
  const n = lastPurchase.length;
  const daysSince = new Float64Array(n);
  const quiet = new Uint8Array(n);
  const sums = new Float64Array(2);
  const compensations = new Float64Array(2);
  const counts = [0, 0];
  const quietA: QuietCustomer[] = [];
  let withoutDate = 0;
  for (let i = 0; i < n; i++) {
    const days = asOf - lastPurchase[i];
    daysSince[i] = days;
    if (Number.isNaN(lastPurchase[i])) withoutDate++;
    const cls = classes[i];
    if (!(days > windowDays) || (cls !== CLASS_A && cls !== CLASS_B)) continue;
    quiet[i] = 1;
    counts[cls]++;
    neumaierAdd(sums, compensations, cls, revenue[i]);
    if (cls === CLASS_A) {
      quietA.push({
        key: customer.key(i),
        name: customer.name(i),
        revenue: revenue[i],
        lastPurchase: isoDate(lastPurchase[i]),
        daysSince: days,
      });
    }
  }
  return {
    daysSince,
    quiet,
    summary: {
      asOf: Number.isNaN(asOf) ? null : isoDate(asOf),
      windowDays,
      quiet: {
        A: { customers: counts[0], revenue: sums[0] + compensations[0] },
        B: { customers: counts[1], revenue: sums[1] + compensations[1] },
      },
      quietA,
      slashOrder: facts.slashOrder,
      invalidDates: facts.invalidDates,
      customersWithoutDate: withoutDate,
    },
  };
}
