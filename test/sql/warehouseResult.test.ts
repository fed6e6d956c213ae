import { warehouseResult, type WarehouseRows } from '../../src/core/sql/warehouseResult';

/** Query rows for customers given as [key, name, revenue, class, rank]; potential none. */
function rows(...customers: [string, string, number | null, string | null, number | null][]): WarehouseRows {
  return {
    key: customers.map(([key]) => key),
    name: customers.map(([, name]) => name),
    revenue: customers.map(([, , revenue]) => revenue),
    potential: customers.map(() => null),
    rank: customers.map(([, , , , rank]) => rank),
    abcClass: customers.map(([, , , cls]) => cls),
    quadrant: customers.map(() => null),
    counts: {
      rowsRead: 10,
      rowsBlankRevenue: 1,
      rowsInvalidRevenue: 0,
      rowsWithoutCustomer: 2,
      revenueWithoutCustomer: 7.5,
    },
  };
}

describe('warehouseResult: the rows of the customer query as a file run’s result', () => {
  test('classes come from the core over the warehouse totals; keys stay the warehouse’s', () => {
    const result = warehouseResult(rows(['beta', 'Beta', 20, 'B', 2], ['alfa oy', 'Alfa Oy', 80, 'A', 1]), {
      withPotential: false,
    });
    expect(result.customers.map((c) => [c.key, c.name, c.class, c.rank])).toEqual([
      ['alfa oy', 'Alfa Oy', 'A', 1],
      ['beta', 'Beta', 'B', 2],
    ]);
    expect(result.issues.filter((issue) => issue.code.startsWith('warehouse-'))).toEqual([]);
  });

  test('row counts and the revenue without a customer are the table’s, reported without cell addresses', () => {
    const result = warehouseResult(rows(['a', 'A', 5, 'A', 1], ['b', 'B', null, null, null]), {
      withPotential: false,
    });
    expect(result.summary.rows).toEqual({ read: 10, blankRevenue: 1, invalidRevenue: 0, withoutCustomer: 2 });
    expect(result.summary.revenueWithoutCustomer).toBe(7.5);
    expect(result.summary.unclassifiedCustomers).toBe(1);
    const codes = result.issues.map((issue) => issue.code);
    expect(codes).toContain('rows-without-customer');
    expect(codes).toContain('unclassified-customer');
    expect(codes).not.toContain('blank-revenue');
    expect(result.issues.every((issue) => issue.cell === null && issue.row === null)).toBe(true);
  });

  test('a class or rank the warehouse got differently is reported, the core’s is kept', () => {
    const result = warehouseResult(rows(['a', 'A', 80, 'A', 1], ['b', 'B', 20, 'A', 2]), {
      withPotential: false,
    });
    expect(result.customers.map((c) => c.class)).toEqual(['A', 'B']);
    expect(result.issues.map((issue) => issue.code)).toContain('warehouse-differs');
  });

  test('keys the warehouse keeps apart but the workbook rule makes one customer are merged and reported', () => {
    // PostgreSQL under the C locale lowers only A–Z: "ÄLFA" and "älfa" stay two keys there.
    const result = warehouseResult(rows(['Älfa', 'ÄLFA', 50, 'A', 1], ['älfa', 'älfa', 30, 'A', 2]), {
      withPotential: false,
    });
    expect(result.customers).toHaveLength(1);
    expect(result.customers[0].revenue).toBe(80);
    expect(result.issues.map((issue) => issue.code)).toContain('warehouse-merged');
  });

  test('a sum past the largest double is the clear error a file run gives', () => {
    expect(() => warehouseResult(rows(['a', 'A', Infinity, 'A', 1]), { withPotential: false })).toThrow(
      /beyond the largest number/,
    );
    expect(() => warehouseResult(rows(['a', 'A', NaN, 'A', 1]), { withPotential: false })).toThrow(
      /beyond the largest number/,
    );
  });
});
