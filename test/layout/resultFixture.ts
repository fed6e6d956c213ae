/**
 * Hand-built SegmentationResults for layout tests: the layout must not depend on how the engine computes, only on
 * the result's shape. `customer(name, revenue, cls, …)` and `result(customers, rowCustomer)` fill in the rest
 * consistently (shares, summary counts) so each test states only what it is about.
 */
import type {
  AbcClass,
  CustomerColumns,
  CustomerResult,
  MigrationTable,
  QuadrantCode,
  QuadrantSummary,
  SegmentationResult,
  Summary,
} from '../../src/core/types';
import type { LayoutInput } from '../../src/core/layout/layoutInput';
import { DEFAULT_OPTIONS } from '../../src/flows/prepareSegmentation';

export function customer(
  name: string,
  revenue: number,
  cls: AbcClass,
  extra: Partial<
    Pick<
      CustomerResult,
      | 'potential'
      | 'quadrant'
      | 'change'
      | 'previousRevenue'
      | 'previousClass'
      | 'growth'
      | 'lastPurchase'
      | 'daysSincePurchase'
      | 'quiet'
    >
  > = {},
): CustomerResult {
  const periods =
    'previousClass' in extra ? { previousRevenue: null, previousClass: null, growth: null } : {};
  const recency = 'lastPurchase' in extra ? { daysSincePurchase: null, quiet: false } : {};
  return {
    ...periods,
    ...recency,
    key: name.toLowerCase(),
    name,
    revenue,
    potential: extra.potential ?? null,
    rank: 0,
    share: null,
    cumulativeShare: null,
    class: cls,
    quadrant: extra.quadrant ?? null,
    change: extra.change ?? null,
    ...Object.fromEntries(
      Object.entries(extra).filter(([k]) => !['potential', 'quadrant', 'change'].includes(k)),
    ),
  };
}

export function result(
  customers: CustomerResult[],
  rowCustomer: number[] = customers.map((_, i) => i),
  more: {
    potentialSplit?: number | null;
    migration?: MigrationTable | null;
    /** Summary fields of §8–§11 (groups, previous, recency, computed, thresholds). */
    summary?: Partial<Summary>;
    rowGroupClass?: Uint8Array;
  } = {},
): SegmentationResult {
  const sorted = [...customers].sort((p, q) => q.revenue - p.revenue);
  const total = sorted.filter((c) => c.revenue > 0).reduce((s, c) => s + c.revenue, 0);
  const ranked = sorted.map((c) => {
    const greater = sorted.filter((o) => o.revenue > c.revenue);
    const tied = sorted.filter((o) => o.revenue === c.revenue);
    const g = greater.reduce((s, o) => s + o.revenue, 0);
    return {
      ...c,
      rank: greater.length + 1,
      share: c.revenue > 0 ? c.revenue / total : null,
      cumulativeShare: c.revenue > 0 ? (g + tied.reduce((s, o) => s + o.revenue, 0)) / total : null,
    };
  });
  // rowCustomer indexes the given order; map it to the rank order of `customers` in the result.
  const index = customers.map((c) => sorted.indexOf(c));
  const classes = Object.fromEntries(
    (['A', 'B', 'C'] as const).map((cls) => {
      const of = ranked.filter((c) => c.class === cls);
      const revenue = of.reduce((s, c) => s + Math.max(0, c.revenue), 0);
      return [
        cls,
        {
          customers: of.length,
          customerShare: of.length / ranked.length,
          revenue,
          revenueShare: revenue / total,
        },
      ];
    }),
  ) as SegmentationResult['summary']['classes'];
  const quadrants: Partial<Record<QuadrantCode, QuadrantSummary>> = {};
  for (const c of ranked) {
    if (c.quadrant) {
      const q = quadrants[c.quadrant] ?? { customers: 0, revenue: 0 };
      quadrants[c.quadrant] = { customers: q.customers + 1, revenue: q.revenue + c.revenue };
    }
  }
  const positive = ranked.filter((c) => c.revenue > 0);
  let cumulative = 0;
  const points = [{ customerShare: 0, revenueShare: 0 }].concat(
    positive.map((c, i) => {
      cumulative += c.revenue;
      return { customerShare: (i + 1) / positive.length, revenueShare: cumulative / total };
    }),
  );
  const lastOf = (cls: AbcClass) => {
    const i = positive.map((c) => c.class).lastIndexOf(cls);
    return i >= 0 ? points[i + 1] : null;
  };
  const nA = classes.A.customers;
  return {
    summary: {
      headline: `${nA} of ${ranked.length} customers bring ${Math.round(classes.A.revenueShare * 1000) / 10} % of revenue.`,
      customers: ranked.length,
      revenue: total,
      thresholds: { a: 0.8, b: 0.95, method: 'fixed' },
      potentialSplit: more.potentialSplit ?? null,
      highValue: { rule: 'A' },
      classes,
      quadrants,
      rows: { read: rowCustomer.length, blankRevenue: 0, invalidRevenue: 0, withoutCustomer: 0 },
      revenueWithoutCustomer: 0,
      customersWithoutPositiveRevenue: ranked.length - positive.length,
      unclassifiedCustomers: 0,
      customersWithoutPotential: ranked.filter((c) => c.quadrant === null).length,
      ...more.summary,
    },
    customers: ranked,
    customerColumns: columnsOf(ranked),
    rowCustomer: Int32Array.from(rowCustomer, (i) => (i >= 0 ? index[i] : -1)),
    issues: [],
    curve: { points, lastA: lastOf('A'), lastB: lastOf('B') },
    migration: more.migration ?? null,
    ...(more.rowGroupClass ? { rowGroupClass: more.rowGroupClass } : {}),
  };
}

/** The typed-array view of a customer list, as `segment` gives it. */
function columnsOf(customers: CustomerResult[]): CustomerColumns {
  const numbers = (pick: (c: CustomerResult) => number | null) =>
    Float64Array.from(customers, (c) => pick(c) ?? NaN);
  return {
    count: customers.length,
    key: (i) => customers[i].key,
    name: (i) => customers[i].name,
    revenue: numbers((c) => c.revenue),
    potential: numbers((c) => c.potential),
    rank: Uint32Array.from(customers, (c) => c.rank),
    share: numbers((c) => c.share),
    cumulativeShare: numbers((c) => c.cumulativeShare),
    classes: Uint8Array.from(customers, (c) => 'ABC'.indexOf(c.class)),
    quadrants: customers.some((c) => c.quadrant !== null) ? customers.map((c) => c.quadrant) : null,
    changes: customers.some((c) => c.change !== null) ? customers.map((c) => c.change) : null,
    ...(customers.some((c) => 'lastPurchase' in c)
      ? { lastPurchase: numbers((c) => (c.lastPurchase ? serialOf(c.lastPurchase) : null)) }
      : {}),
  };
}

/** The layout input of a plain range `Sales!A1:C…` with the output from column D (index 3). */
export function layoutInput(res: SegmentationResult, over: Partial<LayoutInput> = {}): LayoutInput {
  return {
    result: res,
    source: {
      sheetName: 'Sales',
      tableName: null,
      address: `A1:C${res.rowCustomer.length + 1}`,
      hasHeader: true,
    },
    placement: { sheetName: 'Sales', tableName: null, firstColumn: 3, headerRow: 1 },
    columns: {
      revenue: 'Revenue',
      customer: 'Customer',
      potential: res.summary.potentialSplit === null ? null : 'Potential',
    },
    options: { ...DEFAULT_OPTIONS },
    outputLocale: 'en',
    runTime: '2024-05-01T10:04:05.000Z',
    previous: null,
    ...over,
  };
}

/** The Excel serial of `yyyy-mm-dd` (days since 1899-12-30), computed here independently of the layout. */
export function serialOf(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse('1899-12-30T00:00:00Z')) / 86_400_000);
}
