/**
 * Write the summary sheet of a plan: a fresh sheet (an earlier run's summary is replaced in the same tab
 * position), its blocks with their styles and number formats, and the column widths.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../core/cellAddress';
import type { ChartSpec, SummaryBlock, SummarySheetPlan } from '../../core/layout/writePlan';
import { argb } from './argb';

const STYLES: Record<SummaryBlock['style'], Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 16 } },
  headline: { font: { bold: true, size: 12 } },
  heading: { font: { bold: true, size: 12, color: { argb: argb('#1F3864') } } },
  tableHeader: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb('#E7E6E6') } },
    border: { bottom: { style: 'thin', color: { argb: argb('#7F7F7F') } } },
  },
  body: {},
  note: { font: { italic: true, color: { argb: argb('#595959') } } },
};

/** Sheet order is an ExcelJS property its typings omit. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/**
 * Replace (or create) the summary sheet and write every block; `charts` placed on it set the print area. Strings stay text (shared strings), numbers stay
 * numbers. O(cells of the blocks).
 */
export function writeSummarySheet(
  workbook: ExcelJS.Workbook,
  plan: SummarySheetPlan,
  charts: readonly ChartSpec[] = [],
): ExcelJS.Worksheet {
  const previous = workbook.getWorksheet(plan.name) as Ordered | undefined;
  const orderNo = previous?.orderNo;
  // Replacing the sheet clears every cell, style and merge of the previous run at once.
  if (previous) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(plan.name) as Ordered;
  if (orderNo !== undefined) sheet.orderNo = orderNo;

  for (const block of plan.blocks) {
    const base = STYLES[block.style];
    const styles = new Map<string, Partial<ExcelJS.Style>>();
    const styleFor = (format: string, right: boolean) => {
      const key = `${right ? 'R' : ''}${format}`;
      let style = styles.get(key);
      if (!style) {
        style = { ...base, numFmt: format, ...(right ? { alignment: { horizontal: 'right' } } : {}) };
        styles.set(key, style);
      }
      return style;
    };
    block.values.forEach((rowValues, rowOffset) => {
      rowValues.forEach((value, columnOffset) => {
        const cell = sheet.getCell(block.row + rowOffset + 1, block.column + columnOffset + 1);
        cell.value = value;
        cell.style = styleFor(
          block.numberFormats?.[columnOffset] ?? 'General',
          block.alignRight?.[columnOffset] === true,
        );
      });
    });
  }
  // Printing (and PDF export): the tables and the charts on landscape pages one page wide; the chart data block
  // right of the charts is for the charts, not for reading, so it is outside the print area.
  const ours = charts.filter((chart) => chart.sheetName === plan.name);
  if (ours.length > 0) {
    const lastColumn = Math.max(...ours.map((chart) => chart.placement.lastColumn));
    const lastRow = Math.max(
      ...ours.map((chart) => chart.placement.lastRow),
      ...plan.blocks
        .filter((block) => block.column <= lastColumn)
        .map((block) => block.row + block.values.length - 1),
    );
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // ExcelJS puts a `$` before each side only; `A$1` makes the written reference fully absolute (`$A$1`).
      printArea: `A$1:${columnLetter(lastColumn)}$${lastRow + 1}`,
    };
  }
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return sheet;
}
