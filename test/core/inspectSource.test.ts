import * as fs from 'fs';
import { inspectSource } from '../../src/core/inspectSource';
import { segment } from '../../src/core/segment';
import type { CellValue, Locale } from '../../src/core/types';
import { describeWithSharedData, sharedData } from '../support/sharedData';

/** A simple CSV reader for the shared samples (no quoted separators in them). */
const csv = (file: string, separator = ','): string[][] =>
  fs
    .readFileSync(sharedData(file), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(separator));

describe('inspectSource: header rule of §1 and the first-run guesses', () => {
  test('a text cell above numbers in the revenue column is a header', () => {
    const result = inspectSource(
      [
        ['Customer', 'Sales'],
        ['A Oy', 10],
        ['B Oy', '20'],
      ],
      null,
      'en',
    );
    expect(result).toEqual({
      hasHeader: true,
      headers: ['Customer', 'Sales'],
      guess: { revenue: 1, customer: 0, potential: null, group: null, previous: null, date: null },
    });
  });

  test('a number in the first row means no header: headers are column letters', () => {
    const result = inspectSource(
      [
        ['A Oy', '100'],
        ['B Oy', '50'],
      ],
      null,
      'en',
    );
    expect(result.hasHeader).toBe(false);
    expect(result.headers).toEqual(['A', 'B']);
    expect(result.guess.revenue).toBe(1);
  });

  test('the latest revenue-named column wins (Revenue 2026 over Revenue 2025), potential by name', () => {
    const top: CellValue[][] = [
      ['Customer', 'Sector', 'Revenue 2025', 'Revenue 2026', 'Potential (EUR)', 'Potential score'],
      ['A Oy', 'Public', 10, 12, 500, 3],
    ];
    expect(inspectSource(top, true, 'en').guess).toEqual({
      revenue: 3,
      customer: 0,
      potential: 4,
      group: 1,
      previous: 2,
      date: null,
    });
  });

  test('a numeric CustomerID column counts as customer; otherwise the last numeric column is revenue', () => {
    const top: CellValue[][] = [
      ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      [1, 19970101, 1, 11.77],
    ];
    // The date column holds yyyymmdd numbers (CDNOW): a date, never revenue.
    expect(inspectSource(top, null, 'en').guess).toEqual({
      revenue: 3,
      customer: 0,
      potential: null,
      group: null,
      previous: null,
      date: 1,
    });
  });

  test('an empty header becomes its column letter', () => {
    expect(
      inspectSource(
        [
          ['Name', ' '],
          ['x', 1],
        ],
        true,
        'en',
      ).headers,
    ).toEqual(['Name', 'B']);
  });

  test('no column with numbers is column-not-found', () => {
    expect(() =>
      inspectSource(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        null,
        'en',
      ),
    ).toThrow(expect.objectContaining({ code: 'column-not-found' }));
  });
});

describeWithSharedData('inspectSource and segment on the shared samples', () => {
  const run = (file: string, separator: string, locale: Locale) => {
    const table = csv(file, separator);
    const { hasHeader, guess } = inspectSource(table.slice(0, 50), null, locale);
    const body = hasHeader ? table.slice(1) : table;
    return segment(
      {
        revenue: body.map((row) => row[guess.revenue]),
        customer: guess.customer === null ? undefined : body.map((row) => row[guess.customer ?? 0]),
        potential: guess.potential === null ? undefined : body.map((row) => row[guess.potential ?? 0]),
        addressing: {
          firstRow: hasHeader ? 2 : 1,
          revenueColumn: 'X',
          customerColumn: 'Y',
          potentialColumn: 'Z',
        },
      },
      { parseLocale: locale },
    );
  };

  test('customers.csv (en) and asiakkaat.csv (fi) give exactly the same result', () => {
    const en = run('samples/customers.csv', ',', 'en');
    const fi = run('samples/asiakkaat.csv', ';', 'fi');
    expect(en.summary.customers).toBe(240);
    expect(fi.customers).toEqual(en.customers);
    expect(fi.summary.classes).toEqual(en.summary.classes);
  });

  test('bad/errors-and-text.csv: valid rows classified, the others reported with their cells', () => {
    const result = run('bad/errors-and-text.csv', ',', 'en');
    expect(result.customers.map((c) => c.name)).toEqual(['A Oy', 'F Oy', 'J Oy']);
    expect(result.issues.filter((i) => i.code === 'invalid-revenue').map((i) => i.cell)).toEqual([
      'X3', 'X4', 'X5', 'X6', 'X8', 'X9', 'X10',
    ]); // prettier-ignore
  });

  test('bad/case-and-space-duplicates.csv: one customer spelled three ways', () => {
    expect(run('bad/case-and-space-duplicates.csv', ',', 'en').customers[0]).toMatchObject({
      name: 'Alfa Oy',
      revenue: 175,
    });
  });

  test('bad/ties-at-boundary.csv: the ten tied customers share one class', () => {
    const classes = new Set(
      run('bad/ties-at-boundary.csv', ',', 'en')
        .customers.filter((c) => c.revenue === 10)
        .map((c) => c.class),
    );
    expect(classes.size).toBe(1);
  });

  test('bad/no-header.csv: no header row, every row is data', () => {
    expect(run('bad/no-header.csv', ',', 'en').summary.rows.read).toBe(3);
  });

  test('bad/no-positive-revenue.csv and bad/overflow.csv stop with a clear error', () => {
    expect(() => run('bad/no-positive-revenue.csv', ',', 'en')).toThrow(
      expect.objectContaining({ code: 'no-positive-revenue' }),
    );
    expect(() => run('bad/overflow.csv', ',', 'en')).toThrow(
      expect.objectContaining({ code: 'revenue-not-finite' }),
    );
  });
});

describe('inspectSource: a header with nothing under it', () => {
  test('is no-data (not "no column holds numbers")', () => {
    expect(() => inspectSource([['Customer', 'Revenue']], null, 'en')).toThrow(
      expect.objectContaining({ code: 'no-data' }),
    );
  });
  test('a text column with data rows but no numbers is still column-not-found', () => {
    expect(() =>
      inspectSource(
        [
          ['Customer', 'Note'],
          ['A Oy', 'x'],
        ],
        null,
        'en',
      ),
    ).toThrow(expect.objectContaining({ code: 'column-not-found' }));
  });
});

describe('inspectSource: guesses of the group, previous and date columns (§8, §9, §11)', () => {
  const guess = (top: CellValue[][]) => inspectSource(top, true, 'en').guess;

  test.each([
    ['Region'],
    ['Alue'],
    ['Salesperson'],
    ['Myyjä'],
    ['Sector'],
    ['Toimiala'],
    ['Customer segment'],
  ])('a text column named %s is the group', (name) => {
    expect(
      guess([
        ['Customer', name, 'Sales'],
        ['A Oy', 'North', 10],
      ]).group,
    ).toBe(1);
  });

  test('a numeric column named like a group is not one', () => {
    expect(
      guess([
        ['Customer', 'Region', 'Sales'],
        ['A Oy', 3, 10],
      ]).group,
    ).toBe(null);
  });

  test('the customer column is never the group', () => {
    const found = guess([
      ['Customer segment', 'Sales'],
      ['A Oy', 10],
    ]);
    expect([found.customer, found.group]).toEqual([0, null]);
  });

  test.each([
    ['Revenue 2025', 'Revenue 2026', 0],
    ['Sales Q4 2025', 'Sales Q1 2026', 0],
    ['Myynti 2024', 'Myynti 2025', 0],
    ['Sales last year', 'Sales', 0],
    ['Edellisen vuoden myynti', 'Myynti', 0],
  ])('"%s" is the previous period of "%s"', (earlier, current, expected) => {
    const found = guess([
      [earlier, current, 'Customer'],
      [5, 10, 'A Oy'],
    ]);
    expect([found.revenue, found.previous]).toEqual([1, expected]);
  });

  test('of several earlier periods the latest is previous; a later period is revenue, never previous', () => {
    const found = guess([
      ['Revenue 2026', 'Revenue 2024', 'Revenue 2025', 'Customer'],
      [12, 8, 10, 'A Oy'],
    ]);
    expect([found.revenue, found.previous]).toEqual([0, 2]);
  });

  test('another measure is not a previous period', () => {
    expect(
      guess([
        ['Margin 2025', 'Revenue 2026'],
        [5, 10],
      ]).previous,
    ).toBe(null);
  });

  test.each([
    ['Date', '2026-01-15'],
    ['Invoice date', '15.1.2026'],
    ['Laskun päivä', '15.1.2026'],
    ['Pvm', '1/15/2026'],
  ])('a column named %s holding dates is the date', (name, cell) => {
    expect(
      guess([
        [name, 'Customer', 'Amount'],
        [cell, 'A Oy', 10],
      ]).date,
    ).toBe(0);
  });

  test('"Sales date" holding serials is the date, never revenue', () => {
    const found = guess([
      ['Customer', 'Sales date', 'Amount'],
      ['A Oy', 46037, 10],
    ]);
    expect([found.date, found.revenue]).toEqual([1, 2]);
  });

  test('a date-named column without dates is not the date', () => {
    expect(
      guess([
        ['Customer', 'Date', 'Amount'],
        ['A Oy', 'soon', 10],
      ]).date,
    ).toBe(null);
  });
});
