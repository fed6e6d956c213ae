/**
 * The whole segmentation (segmentation.md §1–§6): source columns in, every number of the result out.
 */
import type {
  AbcClass,
  ClassSummary,
  CustomerColumns,
  CustomerResult,
  Locale,
  QuadrantCode,
  QuadrantSummary,
  SegmentationOptions,
  SegmentationResult,
  SourceColumns,
} from './types';
import { SegmentationError } from './segmentationError';
import { message } from './messages/renderMessage';
import { aggregateCustomers, type CustomerAggregate } from './aggregateCustomers';
import { orderDescending } from './orderDescending';
import { checkThresholds, classifySorted, notFinite, CLASS_A, CLASS_B } from './classifySorted';
import { valueMatrix } from './valueMatrix';
import { abcCurve } from './abcCurve';
import { compareClasses } from './compareClasses';
import { headline } from './headline';
import { neumaierAdd, neumaierSum } from './neumaierSum';
import { sortTiesByName } from './sortTiesByName';

const CLASS_LETTERS: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * Segments customers by revenue into ABC classes and (with a potential column) the value matrix.
 *
 * Rule: segmentation.md — cells parsed by `parseCell`, rows grouped by `aggregateCustomers`, classes by
 * `classifySorted` over an index permutation (`orderDescending`), quadrants by `valueMatrix`, the curve by
 * `abcCurve`, changes by `compareClasses`. Customers are listed by rank, ties by name.
 * Complexity: O(rows + customers) plus O(t log t) per group of t tied customers (name order).
 * @throws SegmentationError 'invalid-thresholds', 'invalid-option', 'no-data' (no rows), 'revenue-not-finite',
 *   'no-positive-revenue' – all before anything could be written.
 * @example segment({ revenue: [80, 20], addressing: { firstRow: 2, revenueColumn: 'A' } }).summary.headline
 * // => '1 of 2 customers (50 %) bring 80 % of revenue.'
 */
export function segment(columns: SourceColumns, options: SegmentationOptions = {}): SegmentationResult {
  const a = options.a ?? 0.8;
  const b = options.b ?? 0.95;
  const locale = options.outputLocale ?? 'en';
  const highValue = options.highValue ?? { rule: 'A' };
  checkThresholds(a, b, locale);
  if (columns.revenue.length === 0) {
    throw new SegmentationError('no-data', message('no-data-rows', {}), locale);
  }
  const agg = aggregateCustomers(columns, options.parseLocale ?? 'en', locale);

  const { members, memberRevenue } = classifiedMembers(agg, locale);
  const { order: byRevenue, sorted: revenue } = orderDescending(memberRevenue);
  const order = columns.customer
    ? sortTiesByName(byRevenue, revenue, (m) => agg.name(members ? members[m] : m), locale)
    : byRevenue;
  const n = order.length;
  // Random gathers over a million customers cost more than the sort, so none is made that is not needed:
  // `members` is the identity when every customer is classified, and potential exists only with its column.
  const customerOf = members === null ? order : gather(members, order);
  const potential = columns.potential
    ? Float64Array.from(customerOf, (c) => agg.potential[c])
    : new Float64Array(n).fill(NaN);
  const classified = classifySorted(revenue, a, b, locale);
  const matrix = columns.potential
    ? valueMatrix(
        revenue,
        classified.classes,
        potential,
        highValue,
        options.potentialSplit ?? { rule: 'median' },
        locale,
      )
    : null;

  const changes = options.previousClasses
    ? compareClasses(
        Array.from(customerOf, (c, i) => ({ key: agg.key(c), class: CLASS_LETTERS[classified.classes[i]] })),
        options.previousClasses,
        options.previousClassCounts,
      )
    : null;
  const customerColumns: CustomerColumns = {
    count: n,
    key: (i) => agg.key(customerOf[i]),
    name: (i) => agg.name(customerOf[i]),
    revenue,
    potential,
    rank: classified.rank,
    share: classified.share,
    cumulativeShare: classified.cumulativeShare,
    classes: classified.classes,
    quadrants: matrix ? matrix.quadrants : null,
    changes: changes ? changes.changes : null,
  };

  const positionOf = new Int32Array(agg.count).fill(-1);
  for (let i = 0; i < n; i++) positionOf[customerOf[i]] = i;
  const rowCustomer = new Int32Array(agg.rowCustomer.length);
  for (let r = 0; r < rowCustomer.length; r++) {
    const c = agg.rowCustomer[r];
    rowCustomer[r] = c < 0 ? -1 : positionOf[c];
  }

  const T = classified.total;
  const classes = summariseClasses(classified.classes, revenue, T);
  let positive = 0;
  while (positive < n && revenue[positive] > 0) positive++;
  const curve = abcCurve(revenue.subarray(0, positive), classes.A.customers, classes.B.customers);
  let cachedCustomers: CustomerResult[] | undefined;
  return {
    summary: {
      headline: headline(classes.A.customers, n, classes.A.revenue, T, locale),
      customers: n,
      revenue: T,
      thresholds: { a, b },
      potentialSplit: matrix ? matrix.split : null,
      highValue,
      classes,
      quadrants: matrix ? summariseQuadrants(matrix.quadrants, revenue) : {},
      rows: agg.rows,
      revenueWithoutCustomer: agg.revenueWithoutCustomer,
      customersWithoutPositiveRevenue: agg.withoutPositiveRevenue,
      unclassifiedCustomers: agg.unclassified,
      customersWithoutPotential: matrix ? matrix.withoutPotential : 0,
    },
    get customers(): CustomerResult[] {
      cachedCustomers ??= customerObjects(customerColumns);
      return cachedCustomers;
    },
    customerColumns,
    rowCustomer,
    issues: agg.issues.toArray(),
    curve,
    migration: changes ? changes.migration : null,
  };
}

/** One object per customer, from the columns (O(n); the costly part for a million customers). */
function customerObjects(columns: CustomerColumns): CustomerResult[] {
  const customers = new Array<CustomerResult>(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const potential = columns.potential[i];
    const share = columns.share[i];
    const cumulative = columns.cumulativeShare[i];
    customers[i] = {
      key: columns.key(i),
      name: columns.name(i),
      revenue: columns.revenue[i],
      potential: Number.isNaN(potential) ? null : potential,
      rank: columns.rank[i],
      share: Number.isNaN(share) ? null : share,
      cumulativeShare: Number.isNaN(cumulative) ? null : cumulative,
      class: CLASS_LETTERS[columns.classes[i]],
      quadrant: columns.quadrants ? columns.quadrants[i] : null,
      change: columns.changes ? columns.changes[i] : null,
    };
  }
  return customers;
}

/**
 * The customers that have revenue (indexes into the aggregate) and their revenues; `members` is null when that is
 * every customer, so a million-customer run copies and gathers nothing.
 */
function classifiedMembers(
  agg: CustomerAggregate,
  locale: Locale,
): { members: Uint32Array | null; memberRevenue: Float64Array } {
  if (agg.unclassified === 0) {
    // Checked before sorting: an overflowed sum (Infinity, or NaN from its compensation) must be a clear error.
    for (let c = 0; c < agg.count; c++) if (!Number.isFinite(agg.revenue[c])) throw notFinite(locale);
    return { members: null, memberRevenue: agg.revenue };
  }
  const members = new Uint32Array(agg.count - agg.unclassified);
  const memberRevenue = new Float64Array(members.length);
  for (let c = 0, m = 0; c < agg.count; c++) {
    if (!agg.classified[c]) continue;
    if (!Number.isFinite(agg.revenue[c])) throw notFinite(locale);
    members[m] = c;
    memberRevenue[m++] = agg.revenue[c];
  }
  return { members, memberRevenue };
}

/** `values[indexes[i]]` for every i. */
function gather(values: Uint32Array, indexes: Uint32Array): Uint32Array {
  const result = new Uint32Array(indexes.length);
  for (let i = 0; i < indexes.length; i++) result[i] = values[indexes[i]];
  return result;
}

function summariseClasses(
  codes: Uint8Array,
  revenue: Float64Array,
  total: number,
): Record<AbcClass, ClassSummary> {
  const n = codes.length;
  let countA = 0;
  let countB = 0;
  while (countA < n && codes[countA] === CLASS_A) countA++;
  while (countA + countB < n && codes[countA + countB] === CLASS_B) countB++;
  // Classes are contiguous in descending revenue order: A, then B, then C.
  const summary = (from: number, to: number): ClassSummary => {
    const sum = neumaierSum(revenue.subarray(from, to));
    return {
      customers: to - from,
      customerShare: n > 0 ? (to - from) / n : 0,
      revenue: sum,
      revenueShare: sum / total,
    };
  };
  return { A: summary(0, countA), B: summary(countA, countA + countB), C: summary(countA + countB, n) };
}

function summariseQuadrants(
  quadrants: readonly (QuadrantCode | null)[],
  revenue: Float64Array,
): Partial<Record<QuadrantCode, QuadrantSummary>> {
  const codes = ['++', '+-', '-+', '--'] as const;
  const customers = new Uint32Array(codes.length);
  // Compensated sums (Neumaier), as every revenue sum of the result.
  const sums = new Float64Array(codes.length);
  const compensations = new Float64Array(codes.length);
  for (let i = 0; i < quadrants.length; i++) {
    const code = quadrants[i];
    if (code === null) continue;
    const q = codes.indexOf(code);
    customers[q]++;
    neumaierAdd(sums, compensations, q, revenue[i]);
  }
  const result: Partial<Record<QuadrantCode, QuadrantSummary>> = {};
  codes.forEach((code, q) => {
    result[code] = { customers: customers[q], revenue: sums[q] + compensations[q] };
  });
  return result;
}
