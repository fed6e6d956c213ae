/**
 * A sheet whose cells are plain arrays instead of ExcelJS cell objects: the data sheet of a CSV input. Its values
 * are the CSV's fields (text, as written in the file) plus the output columns the run writes; its styles are
 * column bands (a bold header, a number format down a column), because that is all a run puts there. It is
 * written to the package as XML directly (sheetDataXml.ts), beside the workbook ExcelJS writes.
 */
import type { CellValue } from '../../core/types';
import type { CellBox, CellStyle, SheetCells } from './sheetCells';

/** Rows `firstRow`–`lastRow` (1-based) of a 0-based `column` carry `style`. */
export interface StyleBand {
  column: number;
  firstRow: number;
  lastRow: number;
  style: CellStyle;
}

/** The cells of a grid sheet. */
export interface GridSheet {
  /** Worksheet name; the workbook holds an empty ExcelJS sheet of this name for its tab, views and rules. */
  name: string;
  /** Row-major values, `rows[0]` = sheet row 1; rows may be ragged; `''`, null and absent are empty cells. */
  rows: CellValue[][];
  /** Styles in the order they were written: for a cell the last band covering it wins. */
  bands: StyleBand[];
}

/** A value as the sheet shows it: the empty field of a CSV is an empty cell. */
function shown(value: CellValue): CellValue {
  return value === '' || value === undefined ? null : value;
}

/** True when the value counts as empty for finding the data region (as `isEmptyValue`, without a call per cell). */
function blank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * The cells of `grid`, read and written in place. Clearing only empties values: a grid starts without styles and
 * a run's bands cover exactly the cells it writes, so a cleared cell has no style of this run to drop.
 *
 * @example gridCells({ name: 'data', rows: [['a', '']], bands: [] }).valueAt(1, 1) // => null
 */
export function gridCells(grid: GridSheet): SheetCells {
  const { rows } = grid;
  return {
    valueAt: (row, column) => shown(rows[row - 1]?.[column]),

    usedBox(): CellBox | null {
      let box: CellBox | null = null;
      for (let index = 0; index < rows.length; index++) {
        const values = rows[index];
        let first = -1;
        let last = -1;
        for (let column = 0; column < values.length; column++) {
          if (blank(values[column])) continue;
          if (first < 0) first = column;
          last = column;
        }
        if (first < 0) continue;
        if (!box) box = { firstRow: index + 1, firstColumn: first, lastRow: index + 1, lastColumn: last };
        else {
          box.lastRow = index + 1;
          box.firstColumn = Math.min(box.firstColumn, first);
          box.lastColumn = Math.max(box.lastColumn, last);
        }
      }
      return box;
    },

    writeColumn(column, firstRow, values, style) {
      if (values.length === 0) return;
      while (rows.length < firstRow - 1 + values.length) rows.push([]);
      for (let index = 0; index < values.length; index++) rows[firstRow - 1 + index][column] = values[index];
      grid.bands.push({ column, firstRow, lastRow: firstRow + values.length - 1, style });
    },

    clear(row, column) {
      const values = rows[row - 1];
      if (values && column < values.length) values[column] = null;
    },
  };
}
