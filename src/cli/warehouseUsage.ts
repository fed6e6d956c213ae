/**
 * The --help text of the warehouse commands (`sql`, `--db`).
 */

/**
 * What `abc-segmenter sql --help` and `abc-segmenter --db … --help` print.
 *
 * @example WAREHOUSE_USAGE.startsWith('Usage: abc-segmenter sql') // => true
 */
export const WAREHOUSE_USAGE = `Usage: abc-segmenter sql --dialect duckdb|postgres|bigquery|snowflake|spark --table NAME
                         --customer COL --revenue COL [--potential COL] [--a 0.8] [--b 0.95]
       abc-segmenter --db duckdb:FILE.duckdb|postgres://USER@HOST:PORT/DB --table NAME
                     --customer COL --revenue COL [--potential COL] [--a 0.8] [--b 0.95]
                     [--locale en|fi] [--json] [-o OUT.xlsx]

sql prints two queries for the engine: one row per customer (key, name, revenue, potential, rank, share,
cumulative share, ABC class, quadrant) and the class and quadrant summary – the same rules as the workbook.
--db runs the customer query in DuckDB (the file is opened read-only) or PostgreSQL and prints the same report,
--json or workbook (-o: one row per customer, summary sheet, charts) as a file run.

  --table NAME        table or view; schema.table is split at the dot; names are quoted as given, so use the
                      case the database stores (PostgreSQL: usually lower case; Snowflake: usually UPPER CASE)
  --customer COL      customer column (rows with the same trimmed, lower-cased, NFC key are one customer)
  --revenue COL       numeric revenue column; --potential COL a numeric potential column (value matrix)
  postgres://…        user, host, port and database; the password comes from PGPASSWORD or ~/.pgpass
                      (or PGSERVICE), never from the command line; "postgres:" alone uses PGHOST, PGUSER …

Exit status: 0 done, 2 bad input or a database that cannot be reached (one line on stderr), 1 unexpected error.
`;
