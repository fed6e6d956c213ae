/**
 * An .xlsx sheet → rows of cell values (ExcelJS), with where they sit on the sheet.
 */
import type ExcelJS from 'exceljs';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue } from '../../core/types';
import { loadXlsxWorkbook } from './loadXlsxWorkbook';
import { peekCell } from './peekCell';

/** The cells of one sheet's source: its Excel table, else its used range. */
export interface XlsxTable {
  /** Row-major values, the header row (if any) included. */
  rows: CellValue[][];
  sheetName: string;
  /** The Excel table read, or null when the used range was read. */
  tableName: string | null;
  /** True: the table shows a header row; null: a plain range (the core decides, segmentation.md §1). */
  headerKnown: boolean | null;
  /** Sheet row (1-based) of `rows[0]`. */
  firstRow: number;
  /** Sheet column (0-based) of `rows[n][0]`. */
  firstColumn: number;
}

/**
 * Read one sheet of an .xlsx file.
 * Rule: the first sheet, or the one named `sheetName` (exact, then case-insensitive); when it holds an Excel table,
 * the first table's range (without a totals row), else the used range (the smallest rectangle holding every
 * non-empty cell). Values: numbers, text, booleans, null; rich text → its plain text; formulas → their cached
 * result; error cells → their text (`#N/A`); dates → Excel serial numbers (the user chose the column).
 *
 * The workbook is loaded by the file host's `loadXlsxWorkbook` and values converted by its `peekCell` (`cellValueOf`), so the
 * command line and `-o` read a workbook the same way.
 *
 * @throws SegmentationError `unreadable-input` when the bytes are not a workbook or the sheet does not exist.
 * @example await readXlsx(bytes, 'customers.xlsx', 'Sales') // => { sheetName: 'Sales', tableName: 'Sales', firstRow: 1, firstColumn: 0, … }
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<XlsxTable> {
  const { workbook } = await loadXlsxWorkbook(bytes, fileName);
  const worksheet = findSheet(workbook, sheetName);
  // ExcelJS types getTables() as tuples; at run time it is Object.values of the sheet's tables.
  const tables = worksheet.getTables() as unknown as ExcelJS.Table[];
  const table = tables.length > 0 ? tables[0] : null;
  const area = table ? tableArea(table) : usedArea(worksheet);
  const rows: CellValue[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const values: CellValue[] = [];
    // peekCell reads without creating cells (ExcelJS's getRow/getCell would add empty ones).
    for (let c = area.left; c <= area.right; c++) values.push(peekCell(worksheet, r, c - 1));
    rows.push(values);
  }
  return {
    rows,
    sheetName: worksheet.name,
    tableName: table ? table.name : null,
    // ExcelJS reads a missing headerRowCount (Excel's default: a header row) as false, so only true is trusted.
    headerKnown: table && table.headerRow ? true : null,
    firstRow: area.top,
    firstColumn: area.left - 1,
  };
}

function findSheet(workbook: ExcelJS.Workbook, sheetName: string | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new SegmentationError('unreadable-input', 'The workbook has no worksheets.');
  if (sheetName === undefined) return sheets[0];
  const found =
    sheets.find((sheet) => sheet.name === sheetName) ??
    sheets.find((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase());
  if (!found) {
    throw new SegmentationError(
      'unreadable-input',
      `There is no sheet "${sheetName}"; the workbook has: ${sheets.map((sheet) => `"${sheet.name}"`).join(', ')}.`,
    );
  }
  return found;
}

interface Area {
  /** 1-based sheet rows and columns, inclusive (ExcelJS numbering). */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a loaded table's model holds: a table read from a file has `tableRef`, one built in code has `ref`. */
interface LoadedTableModel {
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

function tableArea(table: ExcelJS.Table): Area {
  const model = (table as unknown as { table?: LoadedTableModel }).table ?? {};
  const ref = model.tableRef ?? model.ref ?? '';
  const [from, to = from] = ref.split(':');
  const start = decodeAddress(from);
  const end = decodeAddress(to);
  return {
    top: start.row,
    left: start.column,
    bottom: end.row - (model.totalsRow ? 1 : 0),
    right: end.column,
  };
}

function decodeAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match)
    throw new SegmentationError(
      'unreadable-input',
      `The workbook has a table at an odd address "${address}".`,
    );
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

function usedArea(worksheet: ExcelJS.Worksheet): Area {
  const area: Area = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      area.top = Math.min(area.top, rowNumber);
      area.bottom = Math.max(area.bottom, rowNumber);
      area.left = Math.min(area.left, columnNumber);
      area.right = Math.max(area.right, columnNumber);
    });
  });
  // An empty sheet: one empty cell at A1, so the caller reports "no data" instead of failing on bounds.
  return area.bottom === 0 ? { top: 1, left: 1, bottom: 0, right: 1 } : area;
}
