/**
 * Phase 1 of the file host: find the source table in an in-memory workbook – the saved one when asked, else the
 * named sheet (or the first sheet) and on it the first Excel table, else the used range.
 *
 * The output columns of an earlier run are never part of the source: when an Excel table was extended with
 * them (or a plain range has them beside it) the source ends before the first owned column. Without settings,
 * columns right of the data whose headers are exactly the output headers of an earlier run (English or Finnish)
 * are recognised the same way, so an add-in's output is not mistaken for data.
 */
import type ExcelJS from 'exceljs';
import { columnIndex, rangeAddress } from '../../core/cellAddress';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue } from '../../core/types';
import type { SavedSettings } from '../../core/layout/writePlan';
import type { LocatedSource } from '../workbookHost';
import { isEmptyValue } from './peekCell';
import { SETTINGS_SHEET_NAME } from './settingsSheet';
import type { CellBox, SheetCells } from './sheetCells';

/** Output headers any run may have written (both languages), lower case: the first one marks the output's start. */
const OUTPUT_HEADERS = new Set(['rank', 'sija']);
const SECOND_OUTPUT_HEADERS = new Set(['share', 'osuus']);
const TOP_ROWS = 50;

export interface LocateOptions {
  useSaved: boolean;
  settings: SavedSettings | null;
  /** Sheet the user named (`--sheet`); the first content sheet otherwise. */
  sheetName?: string;
  /** The cells of a sheet (ExcelJS's, or a CSV's grid): where values are read. */
  cellsOf: (sheet: ExcelJS.Worksheet) => SheetCells;
}

type Box = CellBox;

function parseAddress(address: string): Box | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match) return null;
  const firstColumn = columnIndex(match[1]);
  const firstRow = Number(match[2]);
  return {
    firstColumn,
    firstRow,
    lastColumn: match[3] ? columnIndex(match[3]) : firstColumn,
    lastRow: match[4] ? Number(match[4]) : firstRow,
  };
}

/** Last row, from `firstRow` down, before the first row that is empty in every one of the columns. */
function lastContiguousRow(cells: SheetCells, firstRow: number, firstColumn: number, lastColumn: number) {
  let row = firstRow;
  for (;;) {
    let empty = true;
    for (let column = firstColumn; column <= lastColumn && empty; column++) {
      empty = isEmptyValue(cells.valueAt(row + 1, column));
    }
    if (empty) return row;
    row++;
  }
}

/** First column (≥ the box's first) where an earlier run's output starts, else null. */
function ownedStart(
  sheet: ExcelJS.Worksheet,
  cells: SheetCells,
  box: Box,
  settings: SavedSettings | null,
): number | null {
  if (settings && settings.owned.sheetName === sheet.name) {
    const start = settings.owned.firstColumn;
    if (start > box.firstColumn && start <= box.lastColumn + 1) return start;
  }
  for (let column = box.firstColumn + 1; column < box.lastColumn; column++) {
    const header = cells.valueAt(box.firstRow, column);
    const next = cells.valueAt(box.firstRow, column + 1);
    if (
      typeof header === 'string' &&
      typeof next === 'string' &&
      OUTPUT_HEADERS.has(header.trim().toLowerCase()) &&
      SECOND_OUTPUT_HEADERS.has(next.trim().toLowerCase())
    ) {
      return column;
    }
  }
  return null;
}

function topRowsOf(cells: SheetCells, box: Box): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = box.firstRow; row <= Math.min(box.lastRow, box.firstRow + TOP_ROWS - 1); row++) {
    const values: CellValue[] = [];
    for (let column = box.firstColumn; column <= box.lastColumn; column++)
      values.push(cells.valueAt(row, column));
    rows.push(values);
  }
  return rows;
}

function sourceOf(
  sheet: ExcelJS.Worksheet,
  cells: SheetCells,
  tableName: string | null,
  box: Box,
  headerKnown: boolean | null,
) {
  const located: LocatedSource = {
    sheetName: sheet.name,
    tableName,
    address: rangeAddress(box.firstColumn, box.firstRow, box.lastColumn, box.lastRow),
    firstRow: box.firstRow,
    firstColumn: box.firstColumn,
    rowCount: box.lastRow - box.firstRow + 1,
    columnCount: box.lastColumn - box.firstColumn + 1,
    headerKnown,
    topRows: topRowsOf(cells, box),
  };
  return located;
}

function tableSource(
  sheet: ExcelJS.Worksheet,
  cells: SheetCells,
  table: ExcelJS.Table,
  settings: SavedSettings | null,
): LocatedSource {
  const model = (table as unknown as { table: ExcelJS.TableProperties & { tableRef?: string } }).table;
  const box = parseAddress(model.tableRef ?? model.ref ?? '');
  if (!box) {
    throw new SegmentationError('unreadable-input', `The table ${model.name} has no readable range.`);
  }
  // A totals row is not data.
  if (model.totalsRow) box.lastRow -= 1;
  const start = ownedStart(sheet, cells, box, settings);
  if (start !== null) box.lastColumn = start - 1;
  // ExcelJS reads a missing headerRowCount (Excel's default: a header row) as false, so only true is trusted.
  return sourceOf(sheet, cells, model.name, box, model.headerRow ? true : null);
}

/** ExcelJS types `getTables()` as tuples; at run time it is the sheet's Table objects. */
export function tablesOf(sheet: ExcelJS.Worksheet): ExcelJS.Table[] {
  return sheet.getTables() as unknown as ExcelJS.Table[];
}

function contentSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) => sheet.name !== SETTINGS_SHEET_NAME);
}

function findTable(workbook: ExcelJS.Workbook, name: string) {
  for (const sheet of contentSheets(workbook)) {
    const table = tablesOf(sheet).find((candidate) => {
      const model = (candidate as unknown as { table: { name: string } }).table;
      return model.name.toLowerCase() === name.toLowerCase();
    });
    if (table) return { sheet, table };
  }
  return null;
}

function savedSource(
  workbook: ExcelJS.Workbook,
  settings: SavedSettings,
  cellsOf: LocateOptions['cellsOf'],
): LocatedSource {
  const { source } = settings;
  if (source.tableName) {
    const found = findTable(workbook, source.tableName);
    if (!found) {
      throw new SegmentationError(
        'source-changed',
        `The table ${source.tableName} used last time is gone; run again choosing the source.`,
      );
    }
    return tableSource(found.sheet, cellsOf(found.sheet), found.table, settings);
  }
  const sheet = workbook.getWorksheet(source.sheetName);
  const saved = parseAddress(source.address);
  if (!sheet || !saved) {
    throw new SegmentationError(
      'source-changed',
      `The sheet ${source.sheetName} used last time is gone; run again choosing the source.`,
    );
  }
  // Same top-left and width as last time; the height follows the data (rows pasted below are included).
  const cells = cellsOf(sheet);
  const lastRow = lastContiguousRow(cells, saved.firstRow, saved.firstColumn, saved.lastColumn);
  return sourceOf(sheet, cells, null, { ...saved, lastRow }, null);
}

/**
 * Locate the source. O(cells of the chosen sheet) for a plain range (the used range is scanned once).
 *
 * @throws SegmentationError `invalid-option` for an unknown `--sheet`, `no-data` for an empty sheet,
 *   `source-changed` when the saved table or sheet is gone.
 */
export function locateSource(workbook: ExcelJS.Workbook, options: LocateOptions): LocatedSource {
  if (options.useSaved && options.settings) return savedSource(workbook, options.settings, options.cellsOf);
  const sheets = contentSheets(workbook);
  const sheet = options.sheetName
    ? sheets.find((candidate) => candidate.name.toLowerCase() === options.sheetName?.toLowerCase())
    : sheets[0];
  if (!sheet) {
    const names = sheets.map((candidate) => candidate.name).join(', ');
    throw new SegmentationError(
      'invalid-option',
      `There is no sheet ${options.sheetName}; the sheets are ${names}.`,
    );
  }
  const cells = options.cellsOf(sheet);
  const tables = tablesOf(sheet);
  if (tables.length > 0) return tableSource(sheet, cells, tables[0], options.settings);
  const box = cells.usedBox();
  if (!box) throw new SegmentationError('no-data', `The sheet ${sheet.name} is empty.`);
  const start = ownedStart(sheet, cells, box, options.settings);
  if (start !== null) box.lastColumn = start - 1;
  return sourceOf(sheet, cells, null, box, null);
}
