/**
 * Test helpers around the fake workbook model: seed a plain range or an Excel table from a 2-D array, set the
 * selection, read cells back, and snapshot the whole workbook as plain data for before/after comparisons.
 * Seeding stores the values as given (no formula or number interpretation): it is the workbook as the user left it.
 */
import {
  FakeCellStyle,
  FakeChart,
  FakeConditionalFormat,
  FakeSheet,
  FakeValue,
  FakeWorkbookModel,
  parseRect,
  rectAddress,
} from './fakeWorkbookModel';

type SeedValue = FakeValue | null | undefined;

function sheetFor(model: FakeWorkbookModel, name: string): FakeSheet {
  return model.sheet(name) ?? model.addSheet(name);
}

function topLeftOf(address: string): { r: number; c: number } {
  const rect = parseRect(address);
  if (!rect) throw new Error(`bad address ${address}`);
  return { r: rect.r0, c: rect.c0 };
}

/** Write `rows` at `topLeft` of `sheet` (created when missing); null/undefined/'' leave cells empty. */
export function seedRange(
  model: FakeWorkbookModel,
  spec: { sheet: string; topLeft?: string; rows: SeedValue[][]; numberFormat?: string },
): FakeSheet {
  const sheet = sheetFor(model, spec.sheet);
  const { r, c } = topLeftOf(spec.topLeft ?? 'A1');
  const width = spec.rows.reduce((w, row) => Math.max(w, row.length), 0);
  for (let j = 0; j < width; j += 1) {
    const col = sheet.column(c + j);
    spec.rows.forEach((row, i) => {
      const v = row[j];
      if (v !== null && v !== undefined && v !== '') col.values[r + i] = v;
      if (spec.numberFormat) col.numberFormats[r + i] = spec.numberFormat;
    });
  }
  return sheet;
}

/**
 * Seed an Excel table: `rows[0]` is the header row (column names) when `showHeaders` is not false; `totalRow`
 * adds a shown total row under the rows; `filteredRows` (indexes into `rows`) are hidden by a filter.
 */
export function seedTable(
  model: FakeWorkbookModel,
  spec: {
    sheet: string;
    name: string;
    topLeft?: string;
    rows: SeedValue[][];
    showHeaders?: boolean;
    columnNames?: string[];
    totalRow?: SeedValue[];
    filteredRows?: number[];
  },
): FakeSheet {
  const rows = spec.totalRow ? [...spec.rows, spec.totalRow] : spec.rows;
  const sheet = seedRange(model, { ...spec, rows });
  const { r, c } = topLeftOf(spec.topLeft ?? 'A1');
  const showHeaders = spec.showHeaders !== false;
  const width = spec.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const columnNames =
    spec.columnNames ??
    (showHeaders
      ? spec.rows[0].map((v, j) => String(v ?? `Column${j + 1}`))
      : spec.rows[0].map((_, j) => `Column${j + 1}`));
  if (columnNames.length !== width) throw new Error('seedTable: column names must match the width');
  for (const i of spec.filteredRows ?? []) sheet.hiddenRows.add(r + i);
  model.tables.push({
    name: spec.name,
    sheet,
    r0: r,
    c0: c,
    rowCount: rows.length,
    columnNames,
    columnIds: columnNames.map((_, j) => j + 1),
    nextColumnId: columnNames.length + 1,
    showHeaders,
    showTotals: spec.totalRow !== undefined,
    filtered: (spec.filteredRows ?? []).length > 0,
  });
  return sheet;
}

/** Select one or more areas on `sheet` (the active cell is the first area's top-left unless given). */
export function selectRange(
  model: FakeWorkbookModel,
  sheet: string,
  areas: string[],
  activeCell?: string,
): void {
  const s = model.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  model.activeSheet = s;
  model.selection = areas.map((a) => {
    const rect = parseRect(a);
    if (!rect) throw new Error(`bad address ${a}`);
    return rect;
  });
  const active = activeCell ? topLeftOf(activeCell) : { r: model.selection[0].r0, c: model.selection[0].c0 };
  model.activeCell = active;
}

/** Values of `address` on `sheet` as `Range.values` would read them ('' for empty). */
export function cellsOf(model: FakeWorkbookModel, sheet: string, address: string): FakeValue[][] {
  const s = model.sheet(sheet);
  const rect = parseRect(address);
  if (!s || !rect) throw new Error(`no ${sheet}!${address}`);
  const out: FakeValue[][] = [];
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    const row: FakeValue[] = [];
    for (let c = rect.c0; c <= rect.c1; c += 1) row.push(s.valueAt(r, c));
    out.push(row);
  }
  return out;
}

/** One non-empty cell of a snapshot. */
export interface CellSnapshot {
  value?: FakeValue;
  formula?: string;
  numberFormat?: string;
  style?: FakeCellStyle;
}

export interface SheetSnapshot {
  name: string;
  protected: boolean;
  /** Non-empty cells by A1 address. */
  cells: Record<string, CellSnapshot>;
  columnWidths: Record<string, number>;
  conditionalFormats: (Omit<FakeConditionalFormat, 'rect'> & { address: string })[];
  charts: FakeChart[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: { name: string; sheet: string; address: string; columns: string[]; showHeaders: boolean }[];
  settings: Record<string, unknown>;
}

/** A deep, plain copy of everything the workbook holds (JSON-safe; compare with `toEqual`). */
export function snapshotWorkbook(model: FakeWorkbookModel): WorkbookSnapshot {
  const sheets = model.sheets.map((sheet): SheetSnapshot => {
    const cells: Record<string, CellSnapshot> = {};
    const columns = [...sheet.columns.keys()].sort((a, b) => a - b);
    for (const c of columns) {
      const col = sheet.columns.get(c)!;
      const length = Math.max(
        col.values.length,
        col.formulas.length,
        col.numberFormats.length,
        col.styles.length,
      );
      for (let r = 0; r < length; r += 1) {
        const cell: CellSnapshot = {};
        if (col.values[r] !== undefined) cell.value = col.values[r];
        if (col.formulas[r] !== undefined) cell.formula = col.formulas[r];
        if (col.numberFormats[r] !== undefined) cell.numberFormat = col.numberFormats[r];
        if (col.styles[r] !== undefined) cell.style = { ...col.styles[r] };
        if (Object.keys(cell).length > 0) cells[rectAddress({ r0: r, c0: c, r1: r, c1: c })] = cell;
      }
    }
    const columnWidths: Record<string, number> = {};
    sheet.columnWidths.forEach(
      (w, c) => (columnWidths[rectAddress({ r0: 0, c0: c, r1: 0, c1: c }).replace(/\d+/, '')] = w),
    );
    return {
      name: sheet.name,
      protected: sheet.protected,
      cells,
      columnWidths,
      conditionalFormats: sheet.conditionalFormats.map(({ rect, ...rest }) => ({
        ...structuredCopy(rest),
        address: rectAddress(rect),
      })),
      charts: structuredCopy(sheet.charts),
    };
  });
  return {
    sheets,
    tables: model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: rectAddress({
        r0: t.r0,
        c0: t.c0,
        r1: t.r0 + t.rowCount - 1,
        c1: t.c0 + t.columnNames.length - 1,
      }),
      columns: [...t.columnNames],
      showHeaders: t.showHeaders,
    })),
    settings: structuredCopy(Object.fromEntries(model.settings)),
  };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
