/**
 * `abc-segmenter --db … --table …`: segment a table where the warehouse keeps it, and report as for a file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RUN_COLUMNS, segmentationSql } from '../core/sql/segmentationSql';
import type { SqlDialect } from '../core/sql/sqlDialect';
import { warehouseResult, type WarehouseRows } from '../core/sql/warehouseResult';
import type { Locale, SegmentationResult } from '../core/types';
import { queryWarehouse, type QueryColumns } from '../hosts/db/queryWarehouse';
import { parseWarehouseSource } from '../hosts/db/warehouseSource';
import { ArgumentError } from './parseArguments';
import { printReport } from './printReport';
import { toJson } from './toJson';
import { parseWarehouseArguments, sqlRequest, type WarehouseArguments } from './warehouseArguments';
import { WAREHOUSE_USAGE } from './warehouseUsage';

/**
 * Run the segmentation query in the database of `--db` and print the report (or `--json`, or write `-o`).
 * Rule: one query, one pass over the table (`segmentationSql`'s customer query, which also carries the row
 * counts); the core classifies the per-customer totals (`warehouseResult`), so the classes are the workbook's.
 * The connection string is never printed or written: the report names the source by its display form.
 *
 * @throws ArgumentError, SegmentationError (one sentence each; main exits 2).
 * @example await runDatabase(['--db', 'duckdb:sales.duckdb', '--table', 'sales', '--customer', 'Customer', '--revenue', 'Amount']) // => 0
 */
export async function runDatabase(argv: readonly string[]): Promise<number> {
  const args = parseWarehouseArguments(argv, 'db');
  if (args.help) {
    process.stdout.write(WAREHOUSE_USAGE);
    return 0;
  }
  const locale: Locale = args.locale ?? 'en';
  const source = parseWarehouseSource(args.db!, locale);
  if (args.output !== undefined && path.extname(args.output).toLowerCase() !== '.xlsx') {
    throw new ArgumentError(`-o writes an .xlsx workbook; "${args.output}" does not end in .xlsx`);
  }
  const dialect: SqlDialect = source.engine;
  const sql = segmentationSql(sqlRequest(args, dialect), locale);
  const answer = await queryWarehouse(source, sql.customers, locale, RUN_COLUMNS);
  const rows = warehouseRows(answer);
  const result = warehouseResult(rows, {
    a: args.a,
    b: args.b,
    withPotential: args.potential !== undefined,
    outputLocale: locale,
  });
  if (args.output !== undefined) await writeWorkbook(args, rows, locale);
  if (args.json) {
    process.stdout.write(`${toJson(result)}\n`);
  } else {
    process.stdout.write(
      printReport(result, locale, {
        input: `${source.display} ${args.table}`,
        columns: { revenue: args.revenue, customer: args.customer, potential: args.potential ?? null },
        fileIssues: [],
        output: args.output,
      }),
    );
  }
  return 0;
}

/** The query's columns as the rows `warehouseResult` takes. */
function warehouseRows(answer: QueryColumns): WarehouseRows {
  const column = (name: string) => answer.columns[name] ?? [];
  const numbers = (name: string) => column(name).map((value) => (value === null ? null : Number(value)));
  const texts = (name: string) => column(name).map((value) => (value === null ? null : String(value)));
  const first = (name: string) => Number(column(name)[0] ?? 0);
  return {
    key: texts('customer_key').map(String),
    name: texts('customer_name').map(String),
    revenue: numbers('revenue'),
    potential: numbers('potential'),
    rank: numbers('revenue_rank'),
    abcClass: texts('abc_class'),
    quadrant: texts('quadrant'),
    counts: {
      rowsRead: first('rows_read'),
      rowsBlankRevenue: first('rows_blank_revenue'),
      rowsInvalidRevenue: first('rows_invalid_revenue'),
      rowsWithoutCustomer: first('rows_without_customer'),
      revenueWithoutCustomer: first('revenue_without_customer'),
    },
  };
}

/**
 * `-o`: the per-customer totals as a one-sheet table (customer, revenue, potential under the column names the
 * user gave), segmented and written by the same flows and file host as a file run – summary sheet, charts, one
 * row per customer. Nothing of the connection is written.
 */
async function writeWorkbook(
  args: WarehouseArguments,
  rows: WarehouseRows,
  locale: Locale,
): Promise<SegmentationResult> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-segmenter-db-'));
  // The data sheet is named after the table (Excel: at most 31 characters, none of \ / ? * [ ] :).
  // eslint-disable-next-line no-control-regex -- control characters cannot be in a file or sheet name
  const sheet = args.table.replace(/[\\/?*[\]:\u0000-\u001f]/g, '_').slice(0, 31) || 'Customers';
  const input = path.join(directory, `${sheet}.csv`);
  try {
    const headers = [args.customer, args.revenue, ...(args.potential === undefined ? [] : [args.potential])];
    const lines = [headers.map(csvField).join(',')];
    for (let i = 0; i < rows.key.length; i++) {
      const fields = [csvField(rows.name[i]), numberField(rows.revenue[i])];
      if (args.potential !== undefined) fields.push(numberField(rows.potential[i]));
      lines.push(fields.join(','));
    }
    fs.writeFileSync(input, `${lines.join('\r\n')}\r\n`);
    const { writeSegmentedWorkbook } = await import('./writeSegmentedWorkbook');
    const outcome = await writeSegmentedWorkbook({
      input,
      output: args.output!,
      columns: { customer: args.customer, revenue: args.revenue, potential: args.potential ?? null },
      options: { a: args.a, b: args.b, parseLocale: 'en' },
      outputLocale: locale,
    });
    return outcome.result;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

function csvField(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function numberField(value: number | null): string {
  return value === null ? '' : String(value);
}
