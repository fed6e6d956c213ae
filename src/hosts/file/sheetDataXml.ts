/**
 * The `<sheetData>` element of a worksheet part, built as text straight from rows of values – for a CSV's data
 * sheet, where ExcelJS's cell-by-cell model took most of the time and memory of writing 100 000 rows.
 *
 * Text stays text: every string is an inline string (`t="inlineStr"`), so no `<f>` element is ever written and a
 * value beginning with `=`, `+`, `-` or `@` is shown as written. Numbers are `<v>` cells, booleans `t="b"`.
 */
import { columnLetter } from '../../core/cellAddress';
import type { CellValue } from '../../core/types';
import { xmlText } from './xmlText';

/** Rows `firstRow`–`lastRow` (1-based) of a 0-based `column` use the cell format `styleId` (the `s` attribute). */
export interface StyledBand {
  column: number;
  firstRow: number;
  lastRow: number;
  styleId: number;
}

/** The element as UTF-8 bytes, in parts to concatenate, and the range its cells span (`A1:H100001`, null if none). */
export interface SheetData {
  parts: Buffer[];
  dimension: string | null;
}

/** Characters that need escaping (or dropping) in element text; most cells have none, so most skip xmlText. */
// eslint-disable-next-line no-control-regex -- C0 controls are what XML 1.0 forbids; xmlText drops them.
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/**
 * Each row's text is encoded into 4 MB buffers as soon as it is built: one 50 MB string made of a million pieces
 * took twice the time (building, flattening and collecting the pieces) and its size again in memory.
 */
const PART_BYTES = 1 << 22;

/** `<t>` with the text; leading or trailing spaces are kept only with xml:space="preserve". */
function inlineText(text: string): string {
  const escaped = NEEDS_ESCAPE.test(text) ? xmlText(text) : text;
  const edges = text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;
  return edges ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** The style of row `row` in a column with `bands`: the last band covering it wins (later writes win). */
function styleAt(bands: readonly StyledBand[], row: number): number {
  for (let index = bands.length - 1; index >= 0; index--) {
    if (row >= bands[index].firstRow && row <= bands[index].lastRow) return bands[index].styleId;
  }
  return 0;
}

/** Collects UTF-8 text into `PART_BYTES` buffers. */
class PartWriter {
  readonly parts: Buffer[] = [];
  private part = Buffer.allocUnsafe(PART_BYTES);
  private used = 0;

  write(text: string): void {
    // 3 bytes per UTF-16 unit is the most UTF-8 can take, so the text fits when the bound does.
    if (this.used + text.length * 3 > this.part.length) {
      this.flush();
      if (text.length * 3 > PART_BYTES) {
        this.parts.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.part.write(text, this.used, 'utf8');
  }

  flush(): void {
    if (this.used > 0) this.parts.push(this.part.subarray(0, this.used));
    this.part = Buffer.allocUnsafe(PART_BYTES);
    this.used = 0;
  }
}

/**
 * `<sheetData>` for `rows` (`rows[0]` = sheet row 1; `''`, null and holes are empty) styled by `bands`. A styled
 * empty cell is written (as ExcelJS writes a styled null cell); rows without cells are left out. A number that is
 * not finite has no representation in a cell and is left empty, like null.
 * O(cells + rows × bands of a column).
 *
 * @example Buffer.concat(sheetDataXml([['Name', 3]], []).parts).toString()
 * // => '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1"><v>3</v></c></row></sheetData>'
 */
export function sheetDataXml(
  rows: readonly (readonly CellValue[])[],
  bands: readonly StyledBand[],
): SheetData {
  const byColumn: StyledBand[][] = [];
  for (const band of bands) (byColumn[band.column] ??= []).push(band);
  const letters: string[] = [];
  const writer = new PartWriter();
  writer.write('<sheetData>');
  let firstRow = 0;
  let lastRow = 0;
  let firstColumn = Infinity;
  let lastColumn = -1;
  for (let index = 0; index < rows.length; index++) {
    const values = rows[index] ?? [];
    const row = index + 1;
    const width = Math.max(values.length, byColumn.length);
    let cells = '';
    for (let column = 0; column < width; column++) {
      const value = values[column];
      const columnBands = byColumn[column];
      const styleId = columnBands === undefined ? 0 : styleAt(columnBands, row);
      const open = `<c r="${(letters[column] ??= columnLetter(column))}${row}"${styleId === 0 ? '' : ` s="${styleId}"`}`;
      if (typeof value === 'string' && value !== '')
        cells += `${open} t="inlineStr"><is>${inlineText(value)}</is></c>`;
      else if (typeof value === 'number' && Number.isFinite(value)) cells += `${open}><v>${value}</v></c>`;
      else if (typeof value === 'boolean') cells += `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
      else if (styleId !== 0) cells += `${open}/>`;
      else continue;
      if (column < firstColumn) firstColumn = column;
      if (column > lastColumn) lastColumn = column;
    }
    if (cells === '') continue;
    writer.write(`<row r="${row}">${cells}</row>`);
    if (firstRow === 0) firstRow = row;
    lastRow = row;
  }
  writer.write('</sheetData>');
  writer.flush();
  const dimension =
    lastColumn < 0 ? null : `${letters[firstColumn]}${firstRow}:${letters[lastColumn]}${lastRow}`;
  return { parts: writer.parts, dimension };
}
