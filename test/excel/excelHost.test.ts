/**
 * The Excel host against the strict fake: locate, read in chunks, write a hand-built plan, refusals, and the
 * number of syncs each phase costs.
 */
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { SETTINGS_KEY } from '../../src/core/layout/writePlan';
import type { LocatedSource } from '../../src/hosts/workbookHost';
import {
  FakeOffice,
  cellsOf,
  createFakeOffice,
  seedRange,
  seedTable,
  selectRange,
  snapshotWorkbook,
} from '../fakeExcel';
import { handBuiltPlan } from './handBuiltPlan';
import { FIRST_CHUNK_ROWS, MIN_CHUNK_ROWS, smallerChunk } from '../../src/hosts/excel/chunkRows';

function salesRows(n: number): (string | number)[][] {
  return [
    ['Customer', 'Region', 'Revenue'],
    ...Array.from({ length: n }, (_, i) => [`Customer ${i + 1}`, i % 2 ? 'North' : 'South', 1000 + i]),
  ];
}

function install(fake: FakeOffice): FakeOffice {
  fake.install(globalThis);
  return fake;
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message?: string };
  }
  throw new Error('expected a rejection');
}

describe('locate', () => {
  test('locate: the Excel table around the active cell is the source, with its header row and top rows', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'Sales', topLeft: 'A1', rows: [['Notes about the data']] });
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', topLeft: 'B3', rows: salesRows(60) });
    selectRange(fake.workbook, 'Sales', ['C10']);
    const located = await createExcelHost().locate({ useSaved: false });
    expect(located.source).toMatchObject({
      sheetName: 'Sales',
      tableName: 'SalesTable',
      address: 'B3:D63',
      firstRow: 3,
      firstColumn: 1,
      rowCount: 61,
      columnCount: 3,
      headerKnown: true,
    });
    expect(located.source.topRows).toHaveLength(50);
    expect(located.source.topRows[0]).toEqual(['Customer', 'Region', 'Revenue']);
    expect(located.sheetNames).toEqual(['Sales']);
    expect(located.settings).toBeNull();
    expect(fake.stats.syncs).toHaveLength(2);
  });

  test('locate: a single cell in a plain range grows to its data region in one sync', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'Data', topLeft: 'C5', rows: salesRows(10) });
    seedRange(fake.workbook, { sheet: 'Data', topLeft: 'A30', rows: [['unrelated']] });
    selectRange(fake.workbook, 'Data', ['D8']);
    const located = await createExcelHost().locate({ useSaved: false });
    expect(located.source).toMatchObject({
      tableName: null,
      address: 'C5:E15',
      rowCount: 11,
      headerKnown: null,
    });
    expect(located.source.topRows[1]).toEqual(['Customer 1', 'South', 1000]);
    expect(fake.stats.syncs).toHaveLength(1);
  });

  test('locate: several selected areas are refused with "select one area"', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'Data', rows: salesRows(5) });
    selectRange(fake.workbook, 'Data', ['A1:A3', 'C1:C3']);
    const error = await rejection(createExcelHost().locate({ useSaved: false }));
    expect(error.code).toBe('workbook-refused');
    expect(error.message).toMatch(/Select one area/);
  });

  test('locate: in cell-edit mode the run is refused with a sentence saying what to press', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'Data', rows: salesRows(5) });
    selectRange(fake.workbook, 'Data', ['A2']);
    fake.workbook.cellEditMode = true;
    const error = await rejection(createExcelHost().locate({ useSaved: false }));
    expect(error).toMatchObject({ code: 'workbook-refused' });
    expect(error.message).toMatch(/Enter or Esc/);
  });

  test('locate: with saved settings a plain range is found again, grown by the rows appended under it', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'Data', rows: salesRows(13) });
    const plan = handBuiltPlan({ sheetName: 'Data', tableName: null, firstColumn: 3, headerRow: 1, rows: 3 });
    plan.settings.source.address = 'A1:C4';
    fake.workbook.settings.set(SETTINGS_KEY, JSON.stringify(plan.settings));
    selectRange(fake.workbook, 'Data', ['H20']);
    const located = await createExcelHost().locate({ useSaved: true });
    expect(located.settings?.source.address).toBe('A1:C4');
    expect(located.source.address).toBe('A1:C14');
    expect(fake.stats.syncs.length).toBeLessThanOrEqual(2);
  });
});

describe('read', () => {
  test('read: a 300,000-row source is read in chunks, no request or response over 5 MB', async () => {
    const fake = install(createFakeOffice());
    const rows = 300_000;
    seedRange(fake.workbook, { sheet: 'Big', rows: salesRows(rows) });
    const source: LocatedSource = {
      sheetName: 'Big',
      tableName: null,
      address: `A1:C${rows + 1}`,
      firstRow: 1,
      firstColumn: 0,
      rowCount: rows + 1,
      columnCount: 3,
      headerKnown: null,
      topRows: [],
    };
    const progress: number[] = [];
    const read = await createExcelHost().read(
      { source, hasHeader: true, columns: [2, 0], outputArea: { firstColumn: 3, width: 5 } },
      (_phase, done) => progress.push(done),
    );
    expect(read.columns[0]).toHaveLength(rows);
    expect(read.columns[0][rows - 1]).toBe(1000 + rows - 1);
    expect(read.columns[1][0]).toBe('Customer 1');
    expect(read.outputColumns).toBeNull();
    expect(read.outputHeaders).toEqual(['', '', '', '', '']);
    expect(fake.stats.syncs).toHaveLength(15);
    expect(Math.max(...fake.stats.syncs.map((s) => s.requestBytes))).toBeLessThan(5_000_000);
    expect(Math.max(...fake.stats.syncs.map((s) => s.responseBytes))).toBeLessThan(5_000_000);
    expect(progress.at(-1)).toBe(rows);
  });

  test('read: a chunk refused as over 5 MB is read again in halves, and every row arrives', async () => {
    const fake = install(createFakeOffice());
    const rows = 25_000;
    // ~300-character names: a 20,000-row chunk of them is a ~6 MB response, which Excel on the web refuses.
    const long = (i: number) => `Customer ${i} ${'x'.repeat(300)}`;
    seedRange(fake.workbook, {
      sheet: 'Wide',
      rows: [['Customer', 'Revenue'], ...Array.from({ length: rows }, (_, i) => [long(i), i])],
    });
    const source: LocatedSource = {
      sheetName: 'Wide',
      tableName: null,
      address: `A1:B${rows + 1}`,
      firstRow: 1,
      firstColumn: 0,
      rowCount: rows + 1,
      columnCount: 2,
      headerKnown: null,
      topRows: [],
    };
    const read = await createExcelHost().read({
      source,
      hasHeader: true,
      columns: [0, 1],
      outputArea: { firstColumn: 2, width: 4 },
    });
    const refused = fake.stats.syncs.filter((s) => s.failed === 'ResponsePayloadSizeLimitExceeded');
    expect(refused.length).toBeGreaterThan(0);
    expect(read.columns[0]).toHaveLength(rows);
    expect(read.columns[0][rows - 1]).toBe(long(rows - 1));
    expect(read.columns[1][12_345]).toBe(12_345);
    const accepted = fake.stats.syncs.filter((s) => s.failed === undefined);
    expect(Math.max(...accepted.map((s) => s.responseBytes))).toBeLessThan(5_000_000);
  });

  test('read: the output area of a previous run is read back column by column', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'S', rows: salesRows(4) });
    seedRange(fake.workbook, {
      sheet: 'S',
      topLeft: 'D1',
      rows: [
        ['Rank', 'ABC'],
        [1, 'A'],
        [2, 'B'],
      ],
    });
    const source: LocatedSource = {
      sheetName: 'S',
      tableName: null,
      address: 'A1:C5',
      firstRow: 1,
      firstColumn: 0,
      rowCount: 5,
      columnCount: 3,
      headerKnown: null,
      topRows: [],
    };
    const read = await createExcelHost().read({
      source,
      hasHeader: true,
      columns: [2],
      outputArea: { firstColumn: 3, width: 3 },
    });
    expect(read.outputHeaders).toEqual(['Rank', 'ABC', '']);
    expect(read.outputColumns).toEqual([
      [1, 2, '', ''],
      ['A', 'B', '', ''],
      ['', '', '', ''],
    ]);
  });
});

describe('write', () => {
  function tableWorkbook(rows: number): FakeOffice {
    const fake = install(createFakeOffice());
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: salesRows(rows) });
    return fake;
  }

  test('write: output table columns, text-safe values, formats, colours, summary, charts and settings', async () => {
    const fake = tableWorkbook(3);
    const plan = handBuiltPlan({
      sheetName: 'Sales',
      tableName: 'SalesTable',
      firstColumn: 3,
      headerRow: 1,
      rows: 3,
    });
    await createExcelHost().write(plan);
    const wb = fake.workbook;
    expect(snapshotWorkbook(wb).tables[0]).toMatchObject({
      address: 'A1:F4',
      columns: ['Customer', 'Region', 'Revenue', 'Rank', 'Share', 'ABC'],
    });
    expect(cellsOf(wb, 'Sales', 'D1:F4')).toEqual([
      ['Rank', 'Share', 'ABC'],
      [1, 0.5, 'A'],
      [2, 1 / 3, 'B'],
      [3, '', 'C'],
    ]);
    const sales = snapshotWorkbook(wb).sheets[0];
    expect(sales.cells.D2.numberFormat).toBe('0');
    expect(sales.cells.E2.numberFormat).toBe('0.0%');
    expect(sales.cells.F2.numberFormat).toBe('@');
    expect(sales.conditionalFormats).toEqual([
      {
        address: 'F2:F4',
        type: 'CellValue',
        rule: { formula1: '="A"', operator: 'EqualTo' },
        fill: '#1B7837',
        fontColor: '#FFFFFF',
      },
      {
        address: 'F2:F4',
        type: 'CellValue',
        rule: { formula1: '="B"', operator: 'EqualTo' },
        fill: '#A6DBA0',
        fontColor: '#000000',
      },
      {
        address: 'F2:F4',
        type: 'CellValue',
        rule: { formula1: '="C"', operator: 'EqualTo' },
        fill: '#E7E7E7',
        fontColor: '#000000',
      },
    ]);

    const summary = snapshotWorkbook(wb).sheets[1];
    expect(summary.name).toBe('ABC Summary');
    expect(summary.cells.A1).toMatchObject({ value: 'ABC segmentation', style: { bold: true, size: 16 } });
    expect(summary.cells.A6).toEqual({ value: '=HYPERLINK("http://evil")', numberFormat: '@' });
    expect(summary.cells.A7.value).toBe('-Minus Oy');
    expect(summary.cells.A8.value).toBe('@Sum');
    expect(Object.values(summary.cells).filter((c) => c.formula !== undefined)).toEqual([]);
    expect(summary.cells.C5).toMatchObject({ value: 0.804, numberFormat: '0.0%' });
    expect(summary.cells.A10.style).toEqual({ italic: true, fontColor: '#595959' });
    expect(summary.columnWidths).toEqual({ A: 151, B: 67, C: 67 });

    expect(summary.charts.map((c) => c.name)).toEqual(['ABCCurve', 'ValueMatrix']);
    const [curve, matrix] = summary.charts;
    expect(curve).toMatchObject({
      type: 'XYScatter',
      title: 'ABC curve',
      position: { start: 'F1', end: 'M16' },
      legendVisible: false,
      xAxis: { title: '% of customers', minimum: 0, maximum: 1, scaleType: 'Linear', numberFormat: '0%' },
    });
    expect(curve.series).toEqual([
      expect.objectContaining({
        name: 'Cumulative revenue',
        xValues: "'ABC Summary'!A11:A13",
        values: "'ABC Summary'!B11:B13",
        chartType: 'XYScatterLinesNoMarkers',
        markerStyle: 'None',
        lineColor: '#1B7837',
      }),
    ]);
    expect(matrix.xAxis.scaleType).toBe('Logarithmic');
    expect(matrix.series.map((s) => [s.name, s.chartType, s.markerStyle, s.lineStyle])).toEqual([
      ['Develop', 'XYScatter', 'Circle', 'None'],
      ['Split', 'XYScatterLinesNoMarkers', 'None', 'Automatic'],
    ]);
    expect(JSON.parse(wb.settings.get(SETTINGS_KEY) as string)).toEqual(plan.settings);
  });

  test('write: on ExcelApi 1.7 the charts are written without the 1.8 axis number format', async () => {
    const fake = install(createFakeOffice({ apiVersion: '1.7' }));
    seedRange(fake.workbook, { sheet: 'S', rows: salesRows(3) });
    await createExcelHost().write(
      handBuiltPlan({ sheetName: 'S', tableName: null, firstColumn: 3, headerRow: 1, rows: 3 }),
    );
    const charts = fake.workbook.sheet('ABC Summary')!.charts;
    expect(charts.map((c) => [c.name, c.xAxis.numberFormat])).toEqual([
      ['ABCCurve', null],
      ['ValueMatrix', null],
    ]);
  });

  test('write: writing twice leaves one set of columns, one summary sheet and two charts', async () => {
    const fake = tableWorkbook(3);
    const host = createExcelHost();
    const plan = handBuiltPlan({
      sheetName: 'Sales',
      tableName: 'SalesTable',
      firstColumn: 3,
      headerRow: 1,
      rows: 3,
    });
    await host.write(plan);
    const once = snapshotWorkbook(fake.workbook);
    await host.write(plan);
    const twice = snapshotWorkbook(fake.workbook);
    expect(twice).toEqual(once);
    expect(twice.sheets.map((s) => s.name)).toEqual(['Sales', 'ABC Summary']);
    expect(twice.sheets[1].charts).toHaveLength(2);
    expect(twice.sheets[0].conditionalFormats).toHaveLength(3);
  });

  test('write: a refresh updates each chart in place – the place the user moved it to is kept, the series replaced', async () => {
    const fake = tableWorkbook(3);
    const host = createExcelHost();
    const plan = handBuiltPlan({
      sheetName: 'Sales',
      tableName: 'SalesTable',
      firstColumn: 3,
      headerRow: 1,
      rows: 3,
    });
    await host.write(plan);
    const summary = fake.workbook.sheets.find((s) => s.name === 'ABC Summary')!;
    const curve = summary.charts.find((c) => c.name === 'ABCCurve')!;
    const seriesBefore = curve.series.map((s) => ({ ...s }));
    // The user drags the chart elsewhere.
    curve.position = { start: 'ABC Summary!A40', end: 'ABC Summary!H60' };
    await host.write(plan);
    const after = summary.charts.filter((c) => c.name === 'ABCCurve');
    expect(after).toHaveLength(1);
    expect(after[0]).toBe(curve);
    expect(after[0].position).toEqual({ start: 'ABC Summary!A40', end: 'ABC Summary!H60' });
    expect(after[0].series).toEqual(seriesBefore);
  });

  test('write: a plain range gets a header row; a refresh with fewer rows clears the rows and columns it owned', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'S', rows: salesRows(4) });
    const host = createExcelHost();
    await host.write(
      handBuiltPlan({
        sheetName: 'S',
        tableName: null,
        firstColumn: 3,
        headerRow: 1,
        rows: 4,
        withChange: true,
      }),
    );
    expect(cellsOf(fake.workbook, 'S', 'D1:G2')).toEqual([
      ['Rank', 'Share', 'ABC', 'Change'],
      [1, 0.5, 'A', '+new'],
    ]);
    expect(snapshotWorkbook(fake.workbook).sheets[0].cells.G2.formula).toBeUndefined();
    await host.write(
      handBuiltPlan({
        sheetName: 'S',
        tableName: null,
        firstColumn: 3,
        headerRow: 1,
        rows: 2,
        clear: { rowsBelow: 2, columnsRight: 1 },
      }),
    );
    expect(cellsOf(fake.workbook, 'S', 'D1:G5')).toEqual([
      ['Rank', 'Share', 'ABC', ''],
      [1, 0.5, 'A', ''],
      [2, '', 'B', ''],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });

  test('write: a range without a header row on row 1 gets no header cells; a smaller refresh clears from row 1', async () => {
    const fake = install(createFakeOffice());
    seedRange(fake.workbook, { sheet: 'S', rows: salesRows(4).slice(1) });
    const host = createExcelHost();
    const plan = (rows: number, clear = { rowsBelow: 0, columnsRight: 0 }) =>
      handBuiltPlan({
        sheetName: 'S',
        tableName: null,
        firstColumn: 3,
        headerRow: 0,
        rows,
        withChange: rows === 4,
        clear,
      });
    await host.write(plan(4));
    expect(cellsOf(fake.workbook, 'S', 'A1:G2')).toEqual([
      ['Customer 1', 'South', 1000, 1, 0.5, 'A', '+new'],
      ['Customer 2', 'North', 1001, 2, 1 / 3, 'A', 'A→B'],
    ]);
    expect(snapshotWorkbook(fake.workbook).sheets[0].cells.G1.formula).toBeUndefined();
    // The colours start on row 1 too: the data's first row is the columns' first row.
    expect(snapshotWorkbook(fake.workbook).sheets[0].conditionalFormats.map((f) => f.address)).toContain(
      'F1:F4',
    );
    await host.write(plan(2, { rowsBelow: 2, columnsRight: 1 }));
    expect(cellsOf(fake.workbook, 'S', 'D1:G5')).toEqual([
      [1, 0.5, 'A', ''],
      [2, '', 'B', ''],
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });

  test('write: a protected sheet gives a clear error and nothing is written', async () => {
    const fake = tableWorkbook(3);
    fake.workbook.sheet('Sales')!.protected = true;
    const before = snapshotWorkbook(fake.workbook);
    const error = await rejection(
      createExcelHost().write(
        handBuiltPlan({ sheetName: 'Sales', tableName: 'SalesTable', firstColumn: 3, headerRow: 1, rows: 3 }),
      ),
    );
    expect(error.code).toBe('workbook-refused');
    expect(error.message).toMatch(/"Sales" is protected, so nothing was written/);
    expect(snapshotWorkbook(fake.workbook)).toEqual(before);
  });

  test('write: in cell-edit mode nothing is written', async () => {
    const fake = tableWorkbook(3);
    fake.workbook.cellEditMode = true;
    const before = snapshotWorkbook(fake.workbook);
    const error = await rejection(
      createExcelHost().write(
        handBuiltPlan({ sheetName: 'Sales', tableName: 'SalesTable', firstColumn: 3, headerRow: 1, rows: 3 }),
      ),
    );
    expect(error.code).toBe('workbook-refused');
    expect(snapshotWorkbook(fake.workbook)).toEqual(before);
  });

  test('showSheet: activates the summary sheet', async () => {
    const fake = tableWorkbook(3);
    fake.workbook.addSheet('ABC Summary');
    await createExcelHost().showSheet('ABC Summary');
    expect(fake.workbook.activeSheet?.name).toBe('ABC Summary');
  });
});

describe('sync budget', () => {
  test('a first run on a 10,000-row table costs at most 4 syncs: locate 2, read 1, write 1', async () => {
    const fake = install(createFakeOffice());
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: salesRows(10_000) });
    selectRange(fake.workbook, 'Sales', ['B5']);
    const host = createExcelHost();
    const perPhase: number[] = [];
    const count = (): number => {
      const n = fake.stats.syncs.length;
      fake.resetStats();
      return n;
    };
    const located = await host.locate({ useSaved: false });
    perPhase.push(count());
    await host.read({
      source: located.source,
      hasHeader: true,
      columns: [2, 0],
      outputArea: { firstColumn: 3, width: 5 },
    });
    perPhase.push(count());
    await host.write(
      handBuiltPlan({
        sheetName: 'Sales',
        tableName: 'SalesTable',
        firstColumn: 3,
        headerRow: 1,
        rows: 10_000,
      }),
    );
    perPhase.push(count());
    console.log(
      `syncs per phase for a 10,000-row table: locate ${perPhase[0]}, read ${perPhase[1]}, write ${perPhase[2]}`,
    );
    expect(perPhase).toEqual([2, 1, 1]);
  });
});

describe('smallerChunk: the retry size after a refused chunk', () => {
  const payloadError = Object.assign(new Error('too big'), { code: 'RequestPayloadSizeLimitExceeded' });

  test('a payload error halves the chunk, never below the smallest chunk', () => {
    expect(smallerChunk(payloadError, FIRST_CHUNK_ROWS)).toBe(FIRST_CHUNK_ROWS / 2);
    expect(smallerChunk(payloadError, MIN_CHUNK_ROWS + 1)).toBe(MIN_CHUNK_ROWS);
  });

  test('any other error, or a payload error at the smallest chunk, is passed on', () => {
    const other = Object.assign(new Error('locked'), { code: 'AccessDenied' });
    expect(() => smallerChunk(other, FIRST_CHUNK_ROWS)).toThrow(other);
    expect(() => smallerChunk(payloadError, MIN_CHUNK_ROWS)).toThrow(payloadError);
  });
});
