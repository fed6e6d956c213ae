import { layoutWritePlan } from '../../src/core/layout/layoutWritePlan';
import { QUADRANT_ACTIONS, QUADRANT_LABELS } from '../../src/core/labels';
import type { MigrationTable } from '../../src/core/types';
import { allText, cellAt, rowStartingWith } from './sheetCells';
import { customer, layoutInput, result } from './resultFixture';

const withPotential = () =>
  result(
    [
      customer('Alfa', 50, 'A', { potential: 9, quadrant: '++' }),
      customer('Beta', 30, 'A', { potential: 1, quadrant: '+-' }),
      customer('Gamma', 15, 'B', { potential: 8, quadrant: '-+' }),
      customer('Delta', 5, 'C', { potential: 2, quadrant: '--' }),
    ],
    undefined,
    { potentialSplit: 5 },
  );

function migration(): MigrationTable {
  const row = () => ({ A: 0, B: 0, C: 0, gone: 0 });
  const counts = { A: row(), B: row(), C: row(), new: row() };
  counts.B.A = 5;
  counts.A.B = 2;
  counts.new.C = 12;
  counts.A.A = 3;
  return { counts };
}

describe('layoutSummarySheet', () => {
  test('the sheet is "ABC Summary" with the title and the headline at the top', () => {
    const res = withPotential();
    const { summary } = layoutWritePlan(layoutInput(res));
    expect(summary.name).toBe('ABC Summary');
    expect(cellAt(summary, 0, 0)?.block.style).toBe('title');
    expect(cellAt(summary, 1, 0)?.value).toBe(res.summary.headline);
    expect(cellAt(summary, 1, 0)?.block.style).toBe('headline');
  });

  test('Finnish output: sheet "ABC-yhteenveto" and Finnish table headers', () => {
    const { summary } = layoutWritePlan(layoutInput(withPotential(), { outputLocale: 'fi' }));
    expect(summary.name).toBe('ABC-yhteenveto');
    expect(allText(summary)).toEqual(
      expect.arrayContaining(['Luokat', 'Luokka', '% liikevaihdosta', 'Yhteensä']),
    );
  });

  test('the class table has customers, % customers, revenue, % revenue per class with formats', () => {
    const res = withPotential();
    const { summary } = layoutWritePlan(layoutInput(res));
    for (const cls of ['A', 'B', 'C'] as const) {
      const c = res.summary.classes[cls];
      expect(rowStartingWith(summary, cls)).toEqual([
        cls,
        c.customers,
        c.customerShare,
        c.revenue,
        c.revenueShare,
      ]);
    }
    const block = summary.blocks.find((b) => b.values[0][0] === 'A')!;
    expect(block.numberFormats).toEqual(['@', '#,##0', '0.0%', '#,##0.00', '0.0%']);
    expect(rowStartingWith(summary, 'Total')).toEqual(['Total', 4, 1, 100, 1]);
  });

  test('the quadrant table gives label, counts, share of revenue and the action of every quadrant', () => {
    const res = withPotential();
    const { summary } = layoutWritePlan(layoutInput(res));
    for (const code of ['++', '+-', '-+', '--'] as const) {
      const row = rowStartingWith(summary, QUADRANT_LABELS.en[code]);
      expect(row).toEqual([
        QUADRANT_LABELS.en[code],
        res.summary.quadrants[code]!.customers,
        res.summary.quadrants[code]!.customers / res.summary.customers,
        res.summary.quadrants[code]!.revenue,
        res.summary.quadrants[code]!.revenue / res.summary.revenue,
        null,
        null,
        null,
        // The action in the wide text column I, like every sentence of a table.
        QUADRANT_ACTIONS.en[code],
      ]);
    }
    expect(allText(summary).some((t) => t.includes('High potential: potential ≥ median (5).'))).toBe(true);
  });

  test('without potential there is no quadrant table and no value-matrix chart', () => {
    const plan = layoutWritePlan(layoutInput(result([customer('Alfa', 80, 'A'), customer('Beta', 20, 'B')])));
    expect(allText(plan.summary)).not.toContain('What to do');
    expect(plan.charts.map((c) => c.name)).toEqual(['ABCCurve']);
  });

  test('changes since the last run: the sentence and the migration table', () => {
    const res = result([customer('Alfa', 80, 'A'), customer('Beta', 20, 'B')], undefined, {
      migration: migration(),
    });
    const { summary } = layoutWritePlan(layoutInput(res));
    expect(allText(summary)).toContain('5 customers B→A, 2 A→B, 12 new.');
    expect(rowStartingWith(summary, 'New')).toEqual(['New', 0, 0, 12, 0]);
    expect(rowStartingWith(summary, 'Previous \\ now')).toEqual(['Previous \\ now', 'A', 'B', 'C', 'Gone']);
    const fi = layoutWritePlan(layoutInput(res, { outputLocale: 'fi' })).summary;
    expect(allText(fi)).toContain('5 asiakasta B→A, 2 A→B, 12 uutta.');
  });

  test('the issues section counts blank, invalid, customerless rows and their revenue', () => {
    const base = withPotential();
    const res = {
      ...base,
      summary: {
        ...base.summary,
        rows: { read: 10, blankRevenue: 2, invalidRevenue: 1, withoutCustomer: 3 },
        revenueWithoutCustomer: 123.5,
        customersWithoutPositiveRevenue: 1,
        unclassifiedCustomers: 4,
      },
      issues: [{ code: 'invalid-revenue', cell: 'C7', row: 7, message: 'C7: "abc" is not a number.' }],
    };
    const { summary } = layoutWritePlan(layoutInput(res));
    expect(rowStartingWith(summary, 'Blank revenue cells')).toEqual(['Blank revenue cells', 2]);
    expect(rowStartingWith(summary, 'Invalid revenue cells')).toEqual(['Invalid revenue cells', 1]);
    expect(rowStartingWith(summary, 'Rows without customer')).toEqual(['Rows without customer', 3]);
    expect(rowStartingWith(summary, 'Revenue of rows without customer')).toEqual([
      'Revenue of rows without customer',
      123.5,
    ]);
    expect(rowStartingWith(summary, 'Unclassified customers')).toEqual(['Unclassified customers', 4]);
    expect(rowStartingWith(summary, 'C7')).toEqual(['C7', 'C7: "abc" is not a number.']);
  });

  test('the parameters name the source, columns, thresholds, rules, run time and language', () => {
    const { summary } = layoutWritePlan(layoutInput(withPotential()));
    expect(rowStartingWith(summary, 'Source sheet')).toEqual(['Source sheet', 'Sales']);
    expect(rowStartingWith(summary, 'Source range')).toEqual(['Source range', 'A1:C5']);
    expect(rowStartingWith(summary, 'Revenue column')).toEqual(['Revenue column', 'Revenue']);
    expect(rowStartingWith(summary, 'Potential column')).toEqual(['Potential column', 'Potential']);
    expect(rowStartingWith(summary, 'A threshold')).toEqual(['A threshold', 0.8]);
    expect(rowStartingWith(summary, 'High value')).toEqual(['High value', 'class A']);
    expect(rowStartingWith(summary, 'Potential split')).toEqual(['Potential split', 'median (5)']);
    expect(rowStartingWith(summary, 'Run time')).toEqual(['Run time', '2024-05-01 10:04 UTC']);
    expect(rowStartingWith(summary, 'Output language')).toEqual(['Output language', 'English']);
  });

  test('output columns without a header row are named in the parameters, in the output language', () => {
    const headerless = (outputLocale: 'en' | 'fi') =>
      layoutWritePlan(
        layoutInput(withPotential(), {
          source: { sheetName: 'Sales', tableName: null, address: 'A1:C4', hasHeader: false },
          placement: { sheetName: 'Sales', tableName: null, firstColumn: 3, headerRow: 0 },
          outputLocale,
        }),
      ).summary;
    expect(rowStartingWith(headerless('en'), 'Output columns')).toEqual([
      'Output columns',
      'D–H, without a header row: Rank, Share, Cumulative share, ABC, Value matrix',
    ]);
    expect(rowStartingWith(headerless('fi'), 'Tulossarakkeet')).toEqual([
      'Tulossarakkeet',
      'D–H, ilman otsikkoriviä: Sija, Osuus, Kertymä, ABC, Arvomatriisi',
    ]);
    // With a header row the columns name themselves: no such row.
    expect(
      rowStartingWith(layoutWritePlan(layoutInput(withPotential())).summary, 'Output columns'),
    ).toBeUndefined();
  });

  test('no two blocks write the same cell', () => {
    const res = result(
      withPotential().customers.map((c) => ({ ...c })),
      undefined,
      { potentialSplit: 5, migration: migration() },
    );
    const { summary } = layoutWritePlan(layoutInput(res));
    for (const b of summary.blocks) {
      b.values.forEach((r, i) =>
        r.forEach((_, j) => expect(() => cellAt(summary, b.row + i, b.column + j)).not.toThrow()),
      );
    }
  });
});
