import { Client } from 'pg';
import { segmentationSql } from '../../src/core/sql/segmentationSql';
import { queryWarehouse } from '../../src/hosts/db/queryWarehouse';
import { differences, summaryDifferences } from './agreement';
import { warehouseCases } from './cases';
import { storeInPostgres } from './loadTable';
import { postgresBinDir, startPostgres, type PostgresServer } from './postgresServer';

if (postgresBinDir() === null) {
  test('PostgreSQL agreement (PostgreSQL is not installed: not run)', () => {
    console.warn(
      'PostgreSQL (initdb, pg_ctl under /usr/lib/postgresql) is absent: the PostgreSQL tests were not run',
    );
  });
} else {
  describe('PostgreSQL (a throwaway server): the query agrees with the core on every customer', () => {
    let server: PostgresServer | null = null;
    let client: Client;
    const saved = { ...process.env };
    beforeAll(async () => {
      server = startPostgres();
      // queryWarehouse reads the libpq variables from the environment, as a user's shell would give them.
      Object.assign(process.env, server!.env);
      client = new Client();
      await client.connect();
    }, 60000);
    afterAll(async () => {
      await client?.end();
      server?.stop();
      process.env = saved;
    });

    test.each(warehouseCases().map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
      const table = await testCase.load();
      await storeInPostgres(client, 'sales', table);
      const sql = segmentationSql({
        dialect: 'postgres',
        table: 'sales',
        customer: 'customer',
        revenue: 'revenue',
        potential: table.potential ? 'potential' : undefined,
        ...testCase.thresholds,
      });
      const answer = await queryWarehouse(
        { engine: 'postgres', connectionString: '', display: 'postgres:' },
        sql.customers,
      );
      expect(differences(answer, table, testCase.thresholds)).toEqual([]);
      const summary = await queryWarehouse(
        { engine: 'postgres', connectionString: '', display: 'postgres:' },
        sql.summary,
      );
      expect(summaryDifferences(summary, table, testCase.thresholds)).toEqual([]);
    });
  });
}
