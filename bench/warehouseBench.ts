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
const RUNS = 5;
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

    // Interleaved (alone, report, JSON) so that the load of a shared machine falls on all three alike.
    const alone: number[] = [];
    const report: number[] = [];
    const json: number[] = [];
    let customers = 0;
    const output = path.join(folder, 'out.txt');
    const cli = (extra: string) => {
      const t0 = performance.now();
      const child = spawnSync(
        'sh',
        [
          '-c',
          `"${process.execPath}" bin/abc-segmenter.js --db "duckdb:${file}" --table invoices --customer customer --revenue amount ${extra} > "${output}"`,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      const elapsed = performance.now() - t0;
      if (child.status !== 0) throw new Error(`abc-segmenter --db failed: ${child.stderr}`);
      return elapsed;
    };
    for (let run = 0; run <= RUNS; run++) {
      // DuckDB alone: the printed query, opened read-only as --db opens it; run() executes the query and
      // materialises the result inside DuckDB, nothing is converted to JavaScript.
      const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
      const connection = await instance.connect();
      const t0 = performance.now();
      const result = await connection.run(sql.customers);
      const elapsed = performance.now() - t0;
      customers = result.rowCount;
      connection.closeSync();
      instance.closeSync();
      // Through the command line: a new process, DuckDB loaded, the query, the core's classification, the output.
      const reportMs = cli('');
      const jsonMs = cli('--json');
      if (run === 0) continue; // warm-up: the file's pages into the OS cache
      alone.push(elapsed);
      report.push(reportMs);
      json.push(jsonMs);
    }
    const ratio = median(report) / median(alone);
    const jsonRatio = median(json) / median(alone);
    const runs = (values: number[]) => values.map(Math.round).join(', ');
    console.log(
      `\nWarehouse: ${LINES.toLocaleString('en-US')} invoice lines → ${customers.toLocaleString('en-US')} customers ` +
        `(DuckDB, generated in ${Math.round(generated)} ms; load average ${os.loadavg()[0].toFixed(1)})`,
    );
    console.log(`| measurement | ms (median of ${RUNS}) | runs | × DuckDB alone |`);
    console.log('| --- | ---: | --- | ---: |');
    console.log(`| DuckDB alone: the printed query | ${Math.round(median(alone))} | ${runs(alone)} | 1.00 |`);
    console.log(
      `| abc-segmenter --db … (report; whole process) | ${Math.round(median(report))} | ${runs(report)} | ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'}) |`,
    );
    console.log(
      `| abc-segmenter --db … --json (whole process) | ${Math.round(median(json))} | ${runs(json)} | ${jsonRatio.toFixed(2)} |`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
