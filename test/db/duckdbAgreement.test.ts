import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { segmentationSql } from '../../src/core/sql/segmentationSql';
import { queryWarehouse } from '../../src/hosts/db/queryWarehouse';
import { differences, summaryDifferences } from './agreement';
import { warehouseCases } from './cases';
import { storeInDuckDb } from './loadTable';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-duckdb-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('DuckDB (in-process): the query agrees with the core on every customer', () => {
  test.each(warehouseCases().map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const table = await testCase.load();
    const file = path.join(folder, `${Math.random().toString(36).slice(2)}.duckdb`);
    await storeInDuckDb(file, 'sales', table);
    const sql = segmentationSql({
      dialect: 'duckdb',
      table: 'sales',
      customer: 'customer',
      revenue: 'revenue',
      potential: table.potential ? 'potential' : undefined,
      ...testCase.thresholds,
    });
    const answer = await queryWarehouse({ engine: 'duckdb', file, display: 'duckdb:test' }, sql.customers);
    expect(differences(answer, table, testCase.thresholds)).toEqual([]);
    const summary = await queryWarehouse({ engine: 'duckdb', file, display: 'duckdb:test' }, sql.summary);
    expect(summaryDifferences(summary, table, testCase.thresholds)).toEqual([]);
  });
});
