/**
 * Parse the sheet-qualified addresses Office.js returns (`Sales!B2:F241`, `'ABC Summary'!A1`) into numbers.
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

/** @throws Error when the text is not a single-area A1 address with a sheet name. */
export function parseQualifiedAddress(address: string): ParsedAddress {
  const bang = address.lastIndexOf('!');
  if (bang < 0) throw new Error(`not a sheet-qualified address: ${address}`);
  let sheetName = address.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'"))
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(address.slice(bang + 1));
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
