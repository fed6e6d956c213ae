/**
 * Parse the sheet-qualified addresses Office.js returns (`Sales!B2:F241`, `'ABC Summary'!A1`) into numbers,
 * including whole columns and whole rows: Range.address of a column selection is `Sheet1!A:F`, of a row
 * selection `Sheet1!3:5` (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member
 * – "the range reference in A1-style", which for entire columns or rows has no row or column part).
 *
 * @example parseQualifiedAddress("'My data'!B2:C9")
 * // => { sheetName: 'My data', firstRow: 2, firstColumn: 1, lastRow: 9, lastColumn: 2 }
 */
import { columnIndex } from '../../core/cellAddress';

export interface ParsedAddress {
  sheetName: string;
  /** 1-based rows, 0-based columns, inclusive. */
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** Excel's grid: rows 1…1,048,576, columns A…XFD. */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_383;

/**
 * @throws Error when the text is not a single-area A1 address with a sheet name.
 * @example parseQualifiedAddress('Sheet1!A:F').lastRow // => 1048576
 */
export function parseQualifiedAddress(address: string): ParsedAddress {
  const bang = address.lastIndexOf('!');
  if (bang < 0) throw new Error(`not a sheet-qualified address: ${address}`);
  let sheetName = address.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'"))
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  const local = address.slice(bang + 1);
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(local);
  if (columns) {
    return {
      sheetName,
      firstRow: 1,
      firstColumn: columnIndex(columns[1]),
      lastRow: LAST_ROW,
      lastColumn: columnIndex(columns[2]),
    };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rows) {
    return {
      sheetName,
      firstRow: Number(rows[1]),
      firstColumn: 0,
      lastRow: Number(rows[2]),
      lastColumn: LAST_COLUMN,
    };
  }
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(local);
  if (!m) throw new Error(`not a single-area address: ${address}`);
  const firstColumn = columnIndex(m[1]);
  const firstRow = Number(m[2]);
  return {
    sheetName,
    firstRow,
    firstColumn,
    lastRow: m[4] ? Number(m[4]) : firstRow,
    lastColumn: m[3] ? columnIndex(m[3]) : firstColumn,
  };
}
