/**
 * Read a cell without creating it. ExcelJS's `getCell`/`getRow` create empty rows and cells on read, which would
 * grow the sheet's used range in the written file; `findRow`/`findCell` do not.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/types';
import { cellValueOf } from './cellValueOf';

/** The value at a 1-based row and 0-based column (the host interface's conventions), or null when absent. */
export function peekCell(sheet: ExcelJS.Worksheet, row: number, column: number): CellValue {
  const cell = sheet.findRow(row)?.findCell(column + 1);
  return cell ? cellValueOf(cell.value) : null;
}

/** True when the value counts as empty for finding data regions (null or an empty/blank string). */
export function isEmptyValue(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
