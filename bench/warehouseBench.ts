/**
 * `npm run bench` (warehouse part): 14,000,000 invoice lines in a DuckDB file, segmented through
 * `abc-segmenter --db` against the time DuckDB needs to run the printed query on its own. Target: ≤ 1.5×.
 * The data is generated inside DuckDB (range() and hash(): deterministic), in a temporary file removed after.
 * Run with `node lib/bench/warehouseBench.js [lines]`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DuckDBInstance } from '@duckdb/node-api';
import { segmentationSql } from '../src/core/sql/segmentationSql';

const ROOT = path.resolve(__dirname, '../..');
const RUNS = 3;
const LINES = Number(process.argv[2] ?? 14_000_000);
const TARGET_RATIO = 1.5;

/**
 * Invoice lines: customers drawn heavy-tailed from 50,000 names (u³ puts most lines on the first customers),
 * amounts 0.01–999.99 with every 40th line a credit note, every 30th line without a customer (cash sales), and
 * the names in three spellings (as typed, upper case, with a trailing space) so the key folding has work to do.
 */
const GENERATE = `
CREATE TABLE invoices AS
SELECT
  CASE
    WHEN hash(i, 1) % 30 = 0 THEN NULL
    WHEN hash(i, 2) % 3 = 0 THEN upper(name)
    WHEN hash(i, 2) % 3 = 1 THEN name || ' '
    ELSE name
  END AS customer,
  CASE WHEN hash(i, 3) % 40 = 0 THEN -1 ELSE 1 END * ((hash(i, 4) % 99999) + 1) / 100.0 AS amount
FROM (
  SELECT i, 'Asiakas ' || CAST(CAST(floor(50000 * pow((hash(i, 5) % 1000000) / 1000000.0, 3)) AS BIGINT) AS VARCHAR) || ' Oy' AS name
  FROM range(${LINES}) t(i)
)`;

function median(values: number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
}

async function main(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-warehouse-bench-'));
  const file = path.join(folder, 'invoices.duckdb');
  try {
    const start = performance.now();
    {
      const instance = await DuckDBInstance.create(file);
      const connection = await instance.connect();
      await connection.run(GENERATE);
      connection.closeSync();
      instance.closeSync();
    }
    const generated = performance.now() - start;
    const sql = segmentationSql({
      dialect: 'duckdb',
      table: 'invoices',
      customer: 'customer',
      revenue: 'amount',
    });

    // DuckDB alone: the printed query, executed and its result materialised inside DuckDB, read-only as --db opens it.
    const alone: number[] = [];
    let customers = 0;
    for (let run = 0; run <= RUNS; run++) {
      const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
      const connection = await instance.connect();
      const t0 = performance.now();
      // run() executes the query and materialises the result inside DuckDB; nothing is converted to JavaScript.
      const result = await connection.run(sql.customers);
      const elapsed = performance.now() - t0;
      customers = result.rowCount;
      connection.closeSync();
      instance.closeSync();
      if (run > 0) alone.push(elapsed);
    }

    // Through the command line: a new process, DuckDB loaded, query, the core's classification, the JSON written.
    const cli: number[] = [];
    const output = path.join(folder, 'out.json');
    for (let run = 0; run <= RUNS; run++) {
      const t0 = performance.now();
      const child = spawnSync(
        'sh',
        [
          '-c',
          `"${process.execPath}" bin/abc-segmenter.js --db "duckdb:${file}" --table invoices --customer customer --revenue amount --json > "${output}"`,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      const elapsed = performance.now() - t0;
      if (child.status !== 0) throw new Error(`abc-segmenter --db failed: ${child.stderr}`);
      if (run > 0) cli.push(elapsed);
    }
    const ratio = median(cli) / median(alone);
    console.log(
      `\nWarehouse: ${LINES.toLocaleString('en-US')} invoice lines → ${customers.toLocaleString('en-US')} customers (DuckDB, generated in ${Math.round(generated)} ms)`,
    );
    console.log('| measurement | ms (median of 3) | runs |');
    console.log('| --- | ---: | --- |');
    console.log(
      `| DuckDB alone: the printed query | ${Math.round(median(alone))} | ${alone.map(Math.round).join(', ')} |`,
    );
    console.log(
      `| abc-segmenter --db … --json (whole process) | ${Math.round(median(cli))} | ${cli.map(Math.round).join(', ')} |`,
    );
    console.log(
      `| ratio | ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}) | ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'} |`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
