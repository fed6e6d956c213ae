/**
 * Run one query in the warehouse and hand back its columns – the only code that talks to a database driver.
 */
import { SegmentationError } from '../../core/segmentationError';
import type { Locale } from '../../core/types';
import { warehouseError } from './warehouseError';
import type { WarehouseSource } from './warehouseSource';

/** A query's result, column-major: `columns[name][row]`; numbers as numbers, text as text, NULL as null. */
export interface QueryColumns {
  rowCount: number;
  columns: Record<string, (string | number | null)[]>;
}

/**
 * Run `sql` in `source` and read every row.
 * Rule: DuckDB opens the file read-only in-process (nothing is ever written to the user's database; a missing
 * file is an error, not a new database); PostgreSQL connects with `pg` (credentials from the URL, else libpq's
 * environment variables and password file) inside a READ ONLY transaction. BIGINT and NUMERIC results become
 * JavaScript numbers. Drivers are loaded on first use, so a file run never loads them.
 *
 * `constantColumns` hold the same value on every row (the run's figures): DuckDB reads only their first value,
 * since converting values is most of the cost of reading 50,000 customers.
 *
 * @throws SegmentationError with one sentence (`warehouseError`): no such file, table or column, connection
 *   refused, authentication failed – never the driver's message with a password in it.
 * @example (await queryWarehouse({ engine: 'duckdb', file: 'sales.duckdb', display: 'duckdb:sales.duckdb' }, 'SELECT 1 AS x')).columns.x // => [1]
 */
export async function queryWarehouse(
  source: WarehouseSource,
  sql: string,
  locale: Locale = 'en',
  constantColumns: readonly string[] = [],
): Promise<QueryColumns> {
  try {
    return source.engine === 'duckdb'
      ? await queryDuckDb(source.file, sql, new Set(constantColumns))
      : await queryPostgres(source, sql);
  } catch (error) {
    if (error instanceof SegmentationError) throw error;
    throw warehouseError(error, source, locale);
  }
}

async function queryDuckDb(file: string, sql: string, constant: ReadonlySet<string>): Promise<QueryColumns> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  // READ_ONLY: DuckDB would otherwise create a missing file, and a segmentation never writes to the source.
  // (DuckDB configuration `access_mode`: https://duckdb.org/docs/stable/configuration/overview)
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const result = await connection.run(sql);
    const names = result.columnNames();
    const chunks = await result.fetchAllChunks();
    const rowCount = chunks.reduce((sum, chunk) => sum + chunk.rowCount, 0);
    const columns: QueryColumns['columns'] = {};
    names.forEach((name, c) => {
      if (constant.has(name)) {
        const first = chunks.find((chunk) => chunk.rowCount > 0);
        columns[name] = first ? [plainValue(first.getColumnValues(c)[0])] : [];
        return;
      }
      const values: (string | number | null)[] = [];
      for (const chunk of chunks)
        for (const value of chunk.getColumnValues(c)) values.push(plainValue(value));
      columns[name] = values;
    });
    return { rowCount, columns };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function queryPostgres(
  source: Extract<WarehouseSource, { engine: 'postgres' }>,
  sql: string,
): Promise<QueryColumns> {
  const { Client } = await import('pg');
  const client = new Client(
    source.connectionString === '' ? {} : { connectionString: source.connectionString },
  );
  await client.connect();
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    const result = await client.query({ text: sql, rowMode: 'array' });
    await client.query('ROLLBACK');
    const columns: QueryColumns['columns'] = {};
    result.fields.forEach((field, c) => {
      // int8 (20) and numeric (1700) arrive as text from pg, to keep their precision; ours fit a double.
      const numeric = field.dataTypeID === 20 || field.dataTypeID === 1700;
      columns[field.name] = result.rows.map((row: unknown[]) =>
        numeric && row[c] !== null ? Number(row[c]) : plainValue(row[c]),
      );
    });
    return { rowCount: result.rows.length, columns };
  } finally {
    await client.end();
  }
}

/** A driver's value as number, string or null (BIGINT as bigint, NUMERIC and int8 as text → number). */
function plainValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}
