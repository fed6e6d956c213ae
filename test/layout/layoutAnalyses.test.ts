/**
 * The workbook output of groups (§8), two periods (§9), computed thresholds (§10) and recency (§11).
 */
import { layoutWritePlan } from '../../src/core/layout/layoutWritePlan';
import { outputColumnCount, outputHeaders } from '../../src/core/layout/outputHeaders';
import type { AbcClass, ClassSummary, GroupSummary, MigrationTable, Summary } from '../../src/core/types';
import { allText, cellAt, rangeValues, rowStartingWith } from './sheetCells';
import { customer, layoutInput, result, serialOf } from './resultFixture';

const classTable = (a: number, b: number, c: number): Record<AbcClass, ClassSummary> => {
  const entry = (customers: number): ClassSummary => ({
    customers,
    customerShare: customers / (a + b + c),
    revenue: customers * 10,
    revenueShare: customers / (a + b + c),
  });
  return { A: entry(a), B: entry(b), C: entry(c) };
};

function group(name: string, revenue: number, share: number, counts: [number, number, number]): GroupSummary {
  const classes = classTable(...counts);
  return {
    name,
    blank: false,
    customers: counts[0] + counts[1] + counts[2],
    revenue,
    share,
    classes,
    headline: `${counts[0]} of ${counts[0] + counts[1] + counts[2]} customers bring most of ${name}'s revenue.`,
    customersWithoutPositiveRevenue: 0,
  };
}

function periodMigration(): { migration: MigrationTable; previous: Summary['previous'] } {
  const row = () => ({ A: 0, B: 0, C: 0, gone: 0 });
  const counts = { A: row(), B: row(), C: row(), new: row() };
  counts.A.A = 1;
  counts.A.B = 1;
  counts.new.C = 1;
  const money = () => ({ A: 0, B: 0, C: 0 });
  const migrationRevenue = { A: money(), B: money(), C: money(), new: money() };
  migrationRevenue.A.A = 80;
  migrationRevenue.A.B = 15;
  migrationRevenue.new.C = 5;
  return {
    migration: { counts },
    previous: {
      label: 'Revenue 2025',
      revenue: 120,
      classes: classTable(2, 0, 0),
      migration: {
        A: { A: 1, B: 1, C: 0 },
        B: { A: 0, B: 0, C: 0 },
        C: { A: 0, B: 0, C: 0 },
        new: { A: 0, B: 0, C: 1 },
      },
      migrationRevenue,
      gone: { A: 0, B: 0, C: 0 },
    },
  };
}

/** Alfa A (was A), Beta B (was A, fell), Gamma C (new); all with dates, Beta quiet. */
function everything(over: Partial<Summary> = {}) {
  const { migration, previous } = periodMigration();
  const customers = [
    customer('Alfa', 80, 'A', {
      previousRevenue: 60,
      previousClass: 'A',
      growth: 1 / 3,
      lastPurchase: '2026-03-30',
      daysSincePurchase: 1,
      quiet: false,
    }),
    customer('Beta', 15, 'B', {
      previousRevenue: 60,
      previousClass: 'A',
      growth: -0.75,
      change: 'A→B',
      lastPurchase: '2025-11-02',
      daysSincePurchase: 149,
      quiet: true,
    }),
    customer('Gamma', 5, 'C', {
      previousRevenue: null,
      previousClass: null,
      growth: null,
      change: 'new',
      lastPurchase: null,
      daysSincePurchase: null,
      quiet: false,
    }),
  ];
  return result(customers, [0, 1, 2, 0], {
    migration,
    // Rows: Alfa in North (A), Beta in North (B), Gamma in South (A), Alfa in South (255: no classified pair).
    rowGroupClass: Uint8Array.of(0, 1, 0, 255),
    summary: {
      thresholds: { a: 0.690690639876, b: 0.810559122462, method: 'computed' },
      computed: { aPoint: { x: 0.221, y: 0.690690639876 }, cPoint: { x: 0.372, y: 0.810559122462 } },
      groups: [group('North', 95, 0.95, [1, 1, 0]), group('South', 5, 0.05, [1, 0, 0])],
      previous,
      recency: {
        asOf: '2026-03-31',
        windowDays: 90,
        quiet: { A: { customers: 0, revenue: 0 }, B: { customers: 1, revenue: 15 } },
        quietA: [],
        slashOrder: null,
        invalidDates: 2,
        customersWithoutDate: 1,
      },
      ...over,
    },
  });
}

const input = (res = everything(), locale: 'en' | 'fi' = 'en') =>
  layoutInput(res, {
    outputLocale: locale,
    columns: {
      revenue: 'Revenue 2026',
      customer: 'Customer',
      potential: null,
      group: 'Sector',
      previous: 'Revenue 2025',
      date: 'Date',
    },
  });

describe('output columns of §8–§11', () => {
  test('Group ABC follows ABC; Previous ABC, Growth, Change, then the recency columns (en and fi)', () => {
    const en = layoutWritePlan(input()).output.columns.map((c) => c.header);
    expect(en).toEqual([
      'Rank',
      'Share',
      'Cumulative share',
      'ABC',
      'Group ABC',
      'Previous ABC',
      'Growth',
      'Change',
      'Last purchase',
      'Days since',
      'Gone quiet',
    ]);
    const fi = layoutWritePlan(input(everything(), 'fi')).output.columns.map((c) => c.header);
    expect(fi.slice(3)).toEqual([
      'ABC',
      'Ryhmän ABC',
      'Edellinen ABC',
      'Kasvu',
      'Muutos',
      'Viimeisin osto',
      'Päiviä',
      'Hiljentynyt',
    ]);
  });

  test('the output width the flows reserve equals the columns written, for every combination of roles', () => {
    for (let mask = 0; mask < 32; mask++) {
      const present = {
        potential: (mask & 1) > 0,
        change: (mask & 2) > 0,
        group: (mask & 4) > 0,
        previous: (mask & 8) > 0,
        date: (mask & 16) > 0,
      };
      expect(outputColumnCount(present)).toBe(outputHeaders('en', present).length);
    }
    // A previous column always brings the Change column: it compares the periods.
    expect(
      outputHeaders('en', { potential: false, change: false, previous: true }).map((h) => h.key),
    ).toContain('change');
  });

  test('Group ABC is the class of the row’s pair, empty for a row without one', () => {
    const column = layoutWritePlan(input()).output.columns.find((c) => c.header === 'Group ABC')!;
    expect(column.values).toEqual(['A', 'B', 'A', null]);
    expect(column.conditionalColours.map((r) => r.equals)).toEqual(['A', 'B', 'C']);
  });

  test('Previous ABC and Growth per customer; growth signed with a fall in red; blank for a new customer', () => {
    const columns = layoutWritePlan(input()).output.columns;
    const byHeader = (h: string) => columns.find((c) => c.header === h)!;
    expect(byHeader('Previous ABC').values).toEqual(['A', 'A', null, 'A']);
    expect(byHeader('Growth').values).toEqual([1 / 3, -0.75, null, 1 / 3]);
    expect(byHeader('Growth').numberFormat).toBe('+0.0%;[Red]-0.0%;0.0%');
  });

  test('Change colours a move down in vermillion and a move up in green; new stays plain', () => {
    const change = layoutWritePlan(input()).output.columns.find((c) => c.header === 'Change')!;
    expect(change.values).toEqual([null, 'A→B', 'new', null]);
    const rule = (equals: string) => change.conditionalColours.find((r) => r.equals === equals);
    expect(rule('A→B')?.fill).toBe('#D55E00');
    expect(rule('C→A')?.fill).toBe('#009E73');
    expect(rule('new')).toBeUndefined();
  });

  test('Last purchase is a real date: the Excel serial with a date format; Days since a whole number', () => {
    const columns = layoutWritePlan(input()).output.columns;
    const last = columns.find((c) => c.header === 'Last purchase')!;
    expect(last.values).toEqual([
      serialOf('2026-03-30'),
      serialOf('2025-11-02'),
      null,
      serialOf('2026-03-30'),
    ]);
    expect(serialOf('2026-03-30')).toBe(46111);
    expect(last.numberFormat).toBe('yyyy-mm-dd');
    expect(last.width).toBeGreaterThanOrEqual('2026-03-30'.length);
    const days = columns.find((c) => c.header === 'Days since')!;
    expect(days.values).toEqual([1, 149, null, 1]);
    expect(days.numberFormat).toBe('0');
  });

  test('Gone quiet says Yes (Kyllä) for a quiet customer, in vermillion, and nothing otherwise', () => {
    const quiet = layoutWritePlan(input()).output.columns.find((c) => c.header === 'Gone quiet')!;
    expect(quiet.values).toEqual([null, 'Yes', null, null]);
    expect(quiet.conditionalColours).toEqual([{ equals: 'Yes', fill: '#D55E00', font: '#000000' }]);
    const fi = layoutWritePlan(input(everything(), 'fi')).output.columns.find(
      (c) => c.header === 'Hiljentynyt',
    )!;
    expect(fi.values[1]).toBe('Kyllä');
  });

  test('without the new roles the columns are those of the last round', () => {
    const plain = layoutWritePlan(
      layoutInput(result([customer('Alfa', 80, 'A'), customer('Beta', 20, 'B')])),
    );
    expect(plain.output.columns.map((c) => c.header)).toEqual(['Rank', 'Share', 'Cumulative share', 'ABC']);
  });
});

describe('summary sheet of §8–§11', () => {
  test('the thresholds note names the method and the values: computed, fixed, in Finnish', () => {
    expect(allText(layoutWritePlan(input()).summary)).toContain(
      'Computed from the data (where the ABC curve bends, Ultsch & Lötsch): A up to 69.1 %, B up to 81.1 % of revenue.',
    );
    const fixed = layoutWritePlan(
      layoutInput(result([customer('Alfa', 80, 'A'), customer('Beta', 20, 'B')])),
    );
    expect(allText(fixed.summary)).toContain('Fixed thresholds: A up to 80 %, B up to 95 % of revenue.');
    expect(rowStartingWith(fixed.summary, 'Thresholds')).toEqual(['Thresholds', 'fixed']);
    const fi = layoutWritePlan(input(everything(), 'fi')).summary;
    expect(allText(fi)).toContain(
      'Laskettu aineistosta (ABC-käyrän taitekohdat, Ultsch & Lötsch): A enintään 69,1 %, B enintään 81,1 % liikevaihdosta.',
    );
    expect(rowStartingWith(fi, 'Rajat')).toEqual(['Rajat', 'laskettu aineistosta']);
  });

  test('the group table: name, customers, revenue, % of all, A/B/C counts and the headline, largest first', () => {
    const { summary } = layoutWritePlan(input());
    expect(allText(summary)).toContain('Groups by Sector');
    const header = ['Group', 'Customers', 'Revenue', '% of all', 'A', 'B', 'C', null, 'Headline'];
    expect(rowStartingWith(summary, 'Group')).toEqual(header);
    const north = everything().summary.groups![0];
    expect(rowStartingWith(summary, 'North')).toEqual(['North', 2, 95, 0.95, 1, 1, 0, null, north.headline]);
    const block = summary.blocks.find((b) => b.values[0][0] === 'North')!;
    expect(block.numberFormats).toEqual([
      '@',
      '#,##0',
      '#,##0.00',
      '0.0%',
      '#,##0',
      '#,##0',
      '#,##0',
      '@',
      '@',
    ]);
    // Each header over figures is right-aligned, so it stands over its own numbers.
    const headerBlock = summary.blocks.find((b) => b.values[0][0] === 'Group')!;
    expect(headerBlock.alignRight).toEqual([false, true, true, true, true, true, true, false, false]);
    expect(block.values.map((r) => r[0])).toEqual(['North', 'South']);
  });

  test('a group without positive revenue is named in a note', () => {
    const groups = [group('North', 95, 1, [1, 1, 0]), group('Returns', 0, 0, [0, 0, 2])];
    const { summary } = layoutWritePlan(input(everything({ groups })));
    expect(allText(summary)).toContain('No positive revenue (all its customers are C): Returns.');
  });

  test('the migration compares the periods and says so, with counts and current revenue', () => {
    const { summary } = layoutWritePlan(input());
    expect(allText(summary)).toContain('Changes since Revenue 2025');
    expect(allText(summary)).not.toContain('Changes since the last run');
    expect(rowStartingWith(summary, 'Revenue now: previous \\ now')).toEqual([
      'Revenue now: previous \\ now',
      'A',
      'B',
      'C',
    ]);
    const aRows = summary.blocks.filter((b) => b.values[0][0] === 'A' && b.values.length === 4);
    // The counts table (A row: 1 stayed, 1 fell to B) and the revenue table (80 stayed, 15 fell).
    expect(aRows.map((b) => b.values[0])).toEqual(
      expect.arrayContaining([
        ['A', 1, 1, 0, 0],
        ['A', 80, 15, 0],
      ]),
    );
    expect(allText(layoutWritePlan(input(everything(), 'fi')).summary)).toContain(
      'Muutokset verrattuna: Revenue 2025',
    );
  });

  test('recency: quiet A and B counted, the quiet A customers listed with a real date, what to do said', () => {
    const recency = {
      asOf: '2026-03-31',
      windowDays: 90,
      quiet: { A: { customers: 1, revenue: 80 }, B: { customers: 1, revenue: 15 } },
      quietA: [{ key: 'alfa', name: 'Alfa', revenue: 80, lastPurchase: '2025-12-01', daysSince: 120 }],
      slashOrder: null,
      invalidDates: 2,
      customersWithoutDate: 1,
    };
    const { summary } = layoutWritePlan(input(everything({ recency })));
    const text = allText(summary);
    expect(text).toContain('Gone quiet: no purchase in more than 90 days (as of 2026-03-31)');
    expect(text).toContain('Quiet A customers – call them this week');
    expect(text).toContain('1 customer has no dated purchase.');
    const alfa = summary.blocks.find((b) => b.values[0][0] === 'Alfa')!;
    expect(alfa.values[0]).toEqual(['Alfa', 80, serialOf('2025-12-01'), 120]);
    expect(alfa.numberFormats).toEqual(['@', '#,##0.00', 'yyyy-mm-dd', '#,##0']);
    expect(rowStartingWith(summary, 'Invalid date cells')).toEqual(['Invalid date cells', 2]);
    expect(rowStartingWith(summary, 'As of')).toEqual(['As of', '2026-03-31 (the latest date in the data)']);
    expect(rowStartingWith(summary, 'Quiet after (days)')).toEqual(['Quiet after (days)', 90]);
  });

  test('no quiet A customer: the sheet says so instead of an empty list', () => {
    const { summary } = layoutWritePlan(input());
    expect(allText(summary)).toContain('No A customer has gone quiet.');
    expect(rowStartingWith(summary, 'B')).toBeDefined();
  });

  test('the ABC curve marks the computed A and C points with guides from cells holding them', () => {
    const { summary, charts } = layoutWritePlan(input());
    const curve = charts.find((c) => c.name === 'ABCCurve')!;
    const computed = curve.series.find((s) => s.name === 'Computed thresholds')!;
    expect(computed.line).toBe(true);
    // An L from each axis through the point, the two broken apart by an empty row.
    expect(rangeValues(summary, computed.x)).toEqual([0, 0.221, 0.221, null, 0, 0.372, 0.372]);
    expect(rangeValues(summary, computed.y)).toEqual([
      0.690690639876,
      0.690690639876,
      0,
      null,
      0.810559122462,
      0.810559122462,
      0,
    ]);
    const fixed = layoutWritePlan(
      layoutInput(result([customer('Alfa', 80, 'A'), customer('Beta', 20, 'B')])),
    );
    expect(fixed.charts[0].series.map((s) => s.name)).not.toContain('Computed thresholds');
  });

  test('with every section present no two blocks write the same cell, and the charts cover no table', () => {
    const { summary, charts } = layoutWritePlan(input());
    for (const b of summary.blocks) {
      b.values.forEach((r, i) =>
        r.forEach((_, j) => expect(() => cellAt(summary, b.row + i, b.column + j)).not.toThrow()),
      );
    }
    const tableBlocks = summary.blocks.filter((b) => b.column < charts[0].placement.firstColumn);
    for (const b of tableBlocks) {
      const width = Math.max(...b.values.map((r) => r.length));
      expect(b.column + width - 1).toBeLessThan(charts[0].placement.firstColumn);
    }
  });
});
