import { prepareSegmentation, refreshSegmentation, runSegmentation } from '../../src/flows/segmentFlow';
import { isSegmentationError } from '../../src/core/segmentationError';
import { decodeSettings } from '../../src/core/layout/settingsCodec';
import type { CellValue } from '../../src/core/types';
import { MemoryHost, type Grid } from './memoryHost';

const HEADER = ['Customer', 'Revenue', 'Potential'];

/** A sales sheet: header + one row per (customer, revenue, potential). */
function sales(...rows: [string, number, number][]): Grid {
  return [HEADER, ...rows];
}

const base = (): Grid =>
  sales(
    ['Alfa', 500, 9],
    ['Beta', 200, 1],
    ['Alfa', 100, 9],
    ['Gamma', 100, 8],
    ['Delta', 60, 2],
    ['Eps', 40, 5],
  );

async function firstRun(host: MemoryHost) {
  const preparation = await prepareSegmentation(host, { useSaved: false });
  return runSegmentation(host, preparation, {
    columns: preparation.columns,
    options: preparation.options,
    outputLocale: preparation.outputLocale,
  });
}

/** Header row of a sheet from column D on, up to the first empty cell. */
function outputHeaders(host: MemoryHost): CellValue[] {
  const headers: CellValue[] = [];
  for (let c = 3; host.cell('Sales', 1, c) !== null; c++) headers.push(host.cell('Sales', 1, c));
  return headers;
}

function column(host: MemoryHost, header: string): CellValue[] {
  const c = 3 + outputHeaders(host).indexOf(header);
  const values: CellValue[] = [];
  for (let r = 2; r <= 20; r++) values.push(host.cell('Sales', r, c));
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

async function refusal(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    if (isSegmentationError(error)) return error;
    throw error;
  }
  throw new Error('the run was not refused');
}

const newHost = (grid: Grid = base()) =>
  new MemoryHost({ Sales: grid }, { sheet: 'Sales', row: 2, column: 1 });

describe('segment flow over a workbook', () => {
  test('prepare guesses the columns and proposes the defaults on a first run', async () => {
    const preparation = await prepareSegmentation(newHost(), { useSaved: false, locale: 'fi' });
    expect(preparation.hasHeader).toBe(true);
    expect(preparation.columns).toEqual({
      revenue: 'Revenue',
      customer: 'Customer',
      potential: 'Potential',
      group: null,
      previous: null,
      date: null,
    });
    expect(preparation.options).toMatchObject({ a: 0.8, b: 0.95, highValue: { rule: 'A' } });
    expect(preparation.outputLocale).toBe('fi');
    expect(preparation.saved).toBeNull();
  });

  test('first run writes the output columns, the summary sheet, the charts and the settings', async () => {
    const host = newHost();
    const outcome = await firstRun(host);
    expect(outcome.refreshed).toBe(false);
    expect(outputHeaders(host)).toEqual(['Rank', 'Share', 'Cumulative share', 'ABC', 'Value matrix']);
    // Alfa (600) and Beta (200) bring 800 of 1000: A; every Alfa row says so. Delta: 900 above it < 950 → B.
    expect(column(host, 'ABC')).toEqual(['A', 'A', 'A', 'B', 'B', 'C']);
    expect(column(host, 'Rank')).toEqual([1, 2, 1, 3, 4, 5]);
    expect(host.cell('ABC Summary', 2, 0)).toBe(outcome.result.summary.headline);
    expect([...host.charts.keys()].sort()).toEqual(['ABCCurve', 'ValueMatrix']);
    expect(host.activeSheet).toBe('ABC Summary');
    const settings = decodeSettings(host.settingsJson, 'en').settings!;
    expect(settings.owned).toMatchObject({ sheetName: 'Sales', firstColumn: 3, rowCount: 6 });
    expect(settings.source).toMatchObject({ sheetName: 'Sales', address: 'A1:C7', hasHeader: true });
  });

  test('refresh after appended rows: same columns plus Change, new customers marked, migration counted', async () => {
    const host = newHost();
    await firstRun(host);
    host.setCell('Sales', 8, 0, 'Zeta');
    host.setCell('Sales', 8, 1, 900);
    host.setCell('Sales', 8, 2, 7);
    const outcome = await refreshSegmentation(host);
    expect(outcome.refreshed).toBe(true);
    expect(outputHeaders(host)).toEqual([
      'Rank',
      'Share',
      'Cumulative share',
      'ABC',
      'Value matrix',
      'Change',
    ]);
    // Zeta 900 + Alfa 600 = 1500 of 1900 (79 %) < 80 %, so Beta is still needed for A: nobody else moves.
    expect(column(host, 'ABC')).toEqual(['A', 'A', 'A', 'B', 'B', 'C', 'A']);
    expect(column(host, 'Change')).toEqual([null, null, null, null, null, null, 'new']);
    const migration = outcome.result.migration!;
    expect(migration.counts.new.A + migration.counts.new.B + migration.counts.new.C).toBe(1);
    expect(outcome.result.customers.find((c) => c.name === 'Zeta')!.change).toBe('new');
  });

  test('refresh after deleted rows: changed classes are shown and rows no longer in the source are cleared', async () => {
    const host = newHost();
    await firstRun(host);
    // Beta's row deleted: Alfa 600 of 800 (75 %) < 80 % → Gamma moves up into A; the others keep their class.
    host.deleteRows('Sales', 3, 3);
    const outcome = await refreshSegmentation(host);
    const gamma = outcome.result.customers.find((c) => c.name === 'Gamma')!;
    expect(gamma.change).toBe(`B→${gamma.class}`);
    expect(gamma.class).toBe('A');
    expect(column(host, 'ABC')).toEqual(['A', 'A', 'A', 'B', 'C']);
    expect(column(host, 'Change')).toEqual([null, null, 'B→A']);
    expect(outcome.result.migration!.counts.B.A).toBe(1);
    // Beta (A last time: 600 + 200 of 1000 reached 80 %) had only that row; the saved class sizes make it gone.
    expect(outcome.result.migration!.counts.A.gone).toBe(1);
    // Source shrank without deleting sheet rows: the output rows below are cleared.
    host.setCell('Sales', 6, 0, null);
    host.setCell('Sales', 6, 1, null);
    host.setCell('Sales', 6, 2, null);
    await refreshSegmentation(host);
    expect(host.values('Sales', 6, 3, 6, 9)[0].every((v) => v === null)).toBe(true);
    expect(column(host, 'ABC')).toHaveLength(4);
  });

  test('three runs in a row leave one set of output columns', async () => {
    const host = newHost();
    await firstRun(host);
    await refreshSegmentation(host);
    const preparation = await prepareSegmentation(host, { useSaved: false });
    expect(preparation.headers).toEqual(HEADER);
    await runSegmentation(host, preparation, {
      columns: preparation.columns,
      options: preparation.options,
      outputLocale: preparation.outputLocale,
    });
    const row1 = host.values('Sales', 1, 0, 1, 15)[0];
    expect(row1.filter((v) => v === 'Rank')).toHaveLength(1);
    expect(outputHeaders(host)).toEqual([
      'Rank',
      'Share',
      'Cumulative share',
      'ABC',
      'Value matrix',
      'Change',
    ]);
    expect(host.charts.size).toBe(2);
  });

  test('foreign data in the output area: refused, naming the cells, nothing written', async () => {
    const grid = base();
    grid[1][5] = 'my note'; // F2
    grid[2][5] = 'more'; // F3
    const host = newHost(grid);
    const before = JSON.stringify([...host.sheets]);
    const error = await refusal(firstRun(host));
    expect(error.code).toBe('output-occupied');
    expect(error.message).toContain('F2:F3');
    expect(error.message).toMatch(/move/);
    expect(host.writes).toBe(0);
    expect(host.settingsJson).toBeNull();
    expect(JSON.stringify([...host.sheets])).toBe(before);
  });

  test('a sheet named "ABC Summary" that is not ours: refused, nothing written', async () => {
    const host = new MemoryHost(
      { Sales: base(), 'ABC Summary': [['mine']] },
      { sheet: 'Sales', row: 1, column: 0 },
    );
    const error = await refusal(firstRun(host));
    expect(error.code).toBe('output-occupied');
    expect(error.message).toContain('ABC Summary');
    expect(host.writes).toBe(0);
  });

  test('a renamed revenue column: refresh throws source-changed naming the column, nothing written', async () => {
    const host = newHost();
    await firstRun(host);
    host.setCell('Sales', 1, 1, 'Sales 2024');
    const error = await refusal(refreshSegmentation(host));
    expect(error.code).toBe('source-changed');
    expect(error.message).toContain('"Revenue"');
    expect(host.writes).toBe(1);
    // The pane still opens: the guesses are proposed and the problem is said.
    const preparation = await prepareSegmentation(host, { useSaved: false });
    expect(preparation.columns.revenue).toBe('Sales 2024');
    expect(preparation.problem).toMatchObject({ key: 'column-renamed', params: { header: 'Revenue' } });
  });

  test('refresh without saved settings says what to do', async () => {
    const error = await refusal(refreshSegmentation(newHost()));
    expect(error.code).toBe('source-changed');
    expect(error.message).toMatch(/Segment/);
  });

  test('progress of reading and writing is passed through', async () => {
    const host = newHost();
    const phases: string[] = [];
    const preparation = await prepareSegmentation(host, { useSaved: false });
    await runSegmentation(
      host,
      preparation,
      { columns: preparation.columns, options: preparation.options, outputLocale: 'en' },
      (phase) => phases.push(phase),
    );
    expect(phases).toEqual(['read', 'write']);
  });
});

describe('a range without a header row that starts on row 1', () => {
  /** Customer and revenue from A1 on: every row is data, and there is no row above for headers. */
  const headerless = (): Grid => [
    ['Alfa', 500],
    ['Beta', 300],
    ['Gamma', 120],
    ['Delta', 50],
    ['Eps', 30],
  ];
  const hostOf = (grid: Grid) => new MemoryHost({ Sales: grid }, { sheet: 'Sales', row: 1, column: 1 });
  /** Columns C–H of rows 1–7 (the output columns, one column right of them and one row below). */
  const outputBlock = (host: MemoryHost) => host.values('Sales', 1, 2, 7, 7);

  test('the columns are written beside each data row with no header cells, and the settings say so', async () => {
    const host = hostOf(headerless());
    const preparation = await prepareSegmentation(host, { useSaved: false });
    expect(preparation.hasHeader).toBe(false);
    const outcome = await firstRun(host);
    expect(outcome.refreshed).toBe(false);
    // 1000 in all: Alfa and Beta reach 80 % (A); Gamma and Delta start below 95 % (B); Eps starts at 97 % (C).
    expect(outputBlock(host)).toEqual([
      [1, 0.5, 0.5, 'A', null, null],
      [2, 0.3, 0.8, 'A', null, null],
      [3, 0.12, 0.92, 'B', null, null],
      [4, 0.05, 0.97, 'B', null, null],
      [5, 0.03, 1, 'C', null, null],
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
    ]);
    const settings = decodeSettings(host.settingsJson, 'en').settings!;
    expect(settings.source).toMatchObject({ address: 'A1:B5', hasHeader: false });
    expect(settings.owned).toMatchObject({ firstColumn: 2, rowCount: 5, headerCells: false });
    // The summary's parameters name the columns the sheet cannot show.
    const parameters = host.summaryBlocks.flatMap((block) => block.values);
    expect(parameters).toContainEqual([
      'Output columns',
      'C–F, without a header row: Rank, Share, Cumulative share, ABC',
    ]);
  });

  test('a refresh finds its columns by the settings and rewrites them without a second set', async () => {
    const host = hostOf(headerless());
    await firstRun(host);
    // Eps doubles its revenue and a new customer is pasted below: the region now reaches row 6.
    host.setCell('Sales', 5, 1, 60);
    host.setCell('Sales', 6, 0, 'Zeta');
    host.setCell('Sales', 6, 1, 10);
    const outcome = await refreshSegmentation(host);
    expect(outcome.refreshed).toBe(true);
    const block = outputBlock(host);
    // 1040 in all: Alfa and Beta reach only 76.9 %, so Gamma joins A; Eps (60) starts at 88.5 % and Delta at
    // 94.2 % (B); Zeta at 99 % (C). Rank … ABC in C–F as before, Change in G; nothing beyond G or below row 6.
    expect(block.map((row) => row[3])).toEqual(['A', 'A', 'A', 'B', 'B', 'C', null]);
    expect(block.map((row) => row[4])).toEqual([null, null, 'B→A', null, 'C→B', 'new', null]);
    expect(block.map((row) => row[5])).toEqual(Array(7).fill(null));
    expect(block[0][0]).toBe(1);
    const settings = decodeSettings(host.settingsJson, 'en').settings!;
    expect(settings.owned).toMatchObject({
      firstColumn: 2,
      rowCount: 6,
      headers: ['Rank', 'Share', 'Cumulative share', 'ABC', 'Change'],
      headerCells: false,
    });
    // The refresh read only A and B as source data: our columns never became source columns.
    expect(settings.source.address).toBe('A1:B6');
    expect(outcome.result.summary.rows.read).toBe(6);
  });

  test('cells beside it that are not ours still refuse the first run, naming them', async () => {
    const grid = headerless();
    grid[1][3] = 'my note'; // D2
    const host = hostOf(grid);
    const error = await refusal(firstRun(host));
    expect(error.code).toBe('output-occupied');
    expect(error.message).toContain('D2');
    expect(host.writes).toBe(0);
  });
});
