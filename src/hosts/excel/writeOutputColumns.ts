/**
 * The output columns beside the source: headers (table columns for an Excel table), values in row chunks,
 * number formats (text-safe, before the values), conditional colours on the whole column, and clearing what a
 * previous run owned and this one no longer fills.
 */
import { SegmentationError } from '../../core/segmentationError';
import { message } from '../../core/messages/renderMessage';
import { hasHeaderCells, type OutputColumnsPlan } from '../../core/layout/writePlan';
import type { WriteProbe } from './probeWriteTargets';
import { cellValues, textSafeFormats } from './textSafeCells';
import { widthInPoints } from './widthInPoints';

/**
 * Queue the headers: add or rename table columns, or write the header row of a plain range – none for a range
 * without a header row that starts on row 1 (`hasHeaderCells`: the settings record the columns instead).
 */
export function queueOutputHeaders(
  context: Excel.RequestContext,
  plan: OutputColumnsPlan,
  probe: WriteProbe,
): void {
  const sheet = context.workbook.worksheets.getItem(plan.sheetName);
  const headers = plan.columns.map((c) => c.header);
  if (!plan.tableName) {
    if (headers.length === 0 || !hasHeaderCells(plan)) return;
    const range = sheet.getRangeByIndexes(plan.headerRow - 1, plan.firstColumn, 1, headers.length);
    range.numberFormat = [headers.map(() => '@')];
    range.values = [headers];
    return;
  }
  const facts = probe.table;
  if (!facts) throw new Error(`write probe lacks table ${plan.tableName}`);
  const table = context.workbook.tables.getItem(plan.tableName);
  const firstIndex = plan.firstColumn - facts.firstColumn;
  if (firstIndex < 0 || firstIndex > facts.columns.length) {
    throw new SegmentationError('source-changed', message('table-moved', { table: plan.tableName }));
  }
  // Owned columns sit at the right end of the table: existing ones are renamed in place, the rest appended.
  // By position: `columns.getItemAt(index)`. `columns.getItem(key)` takes a column *name or ID*, and an ID is not
  // a position (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection) – getItem(3) would
  // rename whichever column has ID 3, possibly the user's own.
  headers.forEach((header, i) => {
    const index = firstIndex + i;
    if (index < facts.columns.length) {
      if (facts.columns[index] !== header) table.columns.getItemAt(index).name = header;
    } else {
      table.columns.add(undefined, undefined, header);
    }
  });
  const stale = Math.min(plan.clear.columnsRight, facts.columns.length - firstIndex - headers.length);
  for (let k = stale - 1; k >= 0; k -= 1) table.columns.getItemAt(firstIndex + headers.length + k).delete();
}

/** Queue rows [from, from + count) of every output column: formats first, then values. */
export function queueOutputRows(
  context: Excel.RequestContext,
  plan: OutputColumnsPlan,
  from: number,
  count: number,
): void {
  if (count <= 0) return;
  const sheet = context.workbook.worksheets.getItem(plan.sheetName);
  plan.columns.forEach((column, i) => {
    const block = column.values.slice(from, from + count).map((v) => [v]);
    const range = sheet.getRangeByIndexes(plan.headerRow + from, plan.firstColumn + i, count, 1);
    range.numberFormat = textSafeFormats(block, () => column.numberFormat);
    range.values = cellValues(block);
  });
}

/** Queue the clearing of stale rows/columns and the conditional colours (after all values). */
export function queueOutputFinish(context: Excel.RequestContext, plan: OutputColumnsPlan): void {
  const sheet = context.workbook.worksheets.getItem(plan.sheetName);
  const { rowsBelow, columnsRight } = plan.clear;
  const n = plan.columns.length;
  if (rowsBelow > 0 && n + columnsRight > 0) {
    sheet
      .getRangeByIndexes(plan.headerRow + plan.rowCount, plan.firstColumn, rowsBelow, n + columnsRight)
      .clear('All');
  }
  if (columnsRight > 0 && !plan.tableName) {
    // From the header row down, or from row 1 when there is none.
    const top = hasHeaderCells(plan) ? plan.headerRow - 1 : 0;
    const rows = plan.headerRow + plan.rowCount - top;
    if (rows > 0) sheet.getRangeByIndexes(top, plan.firstColumn + n, rows, columnsRight).clear('All');
  }
  plan.columns.forEach((column, i) => {
    sheet.getRangeByIndexes(0, plan.firstColumn + i, 1, 1).format.columnWidth = widthInPoints(column.width);
  });
  if (plan.rowCount === 0) return;
  plan.columns.forEach((column, i) => {
    const range = sheet.getRangeByIndexes(plan.headerRow, plan.firstColumn + i, plan.rowCount, 1);
    // One set of rules per run: drop the previous run's rules on this column before adding.
    range.conditionalFormats.clearAll();
    for (const rule of column.conditionalColours) {
      // "Cell value equal to" is an exact match; the text-comparison rules offer only contains/begins/ends.
      const format = range.conditionalFormats.add('CellValue');
      format.cellValue.format.fill.color = rule.fill;
      format.cellValue.format.font.color = rule.font;
      format.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    }
  });
}
