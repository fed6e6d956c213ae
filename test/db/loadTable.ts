/**
 * Test tables: a source file read by the command line's own reader and stored in DuckDB and PostgreSQL with the
 * values the core sees, so that the warehouse and the core segment the very same cells.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { Client } from 'pg';
import { openSource } from '../../src/cli/openSource';
import { readSourceColumns } from '../../src/cli/readSourceColumns';
import { parseCell } from '../../src/core/parseCell';
import type { CellValue, Locale, SourceColumns } from '../../src/core/types';

/** One table: text customer, double revenue and potential (NaN for a cell the core finds invalid). */
export interface TestTable {
  customer: (string | null)[];
  revenue: (number | null)[];
  potential: (number | null)[] | null;
  /** What the core is given for the same file. */
  columns: SourceColumns;
  parseLocale: Locale;
}

/** Read `file` with the named columns (potential optional; customer optional: then row numbers are the keys). */
export async function readTestTable(
  file: string,
  names: { customer?: string; revenue: string; potential?: string },
): Promise<TestTable> {
  const source = await openSource({
    input: file,
    customer: names.customer ?? 'none',
    revenue: names.revenue,
    potential: names.potential ?? 'none',
    json: false,
    help: false,
  });
  const { columns } = readSourceColumns(source, 'en');
  const n = columns.revenue.length;
  const cell = (value: CellValue) => {
    const parsed = parseCell(value, source.parseLocale);
    return parsed.kind === 'number' ? parsed.value : parsed.kind === 'blank' ? null : NaN;
  };
  const customerColumn = columns.customer;
  const customerAt = (r: number): CellValue =>
    customerColumn === undefined
      ? String(r)
      : Array.isArray(customerColumn)
        ? customerColumn[r]
        : (() => {
            const dictionary = customerColumn as { codes: Int32Array; values: readonly CellValue[] };
            const code = dictionary.codes[r];
            return code < 0 ? null : dictionary.values[code];
          })();
  const customer = Array.from({ length: n }, (_, r) => {
    const value = customerAt(r);
    return value === null || value === undefined ? null : String(value);
  });
  // Without a customer column every row is its own customer: the core keys it by row index, and so does the table.
  const coreColumns: SourceColumns =
    customerColumn === undefined ? { ...columns, customer: customer.slice() } : columns;
  return {
    customer,
    revenue: Array.from(columns.revenue, cell),
    potential: columns.potential ? Array.from(columns.potential, cell) : null,
    columns: coreColumns,
    parseLocale: source.parseLocale,
  };
}

/** Store `table` as table `name` (columns customer, revenue, potential) in a new DuckDB file. */
export async function storeInDuckDb(file: string, name: string, table: TestTable): Promise<void> {
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  try {
    await connection.run(
      `CREATE TABLE "${name}" (customer VARCHAR, revenue DOUBLE${table.potential ? ', potential DOUBLE' : ''})`,
    );
    const appender = await connection.createAppender(name);
    for (let r = 0; r < table.revenue.length; r++) {
      const customer = table.customer[r];
      if (customer === null) appender.appendNull();
      else appender.appendVarchar(customer);
      appendNumber(appender, table.revenue[r]);
      if (table.potential) appendNumber(appender, table.potential[r]);
      appender.endRow();
    }
    appender.closeSync();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function appendNumber(
  appender: { appendNull(): void; appendDouble(value: number): void },
  value: number | null,
) {
  if (value === null) appender.appendNull();
  else appender.appendDouble(value);
}

/** Store `table` as table `name` in the PostgreSQL server the client is connected to (replacing it). */
export async function storeInPostgres(client: Client, name: string, table: TestTable): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS "${name}"`);
  await client.query(
    `CREATE TABLE "${name}" (customer TEXT, revenue DOUBLE PRECISION${table.potential ? ', potential DOUBLE PRECISION' : ''})`,
  );
  const width = table.potential ? 3 : 2;
  const batch = 2000;
  for (let start = 0; start < table.revenue.length; start += batch) {
    const end = Math.min(start + batch, table.revenue.length);
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let r = start; r < end; r++) {
      const base = values.length;
      values.push(table.customer[r], pgNumber(table.revenue[r]));
      if (table.potential) values.push(pgNumber(table.potential[r]));
      tuples.push(`(${Array.from({ length: width }, (_, i) => `$${base + i + 1}`).join(', ')})`);
    }
    await client.query(`INSERT INTO "${name}" VALUES ${tuples.join(', ')}`, values);
  }
}

/** pg sends NaN as the text 'NaN', which float8 accepts; numbers as their shortest round-trip text. */
function pgNumber(value: number | null): string | null {
  return value === null ? null : Number.isNaN(value) ? 'NaN' : String(value);
}
