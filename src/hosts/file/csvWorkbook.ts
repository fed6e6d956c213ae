/**
 * A CSV file as a workbook: one sheet named after the file holding the fields as they were written. Fields stay
 * text – the engine parses numbers with the locale, and the written workbook shows the user's data unchanged –
 * and empty fields stay empty cells.
 *
 * The fields are kept as a grid sheet (plain arrays, see gridSheet.ts), not as ExcelJS cells: the ExcelJS
 * workbook gets the sheet empty, for its tab, views and conditional formats. Building 500 000 ExcelJS cells
 * for a 100 000-line file took seconds and hundreds of megabytes before anything was computed.
 */
import ExcelJS from 'exceljs';
import type { GridSheet } from './gridSheet';

const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * An Excel-valid sheet name from a file name: extension dropped, `[]:*?/\` replaced, at most 31 characters, no
 * leading or trailing apostrophe, `Sheet1` when nothing remains.
 *
 * @example sheetNameForFile('sales 2026.csv') // => 'sales 2026'
 * @example sheetNameForFile('a:b?.csv') // => 'a_b_'
 */
export function sheetNameForFile(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  const name = base
    .replace(FORBIDDEN, '_')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Sheet1' : name;
}

/** A CSV's workbook: the ExcelJS workbook with the (empty) sheet, and the sheet's cells. */
export interface CsvWorkbook {
  workbook: ExcelJS.Workbook;
  grid: GridSheet;
}

/**
 * A new workbook whose only sheet holds `rows` (row-major, first row at A1). `rows` becomes the grid's, and the
 * run writes its output columns into it: the caller hands it over. O(1).
 *
 * @example csvWorkbook([['Customer', 'Revenue']], 'sales.csv').grid.name // => 'sales'
 */
export function csvWorkbook(rows: string[][], fileName: string): CsvWorkbook {
  const workbook = new ExcelJS.Workbook();
  const name = sheetNameForFile(fileName);
  workbook.addWorksheet(name);
  return { workbook, grid: { name, rows, bands: [] } };
}
