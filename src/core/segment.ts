/**
 * The whole segmentation (segmentation.md §1–§11): source columns in, every number of the result out.
 */
import type {
  AbcClass,
  ComputedPoints,
  CustomerColumns,
  CustomerGroupColumns,
  GroupMembership,
  MigrationTable,
  CustomerResult,
  Locale,
  QuadrantCode,
  QuadrantSummary,
  SegmentationOptions,
  SegmentationResult,
  SourceColumns,
  Summary,
} from './types';
import { SegmentationError } from './segmentationError';
import { message } from './messages/renderMessage';
import { aggregateCustomers, type CustomerAggregate } from './aggregateCustomers';
import { orderDescending } from './orderDescending';
import { checkThresholds, classifySorted, notFinite } from './classifySorted';
import { valueMatrix } from './valueMatrix';
import { abcCurve } from './abcCurve';
import { compareClasses } from './compareClasses';
import { headline } from './headline';
import { neumaierAdd } from './neumaierSum';
import { summariseClasses } from './summariseClasses';
import { sortTiesByName } from './sortTiesByName';
import { computeThresholds } from './computedThresholds';
import { groupClasses, type GroupClassification } from './groupClasses';
import { migratePeriods, previousPeriod, NEW_CUSTOMER } from './previousPeriod';
import { readDateColumn } from './readDateColumn';
import { lastPurchases, recency } from './recency';
import { isoDate, isoSerial } from './excelSerial';

const CLASS_LETTERS: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * Segments customers by revenue into ABC classes and (with a potential column) the value matrix; with the
 * optional roles also the group classes (§8), the previous period (§9) and recency (§11).
 *
 * Rule: segmentation.md — cells parsed by `parseCell`, rows grouped by `aggregateCustomers`, classes by
 * `classifySorted` over an index permutation (`orderDescending`), thresholds fixed or by `computeThresholds`
 * (§10), quadrants by `valueMatrix`, the curve by `abcCurve`, changes by `compareClasses` (last run) or
 * `migratePeriods` (a previous column wins), groups by `groupClasses`, dates by `readDateColumn`, `lastPurchases`
 * and `recency`. The optional roles never change the overall classes. Customers are listed by rank, ties by name.
 * Complexity: O(rows + customers) plus O(t log t) per group of t tied customers (name order).
 * @throws SegmentationError 'invalid-thresholds', 'invalid-option' (also a bad quiet window or as-of date),
 *   'no-data' (no rows), 'revenue-not-finite',
 *   'no-positive-revenue' – all before anything could be written.
 * @example segment({ revenue: [80, 20], addressing: { firstRow: 2, revenueColumn: 'A' } }).summary.headline
 * // => '1 of 2 customers (50 %) bring 80 % of revenue.'
 */
export function segment(columns: SourceColumns, options: SegmentationOptions = {}): SegmentationResult {
  let a = options.a ?? 0.8;
  let b = options.b ?? 0.95;
  const locale = options.outputLocale ?? 'en';
  const highValue = options.highValue ?? { rule: 'A' };
  const method = options.thresholdMethod ?? 'fixed';
  if (method === 'fixed') checkThresholds(a, b, locale);
  const quietDays = options.quietDays ?? 90;
  const asOf = options.asOf ? isoSerial(options.asOf) : NaN;
  checkRecencyOptions(quietDays, options.asOf ?? null, asOf, locale);
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
  let positive = 0;
  while (positive < n && revenue[positive] > 0) positive++;
  let computed: ComputedPoints | undefined;
  if (method === 'computed' && positive > 0) {
    const thresholds = computeThresholds(revenue.subarray(0, positive));
    ({ a, b } = thresholds);
    computed = { aPoint: thresholds.aPoint, cPoint: thresholds.cPoint };
  }
  const classified = classifySorted(revenue, a, b, locale, method);
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

  const changes = columns.previous
    ? null
    : options.previousClasses
      ? compareClasses(
          Array.from(customerOf, (c, i) => ({
            key: agg.key(c),
            class: CLASS_LETTERS[classified.classes[i]],
          })),
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
  const where = columns.addressing;
  const parseLocale = options.parseLocale ?? 'en';
  // The per-row rules read each row's revenue cell where they need it: no per-row revenue array is kept.
  const revenueCells = { column: columns.revenue, locale: parseLocale };
  const extra: Partial<Summary> = {};
  let migration: MigrationTable | null = changes ? changes.migration : null;
  let rowGroupClass: Uint8Array | undefined;
  if (columns.group) {
    const grouped = groupClasses(
      columns.group,
      agg.rowCustomer,
      revenueCells,
      agg.count,
      a,
      b,
      locale,
      agg.issues,
      columns.customer ? agg.name : undefined,
    );
    extra.groups = grouped.groups;
    rowGroupClass = grouped.rowGroupClass;
    customerColumns.groups = customerGroups(grouped, positionOf, n, locale);
  }
  if (columns.previous) {
    const period = previousPeriod(
      columns.previous,
      agg.rowCustomer,
      agg.count,
      a,
      b,
      { firstRow: where.firstRow, column: where.previousColumn ?? '?', parseLocale },
      agg.issues,
    );
    const label = options.previousLabel ?? (locale === 'fi' ? 'edellinen kausi' : 'previous period');
    const periods = migratePeriods(period, customerOf, classified.classes, revenue, agg.classified, label);
    const previousRevenue = Float64Array.from(customerOf, (c) => period.revenue[c]);
    customerColumns.previousRevenue = previousRevenue;
    customerColumns.previousClasses = Uint8Array.from(customerOf, (c) => period.classes[c]);
    customerColumns.growth = Float64Array.from(previousRevenue, (before, i) =>
      before > 0 ? (revenue[i] - before) / before : NaN,
    );
    customerColumns.changes = periods.changes;
    extra.previous = periods.summary;
    migration = periodMigration(periods.summary);
  }
  if (columns.date) {
    const purchases = lastPurchases(revenueCells, agg.rowCustomer, agg.count);
    const dates = readDateColumn(
      columns.date,
      { firstRow: where.firstRow, column: where.dateColumn ?? '?', locale: parseLocale },
      agg.issues,
      purchases.take,
    );
    const lastPurchase = Float64Array.from(customerOf, (c) => purchases.last[c]);
    const quiet = recency(
      lastPurchase,
      classified.classes,
      revenue,
      customerColumns,
      options.asOf ? asOf : dates.latest,
      quietDays,
      {
        slashOrder: dates.slashOrder.basis === 'none' ? null : dates.slashOrder.order,
        invalidDates: dates.invalid,
      },
    );
    customerColumns.lastPurchase = lastPurchase;
    customerColumns.daysSincePurchase = quiet.daysSince;
    customerColumns.quiet = quiet.quiet;
    extra.recency = quiet.summary;
  }
  // The aggregate's row → customer map becomes the result's row → position map in place (every per-row rule above
  // is done with it): a second per-row array would cost 4 bytes a row, 56 MB for 14 million lines.
  const rowCustomer = agg.rowCustomer;
  for (let r = 0; r < rowCustomer.length; r++) {
    const c = rowCustomer[r];
    rowCustomer[r] = c < 0 ? -1 : positionOf[c];
  }

  const T = classified.total;
  const classes = summariseClasses(classified.classes, revenue, T);
  const curve = abcCurve(revenue.subarray(0, positive), classes.A.customers, classes.B.customers);
  let cachedCustomers: CustomerResult[] | undefined;
  return {
    summary: {
      headline: headline(classes.A.customers, n, classes.A.revenue, T, locale),
      customers: n,
      revenue: T,
      thresholds: { a, b, method },
      potentialSplit: matrix ? matrix.split : null,
      highValue,
      classes,
      quadrants: matrix ? summariseQuadrants(matrix.quadrants, revenue) : {},
      rows: agg.rows,
      revenueWithoutCustomer: agg.revenueWithoutCustomer,
      customersWithoutPositiveRevenue: agg.withoutPositiveRevenue,
      unclassifiedCustomers: agg.unclassified,
      customersWithoutPotential: matrix ? matrix.withoutPotential : 0,
      ...(computed ? { computed } : {}),
      ...extra,
    },
    get customers(): CustomerResult[] {
      cachedCustomers ??= customerObjects(
        customerColumns,
        (extra.groups ?? []).map((group) => group.name),
      );
      return cachedCustomers;
    },
    customerColumns,
    rowCustomer,
    issues: agg.issues.toArray(),
    curve,
    migration,
    ...(rowGroupClass ? { rowGroupClass } : {}),
  };
}

/** One object per customer, from the columns (O(n); the costly part for a million customers). */
function customerObjects(columns: CustomerColumns, groupNames: readonly string[]): CustomerResult[] {
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
    const customer = customers[i];
    if (columns.groups) customer.groups = memberships(columns.groups, i, groupNames);
    if (columns.previousRevenue) {
      const before = columns.previousRevenue[i];
      const previousClass = columns.previousClasses![i];
      const growth = columns.growth![i];
      customer.previousRevenue = Number.isNaN(before) ? null : before;
      customer.previousClass = previousClass === NEW_CUSTOMER ? null : CLASS_LETTERS[previousClass];
      customer.growth = Number.isNaN(growth) ? null : growth;
    }
    if (columns.lastPurchase) {
      const last = columns.lastPurchase[i];
      const days = columns.daysSincePurchase![i];
      customer.lastPurchase = Number.isNaN(last) ? null : isoDate(last);
      customer.daysSincePurchase = Number.isNaN(days) ? null : days;
      customer.quiet = columns.quiet![i] === 1;
    }
  }
  return customers;
}

function memberships(groups: CustomerGroupColumns, i: number, names: readonly string[]): GroupMembership[] {
  const list: GroupMembership[] = [];
  for (let p = groups.start[i]; p < groups.start[i + 1]; p++) {
    list.push({
      group: names[groups.group[p]],
      revenue: groups.revenue[p],
      class: CLASS_LETTERS[groups.classes[p]],
    });
  }
  return list;
}

/**
 * The pairs of §8 in result order: customer i's pairs are contiguous and ordered by group name, so a customer's
 * groups read alphabetically.
 */
function customerGroups(
  grouped: GroupClassification,
  positionOf: Int32Array,
  n: number,
  locale: Locale,
): CustomerGroupColumns {
  const pairs = grouped.pairCustomer.length;
  const start = new Uint32Array(n + 1);
  for (let p = 0; p < pairs; p++) start[positionOf[grouped.pairCustomer[p]] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const slot = new Uint32Array(pairs);
  for (let p = 0; p < pairs; p++) slot[fill[positionOf[grouped.pairCustomer[p]]]++] = p;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const names = grouped.groups.map((group) => group.name);
  for (let i = 0; i < n; i++) {
    if (start[i + 1] - start[i] > 1) {
      slot
        .subarray(start[i], start[i + 1])
        .sort((x, y) => collator.compare(names[grouped.pairGroup[x]], names[grouped.pairGroup[y]]) || x - y);
    }
  }
  return {
    start,
    group: Uint32Array.from(slot, (p) => grouped.pairGroup[p]),
    revenue: Float64Array.from(slot, (p) => grouped.pairRevenue[p]),
    classes: Uint8Array.from(slot, (p) => grouped.pairClass[p]),
  };
}

/** The periods' migration in the shape of §6's table: 'gone' are previous customers not classified now. */
function periodMigration(previous: NonNullable<Summary['previous']>): MigrationTable {
  const row = (from: AbcClass | 'new') => ({
    ...previous.migration[from],
    gone: from === 'new' ? 0 : previous.gone[from],
  });
  return { counts: { A: row('A'), B: row('B'), C: row('C'), new: row('new') } };
}

/**
 * The §11 options: a quiet window of whole days ≥ 0 and an as-of date that is a real `yyyy-mm-dd` date.
 * @throws SegmentationError 'invalid-option'
 */
function checkRecencyOptions(quietDays: number, asOfText: string | null, asOf: number, locale: Locale): void {
  if (!(Number.isInteger(quietDays) && quietDays >= 0)) {
    throw new SegmentationError('invalid-option', message('invalid-quiet-days', { days: quietDays }), locale);
  }
  if (asOfText !== null && Number.isNaN(asOf)) {
    throw new SegmentationError('invalid-option', message('invalid-as-of', { text: asOfText }), locale);
  }
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
