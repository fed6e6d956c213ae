/**
 * The command line's --help text.
 */

/**
 * What `abc-segmenter --help` prints.
 *
 * @example USAGE.startsWith('Usage: abc-segmenter') // => true
 */
export const USAGE = `Usage: abc-segmenter FILE.xlsx|FILE.csv [options]

Segments customers by revenue into ABC classes (A = the vital few that bring the first 80 % of revenue,
B = up to 95 %, C = the long tail) and, with a potential column, into a value matrix.

Options:
  --sheet NAME        worksheet of an .xlsx file (default: the first sheet; its Excel table if it has one)
  --customer COL      customer column, by header text (case-insensitive) or letter (e.g. A)
  --revenue COL       revenue column (default: guessed from the headers and values)
  --potential COL     potential column (default: guessed; none when no column looks like one)
  --group COL         group column (region, salesperson, sector): ABC within each group
                      (default: guessed from the headers; none for no groups)
  --previous COL      revenue of an earlier period on the same rows (e.g. "Revenue 2025"): previous
                      classes, growth and who moved (default: guessed; none to switch off)
  --date COL          invoice or order date of each row: last purchase and who has gone quiet
                      (default: guessed; none to switch off)
  --a 0.8             A threshold: share of revenue the A customers reach (0.8, 80 or 80%)
  --b 0.95            B threshold (a < b <= 1)
  --thresholds fixed|computed
                      fixed: --a and --b (default); computed: where the ABC curve bends
                      (computed ABC analysis, Ultsch & Lötsch 2015)
  --quiet-days 90     an A or B customer without a purchase for more days than this has gone quiet
  --as-of yyyy-mm-dd  the day recency is counted to (default: the latest date in the data)
  --locale en|fi      output language and number convention (default: en; a ';' CSV with decimal
                      commas is read with the fi convention)
  --json              print the result as JSON
  -o OUT.xlsx         write a new workbook with the output columns, summary sheet and charts
  --help              this text

Where the data lives in a database: abc-segmenter sql --help (print the query for DuckDB, PostgreSQL,
BigQuery, Snowflake or Spark) and abc-segmenter --db duckdb:FILE|postgres://… --table NAME … (run it there).

Exit status: 0 done, 2 bad input (one line on stderr), 1 unexpected error (ABC_DEBUG=1 shows the stack).
`;
