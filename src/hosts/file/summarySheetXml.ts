/**
 * The summary sheet of a plan as a worksheet part: its blocks with their styles and number formats, the column
 * widths, landscape pages one page wide, and the drawing that holds the charts. Text is written as inline
 * strings, numbers as numbers.
 */
import { columnLetter } from '../../core/cellAddress';
import type { ChartSpec, OutputValue, SummaryBlock, SummarySheetPlan } from '../../core/layout/writePlan';
import { cellXml, WORKSHEET_NAMESPACES } from './cellXml';
import type { CellFormat, StyleSheet } from './styleSheet';

const STYLES: Record<SummaryBlock['style'], CellFormat> = {
  title: { bold: true, size: 16 },
  headline: { bold: true, size: 12 },
  heading: { bold: true, size: 12, color: '#1F3864' },
  tableHeader: { bold: true, fill: '#E7E6E6', borderBottom: '#7F7F7F' },
  body: {},
  note: { italic: true, color: '#595959' },
};

/** The part, and the print area (`$A$1:$J$40`) to name in the workbook, or null. */
export interface SummarySheetXml {
  xml: string;
  printArea: string | null;
}

/**
 * The summary sheet part. `drawingRelationshipId` is the sheet's relationship to its drawing (null: no charts).
 * O(cells of the blocks).
 */
export function summarySheetXml(
  plan: SummarySheetPlan,
  charts: readonly ChartSpec[],
  styles: StyleSheet,
  options: { drawingRelationshipId: string | null; selected: boolean },
): SummarySheetXml {
  const rows = new Map<number, Map<number, { value: OutputValue; style: number }>>();
  for (const block of plan.blocks) {
    block.values.forEach((rowValues, rowOffset) => {
      const row = block.row + rowOffset + 1;
      let cells = rows.get(row);
      if (!cells) rows.set(row, (cells = new Map()));
      rowValues.forEach((value, columnOffset) => {
        const numberFormat = block.numberFormats?.[columnOffset] ?? 'General';
        const style = styles.cellStyle({
          ...STYLES[block.style],
          ...(numberFormat === 'General' ? {} : { numberFormat }),
          ...(block.alignRight?.[columnOffset] === true ? { alignRight: true } : {}),
        });
        cells!.set(block.column + columnOffset, { value, style });
      });
    });
  }
  let lastColumn = 0;
  const sheetRows = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = rows.get(row)!;
      const xml = [...cells.keys()]
        .sort((a, b) => a - b)
        .map((column) => {
          lastColumn = Math.max(lastColumn, column);
          const cell = cells.get(column)!;
          return cellXml(`${columnLetter(column)}${row}`, cell.value, cell.style);
        })
        .join('');
      return xml === '' ? '' : `<row r="${row}">${xml}</row>`;
    })
    .join('');
  const lastRow = Math.max(1, ...rows.keys());
  const cols = plan.columnWidths
    .map(
      (width, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width + 0.71}" customWidth="1"/>`,
    )
    .join('');
  const ours = charts.filter((chart) => chart.sheetName === plan.name);
  let printArea: string | null = null;
  if (ours.length > 0) {
    const printColumn = Math.max(...ours.map((chart) => chart.placement.lastColumn));
    const printRow = Math.max(
      ...ours.map((chart) => chart.placement.lastRow),
      ...plan.blocks
        .filter((block) => block.column <= printColumn)
        .map((block) => block.row + block.values.length - 1),
    );
    printArea = `$A$1:$${columnLetter(printColumn)}$${printRow + 1}`;
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet ${WORKSHEET_NAMESPACES}>` +
    (printArea ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${columnLetter(lastColumn)}${lastRow}"/>` +
    `<sheetViews><sheetView ${options.selected ? 'tabSelected="1" ' : ''}workbookViewId="0"/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${sheetRows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (printArea ? '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : '') +
    (options.drawingRelationshipId ? `<drawing r:id="${options.drawingRelationshipId}"/>` : '') +
    '</worksheet>';
  return { xml, printArea };
}
