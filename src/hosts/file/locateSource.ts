/**
 * Phase 1 of the file host on a workbook: find the source table – the saved one when asked, else the named sheet
 * (or the first sheet) and on it the first Excel table, else the used range.
 *
 * The output columns of an earlier run are never part of the source: when an Excel table was extended with
 * them (or a plain range has them beside it) the source ends before the first owned column. Without settings,
 * columns right of the data whose headers are exactly the output headers of an earlier run (English or Finnish)
 * are recognised the same way, so an add-in's output is not mistaken for data.
 */
import { rangeAddress } from '../../core/cellAddress';
import { dateColumns } from '../../core/dateColumns';
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue } from '../../core/types';
import type { SavedSettings } from '../../core/layout/writePlan';
import type { LocatedSource } from '../workbookHost';
import { SETTINGS_SHEET_NAME } from './settingsSheet';
import {
  parseBox,
  type CellBox,
  type SheetCells,
  type SheetInfo,
  type TableInfo,
  type XlsxBook,
} from './xlsxBook';

/** Output headers any run may have written (both languages), lower case: the first one marks the output's start. */
const OUTPUT_HEADERS = new Set(['rank', 'sija']);
const SECOND_OUTPUT_HEADERS = new Set(['share', 'osuus']);
const TOP_ROWS = 50;

export interface LocateOptions {
  useSaved: boolean;
  settings: SavedSettings | null;
  /** Sheet the user named (`--sheet`); the first content sheet otherwise. */
  sheetName?: string;
}

function isEmptyValue(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * The last row at or below `firstRow` with a value in one of the columns – as the used range ends, so a refresh
 * reads the rows the first run read (blank rows inside included) plus any pasted below.
 */
function lastFilledRow(cells: SheetCells, firstRow: number, firstColumn: number, lastColumn: number) {
  for (let row = cells.usedBox()?.lastRow ?? firstRow; row > firstRow; row--) {
    for (let column = firstColumn; column <= lastColumn; column++) {
      if (!isEmptyValue(cells.valueAt(row, column))) return row;
    }
  }
  return firstRow;
}

/** First column (≥ the box's first) where an earlier run's output starts, else null. */
function ownedStart(
  sheet: SheetInfo,
  cells: SheetCells,
  box: CellBox,
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

function topRowsOf(cells: SheetCells, box: CellBox): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = box.firstRow; row <= Math.min(box.lastRow, box.firstRow + TOP_ROWS - 1); row++) {
    const values: CellValue[] = [];
    for (let column = box.firstColumn; column <= box.lastColumn; column++)
      values.push(cells.valueAt(row, column));
    rows.push(values);
  }
  return rows;
}

/** The number formats of the same cells as `topRowsOf` (for date detection). */
function topFormatsOf(cells: SheetCells, box: CellBox): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  for (let row = box.firstRow; row <= Math.min(box.lastRow, box.firstRow + TOP_ROWS - 1); row++) {
    const formats: Array<string | null> = [];
    for (let column = box.firstColumn; column <= box.lastColumn; column++)
      formats.push(cells.formatAt(row, column));
    rows.push(formats);
  }
  return rows;
}

function sourceOf(
  sheet: SheetInfo,
  cells: SheetCells,
  tableName: string | null,
  box: CellBox,
  headerKnown: boolean | null,
) {
  const topRows = topRowsOf(cells, box);
  const located: LocatedSource = {
    sheetName: sheet.name,
    tableName,
    address: rangeAddress(box.firstColumn, box.firstRow, box.lastColumn, box.lastRow),
    firstRow: box.firstRow,
    firstColumn: box.firstColumn,
    rowCount: box.lastRow - box.firstRow + 1,
    columnCount: box.lastColumn - box.firstColumn + 1,
    headerKnown,
    topRows,
    // Columns whose numbers are shown as dates (their cells' number formats), as the Excel host says.
    dateColumns: dateColumns(topRows, topFormatsOf(cells, box)),
  };
  return located;
}

function tableSource(
  book: XlsxBook,
  sheet: SheetInfo,
  table: TableInfo,
  settings: SavedSettings | null,
): LocatedSource {
  const cells = book.cellsOf(sheet);
  // A totals row is not data.
  const box = { ...table.box, lastRow: table.box.lastRow - table.totalsRowCount };
  const start = ownedStart(sheet, cells, box, settings);
  if (start !== null) box.lastColumn = start - 1;
  return sourceOf(sheet, cells, table.name, box, table.headerRowCount > 0);
}

/** The worksheets a source may be on: every worksheet but the settings sheet. */
export function contentSheets(book: XlsxBook): SheetInfo[] {
  return book.worksheets().filter((sheet) => sheet.name !== SETTINGS_SHEET_NAME);
}

function findTable(book: XlsxBook, name: string) {
  for (const sheet of contentSheets(book)) {
    const table = book
      .tablesOf(sheet)
      .find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (table) return { sheet, table };
  }
  return null;
}

function savedSource(book: XlsxBook, settings: SavedSettings): LocatedSource {
  const { source } = settings;
  if (source.tableName) {
    const found = findTable(book, source.tableName);
    if (!found) {
      throw new SegmentationError('source-changed', message('table-gone', { table: source.tableName }));
    }
    return tableSource(book, found.sheet, found.table, settings);
  }
  const sheet = contentSheets(book).find((candidate) => candidate.name === source.sheetName);
  const saved = parseBox(source.address);
  if (!sheet || !saved) {
    throw new SegmentationError('source-changed', message('sheet-gone', { sheet: source.sheetName }));
  }
  // Same top-left and width as last time; the height follows the data (rows pasted below are included).
  const cells = book.cellsOf(sheet);
  const lastRow = lastFilledRow(cells, saved.firstRow, saved.firstColumn, saved.lastColumn);
  return sourceOf(sheet, cells, null, { ...saved, lastRow }, null);
}

function hasData(book: XlsxBook, sheet: SheetInfo): boolean {
  return book.tablesOf(sheet).length > 0 || book.cellsOf(sheet).usedBox() !== null;
}

/**
 * Locate the source. O(cells of the chosen sheet).
 *
 * @throws SegmentationError `invalid-option` for an unknown `--sheet`, `no-data` for an empty sheet (naming the
 *   sheet that has data when the first one is empty), `source-changed` when the saved table or sheet is gone.
 */
export function locateSource(book: XlsxBook, options: LocateOptions): LocatedSource {
  if (options.useSaved && options.settings) return savedSource(book, options.settings);
  const sheets = contentSheets(book);
  const wanted = options.sheetName;
  const sheet = wanted
    ? (sheets.find((candidate) => candidate.name === wanted) ??
      sheets.find((candidate) => candidate.name.toLowerCase() === wanted.toLowerCase()))
    : sheets[0];
  if (!sheet) {
    if (!wanted) throw new SegmentationError('no-data', message('workbook-empty', { file: book.fileName }));
    const names = sheets.map((candidate) => `"${candidate.name}"`).join(', ');
    throw new SegmentationError(
      'invalid-option',
      message('sheet-not-found', { file: book.fileName, sheet: wanted, sheets: names }),
    );
  }
  const tables = book.tablesOf(sheet);
  if (tables.length > 0) return tableSource(book, sheet, tables[0], options.settings);
  const cells = book.cellsOf(sheet);
  const box = cells.usedBox();
  if (!box) {
    const other = wanted
      ? undefined
      : sheets.find((candidate) => candidate !== sheet && hasData(book, candidate));
    throw new SegmentationError(
      'no-data',
      other
        ? message('sheet-empty-data-elsewhere', { file: book.fileName, sheet: sheet.name, other: other.name })
        : message('sheet-empty', { sheet: sheet.name }),
    );
  }
  const start = ownedStart(sheet, cells, box, options.settings);
  if (start !== null) box.lastColumn = start - 1;
  return sourceOf(sheet, cells, null, box, null);
}
