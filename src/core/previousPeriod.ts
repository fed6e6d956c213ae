/**
 * Two periods – who moved since last year (segmentation.md §9).
 */
import type { AbcClass, CellValue, Locale, PreviousSummary } from './types';
import { parseCell } from './parseCell';
import { neumaierAdd } from './neumaierSum';
import { classifyRevenues } from './classifyRevenues';
import type { IssueList } from './issueList';

/** No previous class: the customer is new. */
export const NEW_CUSTOMER = 255;

const LETTERS: readonly AbcClass[] = ['A', 'B', 'C'];

/** Per customer (aggregate index) the previous revenue and class, and the period summary. */
export interface PreviousPeriod {
  /** Sum of valid previous cells; NaN when none is valid. */
  revenue: Float64Array;
  /** 0 = A, 1 = B, 2 = C; NEW_CUSTOMER without positive previous revenue. */
  classes: Uint8Array;
  /** T of the previous period: the sum of positive previous revenues. */
  total: number;
  /** §4's class table of the previous period. */
  table: PreviousSummary['classes'];
}

/**
 * Sums the previous-period cells per customer and classifies them by §4 with the same thresholds.
 *
 * Rule: cells are read like revenue (§2); blank cells add nothing, invalid ones are reported with their cells;
 * the previous classes are §4 over every customer with previous revenue > 0 (also a customer without a valid
 * revenue cell now: it is gone); without positive previous revenue there is no previous class (new). Rows without
 * a customer add nothing. Neumaier sums.
 * Complexity O(rows + customers).
 * @throws SegmentationError 'revenue-not-finite' for a previous sum beyond the largest double.
 * @example previousPeriod([30, 5], Int32Array.of(0, 1), 2, …).classes // => Uint8Array [0, 1]
 */
export function previousPeriod(
  column: ArrayLike<CellValue>,
  rowCustomer: Int32Array,
  customerCount: number,
  a: number,
  b: number,
  where: { firstRow: number; column: string; parseLocale: Locale },
  issues: IssueList,
): PreviousPeriod {
  const sums = new Float64Array(customerCount);
  const compensations = new Float64Array(customerCount);
  const valid = new Uint8Array(customerCount);
  for (let r = 0; r < rowCustomer.length; r++) {
    const c = rowCustomer[r];
    if (c < 0) continue;
    const raw = column[r];
    const cell =
      typeof raw === 'number' && Number.isFinite(raw)
        ? { kind: 'number' as const, value: raw }
        : parseCell(raw, where.parseLocale);
    if (cell.kind === 'number') {
      neumaierAdd(sums, compensations, c, cell.value);
      valid[c] = 1;
    } else if (cell.kind === 'invalid') {
      const address = `${where.column}${where.firstRow + r}`;
      issues.add(
        'invalid-previous',
        where.firstRow + r,
        () => ({ code: 'invalid-previous', cell: address, text: String(raw), reason: cell.reason }),
        address,
      );
    }
  }
  const revenue = new Float64Array(customerCount);
  for (let c = 0; c < customerCount; c++) revenue[c] = valid[c] ? sums[c] + compensations[c] : NaN;
  // Only positive previous revenue has a class: classify those alone, so the others cannot shift T.
  const positive: number[] = [];
  for (let c = 0; c < customerCount; c++) if (revenue[c] > 0) positive.push(c);
  const classified = classifyRevenues(
    Float64Array.from(positive, (c) => revenue[c]),
    a,
    b,
  );
  const classes = new Uint8Array(customerCount).fill(NEW_CUSTOMER);
  positive.forEach((c, i) => (classes[c] = classified.classes[i]));
  return { revenue, classes, total: classified.total, table: classified.table };
}

/**
 * The comparison of two periods: per customer the change, and the summary of §9.
 *
 * Rule: change = previous class → class (`A→B`), `new` without a previous class, null when unchanged; the
 * migration counts and sums (current revenue) previous (A, B, C, new) × current (A, B, C); `gone` counts the
 * customers with a previous class that are not classified now. The previous class table is §4's over the
 * previous revenues (shares of the previous T).
 * Complexity O(customers).
 * @throws never
 * @example migratePeriods(…).summary.migration.A.B // => customers that were A and are B now
 */
export function migratePeriods(
  period: PreviousPeriod,
  customerOf: Uint32Array,
  currentClasses: Uint8Array,
  currentRevenue: Float64Array,
  classifiedNow: Uint8Array,
  label: string,
): { changes: (string | null)[]; summary: PreviousSummary } {
  const zero = () => ({ A: 0, B: 0, C: 0 });
  const migration = { A: zero(), B: zero(), C: zero(), new: zero() };
  const sums = new Float64Array(12);
  const compensations = new Float64Array(12);
  const changes = new Array<string | null>(customerOf.length);
  for (let i = 0; i < customerOf.length; i++) {
    const before = period.classes[customerOf[i]];
    const now = currentClasses[i];
    const row = before === NEW_CUSTOMER ? 3 : before;
    migration[row === 3 ? 'new' : LETTERS[row]][LETTERS[now]]++;
    neumaierAdd(sums, compensations, row * 3 + now, currentRevenue[i]);
    changes[i] =
      before === NEW_CUSTOMER ? 'new' : before === now ? null : `${LETTERS[before]}→${LETTERS[now]}`;
  }
  const money = (row: number) => ({
    A: sums[row * 3] + compensations[row * 3],
    B: sums[row * 3 + 1] + compensations[row * 3 + 1],
    C: sums[row * 3 + 2] + compensations[row * 3 + 2],
  });
  const gone = zero();
  for (let c = 0; c < period.classes.length; c++) {
    const before = period.classes[c];
    if (before !== NEW_CUSTOMER && !classifiedNow[c]) gone[LETTERS[before]]++;
  }
  return {
    changes,
    summary: {
      label,
      revenue: period.total,
      classes: period.table,
      migration,
      migrationRevenue: { A: money(0), B: money(1), C: money(2), new: money(3) },
      gone,
    },
  };
}
