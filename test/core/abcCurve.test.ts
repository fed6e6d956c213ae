import { abcCurve, MAX_CURVE_POINTS } from '../../src/core/abcCurve';
import { segment } from '../../src/core/segment';
import { revenues } from './factories';

describe('abcCurve: segmentation.md §6', () => {
  test('starts at (0, 0), ends at (1, 1), one point per customer when few', () => {
    const curve = abcCurve(Float64Array.of(50, 30, 15, 5), 2, 1);
    expect(curve.points.map((p) => [p.customerShare, p.revenueShare])).toEqual([
      [0, 0],
      [0.25, 0.5],
      [0.5, 0.8],
      [0.75, 0.95],
      [1, 1],
    ]);
    expect(curve.lastA).toEqual({ customerShare: 0.5, revenueShare: 0.8 });
    expect(curve.lastB).toEqual({ customerShare: 0.75, revenueShare: 0.95 });
  });

  test('an empty class has no boundary point', () => {
    expect(abcCurve(Float64Array.of(10, 10), 2, 0).lastB).toBeNull();
  });

  test('at most 500 points, keeping the last A and last B customer and (1, 1)', () => {
    const values = Array.from({ length: 10007 }, (_, i) => 10007 - i);
    const result = segment(revenues(...values));
    const { points, lastA, lastB } = result.curve;
    expect(points.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(points[0]).toEqual({ customerShare: 0, revenueShare: 0 });
    expect(points[points.length - 1]).toEqual({ customerShare: 1, revenueShare: 1 });
    expect(points).toContainEqual(lastA);
    expect(points).toContainEqual(lastB);
    expect(lastA?.customerShare).toBeCloseTo(result.summary.classes.A.customers / 10007, 12);
  });

  test('down-sampling is deterministic and increasing', () => {
    const values = Float64Array.from({ length: 3000 }, (_, i) => 3000 - i);
    const first = abcCurve(values, 1000, 700).points;
    expect(abcCurve(values, 1000, 700).points).toEqual(first);
    for (let i = 1; i < first.length; i++)
      expect(first[i].customerShare).toBeGreaterThan(first[i - 1].customerShare);
  });

  test('only customers in P are on the curve', () => {
    const { points } = segment(revenues(80, 20, -5, 0)).curve;
    expect(points.map((p) => p.customerShare)).toEqual([0, 0.5, 1]);
  });
});
