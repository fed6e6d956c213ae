/**
 * What Excel documents, through the add-in: each test seeds the strict fake in a situation that Microsoft's
 * documentation (or an office-js issue) describes, and checks that the add-in handles it. The fake's behaviour is
 * cited where it is modelled (test/fakeExcel); the add-in's handling where it is coded (src/hosts/excel).
 */
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import type { LocatedSource } from '../../src/hosts/workbookHost';
import { prepareSegmentation, refreshSegmentation, runSegmentation } from '../../src/flows/segmentFlow';
import { createSegmentationApi } from '../../src/taskpane/segmentationApi';
import { readOfficeEnvironment } from '../../src/taskpane/officeEnvironment';
import { renderError } from '../../src/core/messages/renderError';
import { finalExcelError } from '../../src/hosts/excel/excelErrors';
import { decodeSettings } from '../../src/core/layout/settingsCodec';
import {
  cellsOf,
  createFakeOffice,
  seedRange,
  seedTable,
  selectRange,
  snapshotWorkbook,
  type FakeOffice,
  type FakeOfficeOptions,
} from '../fakeExcel';

type Row = (string | number)[];

function sales(n: number, first = 1): Row[] {
  return Array.from({ length: n }, (_, i) => [
    `Customer ${first + i}`,
    'North',
    1000 * (n - i),
    10 * (i + 1),
  ]);
}
const HEADER: Row = ['Customer', 'Region', 'Revenue', 'Potential'];

function fakeWith(options: FakeOfficeOptions = {}): FakeOffice {
  const fake = createFakeOffice(options);
  fake.install(globalThis);
  return fake;
}

/** A first run from the pane (guessed columns, the request as proposed). */
async function firstRun(overrides: { outputLocale?: 'en' | 'fi'; potential?: string | null } = {}) {
  const host = createExcelHost();
  const preparation = await prepareSegmentation(host, { useSaved: false });
  const columns = {
    ...preparation.columns,
    // The Region column would be guessed as the group (§8); these tests are about the table's own columns.
    group: null,
    ...(overrides.potential !== undefined ? { potential: overrides.potential } : {}),
  };
  return runSegmentation(host, preparation, {
    columns,
    options: preparation.options,
    outputLocale: overrides.outputLocale ?? preparation.outputLocale,
  });
}

async function refusal(run: Promise<unknown>): Promise<Error & { code: string; key: string | null }> {
  try {
    await run;
  } catch (error) {
    return error as Error & { code: string; key: string | null };
  }
  throw new Error('expected the run to be refused');
}

describe('Excel tables', () => {
  test('a table showing a Total Row: the total row is not read as a customer', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, {
      sheet: 'Sales',
      name: 'SalesTable',
      rows: [HEADER, ...sales(12)],
      totalRow: ['Total', '', 78_000, ''],
    });
    selectRange(fake.workbook, 'Sales', ['A5']);
    const outcome = await firstRun();
    expect(outcome.result.summary.customers).toBe(12);
    expect(outcome.result.customers.map((c) => c.name)).not.toContain('Total');
    // The total row keeps its cells; the output columns stop above it.
    expect(cellsOf(fake.workbook, 'Sales', 'A14:C14')).toEqual([['Total', '', 78_000]]);
  });

  test('switching the output language renames only the add-in’s own table columns, never the user’s', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: [HEADER, ...sales(8)] });
    selectRange(fake.workbook, 'Sales', ['A2']);
    await firstRun({ outputLocale: 'en' });
    selectRange(fake.workbook, 'Sales', ['A2']); // the run showed the summary sheet; back to the data
    await firstRun({ outputLocale: 'fi' });
    const table = snapshotWorkbook(fake.workbook).tables[0];
    expect(table.columns.slice(0, 4)).toEqual(HEADER);
    expect(table.columns.slice(4)).toEqual(['Sija', 'Osuus', 'Kertymä', 'ABC', 'Arvomatriisi', 'Muutos']);
  });

  test('dropping the potential column deletes the add-in’s last column, not one of the user’s', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: [HEADER, ...sales(8)] });
    selectRange(fake.workbook, 'Sales', ['A2']);
    await firstRun();
    selectRange(fake.workbook, 'Sales', ['A2']);
    await firstRun({ potential: null });
    const table = snapshotWorkbook(fake.workbook).tables[0];
    expect(table.columns.slice(0, 4)).toEqual(HEADER);
    expect(table.columns.slice(4)).toEqual(['Rank', 'Share', 'Cumulative share', 'ABC', 'Change']);
  });

  test('a filtered table (rows hidden by a filter) is refused before anything is written, saying to clear the filter', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, {
      sheet: 'Sales',
      name: 'SalesTable',
      rows: [HEADER, ...sales(10)],
      filteredRows: [3, 4, 7],
    });
    selectRange(fake.workbook, 'Sales', ['A2']);
    const before = snapshotWorkbook(fake.workbook);
    const error = await refusal(firstRun());
    expect(error.key).toBe('table-filtered');
    expect(error.message).toMatch(/Clear the filter/);
    expect(snapshotWorkbook(fake.workbook)).toEqual(before);
  });

  test('output table columns refused for moving too many cells (OperationCellsExceedLimit) say what to clear, without retrying smaller', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: [HEADER, ...sales(2_500)] });
    seedRange(fake.workbook, { sheet: 'Sales', topLeft: 'XFD2', rows: [['stray']] });
    selectRange(fake.workbook, 'Sales', ['A2']);
    const error = await refusal(firstRun());
    expect(error.key).toBe('table-columns-too-many-cells');
    expect(error.message).toMatch(/Delete the unused columns to the right of the table/);
    expect(fake.stats.syncs.filter((s) => s.failed === 'OperationCellsExceedLimit')).toHaveLength(1);
    expect(snapshotWorkbook(fake.workbook).tables[0].columns).toEqual(HEADER);
  });
});

describe('selection', () => {
  test('Segment on the ribbon while a chart is selected refreshes: a refresh needs no selection', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: [HEADER, ...sales(8)] });
    selectRange(fake.workbook, 'Sales', ['A2']);
    await firstRun();
    fake.workbook.selectedObject = 'chart';
    const outcome = await refreshSegmentation(createExcelHost());
    expect(outcome.refreshed).toBe(true);
  });

  test('the pane with a chart selected asks for one area of cells, naming the chart', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: [HEADER, ...sales(8)] });
    fake.workbook.selectedObject = 'shape';
    const error = await refusal(prepareSegmentation(createExcelHost(), { useSaved: false }));
    expect(error.key).toBe('select-one-area');
    expect(renderError(error, 'fi')).toMatch(/ei kaaviota/);
  });

  test.each([
    ['whole columns', 'A:D'],
    ['whole rows', '1:9'],
  ])('%s selected (Excel reports %s) are the data in them', async (_what, address) => {
    const fake = fakeWith();
    seedRange(fake.workbook, { sheet: 'Data', rows: [HEADER, ...sales(8)] });
    selectRange(fake.workbook, 'Data', [address]);
    const preparation = await prepareSegmentation(createExcelHost(), { useSaved: false });
    expect(preparation.located.source).toMatchObject({ address: 'A1:D9', rowCount: 9, columnCount: 4 });
    expect(preparation.columns.revenue).toBe('Revenue');
  });

  test('whole columns whose data starts lower down are the used cells in them', async () => {
    const fake = fakeWith();
    seedRange(fake.workbook, { sheet: 'Data', topLeft: 'B4', rows: [HEADER, ...sales(8)] });
    selectRange(fake.workbook, 'Data', ['B:E']);
    const preparation = await prepareSegmentation(createExcelHost(), { useSaved: false });
    expect(preparation.located.source).toMatchObject({ address: 'B4:E12' });
    expect(preparation.headers).toEqual(HEADER);
  });
});

describe('languages', () => {
  test('a Finnish Office gets Finnish output and Finnish numbers on the very first run', async () => {
    const fake = fakeWith({ displayLanguage: 'fi-FI' });
    seedRange(fake.workbook, {
      sheet: 'Myynti',
      rows: [
        ['Asiakas', 'Liikevaihto'],
        ['Alfa Oy', '1 234,50'],
        ['Beta Oy', '250,25'],
        ['Gamma Oy', 99],
      ],
    });
    selectRange(fake.workbook, 'Myynti', ['A1']);
    const { uiLocale, contentLocale } = readOfficeEnvironment();
    const api = createSegmentationApi(createExcelHost(), { uiLocale, contentLocale });
    const preparation = await api.prepare({ useSaved: false });
    expect(preparation.outputLocale).toBe('fi');
    expect(preparation.options.parseLocale).toBe('fi');
    const outcome = await api.run(preparation, {
      columns: preparation.columns,
      options: preparation.options,
      outputLocale: preparation.outputLocale,
    });
    expect(outcome.result.summary.revenue).toBeCloseTo(1583.75, 2);
    expect(outcome.summarySheet).toBe('ABC-yhteenveto');
    expect(cellsOf(fake.workbook, 'Myynti', 'C1:D1')).toEqual([['Sija', 'Osuus']]);
  });

  test('the content language decides how text numbers are read even when the display language differs', async () => {
    fakeWith({ displayLanguage: 'en-US', contentLanguage: 'fi-FI' });
    expect(readOfficeEnvironment()).toMatchObject({ uiLocale: 'en', contentLocale: 'fi' });
  });
});

describe('dates', () => {
  test.each(['Sales date', 'Myyntipäivä'])(
    'a date column named like sales (%s) is not guessed as revenue: its cells are serial numbers with a date format',
    async (name) => {
      const fake = fakeWith();
      const rows: Row[] = [['Customer', 'Sales', name]];
      for (let i = 0; i < 10; i++) rows.push([`C${i}`, 100 + i, 46_000 + i]);
      seedRange(fake.workbook, { sheet: 'Data', rows });
      // The date column's number format, as Excel keeps it for typed-in dates.
      for (let r = 1; r <= 10; r++) fake.workbook.sheet('Data')!.column(2).numberFormats[r] = 'd.m.yyyy';
      selectRange(fake.workbook, 'Data', ['A1']);
      const preparation = await prepareSegmentation(createExcelHost(), { useSaved: false });
      expect(preparation.columns.revenue).toBe('Sales');
      expect(preparation.located.source.dateColumns).toEqual([false, false, true]);
    },
  );
});

describe('errors Excel reports in more than one way', () => {
  test('cell-edit mode reported as a plain InvalidOperation is still "press Enter or Esc"', async () => {
    const fake = fakeWith();
    seedRange(fake.workbook, { sheet: 'Data', rows: [HEADER, ...sales(3)] });
    fake.workbook.cellEditMode = true;
    fake.workbook.cellEditModeCode = 'InvalidOperation';
    const error = await refusal(createExcelHost().locate({ useSaved: false }));
    expect(error.key).toBe('cell-edit-mode');
    expect(renderError(error, 'fi')).toMatch(/Enter tai Esc/);
  });

  test('an oversized chunk refused as GeneralException (Excel on the web) is read again in halves', async () => {
    const fake = fakeWith();
    fake.workbook.payloadErrorCode = 'GeneralException';
    const rows = 25_000;
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
      headerKnown: true,
      topRows: [],
    };
    const read = await createExcelHost().read({
      source,
      hasHeader: true,
      columns: [0, 1],
      outputArea: { firstColumn: 2, width: 4 },
    });
    expect(fake.stats.syncs.filter((s) => s.failed === 'GeneralException').length).toBeGreaterThan(0);
    expect(read.columns[0][rows - 1]).toBe(long(rows - 1));
  });

  test('any other Office error leaves the host as its code in a sentence, never as Office’s own message', () => {
    const office = Object.assign(new Error('Office’s own words, not for users'), { code: 'Conflict' });
    const error = finalExcelError(office);
    expect(renderError(error, 'en')).toBe(
      'The segmentation stopped because Excel reported an error (Conflict). Try again.',
    );
  });
});

describe('saved settings', () => {
  test('the Excel host ignores incomplete settings exactly as the file host does (one codec), saying which field', async () => {
    const fake = fakeWith();
    seedRange(fake.workbook, { sheet: 'Data', rows: [HEADER, ...sales(3)] });
    selectRange(fake.workbook, 'Data', ['A1']);
    const incomplete = {
      version: 1,
      source: { sheetName: 'Data', tableName: null, address: 'A1:D4', hasHeader: true },
      columns: { revenue: 'Revenue', customer: 'Customer', potential: null },
      owned: { sheetName: 'Data', firstColumn: 4, headers: ['Rank'], rowCount: 3 },
    };
    fake.workbook.settings.set('abcSegmenter', JSON.stringify(incomplete));
    const located = await createExcelHost().locate({ useSaved: true });
    expect(located.settings).toBeNull();
    expect(located.settingsProblem).toEqual({ key: 'settings-incomplete', params: { field: 'options.a' } });
    expect(decodeSettings(JSON.stringify(incomplete))).toEqual({
      settings: null,
      problem: located.settingsProblem,
    });
  });
});
