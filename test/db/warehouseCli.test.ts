import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { Client } from 'pg';
import { expectOneLineError, fixture, runCli } from '../cli/runCli';
import { readTestTable, storeInDuckDb, storeInPostgres } from './loadTable';
import { postgresBinDir, startPostgres, type PostgresServer } from './postgresServer';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-db-cli-'));
const duckFile = path.join(folder, 'sales.duckdb');
const overflowFile = path.join(folder, 'overflow.duckdb');
const columns = ['--customer', 'customer', '--revenue', 'revenue', '--potential', 'potential'];
const fileRun = [
  fixture('samples/customers.csv'),
  '--customer',
  'Customer',
  '--revenue',
  'Revenue 2026',
  '--potential',
  'Potential (EUR)',
  // The warehouse maps customer, revenue and potential only: the file run leaves Sector and Revenue 2025 (guessed
  // as group and previous period, §8–§9) out too.
  '--group',
  'none',
  '--previous',
  'none',
];

beforeAll(async () => {
  const table = await readTestTable(fixture('samples/customers.csv'), {
    customer: 'Customer',
    revenue: 'Revenue 2026',
    potential: 'Potential (EUR)',
  });
  await storeInDuckDb(duckFile, 'sales', table);
  await storeInDuckDb(
    overflowFile,
    'sales',
    await readTestTable(fixture('bad/overflow.csv'), { customer: 'Customer', revenue: 'Revenue' }),
  );
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The JSON without what names the source (the same data gives the same document). */
function comparable(stdout: string) {
  const document = JSON.parse(stdout) as { summary: unknown; customers: unknown[]; issues: unknown[] };
  return { summary: document.summary, customers: document.customers };
}

describe('command line: abc-segmenter sql', () => {
  test('prints the customer query and the summary query for the dialect', () => {
    const run = runCli([
      'sql',
      '--dialect',
      'snowflake',
      '--table',
      'SALES',
      '--customer',
      'CUSTOMER',
      '--revenue',
      'AMOUNT',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.match(/^WITH source_rows AS \(/gm)).toHaveLength(2);
    expect(run.stdout).toContain('FROM "SALES"');
    expect(run.stdout).toContain('no Unicode normalization');
  });

  test.each([
    ['no --dialect', ['sql', '--table', 't', '--customer', 'c', '--revenue', 'r']],
    [
      'an unknown dialect',
      ['sql', '--dialect', 'oracle', '--table', 't', '--customer', 'c', '--revenue', 'r'],
    ],
    ['no --revenue', ['sql', '--dialect', 'duckdb', '--table', 't', '--customer', 'c']],
    [
      'a control character in a name',
      ['sql', '--dialect', 'duckdb', '--table', 't\u001b[2J', '--customer', 'c', '--revenue', 'r'],
    ],
    [
      'impossible thresholds',
      [
        'sql',
        '--dialect',
        'duckdb',
        '--table',
        't',
        '--customer',
        'c',
        '--revenue',
        'r',
        '--a',
        '0.95',
        '--b',
        '0.8',
      ],
    ],
    [
      '--db with sql',
      ['sql', '--dialect', 'duckdb', '--db', 'duckdb:x', '--table', 't', '--customer', 'c', '--revenue', 'r'],
    ],
  ])('%s exits 2 with one line', (_name, args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLineError(run);
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('command line: --db duckdb:FILE', () => {
  test('gives the same JSON as the file run on the same data', () => {
    const db = runCli(['--db', `duckdb:${duckFile}`, '--table', 'sales', ...columns, '--json']);
    const file = runCli([...fileRun, '--json']);
    expect(db.stderr).toBe('');
    expect(db.status).toBe(0);
    expect(comparable(db.stdout)).toEqual(comparable(file.stdout));
  });

  test('prints the report with the source and the headline', () => {
    const run = runCli(['--db', `duckdb:${duckFile}`, '--table', 'sales', ...columns, '--locale', 'fi']);
    const file = runCli([...fileRun, '--locale', 'fi']);
    expect(run.status).toBe(0);
    // The source line names the database and table and the columns as the database spells them; the words and
    // everything after the source line are the file run's.
    const [source, ...rest] = run.stdout.split('\n');
    expect(source).toMatch(
      new RegExp(`^\\S+: duckdb:${duckFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} sales – `),
    );
    expect(source).toContain(': revenue; ');
    expect(source).toContain(': customer; ');
    expect(source.split(' ')[0]).toBe(file.stdout.split(' ')[0]);
    expect(rest).toEqual(file.stdout.split('\n').slice(1));
  });

  test('-o writes the workbook: the customers sheet, the summary sheet and the charts', async () => {
    const output = path.join(folder, 'segmented.xlsx');
    const run = runCli(['--db', `duckdb:${duckFile}`, '--table', 'sales', ...columns, '-o', output]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(output));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/name="sales"/);
    expect(workbookXml).toMatch(/name="ABC Summary"/);
    expect(Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(2);
    expect(JSON.stringify(Object.keys(zip.files))).not.toContain('duckdb');
  });

  test('errors are in Finnish with --locale fi', () => {
    const missing = `duckdb:${path.join(folder, 'missing.duckdb')}`;
    const run = runCli([
      '--db',
      missing,
      '--table',
      'sales',
      '--customer',
      'c',
      '--revenue',
      'r',
      '--locale',
      'fi',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/DuckDB-tiedostoa .* ei voi avata/);
  });

  test('revenue sums past the largest double: one sentence, exit 2', () => {
    const run = runCli([
      '--db',
      `duckdb:${overflowFile}`,
      '--table',
      'sales',
      '--customer',
      'customer',
      '--revenue',
      'revenue',
    ]);
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toMatch(/beyond the largest number/);
  });

  test.each([
    [
      'a missing file',
      `duckdb:${path.join(folder, 'missing.duckdb')}`,
      'sales',
      'revenue',
      /cannot be opened/,
    ],
    ['no such table', `duckdb:${duckFile}`, 'invoices', 'revenue', /table given with --table does not exist/],
    [
      'no such column',
      `duckdb:${duckFile}`,
      'sales',
      'amount',
      /column given with --customer, --revenue or --potential/,
    ],
    ['a text revenue column', `duckdb:${duckFile}`, 'sales', 'customer', /not numeric/],
    ['a bad --db', 'mysql://x', 'sales', 'revenue', /--db must be duckdb:FILE/],
  ])('%s exits 2 with one sentence', (_name, db, table, revenue, message) => {
    const run = runCli(['--db', db, '--table', table, '--customer', 'customer', '--revenue', revenue]);
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toMatch(message);
    expect(fs.existsSync(path.join(folder, 'missing.duckdb'))).toBe(false);
  });
});

if (postgresBinDir() === null) {
  test('command line: --db postgres (PostgreSQL is not installed: not run)', () => {
    console.warn('PostgreSQL is absent: the --db postgres command-line tests were not run');
  });
} else {
  describe('command line: --db postgres', () => {
    let server: PostgresServer;
    beforeAll(async () => {
      server = startPostgres()!;
      const client = new Client({ ...server, host: server.host });
      await client.connect();
      const table = await readTestTable(fixture('samples/customers.csv'), {
        customer: 'Customer',
        revenue: 'Revenue 2026',
        potential: 'Potential (EUR)',
      });
      await storeInPostgres(client, 'sales', table);
      await client.end();
    }, 60000);
    afterAll(() => server?.stop());

    test('credentials from the environment: the same JSON as the file run', () => {
      const db = runCli(['--db', 'postgres:', '--table', 'sales', ...columns, '--json'], server.env);
      expect(db.stderr).toBe('');
      expect(comparable(db.stdout)).toEqual(comparable(runCli([...fileRun, '--json']).stdout));
    });

    test('a URL names user and database; the password still comes from PGPASSWORD', () => {
      const url = `postgres://${server.user}@${encodeURIComponent(server.host)}:${server.port}/postgres`;
      const run = runCli(['--db', url, '--table', 'sales', ...columns], { PGPASSWORD: server.password });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('32 of 240 customers');
    });

    test('a wrong password: one sentence, exit 2, and the password is printed nowhere', () => {
      const run = runCli(['--db', 'postgres:', '--table', 'sales', ...columns], {
        ...server.env,
        PGPASSWORD: 'Wrong-Secret-99',
      });
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr).toMatch(/refused the user name or password/);
      expect(run.stderr + run.stdout).not.toContain('Wrong-Secret-99');
    });

    test('a password in the URL is never shown', () => {
      const url = `postgres://${server.user}:Url-Secret-42@${encodeURIComponent(server.host)}:${server.port}/postgres`;
      const run = runCli(['--db', url, '--table', 'sales', ...columns]);
      expect(run.stderr + run.stdout).not.toContain('Url-Secret-42');
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/refused the user name or password/);
    });

    test('no such table, no such database: one sentence each', () => {
      const table = runCli(['--db', 'postgres:', '--table', 'Sales', ...columns], server.env);
      expect(table.status).toBe(2);
      expect(table.stderr).toMatch(/does not exist .*case-sensitive/);
      const database = runCli(['--db', 'postgres:', '--table', 'sales', ...columns], {
        ...server.env,
        PGDATABASE: 'nowhere',
      });
      expect(database.status).toBe(2);
      expect(database.stderr).toMatch(/does not exist on that server/);
    });

    test('revenue sums past the largest double: one sentence, exit 2', async () => {
      const client = new Client({ ...server, host: server.host });
      await client.connect();
      await storeInPostgres(
        client,
        'huge',
        await readTestTable(fixture('bad/overflow.csv'), { customer: 'Customer', revenue: 'Revenue' }),
      );
      await client.end();
      const run = runCli(
        ['--db', 'postgres:', '--table', 'huge', '--customer', 'customer', '--revenue', 'revenue'],
        server.env,
      );
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr).toMatch(/beyond the largest number/);
    });

    test('a server that is not running: connection refused, exit 2', () => {
      const run = runCli([
        '--db',
        'postgres://nobody:Pw-Refused-1@127.0.0.1:1/postgres',
        '--table',
        'sales',
        ...columns,
      ]);
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr).toMatch(/refused the connection/);
      expect(run.stderr).not.toContain('Pw-Refused-1');
    });
  });
}
