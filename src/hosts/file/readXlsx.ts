/**
 * An .xlsx sheet → rows of cell values, with where they sit on the sheet (for `readTableFile`'s one table shape).
 */
import type { CellValue } from '../../core/types';
import { locateSource } from './locateSource';
import { openXlsxBook } from './xlsxBook';
import { openZip } from './zipArchive';

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
 * Read one sheet of an .xlsx file, found as the file host finds a source (`locateSource`): the first sheet or
 * the one named `sheetName`; its first Excel table (without a totals row), else its used range. Values: numbers,
 * text, booleans, null; rich text → its plain text; formulas → their cached result; error cells → their text;
 * dates → Excel serial numbers.
 *
 * @throws SegmentationError `unreadable-input` when the bytes are not a workbook, `invalid-option` for an unknown
 *   sheet, `no-data` for an empty one.
 * @example await readXlsx(bytes, 'customers.xlsx', 'Sales') // => { sheetName: 'Sales', tableName: 'Sales', firstRow: 1, firstColumn: 0, … }
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<XlsxTable> {
  const book = openXlsxBook(openZip(bytes, fileName), fileName);
  const source = locateSource(book, { useSaved: false, settings: null, sheetName });
  const sheet = book.worksheets().find((candidate) => candidate.name === source.sheetName)!;
  const cells = book.cellsOf(sheet);
  const rows: CellValue[][] = [];
  for (let row = source.firstRow; row < source.firstRow + source.rowCount; row++) {
    const values: CellValue[] = [];
    for (let column = source.firstColumn; column < source.firstColumn + source.columnCount; column++) {
      values.push(cells.valueAt(row, column));
    }
    rows.push(values);
  }
  return {
    rows,
    sheetName: source.sheetName,
    tableName: source.tableName,
    headerKnown: source.headerKnown === true ? true : null,
    firstRow: source.firstRow,
    firstColumn: source.firstColumn,
  };
}
