/**
 * Who has gone quiet (segmentation.md §11): last purchase, days since, and the quiet A and B customers.
 */
import type { CellValue, Locale, QuietCustomer, RecencySummary } from './types';
import { CLASS_A, CLASS_B } from './classifySorted';
import { neumaierAdd } from './neumaierSum';
import { isoDate } from './excelSerial';
import { rowRevenue } from './rowRevenue';

/** Each customer's last purchase, collected from the dates of its rows as `readDateColumn` hands them over. */
export interface LastPurchases {
  /** Per customer (aggregate index) the latest purchase serial; NaN when none. */
  last: Float64Array;
  /** Takes the date of one row (rows in order). */
  take(row: number, serial: number): void;
}

/**
 * The last purchase of each customer: the latest valid date among its rows with revenue > 0 (a credit note is
 * not a purchase). `rowCustomer` maps rows to customer indexes (-1: none); a row's revenue is read from its cell
 * (`rowRevenue`, NaN when blank or invalid) only when its date could be the customer's latest, so nothing is kept
 * per row. Pass `take` as the `onDate` sink of `readDateColumn`.
 *
 * Complexity O(1) per row, O(customers) memory.
 * @throws never
 * @example
 * const purchases = lastPurchases({ column: [5, -5], locale: 'en' }, Int32Array.of(0, 0), 1);
 * purchases.take(0, 46000); purchases.take(1, 46010);
 * Array.from(purchases.last) // => [46000]
 */
export function lastPurchases(
  revenue: { column: ArrayLike<CellValue>; locale: Locale },
  rowCustomer: Int32Array,
  customerCount: number,
): LastPurchases {
  const last = new Float64Array(customerCount).fill(NaN);
  const { column, locale } = revenue;
  return {
    last,
    take(row, serial) {
      const c = rowCustomer[row];
      // NaN compares false both ways: rows without a date or a valid revenue are never purchases.
      if (c < 0 || !(serial === serial) || serial <= last[c]) return;
      if (rowRevenue(column[row], locale) > 0) last[c] = serial;
    },
  };
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
