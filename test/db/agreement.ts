/**
 * The check every engine test makes: the warehouse's answer for a table equals the core's for the same cells.
 */
import { customerKey } from '../../src/core/customerKey';
import { segment } from '../../src/core/segment';
import { CUSTOMER_QUERY_COLUMNS } from '../../src/core/sql/segmentationSql';
import { warehouseResult } from '../../src/core/sql/warehouseResult';
import type { QueryColumns } from '../../src/hosts/db/queryWarehouse';
import type { TestTable } from './loadTable';

export interface Thresholds {
  a?: number;
  b?: number;
}

/** |actual − expected| within 1e-9 relative (sums of doubles in another order differ in the last bits). */
function close(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/**
 * Compare the customer query's answer with `segment` on the same cells: every classified customer with the same
 * key, class, rank, quadrant (exactly) and revenue, potential, share, cumulative share (to 1e-9); the unclassified
 * customers and the row counts; and the result built from the rows (`warehouseResult`) with the core's summary.
 * Returns the list of differences (empty when they agree), at most 10, for a readable failure.
 */
export function differences(answer: QueryColumns, table: TestTable, thresholds: Thresholds): string[] {
  const core = segment(table.columns, { ...thresholds, parseLocale: table.parseLocale });
  const found: string[] = [];
  const column = (name: (typeof CUSTOMER_QUERY_COLUMNS)[number]) => answer.columns[name];
  for (const name of CUSTOMER_QUERY_COLUMNS) if (!column(name)) found.push(`column ${name} missing`);
  if (found.length > 0) return found;
  const rowOfKey = new Map<string, number>();
  column('customer_key').forEach((key, r) => rowOfKey.set(String(key), r));
  const classified = column('abc_class').filter((value) => value !== null).length;
  if (classified !== core.customers.length) {
    found.push(`classified customers: warehouse ${classified}, core ${core.customers.length}`);
  }
  const unclassified = column('abc_class').filter((value) => value === null).length;
  if (unclassified !== core.summary.unclassifiedCustomers) {
    found.push(`unclassified: warehouse ${unclassified}, core ${core.summary.unclassifiedCustomers}`);
  }
  const num = (name: (typeof CUSTOMER_QUERY_COLUMNS)[number], r: number) => {
    const value = column(name)[r];
    return value === null ? null : Number(value);
  };
  // Customer sums made in another order can differ in the last bit, so two customers whose sums the file run
  // ties may not be tied in the warehouse (or the other way round): a rank is accepted anywhere within its
  // group of near-equal revenues (1e-12 relative), and then the cumulative share within that group's revenue.
  const descending = core.customers.map((customer) => customer.revenue);
  const nearTies = (revenue: number) => {
    const slack = 1e-12 * Math.abs(revenue);
    let lo = 0;
    let hi = 0;
    while (lo < descending.length && descending[lo] > revenue + slack) lo++;
    hi = lo;
    while (hi < descending.length && descending[hi] >= revenue - slack) hi++;
    return { first: lo + 1, last: hi };
  };
  for (const customer of core.customers) {
    const r = rowOfKey.get(customer.key);
    if (r === undefined) {
      found.push(`customer ${customer.key} missing`);
    } else {
      const sql = {
        class: column('abc_class')[r],
        rank: num('revenue_rank', r),
        quadrant: column('quadrant')[r],
      };
      const mine = { class: customer.class, rank: customer.rank, quadrant: customer.quadrant };
      const group = sql.rank === customer.rank ? null : nearTies(customer.revenue);
      const rankAccepted =
        group !== null && sql.rank !== null && sql.rank >= group.first && sql.rank <= group.last;
      if (
        JSON.stringify(sql) !== JSON.stringify(mine) &&
        !(rankAccepted && sql.class === mine.class && sql.quadrant === mine.quadrant)
      ) {
        found.push(`${customer.key}: warehouse ${JSON.stringify(sql)}, core ${JSON.stringify(mine)}`);
      }
      const pairs: [string, number | null, number | null][] = [
        ['revenue', num('revenue', r), customer.revenue],
        ['potential', num('potential', r), customer.potential],
        ['share', num('revenue_share', r), customer.share],
      ];
      const ties = nearTies(customer.revenue);
      if (ties.last === ties.first) {
        pairs.push(['cumulative share', num('cumulative_share', r), customer.cumulativeShare]);
      } else if (customer.cumulativeShare !== null) {
        // A near-tie group's members may be counted as ties on one side only: the share moves by their revenue.
        const slack = ((ties.last - ties.first + 1) * customer.revenue) / core.summary.revenue + 1e-9;
        const actual = num('cumulative_share', r) ?? NaN;
        if (!(Math.abs(actual - customer.cumulativeShare) <= slack)) {
          found.push(
            `${customer.key} cumulative share ${actual} outside its near-tie group (${customer.cumulativeShare})`,
          );
        }
      }
      for (const [what, actual, expected] of pairs) {
        if (!close(actual, expected))
          found.push(`${customer.key} ${what}: warehouse ${actual}, core ${expected}`);
      }
      const name = String(column('customer_name')[r]);
      if (customerKey(name) !== customer.key)
        found.push(`${customer.key}: name ${name} is not one of its spellings`);
    }
    if (found.length >= 10) return found;
  }
  const rows = core.summary.rows;
  const counts = {
    read: num('rows_read', 0) ?? 0,
    blankRevenue: num('rows_blank_revenue', 0) ?? 0,
    invalidRevenue: num('rows_invalid_revenue', 0) ?? 0,
    withoutCustomer: num('rows_without_customer', 0) ?? 0,
  };
  if (JSON.stringify(counts) !== JSON.stringify(rows)) {
    found.push(`row counts: warehouse ${JSON.stringify(counts)}, core ${JSON.stringify(rows)}`);
  }
  if (!close(num('revenue_without_customer', 0) ?? 0, core.summary.revenueWithoutCustomer)) {
    found.push(
      `revenue without customer: ${num('revenue_without_customer', 0)} vs ${core.summary.revenueWithoutCustomer}`,
    );
  }
  if (!close(num('total_revenue', 0), core.summary.revenue))
    found.push(`T: ${num('total_revenue', 0)} vs ${core.summary.revenue}`);
  if (!close(num('potential_split', 0), core.summary.potentialSplit)) {
    found.push(`split: ${num('potential_split', 0)} vs ${core.summary.potentialSplit}`);
  }

  const result = warehouseResult(
    {
      key: column('customer_key').map(String),
      name: column('customer_name').map(String),
      revenue: column('revenue').map((v) => (v === null ? null : Number(v))),
      potential: column('potential').map((v) => (v === null ? null : Number(v))),
      rank: column('revenue_rank').map((v) => (v === null ? null : Number(v))),
      abcClass: column('abc_class').map((v) => (v === null ? null : String(v))),
      quadrant: column('quadrant').map((v) => (v === null ? null : String(v))),
      counts: {
        rowsRead: counts.read,
        rowsBlankRevenue: counts.blankRevenue,
        rowsInvalidRevenue: counts.invalidRevenue,
        rowsWithoutCustomer: counts.withoutCustomer,
        revenueWithoutCustomer: num('revenue_without_customer', 0) ?? 0,
      },
    },
    { ...thresholds, withPotential: table.potential !== null },
  );
  const flagged = result.issues.filter((issue) => issue.code.startsWith('warehouse-'));
  if (flagged.length > 0) found.push(...flagged.map((issue) => issue.message));
  const summary = (s: typeof core.summary) => ({
    headline: s.headline,
    customers: s.customers,
    classes: Object.fromEntries(Object.entries(s.classes).map(([k, v]) => [k, v.customers])),
    quadrants: Object.fromEntries(Object.entries(s.quadrants).map(([k, v]) => [k, v?.customers])),
    rows: s.rows,
    withoutPositive: s.customersWithoutPositiveRevenue,
    unclassified: s.unclassifiedCustomers,
  });
  if (JSON.stringify(summary(result.summary)) !== JSON.stringify(summary(core.summary))) {
    found.push(
      `summary: ${JSON.stringify(summary(result.summary))} vs ${JSON.stringify(summary(core.summary))}`,
    );
  }
  return found.slice(0, 10);
}

/**
 * Compare the summary query's answer (kind, code, customers, customer_share, revenue, revenue_share) with the
 * core's class and quadrant tables; returns the differences.
 */
export function summaryDifferences(answer: QueryColumns, table: TestTable, thresholds: Thresholds): string[] {
  const core = segment(table.columns, { ...thresholds, parseLocale: table.parseLocale });
  const found: string[] = [];
  const {
    kind,
    code,
    customers,
    revenue,
    customer_share: customerShare,
    revenue_share: revenueShare,
  } = answer.columns;
  for (let r = 0; r < answer.rowCount; r++) {
    const label = `${kind[r]} ${code[r]}`;
    if (kind[r] === 'class') {
      const expected = core.summary.classes[code[r] as 'A' | 'B' | 'C'];
      if (
        !close(Number(customerShare[r]), expected.customerShare) ||
        !close(Number(revenueShare[r]), expected.revenueShare)
      ) {
        found.push(
          `${label}: shares ${customerShare[r]}, ${revenueShare[r]}; core ${expected.customerShare}, ${expected.revenueShare}`,
        );
      }
    }
    const expected =
      kind[r] === 'class'
        ? core.summary.classes[code[r] as 'A' | 'B' | 'C']
        : (core.summary.quadrants[code[r] as '++'] ?? { customers: 0, revenue: 0 });
    if (Number(customers[r]) !== expected.customers)
      found.push(`${label}: ${customers[r]} customers, core ${expected.customers}`);
    if (!close(Number(revenue[r]), expected.revenue))
      found.push(`${label}: revenue ${revenue[r]}, core ${expected.revenue}`);
  }
  const expectedRows = 7; // A, B, C and the four quadrants (zero customers without potential)
  if (answer.rowCount !== expectedRows)
    found.push(`${answer.rowCount} summary rows, expected ${expectedRows}`);
  return found;
}
