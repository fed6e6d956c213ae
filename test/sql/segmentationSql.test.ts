import * as fs from 'fs';
import * as path from 'path';
import { segmentationSql } from '../../src/core/sql/segmentationSql';
import { SQL_DIALECTS, type SqlDialect } from '../../src/core/sql/sqlDialect';
import { quoteIdentifier, quoteTableName } from '../../src/core/sql/quoteIdentifier';

const request = (dialect: SqlDialect) => ({
  dialect,
  table: 'sales',
  customer: 'Customer',
  revenue: 'Amount',
  potential: 'Potential',
});

describe('sql: golden query texts per dialect (test/sql/golden/<dialect>.sql)', () => {
  test.each(SQL_DIALECTS.map((dialect) => [dialect]))('%s matches its golden file', (dialect) => {
    const { customers, summary } = segmentationSql(request(dialect));
    const actual = `${customers}\n${summary}`;
    const file = path.join(__dirname, 'golden', `${dialect}.sql`);
    if (!fs.existsSync(file)) {
      const written = path.join(__dirname, '../../test-output/sql', `${dialect}.sql`);
      fs.mkdirSync(path.dirname(written), { recursive: true });
      fs.writeFileSync(written, actual);
      throw new Error(`no golden file ${file}: review ${written} and copy it there`);
    }
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});

describe('sql: names are quoted per dialect, never pasted', () => {
  test.each([
    ['duckdb', 'Revenue "2026"', '"Revenue ""2026"""'],
    ['postgres', "O'Brien; DROP TABLE x", '"O\'Brien; DROP TABLE x"'],
    ['snowflake', 'Myynti €', '"Myynti €"'],
    ['spark', 'a`b', '`a``b`'],
    ['bigquery', 'Revenue 2026', '`Revenue 2026`'],
  ] as const)('%s quotes %s as %s', (dialect, name, quoted) => {
    expect(quoteIdentifier(dialect, name, '--revenue')).toBe(quoted);
  });

  test('a qualified table name is quoted part by part', () => {
    expect(quoteTableName('postgres', 'sales.Invoices')).toBe('"sales"."Invoices"');
    expect(quoteTableName('bigquery', 'proj.dataset.t')).toBe('`proj`.`dataset`.`t`');
  });

  test.each([
    ['a NUL', 'a\u0000b'],
    ['a line feed', 'a\nb'],
    ['an escape (terminal) character', '\u001b[31m'],
    ['a C1 control', 'a\u0085b'],
    ['a line separator', 'a\u2028b'],
    ['a lone surrogate', 'a\ud800b'],
    ['an empty name', ''],
  ])('%s is refused with one sentence', (_what, name) => {
    for (const dialect of SQL_DIALECTS) {
      expect(() => quoteIdentifier(dialect, name, '--customer')).toThrow(/^--customer .*\.$/);
    }
  });

  test('BigQuery refuses a backtick or backslash rather than escape it', () => {
    expect(() => quoteIdentifier('bigquery', 'a`b', '--table')).toThrow(/backtick or backslash/);
    expect(() => quoteIdentifier('bigquery', 'a\\b', '--table')).toThrow(/backtick or backslash/);
  });

  test('an empty part of a qualified table name is refused', () => {
    expect(() => quoteTableName('duckdb', 'sales.')).toThrow(/empty identifier/);
  });

  test('a hostile name appears in the query only inside its quotes', () => {
    const hostile = 'x" FROM secrets; --';
    const { customers } = segmentationSql({ ...request('postgres'), customer: hostile });
    expect(customers).toContain('"x"" FROM secrets; --"');
    expect(customers.replace(/"(?:[^"]|"")*"/g, '"…"')).not.toContain('secrets');
  });
});

describe('sql: thresholds', () => {
  test('a and b are checked like the core checks them', () => {
    expect(() => segmentationSql({ ...request('duckdb'), a: 0.9, b: 0.8 })).toThrow(/0 < A < B/);
    expect(() => segmentationSql({ ...request('duckdb'), a: NaN })).toThrow(/0 < A < B/);
  });

  test('the limits are the doubles the core compares with, (a − 1e-9) and (b − 1e-9)', () => {
    const { customers } = segmentationSql({ ...request('duckdb'), a: 0.7, b: 0.9 });
    expect(customers).toContain(`CAST(${String(0.7 - 1e-9)} AS DOUBLE) * t.total`);
    expect(customers).toContain(`CAST(${String(0.9 - 1e-9)} AS DOUBLE) * t.total`);
  });

  test('without potential the query still returns potential and quadrant, as NULL', () => {
    const { customers } = segmentationSql({ ...request('spark'), potential: undefined });
    expect(customers).toContain('CAST(NULL AS DOUBLE) AS raw_potential');
    expect(customers).toContain('g.quadrant');
  });
});

describe('sql: key folding says where a dialect cannot follow segmentation.md §3', () => {
  test.each([
    ['snowflake', /no Unicode normalization/],
    ['spark', /no Unicode normalization/],
    ['postgres', /LC_CTYPE/],
    ['bigquery', /ß and ẞ may stay ß \(core: ss\)/],
    ['duckdb', /ß and ẞ stay ß \(core: ss\)/],
    ['spark', /ẞ stays ß/],
  ] as const)('%s', (dialect, note) => {
    const { customers } = segmentationSql(request(dialect));
    expect(
      customers
        .split('\n')
        .filter((line) => line.startsWith('--'))
        .join('\n'),
    ).toMatch(note);
  });

  test('the dialects with NFC fold the key as lower(upper(NFC))', () => {
    expect(segmentationSql(request('duckdb')).customers).toContain(
      'lower(upper(nfc_normalize(customer_name)))',
    );
    expect(segmentationSql(request('postgres')).customers).toContain(
      'lower(upper(normalize(customer_name, NFC)))',
    );
    expect(segmentationSql(request('bigquery')).customers).toContain(
      'LOWER(UPPER(NORMALIZE(customer_name, NFC)))',
    );
  });
});
