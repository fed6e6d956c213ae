import { layoutWritePlan } from '../../src/core/layout/layoutWritePlan';
import { QUADRANT_LABELS } from '../../src/core/labels';
import type { SavedSettings } from '../../src/core/layout/writePlan';
import { customer, layoutInput, result } from './resultFixture';

const three = () => [customer('Alfa', 80, 'A'), customer('Beta', 15, 'B'), customer('Gamma', 5, 'C')];

describe('layoutOutputColumns', () => {
  test('headers are Rank, Share, Cumulative share, ABC without potential or previous run', () => {
    const plan = layoutWritePlan(layoutInput(result(three())));
    expect(plan.output.columns.map((c) => c.header)).toEqual(['Rank', 'Share', 'Cumulative share', 'ABC']);
  });

  test('Finnish headers with potential and a previous run: Sija … Arvomatriisi, Muutos', () => {
    const customers = [
      customer('Alfa', 80, 'A', { potential: 5, quadrant: '++', change: 'B→A' }),
      customer('Beta', 20, 'B', { potential: 1, quadrant: '--', change: 'new' }),
    ];
    const migration = {
      counts: {
        A: { A: 0, B: 0, C: 0, gone: 0 },
        B: { A: 1, B: 0, C: 0, gone: 0 },
        C: { A: 0, B: 0, C: 0, gone: 0 },
        new: { A: 0, B: 1, C: 0, gone: 0 },
      },
    };
    const plan = layoutWritePlan(
      layoutInput(result(customers, [0, 1], { potentialSplit: 3, migration }), { outputLocale: 'fi' }),
    );
    expect(plan.output.columns.map((c) => c.header)).toEqual([
      'Sija',
      'Osuus',
      'Kertymä',
      'ABC',
      'Arvomatriisi',
      'Muutos',
    ]);
    expect(plan.output.columns[4].values).toEqual([QUADRANT_LABELS.fi['++'], QUADRANT_LABELS.fi['--']]);
    expect(plan.output.columns[5].values).toEqual(['B→A', 'uusi']);
    // Widths fit the header and, for the value matrix, the longest Finnish label.
    for (const column of plan.output.columns) expect(column.width).toBeGreaterThan(column.header.length);
    const longestLabel = Math.max(...Object.values(QUADRANT_LABELS.fi).map((label) => label.length));
    expect(plan.output.columns[4].width).toBeGreaterThan(longestLabel);
  });

  test('every row of a customer shows that customer; rows without customer stay empty', () => {
    const cs = three();
    // rows: Beta, Alfa, (no customer), Beta, Gamma
    const res = result(cs, [1, 0, -1, 1, 2]);
    const { output } = layoutWritePlan(layoutInput(res));
    expect(output.rowCount).toBe(5);
    const byHeader = Object.fromEntries(output.columns.map((c) => [c.header, c.values]));
    expect(byHeader.ABC).toEqual(['B', 'A', null, 'B', 'C']);
    expect(byHeader.Rank).toEqual([2, 1, null, 2, 3]);
    expect(byHeader.Share).toEqual([0.15, 0.8, null, 0.15, 0.05]);
    expect(byHeader['Cumulative share'][1]).toBeCloseTo(0.8);
    expect(byHeader['Cumulative share'][4]).toBeCloseTo(1);
  });

  test('share and cumulative share are empty for revenue ≤ 0, the class is C', () => {
    const res = result([customer('Alfa', 100, 'A'), customer('Credit', -20, 'C')]);
    const { output } = layoutWritePlan(layoutInput(res));
    expect(output.columns[1].values).toEqual([1, null]);
    expect(output.columns[2].values).toEqual([1, null]);
    expect(output.columns[3].values).toEqual(['A', 'C']);
  });

  test('number formats: rank 0, shares 0.0%, texts @', () => {
    const { output } = layoutWritePlan(layoutInput(result(three())));
    expect(output.columns.map((c) => c.numberFormat)).toEqual(['0', '0.0%', '0.0%', '@']);
  });

  test('the ABC and value-matrix columns colour each class and label with readable text', () => {
    const customers = [
      customer('Alfa', 80, 'A', { potential: 5, quadrant: '++' }),
      customer('Beta', 20, 'B'),
    ];
    const { output } = layoutWritePlan(layoutInput(result(customers, [0, 1], { potentialSplit: 3 })));
    const abc = output.columns[3].conditionalColours;
    expect(abc.map((r) => r.equals)).toEqual(['A', 'B', 'C']);
    const matrix = output.columns[4].conditionalColours;
    expect(matrix.map((r) => r.equals).sort()).toEqual(Object.values(QUADRANT_LABELS.en).sort());
    for (const rule of [...abc, ...matrix]) {
      expect(rule.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrast(rule.fill, rule.font)).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(abc.map((r) => r.fill)).size).toBe(3);
    expect(new Set(matrix.map((r) => r.fill)).size).toBe(4);
    expect(output.columns.filter((c) => c.conditionalColours.length > 0)).toHaveLength(2);
  });

  test('clear: rows below and columns right that the previous run owned at the same place', () => {
    const previous = {
      owned: { sheetName: 'Sales', firstColumn: 3, headers: ['a', 'b', 'c', 'd', 'e'], rowCount: 10 },
    } as SavedSettings;
    const { output } = layoutWritePlan(layoutInput(result(three()), { previous }));
    expect(output.clear).toEqual({ rowsBelow: 7, columnsRight: 1 });
    const elsewhere = { ...previous, owned: { ...previous.owned, firstColumn: 9 } };
    expect(layoutWritePlan(layoutInput(result(three()), { previous: elsewhere })).output.clear).toEqual({
      rowsBelow: 0,
      columnsRight: 0,
    });
  });

  test('the settings record the headers, place, rows written and class sizes', () => {
    const segmented = result(three());
    const { settings, output } = layoutWritePlan(layoutInput(segmented));
    expect(settings.owned).toEqual({
      sheetName: 'Sales',
      firstColumn: 3,
      headers: output.columns.map((c) => c.header),
      rowCount: 3,
      summarySheet: 'ABC Summary',
      charts: ['ABCCurve'],
      classCounts: {
        A: segmented.summary.classes.A.customers,
        B: segmented.summary.classes.B.customers,
        C: segmented.summary.classes.C.customers,
      },
    });
    expect(settings.version).toBe(1);
  });
});

/** WCAG contrast ratio of two `#RRGGBB` colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
