import * as fs from 'fs';
import { segment } from '../../src/core/segment';
import type { SegmentationResult } from '../../src/core/types';
import { describeWithSharedData, sharedData } from '../support/sharedData';
import { revenues, rows } from './factories';

/** Revenue values of each class, in rank order. */
const byClass = (result: SegmentationResult) => ({
  A: result.customers.filter((c) => c.class === 'A').map((c) => c.revenue),
  B: result.customers.filter((c) => c.class === 'B').map((c) => c.revenue),
  C: result.customers.filter((c) => c.class === 'C').map((c) => c.revenue),
});

describe('segment: reference numbers of segmentation.md §7', () => {
  test('[80, 20] → A = {80}, B = {20}: a threshold reached exactly counts as reached', () => {
    expect(byClass(segment(revenues(80, 20)))).toEqual({ A: [80], B: [20], C: [] });
  });

  test('[50, 30, 15, 5] → A = {50, 30}, B = {15}, C = {5}', () => {
    expect(byClass(segment(revenues(50, 30, 15, 5)))).toEqual({ A: [50, 30], B: [15], C: [5] });
  });

  test('[10, 10, 10, 10, 10] → all A (G = 0 for everyone)', () => {
    expect(byClass(segment(revenues(10, 10, 10, 10, 10))).A).toHaveLength(5);
  });

  test('[100, -20, 0] → A = {100}; −20 and 0 are C and reported; the headline counts them', () => {
    const result = segment(revenues(100, -20, 0));
    expect(byClass(result)).toEqual({ A: [100], B: [], C: [0, -20] });
    expect(result.summary.headline).toBe('1 of 3 customers (33 %) bring 100 % of revenue.');
    expect(result.summary.customersWithoutPositiveRevenue).toBe(2);
    expect(result.issues.filter((i) => i.code === 'no-positive-revenue').map((i) => i.row)).toEqual([3, 4]);
  });
});

describeWithSharedData('segment: the swiss-inhabitants reference data', () => {
  test('swiss-inhabitants.csv with 80 % / 95 % → A 1030, B 1023, C 843', () => {
    const lines = fs.readFileSync(sharedData('external/swiss-inhabitants.csv'), 'utf8').trim().split(/\r?\n/);
    const values = /^\d/.test(lines[0]) ? lines : lines.slice(1);
    const { classes, headline } = segment(revenues(...values)).summary;
    expect([classes.A.customers, classes.B.customers, classes.C.customers]).toEqual([1030, 1023, 843]);
    expect(classes.A.revenueShare).toBeCloseTo(0.8, 3);
    expect(headline).toBe('1030 of 2896 customers (36 %) bring 80 % of revenue.');
  });
});

describe('segment: per-customer results', () => {
  test('rank is RANK.EQ: tied customers share the rank, the next rank skips', () => {
    expect(segment(revenues(5, 9, 9, 1)).customers.map((c) => c.rank)).toEqual([1, 1, 3, 4]);
  });

  test('share and cumulative share: ties get G + the whole tie, customers ≤ 0 get null', () => {
    const { customers } = segment(revenues(50, 25, 25, -10));
    expect(customers.map((c) => c.share)).toEqual([0.5, 0.25, 0.25, null]);
    expect(customers.map((c) => c.cumulativeShare)).toEqual([0.5, 1, 1, null]);
  });

  test('customers are listed by rank, tied customers by name', () => {
    const result = segment(rows(['Beta', 10], ['alfa', 10], ['Gamma', 30]));
    expect(result.customers.map((c) => c.name)).toEqual(['Gamma', 'alfa', 'Beta']);
  });

  test('rows of one customer add up (keys folded), every row points at its customer', () => {
    const result = segment(rows(['Alfa Oy', 100], [' ALFA OY', 50], ['Beta Oy', 100], ['alfa oy ', 25]));
    expect(result.customers.map((c) => [c.name, c.revenue])).toEqual([
      ['Alfa Oy', 175],
      ['Beta Oy', 100],
    ]);
    expect(Array.from(result.rowCustomer)).toEqual([0, 0, 1, 0]);
  });

  test('without a customer column the key is the row index and the name the sheet row', () => {
    const result = segment(revenues(1, 3), { outputLocale: 'fi' });
    expect(result.customers.map((c) => [c.key, c.name])).toEqual([
      ['1', 'Rivi 3'],
      ['0', 'Rivi 2'],
    ]);
  });

  test('class summary: revenue is the sum of the members, shares of T and of N', () => {
    const { classes, revenue, customers } = segment(revenues(50, 30, 15, 5, -10)).summary;
    expect(revenue).toBe(100);
    expect(customers).toBe(5);
    expect(classes.A).toEqual({ customers: 2, customerShare: 0.4, revenue: 80, revenueShare: 0.8 });
    expect(classes.C).toEqual({ customers: 2, customerShare: 0.4, revenue: -5, revenueShare: -0.05 });
  });

  test('Finnish headline in the output locale', () => {
    expect(segment(revenues(100, -20, 0), { outputLocale: 'fi' }).summary.headline).toBe(
      '1 asiakas 3:sta (33 %) tuo 100 % liikevaihdosta.',
    );
  });
});

describe('segment: blank, invalid and missing values are reported, never guessed', () => {
  test('blank and invalid revenue cells are counted and listed with their addresses', () => {
    const result = segment(rows(['A', 1200], ['B', '#N/A'], ['C', ''], ['D', 300]));
    expect(result.summary.rows).toEqual({ read: 4, blankRevenue: 1, invalidRevenue: 1, withoutCustomer: 0 });
    expect(result.issues.filter((i) => i.cell !== null).map((i) => [i.code, i.cell])).toEqual([
      ['invalid-revenue', 'B3'],
      ['blank-revenue', 'B4'],
    ]);
    expect(result.summary.unclassifiedCustomers).toBe(2);
    expect(result.issues.filter((i) => i.code === 'unclassified-customer')).toHaveLength(2);
    expect(Array.from(result.rowCustomer)).toEqual([0, -1, -1, 1]);
  });

  test('rows with a blank customer belong to no customer; their count and revenue are reported', () => {
    const result = segment(rows(['A', 10], [null, 7], ['  ', 3], ['B', 5]));
    expect(result.summary.customers).toBe(2);
    expect(result.summary.rows.withoutCustomer).toBe(2);
    expect(result.summary.revenueWithoutCustomer).toBe(10);
    expect(result.issues.find((i) => i.code === 'rows-without-customer')?.message).toMatch(/^2 rows/);
    expect(Array.from(result.rowCustomer)).toEqual([0, -1, -1, 1]);
  });

  test('the first 100 cell issues of a code are listed, the rest is one count issue', () => {
    const values = [...Array.from({ length: 130 }, () => ''), 5];
    const blank = segment(revenues(...values)).issues.filter((i) => i.code === 'blank-revenue');
    expect(blank).toHaveLength(101);
    expect(blank[100]).toMatchObject({ cell: null, row: null });
    expect(blank[100].message).toContain('30');
  });

  test('potential: mean of valid cells; invalid potential reported; missing potential counted', () => {
    const result = segment(rows(['A', 90, 4], ['A', 0, 'x'], ['A', 0, 2], ['B', 10, null]));
    expect(result.customers.map((c) => c.potential)).toEqual([3, null]);
    expect(result.issues.map((i) => i.code)).toEqual(['invalid-potential', 'no-potential']);
    expect(result.summary.customersWithoutPotential).toBe(1);
  });
});

describe('segment: clear errors, nothing computed', () => {
  test.each([
    [0.8, 0.8],
    [0, 0.5],
    [0.5, 1.1],
    [NaN, 0.9],
    [0.9, 0.8],
  ])('thresholds a=%p b=%p are invalid-thresholds', (a, b) => {
    expect(() => segment(revenues(1, 2), { a, b })).toThrow(
      expect.objectContaining({ code: 'invalid-thresholds' }),
    );
  });

  test('no customer with positive revenue is no-positive-revenue', () => {
    expect(() => segment(revenues(-10, 0, -3.5))).toThrow(
      expect.objectContaining({ code: 'no-positive-revenue' }),
    );
  });

  test('only blank cells is no-positive-revenue', () => {
    expect(() => segment(revenues('', null))).toThrow(
      expect.objectContaining({ code: 'no-positive-revenue' }),
    );
  });

  test('no rows is no-data', () => {
    expect(() => segment(revenues())).toThrow(expect.objectContaining({ code: 'no-data' }));
  });

  test('1e308 + 1e308 for one customer is revenue-not-finite (bad/overflow.csv)', () => {
    const overflow = rows(['A Oy', '1e308'], ['A Oy', '1e308'], ['B Oy', 5]);
    expect(() => segment(overflow)).toThrow(expect.objectContaining({ code: 'revenue-not-finite' }));
  });

  test('T past the largest double is revenue-not-finite', () => {
    expect(() => segment(revenues(1e308, 1e308))).toThrow(
      expect.objectContaining({ code: 'revenue-not-finite' }),
    );
  });
});

describe('segment: value matrix and changes', () => {
  test('quadrants by class A and the median potential, summed per quadrant', () => {
    const result = segment(rows(['a', 50, 1], ['b', 30, 9], ['c', 15, 8], ['d', 5, 2]));
    expect(result.customers.map((c) => c.quadrant)).toEqual(['+-', '++', '-+', '--']);
    expect(result.summary.potentialSplit).toBe(5);
    expect(result.summary.quadrants['+-']).toEqual({ customers: 1, revenue: 50 });
  });

  test('without a potential column there are no quadrants', () => {
    const result = segment(revenues(1, 2));
    expect(result.summary.quadrants).toEqual({});
    expect(result.summary.potentialSplit).toBeNull();
  });

  test('previous classes give change labels and the migration table', () => {
    const previous = new Map([
      ['a', 'B'],
      ['b', 'B'],
      ['gone oy', 'C'],
    ] as const);
    const result = segment(rows(['A', 80], ['B', 15], ['N', 5]), { previousClasses: previous });
    expect(result.customers.map((c) => c.change)).toEqual(['B→A', null, 'new']);
    expect(result.migration?.counts.B).toEqual({ A: 1, B: 1, C: 0, gone: 0 });
    expect(result.migration?.counts.C.gone).toBe(1);
    expect(result.migration?.counts.new.C).toBe(1);
  });

  test('without previous classes change is null and there is no migration table', () => {
    const result = segment(revenues(1));
    expect(result.migration).toBeNull();
    expect(result.customers[0].change).toBeNull();
  });
});

describe('segment: a dictionary-encoded customer column', () => {
  test('gives exactly the result of the same column as plain cells', () => {
    const names = ['Alfa Oy', ' ALFA OY', 'Beta', null, 'Gamma', 'beta '];
    const revenue = [100, 50, 30, 20, 10, 5];
    const addressing = { firstRow: 2, revenueColumn: 'B', customerColumn: 'A' };
    const values = [...new Set(names.filter((n) => n !== null))];
    const codes = Int32Array.from(names, (n) => (n === null ? -1 : values.indexOf(n)));
    const plain = segment({ revenue, customer: names, addressing });
    const encoded = segment({ revenue, customer: { codes, values }, addressing });
    expect(encoded.customers).toEqual(plain.customers);
    expect(encoded.summary).toEqual(plain.summary);
    expect(Array.from(encoded.rowCustomer)).toEqual(Array.from(plain.rowCustomer));
    expect(encoded.customers.map((c) => c.name)).toEqual(['Alfa Oy', 'Beta', 'Gamma']);
  });
});

describe('segment: measure and date columns as Float64Arrays', () => {
  test('give exactly the result of the same numbers as plain cells (a host may keep 8 bytes a row)', () => {
    const customer = ['a', 'b', 'a', null, 'c', 'b', 'a'];
    const revenue = [100, 40, -20, 7, 0.1, 0.2, 30];
    const previous = [10, 80, 0, 1, 5, 0, 0];
    const date = [46000, 46010, 46100, 46001, 45900, 46200, 46050];
    const group = ['N', 'S', 'N', 'N', 'S', 'S', 'S'];
    const addressing = {
      firstRow: 2,
      revenueColumn: 'B',
      customerColumn: 'A',
      previousColumn: 'C',
      dateColumn: 'D',
      groupColumn: 'E',
    };
    const options = { asOf: '2026-12-31' };
    const plain = segment({ revenue, customer, previous, date, group, addressing }, options);
    const typed = segment(
      {
        revenue: Float64Array.from(revenue),
        customer,
        previous: Float64Array.from(previous),
        date: Float64Array.from(date),
        group,
        addressing,
      },
      options,
    );
    expect(typed.customers).toEqual(plain.customers);
    expect(typed.summary).toEqual(plain.summary);
    expect(Array.from(typed.rowCustomer)).toEqual(Array.from(plain.rowCustomer));
    // a's credit note (-20 on 46100) is no purchase: its last is 46050 = 2026-01-28.
    expect(typed.customers.find((c) => c.name === 'a')!.lastPurchase).toBe('2026-01-28');
  });
});
