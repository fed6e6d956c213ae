/**
 * Source rows → customers (segmentation.md §2–§3): keys, revenue sums, potential means, counts and issues.
 */
import type { Locale, RowCounts, SourceColumns } from './types';
import { parseCell } from './parseCell';
import { neumaierAdd } from './neumaierSum';
import { CustomerRegistry, customerLookup } from './customerRegistry';
import { rowName } from './labels';
import { IssueList } from './issueList';

/** Customers of a source in order of first appearance, as parallel typed arrays. */
export interface CustomerAggregate {
  count: number;
  /** Normalised key of customer i (the row index as text without a customer column). */
  key(i: number): string;
  /** First spelling of customer i ("Row 14" / "Rivi 14" without a customer column). */
  name(i: number): string;
  /** Compensated sum of valid revenue cells. */
  revenue: Float64Array;
  /** 1 when the customer has at least one valid revenue cell (is classified). */
  classified: Uint8Array;
  /** Mean of valid potential cells; NaN when none (or no potential column). */
  potential: Float64Array;
  /** Customer index per source row, -1 for rows without a customer. */
  rowCustomer: Int32Array;
  rows: RowCounts;
  revenueWithoutCustomer: number;
  issues: IssueList;
  /** Customers with no valid revenue cell. */
  unclassified: number;
  /** Classified customers with revenue ≤ 0. */
  withoutPositiveRevenue: number;
  /** Classified customers without potential while a potential column is mapped. */
  withoutPotential: number;
}

/**
 * Groups source rows into customers: revenue = Neumaier sum of valid revenue cells, potential = mean of valid
 * potential cells. Without a customer column every row is its own customer; with one, a row with a blank key
 * belongs to no customer and its revenue is reported. Blank and invalid cells are reported with addresses.
 *
 * Complexity: O(rows); each distinct raw customer text is normalised once (a cache by raw value).
 * @throws never
 * @example
 * const agg = aggregateCustomers({ revenue: [5, 7], customer: ['a', 'A'], addressing }, 'en', 'en');
 * agg.revenue[0] // => 12
 */
export function aggregateCustomers(
  columns: SourceColumns,
  parseLocale: Locale,
  outputLocale: Locale,
): CustomerAggregate {
  const n = columns.revenue.length;
  const { firstRow, revenueColumn, potentialColumn = '?' } = columns.addressing;
  const issues = new IssueList(outputLocale);
  const rowCustomer = new Int32Array(n);
  const sums = new Float64Array(n);
  const compensations = new Float64Array(columns.customer ? n : 0);
  const classified = new Uint8Array(n);
  const potentialSums = new Float64Array(columns.potential ? n : 0);
  const potentialCounts = new Uint32Array(columns.potential ? n : 0);
  const rows: RowCounts = { read: n, blankRevenue: 0, invalidRevenue: 0, withoutCustomer: 0 };
  const customerColumn = columns.customer;
  const registry = new CustomerRegistry();
  const customerOf = customerColumn ? customerLookup(customerColumn, registry) : null;
  let withoutSum = 0;
  let withoutCompensation = 0;

  for (let r = 0; r < n; r++) {
    const sheetRow = firstRow + r;
    const c = customerOf ? customerOf(r, sheetRow) : r;
    rowCustomer[r] = c;

    const raw = columns.revenue[r];
    // Fast path without allocating a ParsedCell: a million numeric cells is the common large case.
    if (typeof raw === 'number' && Number.isFinite(raw) && c >= 0 && !columns.potential) {
      if (customerOf) neumaierAdd(sums, compensations, c, raw);
      else sums[c] = raw;
      classified[c] = 1;
      continue;
    }
    const cell = parseCell(raw, parseLocale);
    if (cell.kind === 'number') {
      if (c >= 0) {
        if (customerOf) neumaierAdd(sums, compensations, c, cell.value);
        else sums[c] = cell.value;
        classified[c] = 1;
      } else {
        const next = withoutSum + cell.value;
        withoutCompensation +=
          Math.abs(withoutSum) >= Math.abs(cell.value)
            ? withoutSum - next + cell.value
            : cell.value - next + withoutSum;
        withoutSum = next;
      }
    } else if (cell.kind === 'blank') {
      rows.blankRevenue++;
      issues.add(
        'blank-revenue',
        sheetRow,
        () => ({ code: 'blank-revenue', cell: `${revenueColumn}${sheetRow}` }),
        `${revenueColumn}${sheetRow}`,
      );
    } else {
      rows.invalidRevenue++;
      const address = `${revenueColumn}${sheetRow}`;
      const text = String(columns.revenue[r]);
      issues.add(
        'invalid-revenue',
        sheetRow,
        () => ({ code: 'invalid-revenue', cell: address, text, reason: cell.reason }),
        address,
      );
    }
    if (c < 0) rows.withoutCustomer++;

    if (columns.potential && c >= 0) {
      const potential = parseCell(columns.potential[r], parseLocale);
      if (potential.kind === 'number') {
        potentialSums[c] += potential.value;
        potentialCounts[c]++;
      } else if (potential.kind === 'invalid') {
        const address = `${potentialColumn}${sheetRow}`;
        const text = String(columns.potential[r]);
        issues.add(
          'invalid-potential',
          sheetRow,
          () => ({ code: 'invalid-potential', cell: address, text, reason: potential.reason }),
          address,
        );
      }
    }
  }

  const count = customerColumn ? registry.keys.length : n;
  const firstRowOf = customerColumn ? (c: number) => registry.firstRows[c] : (c: number) => firstRow + c;
  // Without a customer column each sum has one term: no compensation to add, the sums are the revenues.
  let revenue = sums;
  if (customerColumn) {
    revenue = new Float64Array(count);
    for (let c = 0; c < count; c++) revenue[c] = sums[c] + compensations[c];
  }
  const potential = new Float64Array(count);
  if (columns.potential) {
    for (let c = 0; c < count; c++) {
      potential[c] = potentialCounts[c] > 0 ? potentialSums[c] / potentialCounts[c] : NaN;
    }
  } else {
    potential.fill(NaN);
  }
  const revenueWithoutCustomer = withoutSum + withoutCompensation;
  const { keys, names } = registry;
  const key = customerColumn ? (i: number) => keys[i] : (i: number) => String(i);
  const name = customerColumn ? (i: number) => names[i] : (i: number) => rowName(firstRow + i, outputLocale);
  if (rows.withoutCustomer > 0) {
    const without = rows.withoutCustomer;
    issues.add('rows-without-customer', null, () => ({
      code: 'rows-without-customer',
      rows: without,
      revenue: revenueWithoutCustomer,
    }));
  }
  let unclassified = 0;
  let withoutPositiveRevenue = 0;
  let withoutPotential = 0;
  for (let c = 0; c < count; c++) {
    if (!classified[c]) {
      unclassified++;
      // Without a customer column the row's blank or invalid revenue cell is already reported with its address.
      if (customerColumn) {
        issues.add('unclassified-customer', firstRowOf(c), () => ({
          code: 'unclassified-customer',
          name: name(c),
        }));
      }
      continue;
    }
    if (revenue[c] <= 0) {
      withoutPositiveRevenue++;
      const value = revenue[c];
      issues.add('no-positive-revenue', firstRowOf(c), () => ({
        code: 'no-positive-revenue',
        name: name(c),
        revenue: value,
      }));
    }
    if (columns.potential && Number.isNaN(potential[c])) withoutPotential++;
  }
  if (withoutPotential > 0) {
    issues.add('no-potential', null, () => ({ code: 'no-potential', customers: withoutPotential }));
  }
  return {
    count,
    key,
    name,
    revenue,
    classified: classified.slice(0, count),
    potential,
    rowCustomer,
    rows,
    revenueWithoutCustomer,
    issues,
    unclassified,
    withoutPositiveRevenue,
    withoutPotential,
  };
}
