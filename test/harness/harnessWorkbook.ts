/**
 * The in-memory workbook of the browser harness: the fake Excel's workbook model seeded with the 240-customer
 * fixture as an Excel table `Sales` on sheet `Sales` (A1:F241), the active cell inside it – the moment the
 * manager opens the pane. `fixture=error` puts someone's note in the first output column, so a run must refuse.
 */
import type { CellValue } from '../../src/core/types';
import { seedTable, selectRange } from '../fakeExcel';
import { letters, parseRect, type FakeValue, type FakeWorkbookModel } from '../fakeExcel/fakeWorkbookModel';
import { CUSTOMERS_HEADER, CUSTOMERS_ROWS } from './fixtures/customers';

export type HarnessFixture = 'customers' | 'error' | 'dated';

export const SOURCE_SHEET = 'Sales';
export const SOURCE_TABLE = 'Sales';
/** The foreign note of the `error` fixture: first output column (G), row 5. */
export const FOREIGN_CELL = 'G5';

function toFake(value: CellValue): FakeValue | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

/**
 * The `dated` fixture's last order date of row i (0-based) as an Excel serial: spread over 2025-12-08 …
 * 2026-12-02 by a fixed rule (no randomness), so some large customers have not ordered for months (§11).
 */
export function orderDateSerial(i: number): number {
  return 46_000 + ((i * 37) % 360);
}

/**
 * Seed `model` with the customers table (A1:F241, active cell C2); `error` adds a note where the output would go;
 * `dated` adds an `Order date` column G of date serials (the add-in reads date cells as numbers).
 */
export function seedWorkbook(model: FakeWorkbookModel, fixture: HarnessFixture): void {
  const dated = fixture === 'dated';
  const header = dated ? [...CUSTOMERS_HEADER, 'Order date'] : CUSTOMERS_HEADER;
  const body = dated ? CUSTOMERS_ROWS.map((row, i) => [...row, orderDateSerial(i)]) : CUSTOMERS_ROWS;
  const rows = [header, ...body].map((row) => row.map((value) => toFake(value) ?? null));
  seedTable(model, { sheet: SOURCE_SHEET, name: SOURCE_TABLE, topLeft: 'A1', rows });
  selectRange(model, SOURCE_SHEET, ['C2']);
  if (fixture === 'error') {
    const rect = parseRect(FOREIGN_CELL);
    const sheet = model.sheet(SOURCE_SHEET);
    if (rect !== null && sheet !== undefined) sheet.column(rect.c0).values[rect.r0] = 'Call back in May';
  }
}

/**
 * Paste rows under the table, as a manager does next month; the table grows over them (Excel's auto-expand).
 * Returns the new table address.
 */
export function appendRows(model: FakeWorkbookModel, rows: readonly (readonly CellValue[])[]): string {
  const table = model.table(SOURCE_TABLE);
  if (table === undefined) throw new Error(`no table ${SOURCE_TABLE}`);
  const first = table.r0 + table.rowCount;
  rows.forEach((row, i) =>
    row.forEach((value, c) => {
      table.sheet.column(table.c0 + c).values[first + i] = toFake(value);
    }),
  );
  table.rowCount += rows.length;
  const lastColumn = table.c0 + table.columnNames.length - 1;
  return `${letters(table.c0)}${table.r0 + 1}:${letters(lastColumn)}${table.r0 + table.rowCount}`;
}

/** Values of `address` (`A1:B3`) on `sheetName`, row-major, empty cells as `''` (like `Range.values`). */
export function readCells(model: FakeWorkbookModel, sheetName: string, address: string): FakeValue[][] {
  const sheet = model.sheet(sheetName);
  const rect = parseRect(address);
  if (sheet === undefined || rect === null) throw new Error(`no range ${sheetName}!${address}`);
  const out: FakeValue[][] = [];
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    const row: FakeValue[] = [];
    for (let c = rect.c0; c <= rect.c1; c += 1) row.push(sheet.valueAt(r, c));
    out.push(row);
  }
  return out;
}
