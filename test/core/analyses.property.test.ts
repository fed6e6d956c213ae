import fc from 'fast-check';
import { segment } from '../../src/core/segment';
import type { CellValue, SegmentationResult } from '../../src/core/types';
import { table, type Row } from './analysisFactories';

/** Rows of few customers and few groups, so that pairs repeat; small integers make ties common. */
const rowList = fc.array(
  fc.record({
    customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', null),
    revenue: fc.oneof(fc.integer({ min: -20, max: 100 }), fc.constant('x' as CellValue)),
    group: fc.constantFrom('N', 'S', 'E', null),
    previous: fc.oneof(fc.integer({ min: -10, max: 100 }), fc.constant(null as CellValue)),
    date: fc.oneof(fc.integer({ min: 46000, max: 46400 }), fc.constant(null as CellValue)),
  }),
  { minLength: 1, maxLength: 40 },
);
/** Some customer has revenue > 0 (else there is nothing to segment, §4). */
const valid = (rows: Row[]) => {
  const sums = new Map<CellValue, number>();
  for (const row of rows) {
    if (row.customer === null || typeof row.revenue !== 'number') continue;
    sums.set(row.customer, (sums.get(row.customer) ?? 0) + row.revenue);
  }
  return [...sums.values()].some((sum) => sum > 0);
};
const classesOf = (result: SegmentationResult) => new Map(result.customers.map((c) => [c.key, c.class]));

function shuffle<T>(values: T[], randoms: fc.Stream<number>): T[] {
  return values
    .map((value) => ({ value, r: randoms.next().value as number }))
    .sort((x, y) => x.r - y.r)
    .map((x) => x.value);
}

describe('properties of segmentation.md §8, §9, §11', () => {
  test("a group's classes are those of its rows segmented alone", () => {
    fc.assert(
      fc.property(rowList.filter(valid), (rows) => {
        const result = segment(table(...rows));
        for (const group of result.summary.groups!) {
          const own = rows.filter((row) => (group.blank ? row.group === null : row.group === group.name));
          const positive = valid(own);
          const alone = positive
            ? classesOf(segment(table(...own.map(({ customer, revenue }) => ({ customer, revenue })))))
            : null;
          for (const customer of result.customers) {
            const pair = customer.groups!.find((g) => g.group === group.name);
            if (!pair) continue;
            expect(pair.class).toBe(alone ? alone.get(customer.key) : 'C');
          }
        }
      }),
    );
  });

  test('previous classes are those of a run on the previous column alone (customers with previous > 0)', () => {
    fc.assert(
      fc.property(rowList.filter(valid), (rows) => {
        const result = segment(table(...rows));
        const previousRows = rows.map(({ customer, previous }) => ({ customer, revenue: previous }));
        const positive = result.customers.filter((c) => (c.previousRevenue ?? 0) > 0);
        if (positive.length === 0) {
          for (const c of result.customers) expect(c.change).toBe('new');
          return;
        }
        const alone = classesOf(segment(table(...previousRows)));
        for (const customer of result.customers) {
          const expected = (customer.previousRevenue ?? 0) > 0 ? alone.get(customer.key) : null;
          expect(customer.previousClass).toBe(expected);
        }
      }),
    );
  });

  test('row order does not matter: groups, previous classes, migration and recency', () => {
    fc.assert(
      fc.property(rowList.filter(valid), fc.infiniteStream(fc.nat()), (rows, randoms) => {
        const essence = (result: SegmentationResult) => ({
          customers: [...result.customers]
            .map((c) => ({
              key: c.key,
              class: c.class,
              groups: c.groups!.map((g) => [g.group.toLowerCase(), g.class, g.revenue]),
              previousClass: c.previousClass,
              change: c.change,
              lastPurchase: c.lastPurchase,
              quiet: c.quiet,
            }))
            .sort((x, y) => x.key.localeCompare(y.key)),
          groups: result.summary.groups!.map((g) => [g.name, g.customers, g.revenue]),
          migration: result.summary.previous!.migration,
          recency: { ...result.summary.recency!, quietA: result.summary.recency!.quietA.length },
        });
        expect(essence(segment(table(...shuffle(rows, randoms))))).toEqual(essence(segment(table(...rows))));
      }),
    );
  });

  test('the optional roles never change the overall classes', () => {
    fc.assert(
      fc.property(rowList.filter(valid), (rows) => {
        const plain = segment(table(...rows.map(({ customer, revenue }) => ({ customer, revenue }))));
        expect(classesOf(segment(table(...rows)))).toEqual(classesOf(plain));
      }),
    );
  });
});
