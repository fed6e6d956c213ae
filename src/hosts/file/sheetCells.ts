/**
 * The cells of one sheet as the file host reads and writes them, whether they live in ExcelJS cell objects (an
 * .xlsx input, the summary and settings sheets) or in plain arrays (a CSV's data sheet, see gridSheet.ts).
 *
 * Why two stores: ExcelJS builds an object per cell and serialises cell by cell; for a 100 000-row CSV with its
 * output columns that is over a million objects, more than a gigabyte and ten seconds. A CSV's data sheet holds
 * nothing ExcelJS must carry over (no styles, merges, formulas), so it can be plain values written as XML
 * directly. An .xlsx input's sheets may hold anything, so they stay ExcelJS's.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/types';
import { cellValueOf } from './cellValueOf';
import { isEmptyValue, peekCell } from './peekCell';

/** The only styles the file host puts on data-sheet cells: a bold header, a number format on values. */
export interface CellStyle {
  bold?: boolean;
  /** Excel number format code, e.g. `0.0%`. */
  numberFormat?: string;
}

/** A rectangle of cells: 1-based rows, 0-based columns, inclusive. */
export interface CellBox {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** Reading and writing the cells of one sheet. Rows are 1-based, columns 0-based (the host interface's habit). */
export interface SheetCells {
  /** The value shown at a cell, null when empty; never creates the cell. */
  valueAt(row: number, column: number): CellValue;
  /** Bounding box of the non-empty cells (blank text counts as empty), or null for an empty sheet. O(cells). */
  usedBox(): CellBox | null;
  /** Write `values` down `column` from `firstRow`, each with `style` (replacing the cells' styles). */
  writeColumn(column: number, firstRow: number, values: readonly CellValue[], style: CellStyle): void;
  /** Empty a cell and drop its style; nothing happens to a cell that does not exist. */
  clear(row: number, column: number): void;
}

/** One style object per call: ExcelJS shares it between cells, so 100 000 cells do not make 100 000 styles. */
function excelJsStyle(style: CellStyle): Partial<ExcelJS.Style> {
  return {
    ...(style.bold ? { font: { bold: true } } : {}),
    ...(style.numberFormat !== undefined ? { numFmt: style.numberFormat } : {}),
  };
}

/** The cells of an ExcelJS worksheet. Reads go through `findRow`/`findCell`, which create nothing. */
export function excelJsCells(sheet: ExcelJS.Worksheet): SheetCells {
  return {
    valueAt: (row, column) => peekCell(sheet, row, column),

    usedBox(): CellBox | null {
      let box: CellBox | null = null;
      sheet.eachRow((row, rowNumber) => {
        row.eachCell((cell, columnNumber) => {
          if (isEmptyValue(cellValueOf(cell.value))) return;
          const column = columnNumber - 1;
          if (!box)
            box = { firstRow: rowNumber, firstColumn: column, lastRow: rowNumber, lastColumn: column };
          else {
            box.firstRow = Math.min(box.firstRow, rowNumber);
            box.lastRow = Math.max(box.lastRow, rowNumber);
            box.firstColumn = Math.min(box.firstColumn, column);
            box.lastColumn = Math.max(box.lastColumn, column);
          }
        });
      });
      return box;
    },

    writeColumn(column, firstRow, values, style) {
      // A new style object: a loaded cell's style may be shared with other cells, so it is never mutated.
      const shared = excelJsStyle(style);
      values.forEach((value, index) => {
        const cell = sheet.getCell(firstRow + index, column + 1);
        cell.value = value ?? null;
        cell.style = shared;
      });
    },

    clear(row, column) {
      const cell = sheet.findRow(row)?.findCell(column + 1);
      if (cell) {
        cell.value = null;
        cell.style = {};
      }
    },
  };
}
