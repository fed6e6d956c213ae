/**
 * The segmentation (segmentation.md §3–§5) as SQL: one query that returns every customer with its class, and one
 * that returns the class and quadrant tables – for the warehouse that keeps the data.
 */
import { checkThresholds } from '../classifySorted';
import { message } from '../messages/renderMessage';
import { SegmentationError } from '../segmentationError';
import type { Locale } from '../types';
import { quoteIdentifier, quoteTableName } from './quoteIdentifier';
import { DIALECTS, type SqlDialect } from './sqlDialect';

/** What to segment, with names as the database spells them. */
export interface SegmentationSqlRequest {
  dialect: SqlDialect;
  table: string;
  customer: string;
  revenue: string;
  /** Absent: no value matrix (potential and quadrant are NULL). */
  potential?: string;
  /** @default 0.8 */
  a?: number;
  /** @default 0.95 */
  b?: number;
}

/** The two queries; both start with the same comment block and the same CTEs. */
export interface SegmentationSql {
  /**
   * One row per customer: customer_key, customer_name, revenue, potential, revenue_rank, revenue_share,
   * cumulative_share, abc_class, quadrant, then the run's figures repeated on every row (total_revenue,
   * potential_split, rows_read, rows_blank_revenue, rows_invalid_revenue, rows_without_customer,
   * revenue_without_customer), so that one pass over the table gives the whole report.
   */
  customers: string;
  /** kind ('class' | 'quadrant'), code, customers, customer_share, revenue, revenue_share. */
  summary: string;
}

/** The columns of the customer query that hold the run's figures, the same on every row. */
export const RUN_COLUMNS = [
  'total_revenue',
  'potential_split',
  'rows_read',
  'rows_blank_revenue',
  'rows_invalid_revenue',
  'rows_without_customer',
  'revenue_without_customer',
] as const;

/** The columns of the customer query, in order. */
export const CUSTOMER_QUERY_COLUMNS = [
  'customer_key',
  'customer_name',
  'revenue',
  'potential',
  'revenue_rank',
  'revenue_share',
  'cumulative_share',
  'abc_class',
  'quadrant',
  ...RUN_COLUMNS,
] as const;

/**
 * The customer query and the summary query for `request`.
 * Rule (segmentation.md §3–§5, as the core computes it):
 * - key = lower(upper(NFC(trim(customer)))) with JavaScript's trim set (the core's case folding less its ß → ss and
 *   ς → σ step; each dialect's notes say where its result differs); a blank key is no customer (rows counted);
 *   name = the smallest trimmed spelling of the key in the engine's binary text order (SQL tables have no row
 *   order, so "first met" is made deterministic this way; a file run shows the first spelling in file order);
 * - revenue = sum of the finite revenue values (NULL, NaN and ±Infinity are not valid), none valid → unclassified
 *   (listed with NULL class); potential = mean of finite potentials;
 * - G(c) = the sum of revenue levels strictly above c, summed per distinct revenue (ties share G, rank and class);
 *   A when G < (a − 1e-9)·T, B when G < (b − 1e-9)·T, else C; revenue ≤ 0 is C with blank shares;
 *   rank = 1 + customers strictly above (RANK.EQ); cumulative share = (G + the tie's revenue) / T;
 * - quadrant: class A = high value; potential ≥ the median of the classified customers' potentials (mean of the
 *   two middle ones) = high potential.
 * Every name is quoted (`quoteIdentifier`); a and b are checked (0 < a < b ≤ 1) and written as double literals.
 *
 * Complexity O(size of the text).
 * @throws SegmentationError 'invalid-thresholds', 'invalid-option' (an unsafe name).
 * @example segmentationSql({ dialect: 'duckdb', table: 'sales', customer: 'Customer', revenue: 'Amount' }).customers.includes('nfc_normalize') // => true
 */
export function segmentationSql(request: SegmentationSqlRequest, locale: Locale = 'en'): SegmentationSql {
  const a = request.a ?? 0.8;
  const b = request.b ?? 0.95;
  checkThresholds(a, b, locale);
  const { dialect } = request;
  const d = DIALECTS[dialect];
  const table = quoteTableName(dialect, request.table, locale);
  const customer = quoteIdentifier(dialect, request.customer, '--customer', locale);
  const revenue = quoteIdentifier(dialect, request.revenue, '--revenue', locale);
  const potential =
    request.potential === undefined
      ? null
      : quoteIdentifier(dialect, request.potential, '--potential', locale);
  const double = (expression: string) => `CAST(${expression} AS ${d.double})`;
  // The same doubles the core compares with: (a − 1e-9) and (b − 1e-9) computed here, in IEEE double.
  const limitA = doubleLiteral(a - 1e-9, d.double);
  const limitB = doubleLiteral(b - 1e-9, d.double);
  const nfc = d.nfc('customer_name');
  const key = d.fold(nfc ?? 'customer_name');
  // A finite value or NULL: x − x is 0 only for finite x (NaN and ±Infinity give NaN, which equals no number).
  const finite = (expression: string) => `CASE WHEN ${expression} - ${expression} = 0 THEN ${expression} END`;

  const header = [
    `-- ABC segmentation of ${table} (abc-segmenter, dialect ${dialect}; rules: segmentation.md §3–§5).`,
    `-- Customer ${customer}, revenue ${revenue}${potential ? `, potential ${potential}` : ', no potential (no value matrix)'}; A threshold ${a}, B threshold ${b}.`,
    '-- Customer key: lower(upper(NFC(trim(name)))), the case folding of segmentation.md §3 as the notes below allow;',
    '-- name shown: the smallest trimmed spelling of the key (binary order),',
    '-- where the workbook shows the first spelling in file order.',
    ...d.notes.map((note) => `-- Note (${dialect}): ${note}`),
  ];
  const ctes = `WITH source_rows AS (
  SELECT
    CAST(${customer} AS ${d.text}) AS raw_customer,
    ${double(revenue)} AS raw_revenue,
    ${potential ? double(potential) : `CAST(NULL AS ${d.double})`} AS raw_potential
  FROM ${table}
),
spellings AS (
  -- One row per distinct customer text as stored: the key is folded once per spelling, not once per row.
  SELECT
    raw_customer,
    ${d.partialSum(finite('raw_revenue'))} AS revenue,
    COUNT(${finite('raw_revenue')}) AS revenue_count,
    SUM(CASE WHEN raw_revenue IS NOT NULL AND NOT (raw_revenue - raw_revenue = 0) THEN 1 ELSE 0 END) AS invalid_count,
    SUM(${finite('raw_potential')}) AS potential_sum,
    COUNT(${finite('raw_potential')}) AS potential_count,
    COUNT(*) AS row_count
  FROM source_rows
  GROUP BY raw_customer
),
named_spellings AS (
  SELECT NULLIF(${d.trim('raw_customer')}, '') AS customer_name, spellings.*
  FROM spellings
),
customer_totals AS (
  SELECT
    ${key} AS customer_key,
    MIN(customer_name) AS customer_name,
    CASE WHEN SUM(revenue_count) > 0 THEN ${d.finalSum('revenue')} END AS revenue,
    SUM(potential_sum) / NULLIF(SUM(potential_count), 0) AS potential,
    SUM(row_count) AS row_count,
    SUM(revenue_count) AS revenue_count,
    SUM(invalid_count) AS invalid_count
  FROM named_spellings
  GROUP BY ${key}
),
run_counts AS (
  SELECT
    SUM(row_count) AS rows_read,
    SUM(row_count - revenue_count - invalid_count) AS rows_blank_revenue,
    SUM(invalid_count) AS rows_invalid_revenue,
    COALESCE(SUM(CASE WHEN customer_key IS NULL THEN row_count END), 0) AS rows_without_customer,
    COALESCE(SUM(CASE WHEN customer_key IS NULL THEN revenue END), 0) AS revenue_without_customer
  FROM customer_totals
),
customers AS (
  SELECT customer_key, customer_name, revenue, potential
  FROM customer_totals
  WHERE customer_key IS NOT NULL
),
revenue_total AS (
  SELECT SUM(CASE WHEN revenue > 0 THEN revenue END) AS total
  FROM customers
),
revenue_levels AS (
  SELECT revenue, COUNT(*) AS tied, SUM(revenue) AS tied_revenue
  FROM customers
  WHERE revenue IS NOT NULL
  GROUP BY revenue
),
level_positions AS (
  SELECT
    revenue,
    tied_revenue,
    1 + COALESCE(SUM(tied) OVER (ORDER BY revenue DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS revenue_rank,
    COALESCE(SUM(tied_revenue) OVER (ORDER BY revenue DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS greater_revenue
  FROM revenue_levels
),
customer_classes AS (
  SELECT
    c.customer_key,
    c.customer_name,
    c.revenue,
    c.potential,
    p.revenue_rank,
    CASE WHEN c.revenue > 0 THEN c.revenue / t.total END AS revenue_share,
    CASE WHEN c.revenue > 0 THEN (p.greater_revenue + p.tied_revenue) / t.total END AS cumulative_share,
    CASE
      WHEN c.revenue IS NULL THEN NULL
      WHEN c.revenue <= 0 THEN 'C'
      WHEN p.greater_revenue < ${limitA} * t.total THEN 'A'
      WHEN p.greater_revenue < ${limitB} * t.total THEN 'B'
      ELSE 'C'
    END AS abc_class
  FROM customers c
  LEFT JOIN level_positions p ON p.revenue = c.revenue
  CROSS JOIN revenue_total t
),
ordered_potentials AS (
  SELECT potential, ROW_NUMBER() OVER (ORDER BY potential) AS position, COUNT(*) OVER () AS potentials
  FROM customers
  WHERE revenue IS NOT NULL AND potential IS NOT NULL
),
potential_split AS (
  SELECT (MIN(potential) + MAX(potential)) / 2 AS split
  FROM ordered_potentials
  WHERE 2 * position BETWEEN potentials AND potentials + 2
),
segmented AS (
  SELECT
    cc.*,
    CASE
      WHEN cc.abc_class IS NULL OR cc.potential IS NULL THEN NULL
      WHEN cc.abc_class = 'A' AND cc.potential >= s.split THEN '++'
      WHEN cc.abc_class = 'A' THEN '+-'
      WHEN cc.potential >= s.split THEN '-+'
      ELSE '--'
    END AS quadrant
  FROM customer_classes cc
  CROSS JOIN potential_split s
)`;
  const customers = `${header.join('\n')}
${ctes}
SELECT
  g.customer_key,
  g.customer_name,
  g.revenue,
  g.potential,
  g.revenue_rank,
  g.revenue_share,
  g.cumulative_share,
  g.abc_class,
  g.quadrant,
  t.total AS total_revenue,
  s.split AS potential_split,
  r.rows_read,
  r.rows_blank_revenue,
  r.rows_invalid_revenue,
  r.rows_without_customer,
  r.revenue_without_customer
FROM segmented g
CROSS JOIN revenue_total t
CROSS JOIN potential_split s
CROSS JOIN run_counts r
ORDER BY g.revenue_rank NULLS LAST, g.customer_name, g.customer_key;
`;
  const summary = `${header.join('\n')}
-- Summary: customers and revenue per class (A, B, C) and per quadrant (++, +-, -+, --).
${ctes},
codes AS (
  SELECT 'class' AS kind, 'A' AS code, 1 AS position UNION ALL
  SELECT 'class', 'B', 2 UNION ALL
  SELECT 'class', 'C', 3 UNION ALL
  SELECT 'quadrant', '++', 4 UNION ALL
  SELECT 'quadrant', '+-', 5 UNION ALL
  SELECT 'quadrant', '-+', 6 UNION ALL
  SELECT 'quadrant', '--', 7
),
memberships AS (
  SELECT 'class' AS kind, abc_class AS code, revenue FROM segmented WHERE abc_class IS NOT NULL
  UNION ALL
  SELECT 'quadrant' AS kind, quadrant AS code, revenue FROM segmented WHERE quadrant IS NOT NULL
),
classified_count AS (
  SELECT COUNT(*) AS classified
  FROM segmented
  WHERE abc_class IS NOT NULL
)
SELECT
  k.kind,
  k.code,
  COUNT(m.code) AS customers,
  CAST(COUNT(m.code) AS ${d.double}) / MAX(n.classified) AS customer_share,
  COALESCE(SUM(m.revenue), 0) AS revenue,
  COALESCE(SUM(m.revenue), 0) / MAX(t.total) AS revenue_share
FROM codes k
LEFT JOIN memberships m ON m.kind = k.kind AND m.code = k.code
CROSS JOIN classified_count n
CROSS JOIN revenue_total t
GROUP BY k.kind, k.code, k.position
ORDER BY k.position;
`;
  return { customers, summary };
}

/**
 * A finite double as an SQL literal of that exact value: the shortest decimal that reads back as the same double
 * (JavaScript's `String`), cast to the engine's double type.
 */
function doubleLiteral(value: number, type: string): string {
  const text = String(value);
  // checkThresholds has passed, so this cannot fail; kept so that nothing but a plain number is ever emitted.
  if (!Number.isFinite(value) || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(text)) {
    throw new SegmentationError('invalid-thresholds', message('invalid-thresholds', { a: value, b: value }));
  }
  return `CAST(${text} AS ${type})`;
}
