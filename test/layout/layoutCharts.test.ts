import { layoutWritePlan } from '../../src/core/layout/layoutWritePlan';
import { sampleMatrixCustomers } from '../../src/core/layout/sampleMatrixCustomers';
import { QUADRANT_LABELS } from '../../src/core/labels';
import type { AbcClass, CustomerResult, QuadrantCode } from '../../src/core/types';
import { allText, rangeValues } from './sheetCells';
import { customer, layoutInput, result } from './resultFixture';

const quadrantOf = (cls: AbcClass, potential: number): QuadrantCode =>
  `${cls === 'A' ? '+' : '-'}${potential >= 5 ? '+' : '-'}` as QuadrantCode;

/** n customers with revenues `revenue(i)`, the first `nA` in class A, potentials cycling 0..9. */
function many(n: number, nA: number, revenue: (i: number) => number): CustomerResult[] {
  return Array.from({ length: n }, (_, i) => {
    const cls: AbcClass = i < nA ? 'A' : i < 2 * nA ? 'B' : 'C';
    const potential = (i * 7) % 10;
    return customer(`C${i}`, revenue(i), cls, { potential, quadrant: quadrantOf(cls, potential) });
  });
}

describe('layoutCharts', () => {
  test('ABCCurve: the curve series and the boundary points reference cells holding the curve', () => {
    const res = result(
      many(20, 4, (i) => 100 - i),
      undefined,
      { potentialSplit: 5 },
    );
    const { charts, summary } = layoutWritePlan(layoutInput(res));
    const curve = charts.find((c) => c.name === 'ABCCurve')!;
    expect(curve.title).toBe('ABC curve');
    expect(curve.sheetName).toBe('ABC Summary');
    const [line, boundaries] = curve.series;
    expect(line).toMatchObject({ line: true, markers: false });
    expect(rangeValues(summary, line.x)).toEqual(res.curve.points.map((p) => p.customerShare));
    expect(rangeValues(summary, line.y)).toEqual(res.curve.points.map((p) => p.revenueShare));
    expect(boundaries).toMatchObject({ line: false, markers: true });
    expect(rangeValues(summary, boundaries.x)).toEqual([
      res.curve.lastA!.customerShare,
      res.curve.lastB!.customerShare,
    ]);
    expect(rangeValues(summary, boundaries.y)).toEqual([
      res.curve.lastA!.revenueShare,
      res.curve.lastB!.revenueShare,
    ]);
    expect(curve.xAxis).toMatchObject({ min: 0, max: 1, logarithmic: false });
  });

  test('ValueMatrix: one marker series per quadrant, named by its label, holding its customers', () => {
    const res = result(
      many(20, 4, (i) => 100 - i),
      undefined,
      { potentialSplit: 5 },
    );
    const { charts, summary } = layoutWritePlan(layoutInput(res));
    const matrix = charts.find((c) => c.name === 'ValueMatrix')!;
    const quadrantSeries = matrix.series.filter((s) => s.markers);
    expect(quadrantSeries.map((s) => s.name)).toEqual(
      ['++', '+-', '-+', '--'].map((q) => QUADRANT_LABELS.en[q as QuadrantCode]),
    );
    expect(new Set(quadrantSeries.map((s) => s.colour)).size).toBe(4);
    for (const s of quadrantSeries) {
      const code = (Object.keys(QUADRANT_LABELS.en) as QuadrantCode[]).find(
        (q) => QUADRANT_LABELS.en[q] === s.name,
      )!;
      const members = res.customers.filter((c) => c.quadrant === code);
      expect(rangeValues(summary, s.x)).toEqual(members.map((c) => c.revenue));
      expect(rangeValues(summary, s.y)).toEqual(members.map((c) => c.potential));
    }
  });

  test('ValueMatrix: the split lines are two-point line series at the split values', () => {
    const res = result(
      many(20, 4, (i) => 100 - i),
      undefined,
      { potentialSplit: 5 },
    );
    const { charts, summary } = layoutWritePlan(layoutInput(res));
    const lines = charts.find((c) => c.name === 'ValueMatrix')!.series.filter((s) => s.line);
    expect(lines.map((s) => s.name)).toEqual(['High-value split', 'Potential split']);
    const [value, potential] = lines;
    const smallestA = Math.min(...res.customers.filter((c) => c.class === 'A').map((c) => c.revenue));
    expect(rangeValues(summary, value.x)).toEqual([smallestA, smallestA]);
    expect(rangeValues(summary, potential.y)).toEqual([5, 5]);
    expect(rangeValues(summary, potential.x)).toEqual([81, 100]);
  });

  test('the revenue axis is logarithmic when revenues span more than two decades, and ≤ 0 are left out with a note', () => {
    const narrow = result(
      many(10, 2, (i) => 100 - i * 5),
      undefined,
      { potentialSplit: 5 },
    );
    expect(layoutWritePlan(layoutInput(narrow)).charts[1].xAxis.logarithmic).toBe(false);
    const wide = result(
      many(10, 2, (i) => (i === 9 ? -3 : 10 ** (4 - i / 3))),
      undefined,
      { potentialSplit: 5 },
    );
    const plan = layoutWritePlan(layoutInput(wide));
    const matrix = plan.charts[1];
    expect(matrix.xAxis.logarithmic).toBe(true);
    const xs = matrix.series.filter((s) => s.markers).flatMap((s) => rangeValues(plan.summary, s.x));
    expect(xs).toHaveLength(9);
    expect(xs.every((x) => typeof x === 'number' && x > 0)).toBe(true);
    expect(allText(plan.summary)).toContain(
      '1 customer with revenue ≤ 0 is not shown (logarithmic revenue axis).',
    );
  });

  test('Finnish chart titles', () => {
    const res = result(
      many(6, 2, (i) => 10 - i),
      undefined,
      { potentialSplit: 5 },
    );
    const charts = layoutWritePlan(layoutInput(res, { outputLocale: 'fi' })).charts;
    expect(charts.map((c) => c.title)).toEqual(['ABC-käyrä', 'Arvomatriisi']);
  });

  test('past 5 000 customers the matrix shows every A customer and an even sample of the rest, and says so', () => {
    const res = result(
      many(6000, 700, (i) => 10000 - i),
      undefined,
      { potentialSplit: 5 },
    );
    const plan = layoutWritePlan(layoutInput(res));
    const shown = plan.charts[1].series
      .filter((s) => s.markers)
      .flatMap((s) => rangeValues(plan.summary, s.x));
    expect(shown).toHaveLength(5000);
    const shownSet = new Set(shown);
    expect(res.customers.filter((c) => c.class === 'A').every((c) => shownSet.has(c.revenue))).toBe(true);
    expect(allText(plan.summary)).toContain('All 700 A customers and 4 300 of 5 300 others shown.');
  });
});

describe('sampleMatrixCustomers', () => {
  test('up to the limit every customer is shown', () => {
    const cs = many(50, 5, (i) => 100 - i);
    expect(sampleMatrixCustomers(cs, 50)).toMatchObject({ sampled: false, shown: cs });
  });

  test('the sample of the others is evenly spread and deterministic', () => {
    const cs = many(1000, 10, (i) => 1000 - i);
    const first = sampleMatrixCustomers(cs, 100);
    expect(first.shown).toHaveLength(100);
    expect(sampleMatrixCustomers(cs, 100).shown).toEqual(first.shown);
    const others = first.shown.filter((c) => c.class !== 'A').map((c) => cs.indexOf(c));
    const gaps = others.slice(1).map((v, i) => v - others[i]);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    expect(others[others.length - 1]).toBeGreaterThan(cs.length * 0.95);
  });

  test('more A customers than the limit: all A are kept, no others', () => {
    const cs = many(300, 200, (i) => 1000 - i);
    const sample = sampleMatrixCustomers(cs, 100);
    expect(sample.shown.filter((c) => c.class === 'A')).toHaveLength(200);
    expect(sample.othersShown).toBe(0);
  });
});
