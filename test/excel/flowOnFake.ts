/**
 * Helpers for running the flows (prepare, run, refresh) through the Excel host over the strict fake, and for
 * computing – without the host – what such a run should have written: the same seed rows go through `segment()` and
 * `layoutWritePlan()`, and the fake workbook is then compared with that plan cell by cell.
 */
import * as fs from 'fs';
import * as path from 'path';
import { prepareSegmentation, runSegmentation, refreshSegmentation } from '../../src/flows/segmentFlow';
import type { Preparation, SegmentOutcome } from '../../src/flows/segmentFlow';
import { DEFAULT_OPTIONS } from '../../src/flows/segmentFlow';
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import type { WorkbookHost } from '../../src/hosts/workbookHost';
import { segment } from '../../src/core/segment';
import { layoutWritePlan } from '../../src/core/layout/layoutWritePlan';
import { hasHeaderCells, SETTINGS_KEY } from '../../src/core/layout/writePlan';
import type {
  ColumnChoice,
  OutputValue,
  SavedOptions,
  SavedSettings,
  SheetRange,
  WritePlan,
} from '../../src/core/layout/writePlan';
import type { AbcClass, CellValue, Locale, SegmentationResult, SourceColumns } from '../../src/core/types';
import { OPTIONAL_ROLES } from '../../src/core/columnRoles';
import { columnLetter } from '../../src/core/cellAddress';
import { customerKey } from '../../src/core/customerKey';
import { isSegmentationError, type SegmentationError } from '../../src/core/segmentationError';
import { parseCsv } from '../../src/hosts/file/readCsv';
import { widthInPoints } from '../../src/hosts/excel/widthInPoints';
import {
  FakeOffice,
  createFakeOffice,
  snapshotWorkbook,
  type WorkbookSnapshot,
  type SheetSnapshot,
  type FakeWorkbookModel,
} from '../fakeExcel';
import { parseRect, rectAddress, sheetPrefix, type FakeValue } from '../fakeExcel/fakeWorkbookModel';

export type SeedCell = string | number | boolean;
export type SeedRows = SeedCell[][];

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** A fresh strict fake, installed as the global `Excel` / `Office`. */
export function installFake(): FakeOffice {
  const fake = createFakeOffice();
  fake.install(globalThis);
  return fake;
}

/**
 * A CSV cell as Excel shows it after the file is opened or pasted: plain decimal numbers become numbers, TRUE/FALSE
 * booleans, everything else stays text (including `=…`, `+…`, `-…`, `@…`: stored as text, never as a formula).
 */
export function asTypedIn(text: string): SeedCell {
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  return text;
}

/** Rows of a CSV fixture (parsed with the CLI's reader), cells as typed in; throws the reader's error. */
export function csvRows(file: string, typed = true): SeedRows {
  const table = parseCsv(new Uint8Array(fs.readFileSync(file)));
  return table.rows.map((row) => row.map((cell) => (typed ? asTypedIn(cell) : cell)));
}

/** The first run as the pane makes it: locate around the selection, then run with the proposals (or `columns`). */
export async function firstRun(
  host: WorkbookHost,
  columns?: ColumnChoice,
): Promise<{ preparation: Preparation; outcome: SegmentOutcome }> {
  const preparation = await prepareSegmentation(host, { useSaved: false });
  const outcome = await runSegmentation(host, preparation, {
    columns: columns ?? preparation.columns,
    options: preparation.options,
    outputLocale: preparation.outputLocale,
  });
  return { preparation, outcome };
}

/** The ribbon's refresh. */
export function refresh(host: WorkbookHost): Promise<SegmentOutcome> {
  return refreshSegmentation(host);
}

export { createExcelHost, snapshotWorkbook };

/** The run's error, which must be a SegmentationError. */
export async function segmentationRefusal(run: Promise<unknown>): Promise<SegmentationError> {
  try {
    await run;
  } catch (error) {
    if (isSegmentationError(error)) return error;
    throw error;
  }
  throw new Error('expected the run to be refused with a SegmentationError');
}

/** The settings the fake workbook holds, parsed. */
export function savedSettings(workbook: FakeWorkbookModel): SavedSettings {
  const raw = workbook.settings.get(SETTINGS_KEY);
  if (typeof raw !== 'string') throw new Error('no settings saved in the workbook');
  return JSON.parse(raw) as SavedSettings;
}

/** What the test knows about a source it seeded: where it is and its rows (header first). */
export interface SeededSource {
  sheetName: string;
  tableName: string | null;
  /**
   * 1-based sheet row of the header row, 0-based sheet column of the left column. Without a header row
   * (`hasHeader` false): the row above the first data row, 0 for data from row 1.
   */
  headerRow: number;
  firstColumn: number;
  rows: SeedRows;
  /** False: every row is data, and the columns are named by their letters (A, B, … of the source). */
  hasHeader?: boolean;
}

/** What a run should write, computed from the seeded rows with the pure engine and layout. */
export interface ExpectedRun {
  result: SegmentationResult;
  plan: WritePlan;
}

/**
 * The plan a run over `source` should write: `segment()` on the mapped columns of the seed rows, then
 * `layoutWritePlan()` with the same placement, options, run time (`runTime`, from the settings the run saved) and
 * the previous run's settings and classes.
 */
export function expectedRun(
  source: SeededSource,
  columns: ColumnChoice,
  runTime: string,
  previous: {
    settings: SavedSettings;
    classes: ReadonlyMap<string, AbcClass>;
  } | null = null,
  options: SavedOptions = DEFAULT_OPTIONS,
  locale: Locale = 'en',
): ExpectedRun {
  const hasHeader = source.hasHeader ?? true;
  const data = hasHeader ? source.rows.slice(1) : source.rows;
  const header = hasHeader ? source.rows[0] : source.rows[0].map((_, i) => columnLetter(i));
  // The data region is as wide as its widest row (a ragged row's extra cell widens it).
  const width = source.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const index = (name: string | null): number | null => {
    if (name === null) return null;
    const i = header.findIndex((h) => String(h).trim().toLowerCase() === name.trim().toLowerCase());
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  const column = (i: number | null): CellValue[] | undefined =>
    i === null ? undefined : data.map((row) => (row[i] === undefined ? '' : row[i]));
  const letter = (i: number | null): string | undefined =>
    i === null ? undefined : columnLetter(source.firstColumn + i);
  const revenue = index(columns.revenue)!;
  const sourceColumns: SourceColumns = {
    revenue: column(revenue)!,
    addressing: { firstRow: source.headerRow + 1, revenueColumn: letter(revenue)! },
  };
  // Every optional role the choice maps (§8–§11 included), as the flows read them.
  for (const role of OPTIONAL_ROLES) {
    const i = index(columns[role] ?? null);
    if (i === null) continue;
    sourceColumns[role] = column(i);
    sourceColumns.addressing[`${role}Column`] = letter(i);
  }
  const result = segment(sourceColumns, {
    ...options,
    ...(columns.previous ? { previousLabel: columns.previous } : {}),
    outputLocale: locale,
    ...(previous
      ? {
          previousClasses: previous.classes,
          ...(previous.settings.owned.classCounts
            ? { previousClassCounts: previous.settings.owned.classCounts }
            : {}),
        }
      : {}),
  });
  const lastRow = source.headerRow + data.length;
  const firstRow = hasHeader ? source.headerRow : source.headerRow + 1;
  const address = `${columnLetter(source.firstColumn)}${firstRow}:${columnLetter(source.firstColumn + width - 1)}${lastRow}`;
  const plan = layoutWritePlan({
    result,
    source: { sheetName: source.sheetName, tableName: source.tableName, address, hasHeader },
    placement: {
      sheetName: source.sheetName,
      tableName: source.tableName,
      firstColumn: source.firstColumn + width,
      headerRow: source.headerRow,
    },
    columns,
    options,
    outputLocale: locale,
    runTime,
    previous: previous?.settings ?? null,
  });
  return { result, plan };
}

/** Classes by customer key that a run wrote, as the next run should read them back. */
export function classesByKey(result: SegmentationResult): Map<string, AbcClass> {
  return new Map(result.customers.map((c) => [c.key, c.class]));
}

/** Keep only the entries of `classes` whose key is a customer of one of `rows` (header excluded). */
export function classesOfRows(
  classes: ReadonlyMap<string, AbcClass>,
  rows: SeedRows,
  customerColumn: number,
): Map<string, AbcClass> {
  const kept = new Map<string, AbcClass>();
  for (const row of rows) {
    const key = customerKey(row[customerColumn]);
    const cls = key === null ? undefined : classes.get(key);
    if (key !== null && cls !== undefined) kept.set(key, cls);
  }
  return kept;
}

/** A value of the plan as the fake's `Range.values` reads it back ('' for an empty cell). */
function asRead(value: OutputValue): FakeValue {
  return value === null ? '' : value;
}

/** Mismatches reported at most (a wrong column would otherwise list every row). */
const MAX_MISMATCHES = 40;

/** One difference between what the plan says and what the fake holds. */
export interface CellMismatch {
  where: string;
  expected: unknown;
  actual: unknown;
}

function cellAt(workbook: FakeWorkbookModel, sheetName: string, r: number, c: number) {
  const sheet = workbook.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const col = sheet.columns.get(c);
  return {
    value: sheet.valueAt(r, c),
    formula: col?.formulas[r],
    // As `Range.numberFormat` reads it: a cell without a format is `General`.
    numberFormat: col?.numberFormats[r] ?? 'General',
  };
}

function a1(r: number, c: number): string {
  return rectAddress({ r0: r, c0: c, r1: r, c1: c });
}

/**
 * Every cell of the plan's output columns and summary blocks compared with the fake, as a list of mismatches
 * (empty when the workbook shows the plan): values, text staying text (no formula), number formats of numbers
 * (`@` for text), column widths; and no stray value on the summary sheet outside the blocks.
 */
export function planMismatches(workbook: FakeWorkbookModel, plan: WritePlan): CellMismatch[] {
  const out: CellMismatch[] = [];
  const check = (where: string, expected: unknown, actual: unknown): void => {
    if (!Object.is(expected, actual) && JSON.stringify(expected) !== JSON.stringify(actual)) {
      out.push({ where, expected, actual });
    }
  };
  const cell = (sheetName: string, r: number, c: number, value: OutputValue, numberFormat: string): void => {
    const where = `${sheetName}!${a1(r, c)}`;
    const actual = cellAt(workbook, sheetName, r, c);
    check(`${where} value`, asRead(value), actual.value);
    check(`${where} formula`, undefined, actual.formula);
    if (typeof value === 'number') check(`${where} numberFormat`, numberFormat, actual.numberFormat);
    if (typeof value === 'string') check(`${where} numberFormat (text stays text)`, '@', actual.numberFormat);
  };

  const o = plan.output;
  o.columns.forEach((column, i) => {
    const c = o.firstColumn + i;
    if (o.tableName) {
      // A table column's name: Excel keeps table headers as text by itself.
      check(
        `${o.sheetName}!${a1(o.headerRow - 1, c)} header`,
        column.header,
        cellAt(workbook, o.sheetName, o.headerRow - 1, c).value,
      );
    } else if (hasHeaderCells(o)) {
      cell(o.sheetName, o.headerRow - 1, c, column.header, '@');
    }
    column.values.forEach((value, r) => cell(o.sheetName, o.headerRow + r, c, value, column.numberFormat));
    const width = workbook.sheet(o.sheetName)?.columnWidths.get(c);
    check(`${o.sheetName} column ${columnLetter(c)} width`, widthInPoints(column.width), width);
  });

  const s = plan.summary;
  const written = new Set<string>();
  for (const block of s.blocks) {
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = block.row + i;
        const c = block.column + j;
        if (value !== null && value !== '') written.add(a1(r, c));
        cell(s.name, r, c, value, block.numberFormats?.[j] ?? 'General');
      }),
    );
  }
  const summary = workbook.sheet(s.name);
  if (!summary) {
    out.push({ where: `sheet ${s.name}`, expected: 'present', actual: 'missing' });
    return out.slice(0, MAX_MISMATCHES);
  }
  for (const [c, col] of summary.columns) {
    col.values.forEach((v, r) => {
      if (v !== undefined && v !== '' && !written.has(a1(r, c))) {
        out.push({ where: `${s.name}!${a1(r, c)} (outside every block)`, expected: '', actual: v });
      }
    });
  }
  s.columnWidths.forEach((characters, c) =>
    check(
      `${s.name} column ${columnLetter(c)} width`,
      widthInPoints(characters),
      summary.columnWidths.get(c),
    ),
  );
  return out.slice(0, MAX_MISMATCHES);
}

/** A plan's sheet range as the fake stores a series' data: a sheet-qualified A1 address. */
export function qualified(range: SheetRange): string {
  return `${sheetPrefix(range.sheetName)}${rectAddress({
    r0: range.firstRow,
    c0: range.firstColumn,
    r1: range.lastRow,
    c1: range.lastColumn,
  })}`;
}

/** The charts the plan describes, in the shape the fake keeps them (name, title, axes, series and their ranges). */
export function expectedCharts(plan: WritePlan) {
  return plan.charts
    .filter((chart) => chart.series.length > 0)
    .map((chart) => ({
      sheet: chart.sheetName,
      name: chart.name,
      type: 'XYScatter',
      title: chart.title,
      xAxis: {
        title: chart.xAxis.title,
        scaleType: chart.xAxis.logarithmic ? 'Logarithmic' : 'Linear',
        minimum: chart.xAxis.min ?? null,
        maximum: chart.xAxis.max ?? null,
        numberFormat: chart.xAxis.numberFormat,
      },
      yAxis: {
        title: chart.yAxis.title,
        scaleType: chart.yAxis.logarithmic ? 'Logarithmic' : 'Linear',
        minimum: chart.yAxis.min ?? null,
        maximum: chart.yAxis.max ?? null,
        numberFormat: chart.yAxis.numberFormat,
      },
      series: chart.series.map((s) => ({
        name: s.name,
        xValues: qualified(s.x),
        values: qualified(s.y),
        chartType: s.line ? (s.markers ? 'XYScatterLines' : 'XYScatterLinesNoMarkers') : 'XYScatter',
        markerStyle: s.markers ? 'Circle' : 'None',
        lineColor: s.colour,
      })),
    }));
}

/** The charts of the whole fake workbook, in the shape of `expectedCharts`. */
export function actualCharts(workbook: FakeWorkbookModel) {
  return workbook.sheets.flatMap((sheet) =>
    sheet.charts.map((chart) => ({
      sheet: sheet.name,
      name: chart.name,
      type: chart.type,
      title: chart.title,
      xAxis: { ...chart.xAxis },
      yAxis: { ...chart.yAxis },
      series: chart.series.map((s) => ({
        name: s.name,
        xValues: s.xValues,
        values: s.values,
        chartType: s.chartType,
        markerStyle: s.markerStyle,
        lineColor: s.lineColor,
      })),
    })),
  );
}

/** The conditional colour rules the plan asks for, in the fake's snapshot shape. */
export function expectedConditionalFormats(plan: WritePlan) {
  const o = plan.output;
  if (o.rowCount === 0) return [];
  return o.columns.flatMap((column, i) =>
    column.conditionalColours.map((rule) => ({
      address: rectAddress({
        r0: o.headerRow,
        c0: o.firstColumn + i,
        r1: o.headerRow + o.rowCount - 1,
        c1: o.firstColumn + i,
      }),
      type: 'CellValue',
      rule: { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' },
      fill: rule.fill,
      fontColor: rule.font,
    })),
  );
}

/** What of a workbook snapshot a run must leave unchanged (see `outsideOutput`). */
export interface OutsideOutput {
  sheets: SheetSnapshot[];
  tables: {
    name: string;
    sheet: string;
    topLeft: string;
    lastRow: string;
    sourceColumns: string[];
    showHeaders: boolean;
  }[];
}

/**
 * A snapshot without the areas a run may write: the output columns' sheet columns (from `firstColumn`, `width`
 * columns) on the source sheet, the summary sheet, the settings, and the table's column list/size (output columns
 * become table columns). What is left must not change in a run.
 */
export function outsideOutput(
  snapshot: WorkbookSnapshot,
  area: { sheetName: string; firstColumn: number; width: number; summarySheet: string },
): OutsideOutput {
  const inArea = (address: string): boolean => {
    const rect = parseRect(address.split(':')[0]);
    return rect !== null && rect.c0 >= area.firstColumn && rect.c0 < area.firstColumn + area.width;
  };
  const sheets = snapshot.sheets
    .filter((sheet) => sheet.name.toLowerCase() !== area.summarySheet.toLowerCase())
    .map((sheet) => {
      if (sheet.name !== area.sheetName) return sheet;
      const cells = Object.fromEntries(Object.entries(sheet.cells).filter(([address]) => !inArea(address)));
      const columnWidths = Object.fromEntries(
        Object.entries(sheet.columnWidths).filter(([letters]) => !inArea(`${letters}1`)),
      );
      const conditionalFormats = sheet.conditionalFormats.filter((f) => !inArea(f.address));
      return { ...sheet, cells, columnWidths, conditionalFormats };
    });
  // A table may gain the output columns, but keeps its name, place, rows and source columns.
  const tables = snapshot.tables.map((t) => {
    const [topLeft, bottomRight] = t.address.split(':');
    return {
      name: t.name,
      sheet: t.sheet,
      topLeft,
      lastRow: bottomRight?.replace(/^[A-Z]+/, '') ?? topLeft.replace(/^[A-Z]+/, ''),
      sourceColumns: t.columns.slice(0, area.firstColumn - (parseRect(topLeft)?.c0 ?? 0)),
      showHeaders: t.showHeaders,
    };
  });
  return { sheets, tables };
}

/** Append rows under a source (Excel grows a table when rows are pasted right under it). */
export function appendRows(workbook: FakeWorkbookModel, source: SeededSource, rows: SeedRows): void {
  const sheet = workbook.sheet(source.sheetName)!;
  const start = source.headerRow - 1 + source.rows.length; // 0-based row under the last
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== '') sheet.column(source.firstColumn + j).values[start + i] = value;
    }),
  );
  if (source.tableName) {
    const table = workbook.tables.find((t) => t.name === source.tableName)!;
    table.rowCount += rows.length;
  }
  source.rows.push(...rows);
}

/**
 * Delete whole sheet rows, as Excel's Delete › Sheet Rows: the cells below move up in every column, a table and a
 * conditional format spanning them shrink.
 */
export function deleteSheetRows(
  workbook: FakeWorkbookModel,
  source: SeededSource,
  dataRowIndexes: number[],
): void {
  const sheet = workbook.sheet(source.sheetName)!;
  const sheetRows = [...dataRowIndexes].sort((x, y) => y - x).map((i) => source.headerRow + i); // 0-based
  for (const r of sheetRows) {
    for (const col of sheet.columns.values()) {
      for (const list of [col.values, col.formulas, col.numberFormats, col.styles]) {
        if (r < list.length) list.splice(r, 1);
      }
    }
    for (const format of sheet.conditionalFormats) {
      if (format.rect.r0 <= r && r <= format.rect.r1) format.rect.r1 -= 1;
      else if (format.rect.r0 > r) {
        format.rect.r0 -= 1;
        format.rect.r1 -= 1;
      }
    }
    const table = workbook.tables.find((t) => t.name === source.tableName);
    if (table && table.r0 < r && r < table.r0 + table.rowCount) table.rowCount -= 1;
  }
  const sorted = [...dataRowIndexes].sort((x, y) => y - x);
  for (const i of sorted) source.rows.splice(i + 1, 1);
}
