/**
 * The rows of the customer query (`segmentationSql`) → the same SegmentationResult a file run gives, so the
 * report, `--json` and the workbook are written by the code that writes them for files.
 */
import { notFinite } from '../classifySorted';
import { issueMessage } from '../issueMessage';
import { plural } from '../messages/plural';
import { segment } from '../segment';
import type { AbcClass, CustomerColumns, CustomerResult, Issue, Locale, SegmentationResult } from '../types';

/** The customer query's rows, column by column (row i of every array is one customer). */
export interface WarehouseRows {
  key: readonly string[];
  name: readonly string[];
  /** Null: no valid revenue (unclassified). */
  revenue: readonly (number | null)[];
  potential: readonly (number | null)[];
  /** The warehouse's own answers, checked against the core's. */
  rank: readonly (number | null)[];
  abcClass: readonly (string | null)[];
  quadrant: readonly (string | null)[];
  /** The run's figures (the same on every row of the query; zero when the table is empty). */
  counts: {
    rowsRead: number;
    rowsBlankRevenue: number;
    rowsInvalidRevenue: number;
    rowsWithoutCustomer: number;
    revenueWithoutCustomer: number;
  };
}

export interface WarehouseOptions {
  a?: number;
  b?: number;
  /** A potential column was mapped (the value matrix is wanted). */
  withPotential: boolean;
  outputLocale?: Locale;
}

const CLASS_LETTERS: readonly AbcClass[] = ['A', 'B', 'C'];

/** Issue codes whose cell addresses would name rows of the query, not of the table: not shown. */
const ROW_LEVEL_CODES = new Set([
  'blank-revenue',
  'invalid-revenue',
  'invalid-potential',
  'rows-without-customer',
]);

/**
 * The result of a warehouse run. The warehouse aggregates the table (keys, sums, means, counts – the work over
 * millions of rows); the core then classifies the customers exactly as for a file (`segment` over one row per
 * customer), so classes, ranks, shares, quadrants, summary and curve are the core's by construction. The
 * warehouse's own class, rank and quadrant are compared with the core's, and any difference is reported as an
 * issue (`warehouse-differs`), as is any pair of warehouse keys that the core's key rule makes one customer
 * (`warehouse-merged`: e.g. PostgreSQL under the C locale lowers only A–Z).
 * Customer keys in the result are the warehouse's. Row counts and the revenue without a customer are the table's.
 *
 * Complexity O(n log n) for n customers (the core's sort).
 * @throws SegmentationError as `segment` does ('no-data' for a table without customers, 'no-positive-revenue' …);
 *   'revenue-not-finite' for a customer sum past the largest double.
 * @example warehouseResult(rows, { withPotential: false }).summary.customers // => the number of classified customers
 */
export function warehouseResult(rows: WarehouseRows, options: WarehouseOptions): SegmentationResult {
  const locale = options.outputLocale ?? 'en';
  const n = rows.key.length;
  // A sum past the largest double comes back as ±Infinity or NaN (a compensated sum of infinities): the same clear
  // error as for a file, never a customer quietly left unclassified.
  for (const revenue of rows.revenue)
    if (revenue !== null && !Number.isFinite(revenue)) throw notFinite(locale);
  const core = segment(
    {
      revenue: rows.revenue,
      customer: { codes: Int32Array.from({ length: n }, (_, i) => i), values: rows.name },
      potential: options.withPotential ? rows.potential : undefined,
      addressing: { firstRow: 1, revenueColumn: 'A', customerColumn: 'B', potentialColumn: 'C' },
    },
    { a: options.a, b: options.b, outputLocale: locale },
  );

  // The query row of each result position (rowCustomer maps query rows to positions).
  const rowAt = new Int32Array(core.customerColumns.count).fill(-1);
  let merged = 0;
  let differs = 0;
  let firstDiffering: string | null = null;
  for (let r = 0; r < n; r++) {
    const position = core.rowCustomer[r];
    if (position < 0) continue;
    if (rowAt[position] >= 0) merged++;
    else rowAt[position] = r;
    const cls = CLASS_LETTERS[core.customerColumns.classes[position]];
    const quadrant = core.customerColumns.quadrants ? core.customerColumns.quadrants[position] : null;
    if (
      rows.abcClass[r] !== cls ||
      rows.rank[r] !== core.customerColumns.rank[position] ||
      (options.withPotential && rows.quadrant[r] !== quadrant)
    ) {
      differs++;
      firstDiffering ??= rows.name[r];
    }
  }

  const keyOf = (i: number) => rows.key[rowAt[i]];
  const customerColumns: CustomerColumns = { ...core.customerColumns, key: keyOf };
  const { counts } = rows;
  const issues: Issue[] = core.issues
    .filter((issue) => !ROW_LEVEL_CODES.has(issue.code))
    .map((issue) => ({ ...issue, cell: null, row: null }));
  if (counts.rowsWithoutCustomer > 0) {
    issues.unshift(
      note(
        'rows-without-customer',
        issueMessage(
          {
            code: 'rows-without-customer',
            rows: counts.rowsWithoutCustomer,
            revenue: counts.revenueWithoutCustomer,
          },
          locale,
        ),
      ),
    );
  }
  if (merged > 0) issues.push(note('warehouse-merged', mergedMessage(merged, locale)));
  if (differs > 0)
    issues.push(note('warehouse-differs', differsMessage(differs, firstDiffering ?? '', locale)));

  let cached: CustomerResult[] | undefined;
  return {
    summary: {
      ...core.summary,
      rows: {
        read: counts.rowsRead,
        blankRevenue: counts.rowsBlankRevenue,
        invalidRevenue: counts.rowsInvalidRevenue,
        withoutCustomer: counts.rowsWithoutCustomer,
      },
      revenueWithoutCustomer: counts.revenueWithoutCustomer,
    },
    get customers(): CustomerResult[] {
      cached ??= customerObjects(customerColumns);
      return cached;
    },
    customerColumns,
    rowCustomer: core.rowCustomer,
    issues,
    curve: core.curve,
    migration: core.migration,
  };
}

/** One object per customer, straight from the columns (the core's own builder is private to `segment`). */
function customerObjects(columns: CustomerColumns): CustomerResult[] {
  const orNull = (value: number) => (Number.isNaN(value) ? null : value);
  return Array.from({ length: columns.count }, (_, i) => ({
    key: columns.key(i),
    name: columns.name(i),
    revenue: columns.revenue[i],
    potential: orNull(columns.potential[i]),
    rank: columns.rank[i],
    share: orNull(columns.share[i]),
    cumulativeShare: orNull(columns.cumulativeShare[i]),
    class: CLASS_LETTERS[columns.classes[i]],
    quadrant: columns.quadrants ? columns.quadrants[i] : null,
    change: columns.changes ? columns.changes[i] : null,
  }));
}

function note(code: string, message: string): Issue {
  return { code, cell: null, row: null, message };
}

function mergedMessage(count: number, locale: Locale): string {
  return locale === 'fi'
    ? plural(count, {
        one: '# tietokannan erillinen asiakasavain on työkirjan säännöllä (NFC, trimmaus, pienet kirjaimet) sama asiakas kuin toinen; ne laskettiin yhteen.',
        other:
          '# tietokannan erillistä asiakasavainta on työkirjan säännöllä (NFC, trimmaus, pienet kirjaimet) sama asiakas; ne laskettiin yhteen.',
      })
    : plural(count, {
        one: "# customer key that the database keeps apart from another is the same customer by the workbook's rule (NFC, trim, lower case); the two were counted as one.",
        other:
          "# customer keys that the database keeps apart are one customer by the workbook's rule (NFC, trim, lower case); they were counted as one.",
      });
}

function differsMessage(count: number, first: string, locale: Locale): string {
  return locale === 'fi'
    ? `Tietokannan kyselyn luokka, sija tai lohko poikkeaa ${count} asiakkaalla (ensimmäinen "${first}") tästä tuloksesta, joka on laskettu samoista asiakassummista työkirjan säännöllä.`
    : plural(count, {
        one: `The database query's class, rank or quadrant differs for # customer ("${first}") from this result, which the workbook's rule computed from the same customer totals.`,
        other: `The database query's class, rank or quadrant differs for # customers (first "${first}") from this result, which the workbook's rule computed from the same customer totals.`,
      });
}
