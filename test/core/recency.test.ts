import { parseDateCell } from '../../src/core/parseDateCell';
import { slashOrderOf } from '../../src/core/slashOrderOf';
import { dateSerial, isoDate } from '../../src/core/excelSerial';
import { segment } from '../../src/core/segment';
import { lastPurchases } from '../../src/core/recency';
import { readDateColumn } from '../../src/core/readDateColumn';
import { IssueList } from '../../src/core/issueList';
import { isSegmentationError } from '../../src/core/segmentationError';
import { table } from './analysisFactories';

const JAN_15 = dateSerial(2026, 1, 15);
const byName = <T extends { name: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.name, x]));

describe('date cells (segmentation.md §11)', () => {
  test.each([
    ['an Excel serial', 46037],
    ['a serial with a time of day', 46037.75],
    ['ISO yyyy-mm-dd', '2026-01-15'],
    ['ISO with a time after it', '2026-01-15T08:30:00Z'],
    ['ISO with a space and time', '2026-01-15 08:30'],
    ['d.m.yyyy', '15.1.2026'],
    ['dd.mm.yyyy', '15.01.2026'],
    ['yyyymmdd text', '20260115'],
    ['a yyyymmdd number (past every serial)', 20260115],
  ])('%s is a date', (_what, cell) => {
    expect(parseDateCell(cell, 'd/m')).toEqual({ kind: 'date', serial: JAN_15 });
  });

  test('slash dates follow the order decided for the column', () => {
    expect(parseDateCell('15/1/2026', 'd/m')).toEqual({ kind: 'date', serial: JAN_15 });
    expect(parseDateCell('1/15/2026', 'm/d')).toEqual({ kind: 'date', serial: JAN_15 });
    expect(parseDateCell('1/15/2026', null)).toEqual({ kind: 'invalid' });
  });

  test.each([
    ['31.4.2026'],
    ['2026-02-29'],
    ['2026-13-01'],
    ['tomorrow'],
    [true],
    [-3],
    [Infinity],
    ['15-01-2026'],
  ])('%p is not a date', (cell) => {
    expect(parseDateCell(cell, 'd/m')).toEqual({ kind: 'invalid' });
  });

  test('blank cells are blank, not invalid', () => {
    expect(parseDateCell(null, 'd/m')).toEqual({ kind: 'blank' });
    expect(parseDateCell('  ', 'd/m')).toEqual({ kind: 'blank' });
  });

  test('serials are days since 1899-12-30', () => {
    expect(isoDate(1)).toBe('1899-12-31');
    expect(isoDate(61)).toBe('1900-03-01');
    expect(isoDate(JAN_15)).toBe('2026-01-15');
  });
});

describe('the slash order of a column', () => {
  test('a first field > 12 anywhere → d/m', () => {
    expect(slashOrderOf(['1/2/2026', '13/2/2026'], 'en')).toMatchObject({ order: 'd/m', basis: 'evidence' });
  });

  test('a second field > 12 anywhere → m/d', () => {
    expect(slashOrderOf(['1/2/2026', '2/13/2026'], 'fi')).toMatchObject({ order: 'm/d', basis: 'evidence' });
  });

  test('both → the column is invalid', () => {
    expect(slashOrderOf(['13/1/2026', '1/13/2026'], 'en')).toMatchObject({
      order: null,
      basis: 'conflict',
      dayFirstRow: 0,
      monthFirstRow: 1,
    });
  });

  test('neither → fi reads d/m, en m/d, as an assumption', () => {
    expect(slashOrderOf(['1/2/2026'], 'fi')).toMatchObject({ order: 'd/m', basis: 'assumed' });
    expect(slashOrderOf(['1/2/2026'], 'en')).toMatchObject({ order: 'm/d', basis: 'assumed' });
  });
});

describe('recency in a run', () => {
  test('the assumed slash order is an issue naming the order', () => {
    const result = segment(table({ customer: 'a', revenue: 5, date: '1/2/2026' }), { parseLocale: 'fi' });
    expect(result.customers[0].lastPurchase).toBe('2026-02-01');
    const issue = result.issues.find((i) => i.code === 'date-order-assumed')!;
    expect(issue.message).toContain('d/m/yyyy (day first)');
  });

  test('contradicting slash dates make the column invalid, named with both cells', () => {
    const result = segment(
      table(
        { customer: 'a', revenue: 5, date: '13/1/2026' },
        { customer: 'b', revenue: 5, date: '1/13/2026' },
      ),
    );
    expect(result.customers.map((c) => c.lastPurchase)).toEqual([null, null]);
    const issue = result.issues.find((i) => i.code === 'date-order-conflict')!;
    expect(issue.message).toContain('E2');
    expect(issue.message).toContain('E3');
    expect(result.summary.recency!.asOf).toBeNull();
  });

  test('invalid dates are reported with their cells and ignored', () => {
    const result = segment(
      table({ customer: 'a', revenue: 5, date: '2026-01-15' }, { customer: 'a', revenue: 5, date: 'soon' }),
    );
    const issue = result.issues.find((i) => i.code === 'invalid-date')!;
    expect([issue.cell, issue.row]).toEqual(['E3', 3]);
    expect(result.summary.recency!.invalidDates).toBe(1);
    expect(result.customers[0].lastPurchase).toBe('2026-01-15');
  });

  test('a credit note is not a purchase: the last purchase comes from rows with revenue > 0', () => {
    const result = segment(
      table(
        { customer: 'a', revenue: 100, date: '2026-01-15' },
        { customer: 'a', revenue: -40, date: '2026-05-01' },
        { customer: 'a', revenue: 0, date: '2026-05-02' },
        { customer: 'b', revenue: 5, date: '2026-04-01' },
      ),
    );
    const a = byName(result.customers).a;
    expect(a.lastPurchase).toBe('2026-01-15');
    // As of the latest date in the data – the credit note's – never the clock.
    expect(result.summary.recency!.asOf).toBe('2026-05-02');
    expect(a.daysSincePurchase).toBe(dateSerial(2026, 5, 2) - JAN_15);
  });

  test('a revenue cell read as text counts by its value: a later date with an invalid amount is no purchase', () => {
    const result = segment(
      table(
        { customer: 'a', revenue: '1 234,5', date: '15.1.2026' },
        { customer: 'a', revenue: 'about 50', date: '1.3.2026' },
        { customer: 'a', revenue: '-7,5', date: '2.3.2026' },
        { customer: 'b', revenue: '10', date: '3.3.2026' },
      ),
      { parseLocale: 'fi' },
    );
    expect(byName(result.customers).a.lastPurchase).toBe('2026-01-15');
    expect(byName(result.customers).b.lastPurchase).toBe('2026-03-03');
  });

  test('rows without a customer buy nothing, and an earlier date after a later one does not replace it', () => {
    const purchases = lastPurchases({ column: [5, 5, 5, 5], locale: 'en' }, Int32Array.of(0, -1, 0, 1), 2);
    const dates = readDateColumn(
      ['2026-02-01', '2026-09-09', '2026-01-01', ''],
      { firstRow: 2, column: 'E', locale: 'en' },
      new IssueList('en'),
      purchases.take,
    );
    expect(Array.from(purchases.last)).toEqual([dateSerial(2026, 2, 1), NaN]);
    expect(dates.latest).toBe(dateSerial(2026, 9, 9));
  });

  test('a contradicting column hands no date to the sink', () => {
    const taken: number[] = [];
    readDateColumn(
      ['13/1/2026', '1/13/2026'],
      { firstRow: 2, column: 'E', locale: 'en' },
      new IssueList('en'),
      (row) => taken.push(row),
    );
    expect(taken).toEqual([]);
  });

  test('with every per-row rule on, rows still map to result positions and each rule sees its rows', () => {
    const result = segment(
      table(
        { customer: 'small', revenue: 10, group: 'N', previous: 50, date: '2026-01-01' },
        { customer: null, revenue: 99, group: 'N', previous: 1, date: '2026-01-02' },
        { customer: 'big', revenue: 90, group: 'S', previous: 5, date: '2026-02-01' },
        { customer: 'none', revenue: 'x', group: 'S', previous: 1, date: '2026-02-02' },
      ),
    );
    expect(result.customers.map((c) => c.name)).toEqual(['big', 'small']);
    expect(Array.from(result.rowCustomer)).toEqual([1, -1, 0, -1]);
    expect(result.customers.map((c) => [c.lastPurchase, c.previousRevenue, c.groups![0].group])).toEqual([
      ['2026-02-01', 5, 'S'],
      ['2026-01-01', 50, 'N'],
    ]);
  });

  test('quiet = class A or B with more days since than the window; C customers are never quiet', () => {
    const rows = table(
      { customer: 'big', revenue: 70, date: '2026-01-01' },
      { customer: 'mid', revenue: 20, date: '2026-01-02' },
      { customer: 'tail', revenue: 10, date: '2026-01-01' },
      { customer: 'fresh', revenue: 1, date: '2026-06-30' },
    );
    const result = segment(rows, { quietDays: 90 });
    const c = byName(result.customers);
    expect([c.big.class, c.mid.class, c.tail.class]).toEqual(['A', 'A', 'B']);
    expect([c.big.quiet, c.mid.quiet, c.tail.quiet, c.fresh.quiet]).toEqual([true, true, true, false]);
    const recency = result.summary.recency!;
    expect(recency.quiet).toEqual({ A: { customers: 2, revenue: 90 }, B: { customers: 1, revenue: 10 } });
    expect(recency.quietA.map((q) => [q.name, q.lastPurchase])).toEqual([
      ['big', '2026-01-01'],
      ['mid', '2026-01-02'],
    ]);
  });

  test('days since equal to the window is not yet quiet', () => {
    const result = segment(
      table(
        { customer: 'a', revenue: 9, date: '2026-01-01' },
        { customer: 'b', revenue: 1, date: '2026-04-01' },
      ),
      { quietDays: 90 },
    );
    expect(result.customers[0].daysSincePurchase).toBe(90);
    expect(result.customers[0].quiet).toBe(false);
  });

  test('a given as-of date is used instead of the latest date', () => {
    const result = segment(table({ customer: 'a', revenue: 9, date: '2026-01-01' }), {
      asOf: '2026-12-31',
      quietDays: 30,
    });
    expect(result.summary.recency!.asOf).toBe('2026-12-31');
    expect(result.customers[0].daysSincePurchase).toBe(364);
    expect(result.customers[0].quiet).toBe(true);
  });

  test.each([
    [{ quietDays: -1 }, 'quiet window'],
    [{ quietDays: 1.5 }, 'quiet window'],
    [{ asOf: '31.12.2026' }, 'as-of date'],
  ])('a bad option %j is an invalid-option error', (options, words) => {
    try {
      segment(table({ customer: 'a', revenue: 9, date: '2026-01-01' }), options);
      throw new Error('expected an error');
    } catch (error) {
      expect(isSegmentationError(error) && error.code).toBe('invalid-option');
      expect((error as Error).message).toContain(words);
    }
  });
});
