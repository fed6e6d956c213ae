import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { computeThresholds } from '../../src/core/computedThresholds';
import { fmmSpline } from '../../src/core/fmmSpline';
import { segment } from '../../src/core/segment';
import type { AbcClass } from '../../src/core/types';
import { revenues } from './factories';

/** The positive values sorted from largest to smallest, as segment hands them over. */
const descending = (...values: number[]) => values.filter((v) => v > 0).sort((x, y) => y - x);

/** The 2,896 inhabitants of Swiss municipalities (R ABCanalysis `SwissInhabitants`). */
function swissInhabitants(): number[] {
  const text = readFileSync(join(__dirname, '../fixtures/external/swiss-inhabitants.csv'), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map(Number);
}

const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-9);

describe('computeThresholds: the reference numbers of segmentation.md §10', () => {
  test.each([
    [
      'swiss-inhabitants.csv',
      () => descending(...swissInhabitants()),
      [0.221, 0.690690639876],
      [0.372, 0.810559122462],
    ],
    ['1 … 9', () => descending(1, 2, 3, 4, 5, 6, 7, 8, 9), [0.42, 0.63924], [0.63, 0.83979]],
    [
      '100, 10, 9 … 1',
      () => descending(100, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1),
      [0.11, 0.683833975264],
      [0.28, 0.772979675198],
    ],
  ])('%s gives the A and C points of R ABCanalysis 1.2.1', (_name, data, [ax, ay], [cx, cy]) => {
    const result = computeThresholds(data());
    near(result.aPoint.x, ax);
    near(result.aPoint.y, ay);
    near(result.cPoint.x, cx);
    near(result.cPoint.y, cy);
    expect(result.a).toBe(result.aPoint.y);
    expect(result.b).toBe(result.cPoint.y);
  });

  test('swiss-inhabitants.csv segmented with the computed thresholds: A 641, B 437, C 1 818', () => {
    const values = swissInhabitants();
    const { a, b } = computeThresholds(descending(...values));
    const counts = { A: 0, B: 0, C: 0 };
    for (const customer of segment(revenues(...values), { a, b }).customers) counts[customer.class]++;
    expect(counts).toEqual({ A: 641, B: 437, C: 1818 });
  });

  test('a single customer: the curve is the diagonal, A ends at its middle and C at its end', () => {
    const result = computeThresholds([42]);
    near(result.aPoint.x, 0.5);
    near(result.a, 0.5);
    expect(result.cPoint).toEqual({ x: 1, y: 1 });
  });

  test('equal revenues make ties of the slope that resolve to the last (break-even) and first (Pareto) index', () => {
    // Ten equal values: the curve is the diagonal, every slope is 1 up to rounding, so the break-even point is
    // the last grid point and the Pareto point (closest to (0, 1)) is the middle.
    const result = computeThresholds(Array(10).fill(7));
    near(result.aPoint.x, 0.5);
    near(result.a, 0.5);
    near(result.cPoint.x, 1);
  });

  test('the break-even point can be the origin: then a = 0 and the segmentation has no A customer (as R)', () => {
    // Two near-equal large customers and a tiny one: the slope closest to 1 is the first grid slope.
    const result = computeThresholds([100, 99, 0.01]);
    expect(result.aPoint).toEqual({ x: 0, y: 0 });
    expect(result.a).toBe(0);
    const customers = segment(revenues(100, 99, 0.01), { thresholdMethod: 'computed' }).customers;
    expect(customers.map((c) => c.class)).not.toContain('A');
  });

  test('the spline can overshoot so that b < a: B is then empty by §4, never an invalid-thresholds refusal', () => {
    // Found by an independent oracle: a dominant customer and a long tail; the C point's yield is below the A point's.
    const values = [
      672265, 16085, 14012, 7709, 4831, 3766, 3202, 1812, 1606, 1080, 1073, 455, 301, 188, 122, 70, 47, 30,
      23, 16,
    ];
    const { a, b } = computeThresholds(values);
    expect(b).toBeLessThan(a);
    const result = segment(revenues(...values), { thresholdMethod: 'computed' });
    expect(result.summary.thresholds).toEqual({ a, b, method: 'computed' });
    const classes = result.customers.map((c) => c.class);
    expect(classes.filter((c) => c === 'A')).toHaveLength(4);
    expect(classes).not.toContain('B');
    expect(classes.filter((c) => c === 'C')).toHaveLength(16);
  });

  test('no revenue, a non-positive one or ascending order is a programming error', () => {
    expect(() => computeThresholds([])).toThrow(RangeError);
    expect(() => computeThresholds([3, 0])).toThrow(RangeError);
    expect(() => computeThresholds([1, 2])).toThrow(RangeError);
  });
});

describe('computeThresholds: properties', () => {
  const positives = fc
    .array(fc.oneof(fc.integer({ min: 1, max: 50 }), fc.double({ min: 0.01, max: 1e6, noNaN: true })), {
      minLength: 1,
      maxLength: 150,
    })
    .map((values) => values.sort((x, y) => y - x));

  test('0 ≤ a ≤ 1, 0 < b ≤ 1, the A point left of the C point, and both on the interpolated curve', () => {
    fc.assert(
      fc.property(positives, (values) => {
        const { a, b, aPoint, cPoint } = computeThresholds(values);
        // a = 0 happens: the break-even point can be the origin (see the case above).
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeGreaterThan(0);
        // Not a ≤ b: where the spline overshoots, the C point's yield can be below the A point's (case above).
        expect(a).toBeLessThanOrEqual(1);
        expect(b).toBeLessThanOrEqual(1);
        expect(aPoint.x).toBeLessThanOrEqual(cPoint.x);
        // On the curve: the FMM spline through the data's curve points, clamped to 1, at the point's x.
        const n = values.length;
        const total = values.reduce((s, v) => s + v, 0);
        const effort = [0];
        const share = [0];
        let running = 0;
        for (let i = 0; i < n; i++) {
          running += values[i];
          effort.push((i + 1) / n);
          share.push(running / total);
        }
        const curve = fmmSpline(effort, share);
        for (const point of [aPoint, cPoint]) {
          expect(Math.abs(Math.min(1, curve.values([point.x])[0]) - point.y)).toBeLessThan(1e-9);
        }
      }),
    );
  });

  test('the classes nest: A is a top set, A ∪ B a larger top set, and A is empty only when a = 0', () => {
    fc.assert(
      fc.property(positives, (values) => {
        const { a } = computeThresholds(values);
        const classes = segment(revenues(...values), { thresholdMethod: 'computed' }).customers.map(
          (c) => c.class,
        );
        const order: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };
        // The customers come sorted descending: a class never follows a later one (no C before a B or an A).
        for (let i = 1; i < classes.length; i++) {
          expect(order[classes[i]]).toBeGreaterThanOrEqual(order[classes[i - 1]]);
        }
        // §10 step 7 with §4: a = 0 (the break-even point at the origin) leaves A empty, as in R; else A is not.
        expect(classes[0] === 'A').toBe(a > 0);
      }),
    );
  });
});

describe('fmmSpline: the spline of R splinefun(method = "fmm")', () => {
  test('interpolates its points', () => {
    const x = [0, 0.5, 1.5, 2, 4];
    const y = [1, -2, 0.5, 3, 3];
    const values = fmmSpline(x, y).values(x);
    x.forEach((_, i) => expect(values[i]).toBeCloseTo(y[i], 12));
  });

  test('with four or more points a cubic is reproduced exactly (its third derivative is matched at both ends)', () => {
    const cubic = (t: number) => 2 * t ** 3 - t ** 2 + 3 * t - 5;
    const x = [0, 0.3, 1, 1.7, 2.2, 3];
    const spline = fmmSpline(x, x.map(cubic));
    for (const t of [0.1, 0.8, 1.9, 2.9]) {
      expect(spline.values([t])[0]).toBeCloseTo(cubic(t), 10);
      expect(spline.slopes([t])[0]).toBeCloseTo(6 * t * t - 2 * t + 3, 10);
    }
  });

  test('with three points it is the parabola through them, with two the line', () => {
    const parabola = fmmSpline([0, 1, 3], [1, 2, 10]); // 1 + 0·t + t²
    expect(parabola.values([2])[0]).toBeCloseTo(5, 12);
    expect(parabola.slopes([2])[0]).toBeCloseTo(4, 12);
    const line = fmmSpline([1, 3], [1, 5]);
    expect(line.values([0, 2, 4])).toEqual(Float64Array.of(-1, 3, 7));
    expect(line.slopes([2])[0]).toBe(2);
  });

  test('on 1 … 5 it matches the FMM system of second derivatives solved densely (end pieces included)', () => {
    const spline = fmmSpline([1, 2, 3, 4, 5], [1, 4, 2, 8, 3]);
    const at = [1.5, 2.25, 3.5, 4.5];
    const values = spline.values(at);
    at.forEach((t, i) => expect(values[i]).toBeCloseTo(expectedFmm(t), 12));
  });

  test('rejects fewer than two points and x that does not increase', () => {
    expect(() => fmmSpline([1], [1])).toThrow(RangeError);
    expect(() => fmmSpline([1, 1], [1, 2])).toThrow(RangeError);
    expect(() => fmmSpline([1, 2], [1])).toThrow(RangeError);
  });
});

/**
 * An independent FMM spline for x = 1 … 5, y = (1, 4, 2, 8, 3): the second derivatives M solve, with unit
 * spacing, M_{i−1} + 4M_i + M_{i+1} = 6·Δ²y inside and M_1 − M_0 = Δ³y_0, M_4 − M_3 = Δ³y_1 at the ends (the
 * spline's third derivative equals that of the cubic through the four end points), by dense Gaussian
 * elimination: no code shared with fmmSpline.
 */
function expectedFmm(t: number): number {
  const y = [1, 4, 2, 8, 3];
  const h = 1;
  // Third derivative of the cubic through the first / last four points, with unit spacing = the third difference.
  const third0 = y[3] - 3 * y[2] + 3 * y[1] - y[0];
  const third4 = y[4] - 3 * y[3] + 3 * y[2] - y[1];
  // Spline third derivative on piece i is (M_{i+1} − M_i)/h: equal to the end cubics' third derivatives.
  const A = [
    [-1, 1, 0, 0, 0],
    [1, 4, 1, 0, 0],
    [0, 1, 4, 1, 0],
    [0, 0, 1, 4, 1],
    [0, 0, 0, -1, 1],
  ];
  const rhs = [
    third0 * h,
    (6 * (y[2] - 2 * y[1] + y[0])) / (h * h),
    (6 * (y[3] - 2 * y[2] + y[1])) / (h * h),
    (6 * (y[4] - 2 * y[3] + y[2])) / (h * h),
    third4 * h,
  ];
  const M = solve(A, rhs);
  const i = Math.min(3, Math.max(0, Math.floor(t) - 1));
  const a = t - (i + 1);
  const b = 1 - a;
  // Standard piecewise form of the cubic spline on [x_i, x_i + 1] with second derivatives M_i, M_{i+1}.
  return (
    (M[i] * b ** 3) / 6 + (M[i + 1] * a ** 3) / 6 + (y[i] - M[i] / 6) * b + (y[i + 1] - M[i + 1] / 6) * a
  );
}

function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= f * a[col][c];
    }
  }
  return a.map((row, i) => row[n] / row[i]);
}
