import { segment } from '../../src/core/segment';
import { table } from './analysisFactories';

const byName = <T extends { name: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.name, x]));

describe('two periods (segmentation.md §9)', () => {
  const result = segment(
    table(
      { customer: 'Alfa', revenue: 50, previous: 10 },
      { customer: 'Beta', revenue: 30, previous: 60 },
      { customer: 'Gamma', revenue: 15, previous: null },
      { customer: 'Delta', revenue: -5, previous: 30 },
      { customer: 'Eta', revenue: 5, previous: 0 },
    ),
    { previousLabel: 'Revenue 2025' },
  );
  const customers = byName(result.customers);

  test('previous classes are §4 on the previous revenues, with the same thresholds', () => {
    // previous 60, 30, 10 (T 100): 60 A, 30 A (G 60 < 80), 10 B (G 90 < 95).
    expect([
      customers.Beta.previousClass,
      customers.Delta.previousClass,
      customers.Alfa.previousClass,
    ]).toEqual(['A', 'A', 'B']);
    expect(result.summary.previous!.classes.A).toMatchObject({ customers: 2, revenue: 90 });
    expect(result.summary.previous!.revenue).toBe(100);
  });

  test('a customer without positive previous revenue is new (blank or 0)', () => {
    expect([customers.Gamma.previousClass, customers.Gamma.change]).toEqual([null, 'new']);
    expect([customers.Eta.previousRevenue, customers.Eta.previousClass, customers.Eta.change]).toEqual([
      0,
      null,
      'new',
    ]);
    expect(customers.Gamma.previousRevenue).toBeNull();
  });

  test('a customer whose revenue has fallen to ≤ 0 moves to C', () => {
    expect([customers.Delta.class, customers.Delta.change]).toEqual(['C', 'A→C']);
    expect(customers.Delta.growth).toBeCloseTo(-35 / 30, 12);
  });

  test('change is previous → current, nothing when unchanged; growth is blank without positive previous', () => {
    expect(customers.Alfa.change).toBe('B→A');
    // Current 50, 30, 15, 5, −5 (T 100): 50 and 30 are A, 15 B, 5 and −5 C.
    expect([customers.Beta.class, customers.Beta.change]).toEqual(['A', null]);
    expect(customers.Alfa.growth).toBe(4);
    expect(customers.Gamma.growth).toBeNull();
    expect(customers.Eta.growth).toBeNull();
  });

  test('the migration table counts previous (A, B, C, new) × current, with the current revenue', () => {
    const previous = result.summary.previous!;
    expect(previous.label).toBe('Revenue 2025');
    expect(previous.migration).toEqual({
      A: { A: 1, B: 0, C: 1 },
      B: { A: 1, B: 0, C: 0 },
      C: { A: 0, B: 0, C: 0 },
      new: { A: 0, B: 1, C: 1 },
    });
    expect(previous.migrationRevenue.A).toEqual({ A: 30, B: 0, C: -5 });
    expect(result.migration!.counts.A).toEqual({ A: 1, B: 0, C: 1, gone: 0 });
  });

  test('a previous customer with no valid revenue cell now is gone', () => {
    const gone = segment(
      table({ customer: 'a', revenue: 10, previous: 10 }, { customer: 'b', revenue: 'x', previous: 90 }),
    );
    expect(gone.summary.previous!.gone).toEqual({ A: 1, B: 0, C: 0 });
    expect(gone.migration!.counts.A.gone).toBe(1);
  });

  test('a previous column wins over the classes of the last run', () => {
    const withBoth = segment(table({ customer: 'a', revenue: 10, previous: 10 }), {
      previousClasses: new Map([['a', 'C' as const]]),
    });
    expect(withBoth.customers[0].change).toBeNull();
  });

  test('invalid previous cells are reported with their cells; blank ones are not', () => {
    const bad = segment(
      table({ customer: 'a', revenue: 10, previous: '#N/A' }, { customer: 'b', revenue: 5, previous: '' }),
    );
    expect(bad.issues.filter((i) => i.code === 'invalid-previous').map((i) => i.cell)).toEqual(['D2']);
  });
});
