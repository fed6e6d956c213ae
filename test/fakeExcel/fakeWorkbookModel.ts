/**
 * The workbook the fake Excel API works on: plain data, no proxies. Sheets hold a sparse, column-major cell grid
 * (so a 1,000,000-row column costs one array, not a million objects), tables, charts and conditional formats;
 * the workbook holds add-in settings, the selection, the protection and cell-edit-mode flags.
 *
 * Rows and columns are 0-based here; addresses are A1-style like Excel's (`Sheet1!A1:B2`, quoted sheet names).
 * No Node APIs: the browser harness uses this file too.
 */

/** A cell value as Excel's `Range.values` returns it. */
export type FakeValue = string | number | boolean;

/** Formatting of one cell written through `range.format`. */
export interface FakeCellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
}

/** One column of a sheet: dense arrays indexed by row (holes = empty). */
export interface FakeColumn {
  values: (FakeValue | undefined)[];
  formulas: (string | undefined)[];
  numberFormats: (string | undefined)[];
  styles: (FakeCellStyle | undefined)[];
}

/** 0-based inclusive rectangle on one sheet. */
export interface FakeRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeConditionalFormat {
  rect: FakeRect;
  type: 'CellValue' | 'ContainsText';
  /** CellValue: `{ formula1, operator }`; ContainsText: `{ operator, text }`. */
  rule: Record<string, unknown> | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeChartAxis {
  title: string | null;
  minimum: number | null;
  maximum: number | null;
  scaleType: 'Linear' | 'Logarithmic';
  numberFormat: string | null;
}

export interface FakeChartSeries {
  name: string;
  /** Sheet-qualified addresses of the data, or null before `setXAxisValues` / `setValues`. */
  xValues: string | null;
  values: string | null;
  chartType: string;
  markerStyle: string;
  markerBackgroundColor: string | null;
  markerForegroundColor: string | null;
  lineColor: string | null;
  lineStyle: string;
}

export interface FakeChart {
  name: string;
  type: string;
  title: string | null;
  series: FakeChartSeries[];
  xAxis: FakeChartAxis;
  yAxis: FakeChartAxis;
  /** Top-left and bottom-right cell addresses from `setPosition`. */
  position: { start: string; end: string } | null;
  legendVisible: boolean;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** Top row of the table (the header row when shown). */
  r0: number;
  c0: number;
  /** Rows including the header row and the total row when shown. */
  rowCount: number;
  columnNames: string[];
  /**
   * Column IDs, by position. Excel.TableColumn.id: "a unique key that identifies the column within the table";
   * IDs are not positions (they start at 1 here) and a deleted column's ID is never given out again
   * (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn#excel-excel-tablecolumn-id-member).
   */
  columnIds: number[];
  /** The next ID to give a new column (never reused). */
  nextColumnId: number;
  showHeaders: boolean;
  /**
   * The total row (Table.showTotals): the last row of the table, part of `getRange()` ("the entire table") but
   * not of `getDataBodyRange()` (https://learn.microsoft.com/javascript/api/excel/excel.table).
   */
  showTotals: boolean;
  /** True while a filter hides some of the table's rows (their sheet rows are in `sheet.hiddenRows`). */
  filtered: boolean;
}

/** The 5 MB request/response limit of Excel on the web, and the 5 million cells of one get. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** OperationCellsExceedLimit: "The attempted operation affects more than the limit of 33554000 cells." */
export const OPERATION_CELL_LIMIT = 33_554_000;
export const CELL_READ_LIMIT = 5_000_000;
/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** One worksheet. */
export class FakeSheet {
  name: string;
  protected = false;
  readonly columns = new Map<number, FakeColumn>();
  readonly charts: FakeChart[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** Column widths in points, by column index. */
  readonly columnWidths = new Map<number, number>();
  /** Hidden rows (0-based), by a filter or by hand: `Range.rowHidden` reports them. */
  readonly hiddenRows = new Set<number>();

  constructor(name: string) {
    this.name = name;
  }

  /** The column's storage, created on first write. */
  column(c: number): FakeColumn {
    let col = this.columns.get(c);
    if (!col) {
      col = { values: [], formulas: [], numberFormats: [], styles: [] };
      this.columns.set(c, col);
    }
    return col;
  }

  /** True when the cell holds a value or a formula. */
  hasContent(r: number, c: number): boolean {
    const col = this.columns.get(c);
    if (!col) return false;
    const v = col.values[r];
    return (v !== undefined && v !== '') || col.formulas[r] !== undefined;
  }

  /** True when the cell holds content or any format. */
  hasAnything(r: number, c: number): boolean {
    const col = this.columns.get(c);
    if (!col) return false;
    return this.hasContent(r, c) || col.numberFormats[r] !== undefined || col.styles[r] !== undefined;
  }

  /** The value as `Range.values` reads it: `''` for an empty cell. */
  valueAt(r: number, c: number): FakeValue {
    return this.columns.get(c)?.values[r] ?? '';
  }

  /** Bounding box of used cells within `within` (all columns when omitted), or null. */
  usedRect(valuesOnly: boolean, within?: FakeRect): FakeRect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [c, col] of this.columns) {
      if (within && (c < within.c0 || c > within.c1)) continue;
      const lists = valuesOnly
        ? [col.values, col.formulas]
        : [col.values, col.formulas, col.numberFormats, col.styles];
      for (const list of lists) {
        const from = within ? within.r0 : 0;
        const to = Math.min(list.length - 1, within ? within.r1 : list.length - 1);
        for (let r = from; r <= to; r += 1) {
          const v = list[r];
          if (v === undefined || v === '') continue;
          if (r < r0) r0 = r;
          if (r > r1) r1 = r;
          if (c < c0) c0 = c;
          if (c > c1) c1 = c;
          break;
        }
        // Only within [from, to]: an empty range must stay empty even with content above it.
        for (let r = to; r > Math.max(r1, from - 1); r -= 1) {
          const v = list[r];
          if (v !== undefined && v !== '') {
            r1 = r;
            break;
          }
        }
      }
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

/** The whole workbook. */
export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: FakeSheet | null = null;
  /** Selected areas on the active sheet (several = a multi-area selection). */
  selection: FakeRect[] = [];
  /** The active cell (inside the first area). */
  activeCell: { r: number; c: number } = { r: 0, c: 0 };
  /**
   * A chart or shape selected instead of cells: then `getSelectedRange()` and `getActiveCell()` throw
   * InvalidSelection, by design (office-js issues #2268 and #8).
   */
  selectedObject: 'chart' | 'shape' | null = null;
  /** While true every `Excel.run` batch is refused, as while the user edits a cell. */
  cellEditMode = false;
  /**
   * The code cell-edit mode is reported with: InvalidOperationInCellEditMode as documented (Excel-specific error
   * codes, https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling), or a
   * plain InvalidOperation with the same sentence, as some builds and Excel on the web do (office-js #856, #3019).
   */
  cellEditModeCode: 'InvalidOperationInCellEditMode' | 'InvalidOperation' = 'InvalidOperationInCellEditMode';
  /**
   * The code an oversized request or response is refused with: the documented Request/ResponsePayloadSizeLimit-
   * Exceeded, or 'GeneralException' ("An internal error has occurred"), as Excel on the web answers an oversized
   * `Range.values` (office-js #1314, office-js-docs-reference #354, office-js-docs #1247).
   */
  payloadErrorCode: 'documented' | 'GeneralException' = 'documented';
  /** Highest ExcelApi requirement set the fake host reports, e.g. `1.9`. */
  apiVersion = '1.9';
  /** See FakeOfficeOptions.nullNavigationFails. */
  nullNavigationFails = false;

  /** Sheet by name (case-insensitive, like Excel), or undefined. */
  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** A new sheet; throws on a duplicate name. */
  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  table(name: string): FakeTable | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  /** True when `requirement` (e.g. `1.8`) is within the reported ExcelApi version. */
  supports(requirement: string): boolean {
    const [aMajor, aMinor] = this.apiVersion.split('.').map(Number);
    const [bMajor, bMinor] = requirement.split('.').map(Number);
    return aMajor > bMajor || (aMajor === bMajor && aMinor >= bMinor);
  }
}

/** Column letters of a 0-based index. */
export function letters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * `A1` or `A1:B2` (0-based rect); whole columns and whole rows as Excel reports them: `A:F`, `3:5`
 * (Range.address of a column selection is `Sheet1!A:F`).
 */
export function rectAddress(rect: FakeRect): string {
  const wholeColumns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${letters(rect.c0)}:${letters(rect.c1)}`;
  if (wholeRows && !wholeColumns) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${letters(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${letters(rect.c1)}${rect.r1 + 1}`;
}

/** Sheet name as Excel prints it in an address: quoted unless letters, digits and `_` only. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Parse `A1`, `A1:B2`, whole columns `A:F` or whole rows `3:5` (no sheet); null when not such an address. */
export function parseRect(address: string): FakeRect | null {
  const col = (s: string): number => {
    let n = 0;
    for (const ch of s.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
    return n - 1;
  };
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address.trim());
  if (columns) {
    const [a, b] = [col(columns[1]), col(columns[2])];
    if (Math.max(a, b) >= MAX_COLUMNS) return null;
    return { r0: 0, c0: Math.min(a, b), r1: MAX_ROWS - 1, c1: Math.max(a, b) };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (Math.min(a, b) < 0 || Math.max(a, b) >= MAX_ROWS) return null;
    return { r0: Math.min(a, b), c0: 0, r1: Math.max(a, b), c1: MAX_COLUMNS - 1 };
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) return null;
  const ra = Number(m[2]) - 1;
  const ca = col(m[1]);
  const rb = m[4] ? Number(m[4]) - 1 : ra;
  const cb = m[3] ? col(m[3]) : ca;
  const rect = { r0: Math.min(ra, rb), c0: Math.min(ca, cb), r1: Math.max(ra, rb), c1: Math.max(ca, cb) };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r0 < 0) return null;
  return rect;
}

/** Intersection of two rects, or null. */
export function intersect(a: FakeRect, b: FakeRect): FakeRect | null {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 > r.r1 || r.c0 > r.c1 ? null : r;
}

/** Excel's current region: grow from the top-left cell while a border row/column holds content. */
export function surroundingRegion(sheet: FakeSheet, start: FakeRect): FakeRect {
  const rect = { r0: start.r0, c0: start.c0, r1: start.r0, c1: start.c0 };
  const rowHas = (r: number): boolean => {
    if (r < 0 || r >= MAX_ROWS) return false;
    for (let c = Math.max(0, rect.c0 - 1); c <= rect.c1 + 1; c += 1) if (sheet.hasContent(r, c)) return true;
    return false;
  };
  const colHas = (c: number): boolean => {
    if (c < 0 || c >= MAX_COLUMNS || !sheet.columns.has(c)) return false;
    for (let r = Math.max(0, rect.r0 - 1); r <= rect.r1 + 1; r += 1) if (sheet.hasContent(r, c)) return true;
    return false;
  };
  for (let grown = true; grown;) {
    grown = false;
    while (rowHas(rect.r1 + 1)) {
      rect.r1 += 1;
      grown = true;
    }
    while (rowHas(rect.r0 - 1)) {
      rect.r0 -= 1;
      grown = true;
    }
    while (colHas(rect.c1 + 1)) {
      rect.c1 += 1;
      grown = true;
    }
    while (colHas(rect.c0 - 1)) {
      rect.c0 -= 1;
      grown = true;
    }
  }
  return rect;
}
