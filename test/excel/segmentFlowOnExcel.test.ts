/**
 * The flows (prepare, run, refresh) end to end through the Excel host over the strict fake Excel. What the
 * workbook should hold is computed independently with the pure engine and layout (`segment()` +
 * `layoutWritePlan()`) from the rows the test seeded, then compared with the fake cell by cell.
 */
import * as path from 'path';
import type { ColumnChoice } from '../../src/core/layout/writePlan';
import { CHANGE_NEW_LABEL } from '../../src/core/labels';
import { seedRange, seedTable, selectRange, cellsOf } from '../fakeExcel';
import {
  FIXTURES,
  type SeedRows,
  type SeededSource,
  actualCharts,
  appendRows,
  classesByKey,
  classesOfRows,
  createExcelHost,
  csvRows,
  deleteSheetRows,
  expectedCharts,
  expectedConditionalFormats,
  expectedRun,
  firstRun,
  installFake,
  outsideOutput,
  planMismatches,
  refresh,
  savedSettings,
  segmentationRefusal,
  snapshotWorkbook,
} from './flowOnFake';
import { prepareSegmentation, runSegmentation } from '../../src/flows/segmentFlow';

const SAMPLE = path.join(FIXTURES, 'samples/customers.csv');
const BAD = path.join(FIXTURES, 'bad');
const SAMPLE_COLUMNS: ColumnChoice = {
  revenue: 'Revenue 2026',
  customer: 'Customer',
  potential: 'Potential (EUR)',
};

/** A small sales list: invoice lines of six customers, with a potential column. */
function smallSales(): SeedRows {
  return [
    ['Customer', 'Revenue', 'Potential'],
    ['Alfa Oy', 500, 9],
    ['Beta Oy', 200, 1],
    ['Alfa Oy', 100, 9],
    ['Gamma Oy', 100, 8],
    ['Delta Oy', 60, 2],
    ['Eps Oy', 40, 5],
  ];
}
const SMALL_COLUMNS: ColumnChoice = { revenue: 'Revenue', customer: 'Customer', potential: 'Potential' };

function tableSource(rows: SeedRows, sheetName = 'Sales'): SeededSource {
  return { sheetName, tableName: 'SalesTable', headerRow: 3, firstColumn: 1, rows };
}

function rangeSource(rows: SeedRows, sheetName = 'Data'): SeededSource {
  return { sheetName, tableName: null, headerRow: 1, firstColumn: 0, rows };
}

function topLeftOf(source: SeededSource): string {
  return `${String.fromCharCode(65 + source.firstColumn)}${source.headerRow}`;
}

/** Seed `source` into the fake (a table or a plain range) and put the active cell inside its data. */
function seed(fake: ReturnType<typeof installFake>, source: SeededSource): void {
  const spec = { sheet: source.sheetName, topLeft: topLeftOf(source), rows: source.rows };
  if (source.tableName) seedTable(fake.workbook, { ...spec, name: source.tableName });
  else seedRange(fake.workbook, spec);
  const activeRow = source.headerRow + Math.min(1, source.rows.length - 1);
  selectRange(fake.workbook, source.sheetName, [
    `${String.fromCharCode(65 + source.firstColumn + 1)}${activeRow}`,
  ]);
}

/** Everything the layout decided is what the fake workbook holds: cells, colours, charts, settings. */
function expectWorkbookShows(
  fake: ReturnType<typeof installFake>,
  expected: ReturnType<typeof expectedRun>,
): void {
  const { plan } = expected;
  expect(planMismatches(fake.workbook, plan)).toEqual([]);
  const sheet = snapshotWorkbook(fake.workbook).sheets.find((s) => s.name === plan.output.sheetName)!;
  expect(sheet.conditionalFormats).toEqual(expectedConditionalFormats(plan));
  expect(actualCharts(fake.workbook)).toEqual(expectedCharts(plan));
  expect(savedSettings(fake.workbook)).toEqual(plan.settings);
}

describe('first run', () => {
  test('a first run on an Excel table writes exactly the laid-out table columns, summary sheet, two charts and settings', async () => {
    const fake = installFake();
    seedRange(fake.workbook, { sheet: 'Sales', topLeft: 'A1', rows: [['Sales per customer, 2026']] });
    const source = tableSource(csvRows(SAMPLE));
    seed(fake, source);
    const { outcome } = await firstRun(createExcelHost(), SAMPLE_COLUMNS);

    const expected = expectedRun(source, SAMPLE_COLUMNS, savedSettings(fake.workbook).lastRun);
    expect(outcome).toMatchObject({ summarySheet: 'ABC Summary', refreshed: false });
    expect(outcome.result.summary).toEqual(expected.result.summary);
    expectWorkbookShows(fake, expected);
    expect(snapshotWorkbook(fake.workbook).tables).toEqual([
      {
        name: 'SalesTable',
        sheet: 'Sales',
        address: 'B3:L243',
        columns: [...source.rows[0].map(String), 'Rank', 'Share', 'Cumulative share', 'ABC', 'Value matrix'],
        showHeaders: true,
      },
    ]);
    expect(actualCharts(fake.workbook).map((c) => c.name)).toEqual(['ABCCurve', 'ValueMatrix']);
    expect(fake.workbook.activeSheet?.name).toBe('ABC Summary');
  });

  test('a first run on a plain range writes a header row and the laid-out columns beside it, the summary sheet, charts and settings', async () => {
    const fake = installFake();
    const source = rangeSource(csvRows(SAMPLE));
    seed(fake, source);
    const { preparation, outcome } = await firstRun(createExcelHost());
    expect(preparation.hasHeader).toBe(true);
    expect(preparation.located.source).toMatchObject({ tableName: null, address: 'A1:F241' });

    const expected = expectedRun(source, preparation.columns, savedSettings(fake.workbook).lastRun);
    expect(outcome.result.summary).toEqual(expected.result.summary);
    expectWorkbookShows(fake, expected);
    // The sample's Sector and Revenue 2025 are guessed as group and previous period (§8, §9).
    expect(cellsOf(fake.workbook, 'Data', 'G1:L1')).toEqual([
      ['Rank', 'Share', 'Cumulative share', 'ABC', 'Group ABC', 'Value matrix'],
    ]);
    expect(snapshotWorkbook(fake.workbook).tables).toEqual([]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Data', 'ABC Summary']);
  });
});

describe('refresh', () => {
  test('a refresh after rows are appended under the table rewrites every row, shows new/moved customers in Change and records the migration', async () => {
    const fake = installFake();
    const source = tableSource(smallSales());
    seed(fake, source);
    const host = createExcelHost();
    await firstRun(host, SMALL_COLUMNS);
    const first = expectedRun(source, SMALL_COLUMNS, savedSettings(fake.workbook).lastRun);
    expectWorkbookShows(fake, first);

    // Next month: Zeta is new and big, Delta grows.
    appendRows(fake.workbook, source, [
      ['Zeta Oy', 700, 7],
      ['Delta Oy', 300, 2],
    ]);
    const outcome = await refresh(host);
    expect(outcome.refreshed).toBe(true);
    const second = expectedRun(source, SMALL_COLUMNS, savedSettings(fake.workbook).lastRun, {
      settings: first.plan.settings,
      classes: classesByKey(first.result),
    });
    expect(outcome.result.migration).toEqual(second.result.migration);
    expect(outcome.result.migration).not.toBeNull();
    expectWorkbookShows(fake, second);

    const headers = second.plan.output.columns.map((c) => c.header);
    expect(headers).toEqual(['Rank', 'Share', 'Cumulative share', 'ABC', 'Value matrix', 'Change']);
    const change = cellsOf(fake.workbook, 'Sales', 'J4:J11').map((row) => row[0]);
    expect(change[6]).toBe(CHANGE_NEW_LABEL.en);
    expect(change).toEqual(second.plan.output.columns[5].values.map((v) => v ?? ''));
    expect(snapshotWorkbook(fake.workbook).tables[0]).toMatchObject({
      address: 'B3:J11',
      columns: ['Customer', 'Revenue', 'Potential', ...headers],
    });
  });

  test('a refresh after rows are deleted rewrites the remaining rows and clears the rows no longer there', async () => {
    const fake = installFake();
    const source = rangeSource(smallSales());
    seed(fake, source);
    const host = createExcelHost();
    await firstRun(host, SMALL_COLUMNS);
    const first = expectedRun(source, SMALL_COLUMNS, savedSettings(fake.workbook).lastRun);
    expectWorkbookShows(fake, first);

    // Beta Oy (row 3) and Delta Oy (row 6) are deleted as whole sheet rows.
    deleteSheetRows(fake.workbook, source, [1, 4]);
    const outcome = await refresh(host);
    expect(outcome.refreshed).toBe(true);
    const second = expectedRun(source, SMALL_COLUMNS, savedSettings(fake.workbook).lastRun, {
      settings: first.plan.settings,
      classes: classesOfRows(classesByKey(first.result), source.rows.slice(1), 0),
    });
    expectWorkbookShows(fake, second);
    expect(second.plan.output.clear.rowsBelow).toBe(2);
    // The two rows the earlier run owned below the data are empty again (values and formats).
    const below = snapshotWorkbook(fake.workbook).sheets[0].cells;
    expect(Object.keys(below).filter((a) => /^[D-I](6|7)$/.test(a))).toEqual([]);
    expect(outcome.result.migration).toEqual(second.result.migration);
  });

  test('three runs in a row (pane, ribbon refresh, pane again) leave exactly one set of output columns, one summary sheet and two charts', async () => {
    const fake = installFake();
    const source = tableSource(smallSales());
    seed(fake, source);
    const host = createExcelHost();
    await firstRun(host, SMALL_COLUMNS);
    const first = expectedRun(source, SMALL_COLUMNS, savedSettings(fake.workbook).lastRun);
    await refresh(host);
    const second = expectedRun(source, SMALL_COLUMNS, savedSettings(fake.workbook).lastRun, {
      settings: first.plan.settings,
      classes: classesByKey(first.result),
    });
    selectRange(fake.workbook, 'Sales', ['C5']);
    const { outcome } = await firstRun(host, SMALL_COLUMNS);
    expect(outcome.refreshed).toBe(true);
    const third = expectedRun(source, SMALL_COLUMNS, savedSettings(fake.workbook).lastRun, {
      settings: second.plan.settings,
      classes: classesByKey(second.result),
    });
    expectWorkbookShows(fake, third);

    const snapshot = snapshotWorkbook(fake.workbook);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Sales', 'ABC Summary']);
    expect(snapshot.tables).toHaveLength(1);
    expect(snapshot.tables[0].columns).toEqual([
      'Customer',
      'Revenue',
      'Potential',
      'Rank',
      'Share',
      'Cumulative share',
      'ABC',
      'Value matrix',
      'Change',
    ]);
    expect(cellsOf(fake.workbook, 'Sales', 'K3:M3')).toEqual([['', '', '']]);
    expect(actualCharts(fake.workbook).map((c) => [c.sheet, c.name])).toEqual([
      ['ABC Summary', 'ABCCurve'],
      ['ABC Summary', 'ValueMatrix'],
    ]);
    expect(snapshot.sheets[0].conditionalFormats).toEqual(expectedConditionalFormats(third.plan));
  });
});

describe('ownership rule', () => {
  test('foreign data in a target column refuses the run with output-occupied, naming the cells, and writes nothing', async () => {
    const fake = installFake();
    const source = rangeSource(smallSales());
    seed(fake, source);
    seedRange(fake.workbook, { sheet: 'Data', topLeft: 'E3', rows: [['my note'], [42]] });
    const before = snapshotWorkbook(fake.workbook);
    const error = await segmentationRefusal(firstRun(createExcelHost(), SMALL_COLUMNS));
    expect(error.code).toBe('output-occupied');
    expect(error.message).toContain('E3:E4');
    expect(snapshotWorkbook(fake.workbook)).toEqual(before);
  });

  test('foreign data right of an Excel table, where its output columns would go, refuses the run and writes nothing', async () => {
    const fake = installFake();
    const source = tableSource(smallSales());
    seed(fake, source);
    seedRange(fake.workbook, { sheet: 'Sales', topLeft: 'F3', rows: [['Comment']] });
    const before = snapshotWorkbook(fake.workbook);
    const error = await segmentationRefusal(firstRun(createExcelHost(), SMALL_COLUMNS));
    expect(error.code).toBe('output-occupied');
    expect(error.message).toContain('F3');
    expect(snapshotWorkbook(fake.workbook)).toEqual(before);
  });

  test('a successful run and a refresh change no cell outside the output columns and the summary sheet', async () => {
    const fake = installFake();
    const source = tableSource(smallSales());
    seedRange(fake.workbook, { sheet: 'Sales', topLeft: 'A1', rows: [['Title', 'keep me']] });
    seedRange(fake.workbook, {
      sheet: 'Sales',
      topLeft: 'A12',
      rows: [['Total below', 1000, '=not a formula', '', '', '', '', '', '', '', 'far right']],
    });
    seedRange(fake.workbook, {
      sheet: 'Sales',
      topLeft: 'O5',
      rows: [['beyond'], [7]],
      numberFormat: '0.00',
    });
    seedRange(fake.workbook, {
      sheet: 'Other',
      topLeft: 'B2',
      rows: [
        ['x', 1],
        ['y', 2],
      ],
    });
    seed(fake, source);
    const area = { sheetName: 'Sales', firstColumn: 4, width: 6, summarySheet: 'ABC Summary' };
    const before = outsideOutput(snapshotWorkbook(fake.workbook), area);
    const host = createExcelHost();
    await firstRun(host, SMALL_COLUMNS);
    expect(outsideOutput(snapshotWorkbook(fake.workbook), area)).toEqual(before);
    await refresh(host);
    expect(outsideOutput(snapshotWorkbook(fake.workbook), area)).toEqual(before);
  });
});

describe('sync budget and text safety', () => {
  function manyRows(n: number): SeedRows {
    return [
      ['Customer', 'Region', 'Revenue'],
      ...Array.from({ length: n }, (_, i) => [`Customer ${i % 3000}`, i % 2 ? 'North' : 'South', 1000 + i]),
    ];
  }

  test.each([
    ['an Excel table', tableSource(manyRows(10_000))],
    ['a plain range', rangeSource(manyRows(10_000))],
  ])('a first run on 10,000 rows of %s takes at most 4 syncs', async (_kind, source) => {
    const fake = installFake();
    seed(fake, source);
    fake.resetStats();
    await firstRun(createExcelHost());
    expect(fake.stats.syncs.length).toBeLessThanOrEqual(4);
  });

  test('customer names and headers beginning with =, +, -, @ are written as text, never as formulas', async () => {
    const fake = installFake();
    // formula-injection.csv, with a potential column (named like a formula too) so that the names are written
    // on the summary sheet (the value-matrix chart data) and the header in the parameters block.
    const potentials = [5, 3, 8, 1];
    const rows: SeedRows = csvRows(path.join(BAD, 'formula-injection.csv'), false).map((row, i) =>
      i === 0 ? [row[0], row[1], '+Potential'] : [row[0], Number(row[1]), potentials[i - 1]],
    );
    const names = rows.slice(1).map((row) => String(row[0]));
    expect(names.map((n) => n[0])).toEqual(['=', '+', '@', '-']);
    const source = rangeSource(rows);
    seed(fake, source);
    const columns: ColumnChoice = { revenue: 'Revenue', customer: 'Customer', potential: '+Potential' };
    await firstRun(createExcelHost(), columns);
    const expected = expectedRun(source, columns, savedSettings(fake.workbook).lastRun);
    expectWorkbookShows(fake, expected);

    const snapshot = snapshotWorkbook(fake.workbook);
    const formulas = snapshot.sheets.flatMap((s) =>
      Object.entries(s.cells)
        .filter(([, cell]) => cell.formula !== undefined)
        .map(([address]) => `${s.name}!${address}`),
    );
    expect(formulas).toEqual([]);
    const summaryCells = Object.values(snapshot.sheets[1].cells);
    for (const text of [...names, '+Potential']) {
      const written = summaryCells.filter((cell) => cell.value === text);
      expect({ text, written: written.length > 0 }).toEqual({ text, written: true });
      for (const cell of written) expect(cell).toMatchObject({ value: text, numberFormat: '@' });
    }
  });
});

describe('bad/ files loaded into Excel as a plain range', () => {
  async function runBad(file: string) {
    const fake = installFake();
    const source = rangeSource(csvRows(path.join(BAD, file)));
    seed(fake, source);
    const before = snapshotWorkbook(fake.workbook);
    return { fake, source, before, run: firstRun(createExcelHost()) };
  }

  test.each([
    ['all-blank.csv', 'column-not-found', /No column holds numbers/],
    ['header-only.csv', 'no-data', /only a header row/],
    // One line of 4,096 'D's: text, not binary – a lone row of text with nothing under it.
    ['binary-garbage.csv', 'no-data', /only a header row/],
    ['no-positive-revenue.csv', 'no-positive-revenue', /No customer has revenue above 0/],
    ['overflow.csv', 'revenue-not-finite', /beyond the largest number/],
  ])('%s is refused with the clear code %s and nothing is written', async (file, code, message) => {
    const { fake, before, run } = await runBad(file);
    const error = await segmentationRefusal(run);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(snapshotWorkbook(fake.workbook)).toEqual(before);
  });

  test('not-utf8.csv cannot be loaded into the workbook: the CSV reader refuses it with unreadable-input', () => {
    let refusal: unknown;
    try {
      csvRows(path.join(BAD, 'not-utf8.csv'));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'unreadable-input', message: expect.stringMatching(/not UTF-8/) });
  });

  test('errors-and-text.csv: the run succeeds and its issues name every bad revenue cell', async () => {
    const { fake, source, run } = await runBad('errors-and-text.csv');
    const { preparation, outcome } = await run;
    const invalid = outcome.result.issues.filter((i) => i.code === 'invalid-revenue').map((i) => i.cell);
    expect(invalid).toEqual(['B3', 'B4', 'B5', 'B6', 'B8', 'B9', 'B10']);
    expectWorkbookShows(fake, expectedRun(source, preparation.columns, savedSettings(fake.workbook).lastRun));
  });

  test.each([
    ['single-customer.csv', { A: 1, B: 0, C: 0 }],
    ['case-and-space-duplicates.csv', { A: 2, B: 0, C: 1 }],
    ['thresholds-exact.csv', { A: 1, B: 1, C: 1 }],
    ['ties-at-boundary.csv', { A: 11, B: 0, C: 0 }],
    ['ragged-rows.csv', null],
  ])('%s: the run succeeds and the workbook shows exactly the laid-out result', async (file, classes) => {
    const { fake, source, run } = await runBad(file);
    const { preparation, outcome } = await run;
    const expected = expectedRun(source, preparation.columns, savedSettings(fake.workbook).lastRun);
    expect(outcome.result.summary).toEqual(expected.result.summary);
    if (classes) {
      const c = outcome.result.summary.classes;
      expect({ A: c.A.customers, B: c.B.customers, C: c.C.customers }).toEqual(classes);
    }
    expectWorkbookShows(fake, expected);
  });

  test('no-header.csv at A1: the columns go beside each data row without header cells; a refresh rewrites them', async () => {
    const fake = installFake();
    const source: SeededSource = {
      sheetName: 'Data',
      tableName: null,
      headerRow: 0,
      firstColumn: 0,
      rows: csvRows(path.join(BAD, 'no-header.csv')),
      hasHeader: false,
    };
    seedRange(fake.workbook, { sheet: 'Data', topLeft: 'A1', rows: source.rows });
    selectRange(fake.workbook, 'Data', ['B2']);
    const { preparation, outcome } = await firstRun(createExcelHost());
    expect(preparation.hasHeader).toBe(false);
    expect(preparation.columns).toMatchObject({ revenue: 'B', customer: null });
    const first = expectedRun(source, preparation.columns, savedSettings(fake.workbook).lastRun);
    expect(outcome.result.summary).toEqual(first.result.summary);
    expectWorkbookShows(fake, first);
    // 175 in all: B Oy starts at 57 %, below 80 % (A); C Oy at 86 % (B). Row 1 holds data, not headers.
    const written = [
      [1, 100 / 175, 100 / 175, 'A'],
      [2, 50 / 175, 150 / 175, 'A'],
      [3, 25 / 175, 1, 'B'],
    ];
    expect(cellsOf(fake.workbook, 'Data', 'C1:G4')).toEqual([
      [...written[0], ''],
      [...written[1], ''],
      [...written[2], ''],
      ['', '', '', '', ''],
    ]);
    expect(first.plan.settings.owned).toMatchObject({ firstColumn: 2, headerCells: false });
    const summary = snapshotWorkbook(fake.workbook).sheets.find((sheet) => sheet.name === 'ABC Summary')!;
    expect(Object.values(summary.cells).map((cell) => cell.value)).toContain(
      'C–F, without a header row: Rank, Share, Cumulative share, ABC',
    );

    // The region around the data now reaches F; the settings say C–F are ours, so they are rewritten in place.
    const again = await refresh(createExcelHost());
    expect(again.refreshed).toBe(true);
    const second = expectedRun(source, preparation.columns, savedSettings(fake.workbook).lastRun, {
      settings: first.plan.settings,
      classes: classesByKey(first.result),
    });
    expectWorkbookShows(fake, second);
    expect(cellsOf(fake.workbook, 'Data', 'C1:H4')).toEqual([
      [...written[0], '', ''],
      [...written[1], '', ''],
      [...written[2], '', ''],
      ['', '', '', '', '', ''],
    ]);
    expect(second.plan.settings.owned.headers).toEqual([
      'Rank',
      'Share',
      'Cumulative share',
      'ABC',
      'Change',
    ]);
  });

  test('no-header.csv with a free row above it: every row is data and the header row goes above', async () => {
    const fake = installFake();
    const source: SeededSource = {
      sheetName: 'Data',
      tableName: null,
      headerRow: 2,
      firstColumn: 0,
      rows: csvRows(path.join(BAD, 'no-header.csv')),
    };
    seedRange(fake.workbook, { sheet: 'Data', topLeft: 'A3', rows: source.rows });
    selectRange(fake.workbook, 'Data', ['B4']);
    const host = createExcelHost();
    const preparation = await prepareSegmentation(host, { useSaved: false });
    expect(preparation.hasHeader).toBe(false);
    const outcome = await runSegmentation(host, preparation, {
      columns: preparation.columns,
      options: preparation.options,
      outputLocale: preparation.outputLocale,
    });
    expect(outcome.result.summary.customers).toBe(3);
    expect(cellsOf(fake.workbook, 'Data', 'C2:F3')).toEqual([
      ['Rank', 'Share', 'Cumulative share', 'ABC'],
      [1, 100 / 175, 100 / 175, 'A'],
    ]);
    // A refresh recognises its headers in the row above the data and rewrites the same columns.
    const again = await refresh(createExcelHost());
    expect(again.refreshed).toBe(true);
    expect(cellsOf(fake.workbook, 'Data', 'C2:H3')).toEqual([
      ['Rank', 'Share', 'Cumulative share', 'ABC', 'Change', ''],
      [1, 100 / 175, 100 / 175, 'A', '', ''],
    ]);
  });
});
