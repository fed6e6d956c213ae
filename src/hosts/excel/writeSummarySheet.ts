/**
 * The summary sheet: created, or cleared and rewritten when it is ours (the flows decide ownership), then every
 * block with its text-safe formats and style, and the column widths.
 */
import type { SummaryBlock, SummarySheetPlan } from '../../core/layout/writePlan';
import type { WriteProbe } from './probeWriteTargets';
import { cellValues, textSafeFormats } from './textSafeCells';
import { widthInPoints } from './widthInPoints';

/** Font settings per block style; colours are neutral greys that read well in light and dark Office themes. */
const STYLES: Record<
  SummaryBlock['style'],
  { bold?: boolean; italic?: boolean; size?: number; color?: string }
> = {
  title: { bold: true, size: 16 },
  headline: { bold: true, size: 12 },
  heading: { bold: true, size: 12 },
  tableHeader: { bold: true },
  body: {},
  note: { italic: true, color: '#595959' },
};

/** Queue the summary sheet; returns the sheet proxy (charts go on it). */
export function queueSummarySheet(
  context: Excel.RequestContext,
  plan: SummarySheetPlan,
  probe: WriteProbe,
): Excel.Worksheet {
  const exists = probe.sheets.has(plan.name.toLowerCase());
  const sheet = exists
    ? context.workbook.worksheets.getItem(plan.name)
    : context.workbook.worksheets.add(plan.name);
  if (exists) sheet.getRange().clear('All');
  for (const block of plan.blocks) {
    const height = block.values.length;
    const width = block.values.reduce((w, row) => Math.max(w, row.length), 0);
    if (height === 0 || width === 0) continue;
    const values = block.values.map((row) => [...row, ...new Array<null>(width - row.length).fill(null)]);
    const range = sheet.getRangeByIndexes(block.row, block.column, height, width);
    range.numberFormat = textSafeFormats(values, (j) => block.numberFormats?.[j] ?? 'General');
    range.values = cellValues(values);
    const style = STYLES[block.style];
    if (style.bold) range.format.font.bold = true;
    if (style.italic) range.format.font.italic = true;
    if (style.size) range.format.font.size = style.size;
    if (style.color) range.format.font.color = style.color;
    block.alignRight?.forEach((right, j) => {
      // Range.format.horizontalAlignment, ExcelApi 1.1.
      if (right)
        sheet.getRangeByIndexes(block.row, block.column + j, height, 1).format.horizontalAlignment = 'Right';
    });
  }
  plan.columnWidths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = widthInPoints(characters);
  });
  return sheet;
}
