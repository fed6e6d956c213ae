import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeWithSharedData, sharedData } from '../support/sharedData';
import { expectOneLineError, fixture, runCli, type CliRun } from './runCli';

const QUADRANT_CODES = ['++', '+-', '-+', '--'];

function json(run: CliRun): Record<string, unknown> {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isNumberOrNull = (value: unknown) => value === null || isNumber(value);

describe('command line: exit codes and errors', () => {
  test('--help prints the usage and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: abc-segmenter FILE\.xlsx\|FILE\.csv/);
  });

  test.each([
    ['no input file', []],
    ['an unknown option', [fixture('samples/customers.csv'), '--colour']],
    ['a missing file', ['no-such-file.csv']],
    ['an unknown column', [fixture('samples/customers.csv'), '--revenue', 'Sales 2027']],
    ['impossible thresholds', [fixture('samples/customers.csv'), '--a', '0.9', '--b', '0.8']],
    ['an unknown extension', ['package.json']],
  ])('%s exits 2 with one line on stderr', (_name, args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLineError(run);
  });

  test('a CSV split by a character that is no known delimiter says so, not "no column holds numbers"', () => {
    const run = runCli([fixture('corpus/mafintosh__test_fixtures_backtick.csv')]);
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toContain('not a CSV delimiter');
    expect(run.stderr).toContain('sep=`');
    const fi = runCli([fixture('corpus/mafintosh__test_fixtures_backtick.csv'), '--locale', 'fi']);
    expect(fi.stderr).toContain('jota tämä työkalu ei tunne erottimeksi');
  });

  test('an unknown column lists the headers with their letters', () => {
    const run = runCli([fixture('samples/customers.csv'), '--revenue', 'Sales 2027']);
    expect(run.stderr).toContain('A "Customer"');
    expect(run.stderr).toContain('D "Revenue 2026"');
  });

  test('-o refuses to overwrite the input, even spelled differently', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-cli-'));
    try {
      const input = path.join(folder, 'book.xlsx');
      fs.copyFileSync(fixture('samples/customers.xlsx'), input);
      const before = fs.readFileSync(input);
      const run = runCli([input, '-o', path.join(folder, '.', 'book.xlsx')]);
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr).toMatch(/input/);
      expect(fs.readFileSync(input).equals(before)).toBe(true);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('command line: -o writes a new workbook', () => {
  test('writes OUT.xlsx, prints the same report and leaves the input alone', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-cli-'));
    try {
      const output = path.join(folder, 'segmented.xlsx');
      const before = fs.readFileSync(fixture('samples/customers.csv'));
      const run = runCli([fixture('samples/customers.csv'), '-o', output]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(fs.readFileSync(output).subarray(0, 2).toString('latin1')).toBe('PK');
      const plain = runCli([fixture('samples/customers.csv')]);
      expect(run.stdout.startsWith(plain.stdout.trimEnd())).toBe(true);
      expect(run.stdout).toContain(`Written: ${output}`);
      expect(fs.readFileSync(fixture('samples/customers.csv')).equals(before)).toBe(true);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('-o honours --customer none: the workbook is segmented row by row, as the report says', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-cli-'));
    try {
      const output = path.join(folder, 'rows.xlsx');
      const args = [fixture('samples/customers.csv'), '--customer', 'none', '--potential', 'none'];
      const run = runCli([...args, '-o', output, '--json']);
      expect(run.status).toBe(0);
      const written = JSON.parse(run.stdout) as { customers: { name: string }[] };
      const plain = JSON.parse(runCli([...args, '--json']).stdout) as { customers: { name: string }[] };
      expect(written.customers.map((c) => c.name)).toEqual(plain.customers.map((c) => c.name));
      expect(written.customers[0].name).toMatch(/^Row \d+$/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('-o with another extension than .xlsx exits 2', () => {
    const run = runCli([fixture('samples/customers.csv'), '-o', 'out.csv']);
    expect(run.status).toBe(2);
    expectOneLineError(run);
  });
});

describe('command line: --json contract', () => {
  // The base contract: the optional roles of §8–§11 switched off (their keys are checked in analysesCli.test.ts).
  const result = json(
    runCli([fixture('samples/customers.csv'), '--group', 'none', '--previous', 'none', '--json']),
  );

  test('has exactly the summary keys, with their types', () => {
    const summary = result.summary as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['summary', 'customers', 'issues']);
    expect(Object.keys(summary)).toEqual([
      'headline',
      'customers',
      'revenue',
      'thresholds',
      'potentialSplit',
      'classes',
      'quadrants',
      'rows',
      'customersWithoutPositiveRevenue',
      'unclassifiedCustomers',
    ]);
    expect(typeof summary.headline).toBe('string');
    expect(Number.isInteger(summary.customers)).toBe(true);
    expect(isNumber(summary.revenue)).toBe(true);
    expect(summary.thresholds).toEqual({ a: 0.8, b: 0.95, method: 'fixed' });
    expect(isNumberOrNull(summary.potentialSplit)).toBe(true);
    const classes = summary.classes as Record<string, Record<string, unknown>>;
    expect(Object.keys(classes)).toEqual(['A', 'B', 'C']);
    for (const row of Object.values(classes)) {
      expect(Object.keys(row)).toEqual(['customers', 'customerShare', 'revenue', 'revenueShare']);
      expect(Object.values(row).every(isNumber)).toBe(true);
    }
    const quadrants = summary.quadrants as Record<string, Record<string, unknown>>;
    expect(Object.keys(quadrants).sort()).toEqual([...QUADRANT_CODES].sort());
    for (const row of Object.values(quadrants)) expect(Object.keys(row)).toEqual(['customers', 'revenue']);
    expect(Object.keys(summary.rows as object)).toEqual([
      'read',
      'blankRevenue',
      'invalidRevenue',
      'withoutCustomer',
    ]);
    expect(Object.values(summary.rows as object).every(Number.isInteger)).toBe(true);
    expect(Number.isInteger(summary.customersWithoutPositiveRevenue)).toBe(true);
    expect(Number.isInteger(summary.unclassifiedCustomers)).toBe(true);
  });

  test('lists every customer with exactly the contract keys, sorted by rank', () => {
    const customers = result.customers as Record<string, unknown>[];
    expect(customers).toHaveLength(240);
    for (const customer of customers) {
      expect(Object.keys(customer)).toEqual([
        'key',
        'name',
        'revenue',
        'potential',
        'rank',
        'share',
        'cumulativeShare',
        'class',
        'quadrant',
      ]);
      expect(typeof customer.key).toBe('string');
      expect(typeof customer.name).toBe('string');
      expect(isNumber(customer.revenue)).toBe(true);
      expect(isNumberOrNull(customer.potential)).toBe(true);
      expect(Number.isInteger(customer.rank)).toBe(true);
      expect(isNumberOrNull(customer.share)).toBe(true);
      expect(isNumberOrNull(customer.cumulativeShare)).toBe(true);
      expect(['A', 'B', 'C']).toContain(customer.class);
      expect([...QUADRANT_CODES, null]).toContain(customer.quadrant);
    }
    const ranks = customers.map((customer) => customer.rank as number);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  test('issues carry code, cell, row and message', () => {
    const run = json(runCli([fixture('bad/errors-and-text.csv'), '--revenue', 'Revenue', '--json']));
    const issues = run.issues as Record<string, unknown>[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(['code', 'cell', 'row', 'message']);
      expect(typeof issue.code).toBe('string');
      expect(issue.cell === null || /^[A-Z]{1,3}\d+$/.test(issue.cell as string)).toBe(true);
      expect(isNumberOrNull(issue.row)).toBe(true);
      expect(typeof issue.message).toBe('string');
    }
    expect(issues.map((issue) => issue.cell)).toEqual(
      expect.arrayContaining(['B3', 'B4', 'B5', 'B6', 'B8', 'B9', 'B10']),
    );
  });

  test('without potential the quadrants are an empty object and every quadrant null', () => {
    const run = json(runCli([fixture('samples/customers.csv'), '--potential', 'none', '--json']));
    expect((run.summary as Record<string, unknown>).quadrants).toEqual({});
    expect((run.summary as Record<string, unknown>).potentialSplit).toBeNull();
    expect((run.customers as { quadrant: unknown }[]).every((c) => c.quadrant === null)).toBe(true);
  });
});

describe('command line: same answers from every input form', () => {
  test('customers.csv, the Finnish asiakkaat.csv and customers.xlsx give identical JSON', () => {
    // Group names are data (Public / Julkinen), so the groups are compared by their numbers only.
    const csv = runCli([fixture('samples/customers.csv'), '--group', 'none', '--json']);
    const fi = runCli([fixture('samples/asiakkaat.csv'), '--group', 'none', '--json']);
    const xlsx = runCli([fixture('samples/customers.xlsx'), '--group', 'none', '--json']);
    expect(json(csv)).toBeTruthy();
    expect(fi.stdout).toBe(csv.stdout);
    expect(xlsx.stdout).toBe(csv.stdout);
  });

  test('columns by letter and by header text give the same result', () => {
    const byName = runCli([
      fixture('samples/customers.csv'),
      '--customer',
      'customer',
      '--revenue',
      'REVENUE 2025',
      '--json',
    ]);
    const byLetter = runCli([
      fixture('samples/customers.csv'),
      '--customer',
      'A',
      '--revenue',
      'c',
      '--json',
    ]);
    expect(json(byName)).toEqual(json(byLetter));
    expect((json(byName).summary as { revenue: number }).revenue).not.toEqual(
      (json(runCli([fixture('samples/customers.csv'), '--json'])).summary as { revenue: number }).revenue,
    );
  });

  test('--locale fi prints Finnish labels, actions and number format', () => {
    const run = runCli([fixture('samples/customers.csv'), '--locale', 'fi']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/asiakasta 240:stä/);
    expect(run.stdout).toContain('Arvokkaimmat asiakkuudet');
    expect(run.stdout).toContain('Paranna kannattavuutta tai luovu');
    expect(run.stdout).toMatch(/\d\u00a0\d{3},\d{2}/);
  });

  test('the English report shows headline, class table and quadrant actions', () => {
    const run = runCli([fixture('samples/customers.csv')]);
    const headline = (
      json(runCli([fixture('samples/customers.csv'), '--json'])).summary as { headline: string }
    ).headline;
    expect(run.stdout).toContain(headline);
    expect(run.stdout).toMatch(/^A \(the vital few\)/m);
    expect(run.stdout).toContain('Invest: deepen the relationship, key-account care.');
  });
});

describe('command line: bad inputs get an answer, never a crash', () => {
  const badFiles = fs.readdirSync(fixture('bad')).filter((name) => name.endsWith('.csv'));

  function expectAnswer(run: CliRun): void {
    expect(run.stderr).not.toMatch(/\n\s+at |unexpected error/);
    if (run.status === 0) {
      const result = JSON.parse(run.stdout) as { issues: { cell: string | null; row: number | null }[] };
      expect(Array.isArray(result.issues)).toBe(true);
    } else {
      expect(run.status).toBe(2);
      expectOneLineError(run);
    }
  }

  test.each(badFiles)('fixture bad/%s', (name) => {
    expectAnswer(runCli([fixture(`bad/${name}`), '--json']));
  });

  test('invalid revenue cells are listed with their cells when the revenue column is named', () => {
    const run = json(runCli([fixture('bad/errors-and-text.csv'), '--revenue', 'Revenue', '--json']));
    expect((run.summary as { rows: { invalidRevenue: number } }).rows.invalidRevenue).toBe(7);
  });

  test('ragged rows are reported with their row numbers and the rest is segmented', () => {
    const run = json(runCli([fixture('bad/ragged-rows.csv'), '--json']));
    const ragged = (run.issues as { code: string; row: number }[]).filter(
      (issue) => issue.code === 'ragged-row',
    );
    expect(ragged.map((issue) => issue.row)).toEqual([2, 3, 4]);
  });

  test('formula-like customer names stay plain text in JSON and in the report', () => {
    const names = (
      json(runCli([fixture('bad/formula-injection.csv'), '--json'])).customers as { name: string }[]
    ).map((customer) => customer.name);
    expect(names).toEqual([
      '=HYPERLINK("http://example.invalid","x")',
      "+cmd|' /C calc'!A0",
      '@SUM(1+1)',
      '-2+3',
    ]);
    const report = runCli([fixture('bad/formula-injection.csv')]);
    expect(report.status).toBe(0);
    expect(report.stdout).not.toMatch(/'=|"=/);
  });

  describeWithSharedData('shared reference data', () => {
    test('swiss-inhabitants.csv gives the reference classes of segmentation.md §7 (A 1 030, B 1 023, C 843)', () => {
      const summary = json(runCli([sharedData('external/swiss-inhabitants.csv'), '--json'])).summary as {
        classes: Record<string, { customers: number }>;
      };
      expect([summary.classes.A.customers, summary.classes.B.customers, summary.classes.C.customers]).toEqual(
        [1030, 1023, 843],
      );
    });
  });

  describeWithSharedData('shared bad/ data', () => {
    const sharedBad = fs.readdirSync(sharedData('bad'));
    test.each(sharedBad)('shared bad/%s', (name) => {
      expectAnswer(runCli([sharedData(`bad/${name}`), '--json']));
    });
  });
});
