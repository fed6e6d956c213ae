import fc from 'fast-check';
import { segment } from '../../src/core/segment';
import type { AbcClass, CustomerResult } from '../../src/core/types';
import { revenues } from './factories';

/** Revenues with at least one positive value; small integers make ties common. */
const revenueList = fc
  .array(fc.oneof(fc.integer({ min: -50, max: 200 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
    minLength: 1,
    maxLength: 60,
  })
  .filter((values) => values.some((v) => v > 0));
const thresholds = fc
  .tuple(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
  .filter(([a, b]) => a < b);

const classOfValue = (customers: CustomerResult[]) => {
  const map = new Map<number, AbcClass>();
  for (const c of customers) map.set(c.revenue + 0, c.class);
  return map;
};

describe('segment: properties of segmentation.md §4', () => {
  test('row order does not matter', () => {
    fc.assert(
      fc.property(revenueList, fc.infiniteStream(fc.nat()), (values, randoms) => {
        const shuffled = values
          .map((v) => ({ v, r: randoms.next().value as number }))
          .sort((x, y) => x.r - y.r)
          .map((x) => x.v);
        expect(classOfValue(segment(revenues(...shuffled)).customers)).toEqual(
          classOfValue(segment(revenues(...values)).customers),
        );
      }),
    );
  });

  test('tied customers share a class, a rank and a cumulative share', () => {
    fc.assert(
      fc.property(revenueList, (values) => {
        const byValue = new Map<number, CustomerResult>();
        for (const c of segment(revenues(...values)).customers) {
          const first = byValue.get(c.revenue) ?? c;
          byValue.set(c.revenue, first);
          expect([c.class, c.rank, c.cumulativeShare]).toEqual([
            first.class,
            first.rank,
            first.cumulativeShare,
          ]);
        }
      }),
    );
  });

  test('A is the smallest top set reaching a·T, A ∪ B the smallest reaching b·T (whole ties)', () => {
    fc.assert(
      fc.property(revenueList, thresholds, (values, [a, b]) => {
        const { customers, summary } = segment(revenues(...values), { a, b });
        const T = summary.revenue;
        const positive = customers.filter((c) => c.revenue > 0);
        for (const [limit, inSet] of [
          [a, (k: AbcClass) => k === 'A'],
          [b, (k: AbcClass) => k !== 'C'],
        ] as const) {
          const members = positive.filter((c) => inSet(c.class));
          const reached = members.reduce((s, c) => s + c.revenue, 0);
          if (members.length > 0) expect(reached).toBeGreaterThanOrEqual((limit - 1e-6) * T);
          // Dropping the smallest tie group of the set falls short of the limit.
          const smallest = members[members.length - 1]?.revenue;
          const without = members.filter((c) => c.revenue !== smallest).reduce((s, c) => s + c.revenue, 0);
          if (members.length > 0) expect(without).toBeLessThan((limit + 1e-6) * T);
        }
      }),
    );
  });

  test('classes nest as thresholds grow: an A stays A for a larger a', () => {
    fc.assert(
      fc.property(revenueList, fc.double({ min: 0.05, max: 0.5, noNaN: true }), (values, a) => {
        const small = segment(revenues(...values), { a, b: 0.95 }).customers;
        const large = segment(revenues(...values), { a: a + 0.3, b: 0.95 }).customers;
        const largeClass = classOfValue(large);
        for (const c of small) if (c.class === 'A') expect(largeClass.get(c.revenue + 0)).toBe('A');
      }),
    );
  });

  test('shares of the customers in P sum to 1', () => {
    fc.assert(
      fc.property(revenueList, (values) => {
        const total = segment(revenues(...values)).customers.reduce((s, c) => s + (c.share ?? 0), 0);
        expect(total).toBeCloseTo(1, 9);
      }),
    );
  });

  test('rank is RANK.EQ: 1 + the number of classified customers with strictly greater revenue', () => {
    fc.assert(
      fc.property(revenueList, (values) => {
        const { customers } = segment(revenues(...values));
        for (const c of customers) {
          expect(c.rank).toBe(1 + customers.filter((d) => d.revenue > c.revenue).length);
        }
      }),
    );
  });
});
