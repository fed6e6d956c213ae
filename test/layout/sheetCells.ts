/** Reading a SummarySheetPlan like a sheet: the value a cell would hold, and the values of a chart range. */
import type {
  OutputValue,
  SheetRange,
  SummaryBlock,
  SummarySheetPlan,
} from '../../src/core/layout/writePlan';

export interface PlacedCell {
  value: OutputValue;
  format: string;
  block: SummaryBlock;
}

/** The cell at a 0-based row and column; throws when two blocks write it (blocks must not overlap). */
export function cellAt(sheet: SummarySheetPlan, row: number, column: number): PlacedCell | undefined {
  const hits = sheet.blocks.filter(
    (b) =>
      row >= b.row &&
      row < b.row + b.values.length &&
      column >= b.column &&
      column < b.column + Math.max(...b.values.map((r) => r.length)),
  );
  if (hits.length > 1) throw new Error(`cell ${row},${column} is written by ${hits.length} blocks`);
  const block = hits[0];
  if (!block) return undefined;
  const c = column - block.column;
  return {
    value: block.values[row - block.row][c] ?? null,
    format: block.numberFormats?.[c] ?? 'General',
    block,
  };
}

/** The values of a one-column range, top to bottom. */
export function rangeValues(sheet: SummarySheetPlan, range: SheetRange): OutputValue[] {
  if (range.sheetName !== sheet.name) throw new Error(`range on ${range.sheetName}, not ${sheet.name}`);
  if (range.firstColumn !== range.lastColumn) throw new Error('a series range is one column');
  const values: OutputValue[] = [];
  for (let r = range.firstRow; r <= range.lastRow; r++)
    values.push(cellAt(sheet, r, range.firstColumn)?.value ?? null);
  return values;
}

/** Every text value of the sheet, for "contains" checks. */
export function allText(sheet: SummarySheetPlan): string[] {
  return sheet.blocks.flatMap((b) => b.values.flat().filter((v): v is string => typeof v === 'string'));
}

/** The row (as values) that starts with `label` in column `column`. */
export function rowStartingWith(sheet: SummarySheetPlan, label: string): OutputValue[] | undefined {
  for (const b of sheet.blocks) {
    const hit = b.values.find((r) => r[0] === label);
    if (hit) return hit;
  }
  return undefined;
}
