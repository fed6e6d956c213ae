/**
 * An Excel 97–2003 workbook (.xls, also BIFF2–5 and the HTML/SpreadsheetML 2003 files saved as .xls) → rows of cell
 * values, through SheetJS.
 */
import type * as Sheetjs from '@e965/xlsx';
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue } from '../../core/types';

/** One sheet's used range as rows, with where it sits. */
interface XlsTable {
  /** Row-major values of the used range. */
  rows: CellValue[][];
  sheetName: string;
  /** Sheet row (1-based) of `rows[0]`. */
  firstRow: number;
  /** Sheet column (0-based) of `rows[n][0]`. */
  firstColumn: number;
}

/** Excel's error values by BIFF code ([MS-XLS] 2.5.10 BErr). */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** A SheetJS cell as read in dense mode (only the fields used here). */
interface SheetjsCell {
  t: string;
  v?: unknown;
  w?: string;
}

/**
 * Read one sheet of an .xls workbook.
 * Rule: the sheet named `sheetName` (exact, then case-insensitive), else the first sheet that holds a value; its
 * used range (the smallest rectangle holding every non-empty cell). Values: numbers, text, booleans; dates as Excel
 * serial numbers (the user chose the column); formulas as their cached result; error cells as their text (`#N/A`).
 * SheetJS's own messages never reach the user: a failure becomes "damaged".
 *
 * @throws SegmentationError `unreadable-input` (damaged, no such sheet), `no-data` (no sheet holds a value).
 * @example (await readXls(bytes, 'sales.xls')).rows[0] // => ['Customer', 'Revenue']
 */
export async function readXls(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<XlsTable> {
  const sheetjs: typeof Sheetjs = await import('@e965/xlsx');
  let workbook: Sheetjs.WorkBook;
  const quiet = silenceConsole();
  try {
    workbook = sheetjs.read(bytes, {
      type: 'buffer',
      dense: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellText: false,
      sheetStubs: false,
      bookVBA: false,
    });
  } catch (error) {
    throw damaged(fileName, error);
  } finally {
    quiet.restore();
  }
  const names = workbook.SheetNames;
  const rowsOf = (name: string) => usedRows(workbook.Sheets[name]);
  if (sheetName !== undefined) {
    const name =
      names.find((candidate) => candidate === sheetName) ??
      names.find((candidate) => candidate.toLowerCase() === sheetName.toLowerCase());
    if (name === undefined) {
      throw new SegmentationError(
        'unreadable-input',
        message('sheet-not-found', {
          file: fileName,
          sheet: sheetName,
          sheets: names.map((n) => `"${n}"`).join(', '),
        }),
      );
    }
    return { sheetName: name, ...rowsOf(name) };
  }
  for (const name of names) {
    const used = rowsOf(name);
    if (used.rows.length > 0) return { sheetName: name, ...used };
  }
  throw new SegmentationError('no-data', message('workbook-empty', { file: fileName }));
}

/** The used range of a dense SheetJS sheet as rows (empty when the sheet holds nothing, or is a chart sheet). */
function usedRows(sheet: Sheetjs.WorkSheet | undefined): Omit<XlsTable, 'sheetName'> {
  const data = (sheet?.['!data'] ?? []) as (SheetjsCell[] | undefined)[];
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (valueOf(row[c]) === null) continue;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  if (top < 0) return { rows: [], firstRow: 1, firstColumn: 0 };
  const rows: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = data[r];
    const values: CellValue[] = [];
    for (let c = left; c <= right; c++) values.push(row ? valueOf(row[c]) : null);
    rows.push(values);
  }
  return { rows, firstRow: top + 1, firstColumn: left };
}

function valueOf(cell: SheetjsCell | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'e':
      return typeof cell.v === 'number' ? (ERROR_TEXT[cell.v] ?? cell.w ?? '#VALUE!') : (cell.w ?? '#VALUE!');
    case 'd':
      return cell.v instanceof Date ? dateSerial(cell.v) : null;
    default:
      return null;
  }
}

/**
 * SheetJS reports records it does not know with console.error ("Missing Info for XLS Record 0x30") while reading
 * damaged files; the command line's stderr carries one sentence, so its console is muted while it reads.
 */
/* eslint-disable no-console -- muting SheetJS's console output is the point of this function */
function silenceConsole(): { restore(): void } {
  const methods = ['error', 'warn', 'log', 'info'] as const;
  const saved = methods.map((method) => console[method]);
  for (const method of methods) console[method] = () => undefined;
  return {
    restore: () => methods.forEach((method, i) => (console[method] = saved[i])),
  };
}
/* eslint-enable no-console */

/**
 * The first sheet holding a value other than `skip`, looked for by SheetJS in any workbook it reads (.xlsx too):
 * for the sentence "the data is on sheet X" when the sheet read is empty. Null when none or unreadable.
 *
 * @example await sheetWithData(bytes, 'Sheet1') // => 'Data'
 */
export async function sheetWithData(bytes: Uint8Array, skip: string): Promise<string | null> {
  const sheetjs: typeof Sheetjs = await import('@e965/xlsx');
  const quiet = silenceConsole();
  try {
    const workbook = sheetjs.read(bytes, { type: 'buffer', dense: true, sheetRows: 50, cellFormula: false });
    return (
      workbook.SheetNames.find((name) => name !== skip && usedRows(workbook.Sheets[name]).rows.length > 0) ??
      null
    );
  } catch {
    return null;
  } finally {
    quiet.restore();
  }
}

/** Excel's serial number of a date (days since 1899-12-30, the 1900 date system). */
function dateSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

function damaged(fileName: string, cause: unknown): SegmentationError {
  void cause; // SheetJS's message is for developers ("Unsupported value type"); the user gets what to do.
  return new SegmentationError('unreadable-input', message('file-damaged', { file: fileName }));
}
