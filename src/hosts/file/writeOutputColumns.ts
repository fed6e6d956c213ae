/**
 * Write the output columns of a plan beside the source: headers, values, number formats, conditional colours,
 * and – for an Excel table – the table grown to include them (so sort and filter cover the classes).
 *
 * Values go to the sheet's cells (ExcelJS cells, or a CSV's grid): a string is written as a string cell (shared
 * or inline) and stays text even when it begins with `=`, `+`, `-` or `@`. Rules and tables are the ExcelJS
 * sheet's in both cases. Conditional colours are one `cellIs = "text"` rule per colour on the whole
 * column range; rules an earlier run left on these columns are removed first, so a refresh never stacks them.
 */
import type ExcelJS from 'exceljs';
import { columnLetter, rangeAddress } from '../../core/cellAddress';
import { SegmentationError } from '../../core/segmentationError';
import type { CellColourRule, OutputColumnsPlan } from '../../core/layout/writePlan';
import { argb } from './argb';
import { tablesOf } from './locateSource';
import type { SheetCells } from './sheetCells';

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function colourRules(
  rules: readonly CellColourRule[],
  firstPriority: number,
): ExcelJS.ConditionalFormattingRule[] {
  return rules.map((rule, index) => ({
    type: 'cellIs',
    operator: 'equal',
    formulae: [quoted(rule.equals)],
    priority: firstPriority + index,
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
      font: { color: { argb: argb(rule.font) } },
    },
  }));
}

/** Columns (0-based, inclusive) covered by an A1 range list such as `D2:D241 F2:F9`. */
function refColumns(ref: string): Array<[number, number]> {
  return ref.split(/\s+/).flatMap((part) => {
    const match = /^\$?([A-Z]{1,3})\$?\d+(?::\$?([A-Z]{1,3})\$?\d+)?$/i.exec(part);
    if (!match) return [];
    const toIndex = (letters: string) =>
      [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [[toIndex(match[1]), toIndex(match[2] ?? match[1])] as [number, number]];
  });
}

function growTable(sheet: ExcelJS.Worksheet, plan: OutputColumnsPlan, lastColumn: number): void {
  const table = tablesOf(sheet).find((candidate) => {
    const model = (candidate as unknown as { table: { name: string } }).table;
    return model.name === plan.tableName;
  });
  if (!table) {
    throw new SegmentationError(
      'source-changed',
      `The table ${plan.tableName} is not on the sheet ${sheet.name}.`,
    );
  }
  const model = (
    table as unknown as { table: ExcelJS.TableProperties & { tableRef: string; autoFilterRef?: string } }
  ).table;
  const match = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(model.tableRef);
  if (!match)
    throw new SegmentationError('source-changed', `The table ${plan.tableName} has no readable range.`);
  const firstColumn = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const keep = model.columns.slice(0, plan.firstColumn - firstColumn);
  const names = new Set(keep.map((column) => column.name.toLowerCase()));
  for (const column of plan.columns) {
    if (names.has(column.header.toLowerCase())) {
      throw new SegmentationError(
        'output-occupied',
        `The table ${plan.tableName} already has a column ${column.header}; rename it and run again.`,
      );
    }
  }
  const ref = rangeAddress(firstColumn, plan.headerRow, lastColumn, plan.headerRow + plan.rowCount);
  model.columns = [...keep, ...plan.columns.map((column) => ({ name: column.header, filterButton: true }))];
  model.tableRef = ref;
  if (model.autoFilterRef) model.autoFilterRef = ref;
}

/**
 * Write `plan` into `workbook`, the values into `cells` (the cells of the plan's sheet). O(rows × output columns).
 *
 * @throws SegmentationError `source-changed` when the sheet or table of the plan does not exist.
 */
export function writeOutputColumns(
  workbook: ExcelJS.Workbook,
  plan: OutputColumnsPlan,
  cells: SheetCells,
): void {
  const sheet = workbook.getWorksheet(plan.sheetName);
  if (!sheet) throw new SegmentationError('source-changed', `There is no sheet ${plan.sheetName}.`);
  const width = plan.columns.length;
  const lastColumn = plan.firstColumn + width - 1;
  const lastRow = plan.headerRow + plan.rowCount;

  plan.columns.forEach((column, offset) => {
    const sheetColumn = plan.firstColumn + offset;
    // ExcelJS widths are in characters, as the plan's are.
    sheet.getColumn(sheetColumn + 1).width = column.width;
    cells.writeColumn(sheetColumn, plan.headerRow, [column.header], { bold: true });
    const values =
      column.values.length === plan.rowCount
        ? column.values
        : Array.from({ length: plan.rowCount }, (_, index) => column.values[index] ?? null);
    cells.writeColumn(sheetColumn, plan.headerRow + 1, values, { numberFormat: column.numberFormat });
  });

  const clearRows = plan.clear.rowsBelow;
  const clearColumns = plan.clear.columnsRight;
  for (let row = plan.headerRow; row <= lastRow + clearRows; row++) {
    const fromColumn = row > lastRow ? plan.firstColumn : lastColumn + 1;
    for (let column = fromColumn; column <= lastColumn + clearColumns; column++) cells.clear(row, column);
  }

  const ownedFrom = plan.firstColumn;
  const ownedTo = lastColumn + clearColumns;
  sheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) =>
    refColumns(cf.ref).every(([from, to]) => to < ownedFrom || from > ownedTo),
  );
  let priority = 1;
  plan.columns.forEach((column, offset) => {
    if (column.conditionalColours.length === 0 || plan.rowCount === 0) return;
    const letter = columnLetter(plan.firstColumn + offset);
    sheet.addConditionalFormatting({
      ref: `${letter}${plan.headerRow + 1}:${letter}${lastRow}`,
      rules: colourRules(column.conditionalColours, priority),
    });
    priority += column.conditionalColours.length;
  });

  if (plan.tableName) growTable(sheet, plan, lastColumn);
}
