/**
 * `-o` on the source's Excel table: the table grows to our output columns (so sort and filter cover the classes):
 * its `ref` and its autofilter's reach the last output column, an earlier run's table columns are replaced by
 * this run's, and every other attribute and child of the table part stays as written.
 */
import { rangeAddress } from '../../core/cellAddress';
import type { OutputColumnsPlan } from '../../core/layout/writePlan';
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import { xmlText } from './xmlText';
import type { TableInfo } from './xlsxBook';

/**
 * The table part `xml` of `table` with `plan`'s columns as its last table columns. O(size of the part).
 *
 * @throws SegmentationError `output-occupied` when a kept table column already has one of our headers.
 */
export function editTablePart(xml: string, table: TableInfo, plan: OutputColumnsPlan): string {
  const keepCount = plan.firstColumn - table.box.firstColumn;
  const prefix = /<([A-Za-z_][\w.-]*:)?table\b/.exec(xml)?.[1] ?? '';
  const columnPattern = new RegExp(
    `<${prefix}tableColumn\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}tableColumn>)`,
    'g',
  );
  const existing = xml.match(columnPattern) ?? [];
  const kept = existing.slice(0, keepCount);
  const keptNames = new Set(
    kept.map((element) => (/\bname="([^"]*)"/.exec(element)?.[1] ?? '').toLowerCase()),
  );
  for (const column of plan.columns) {
    if (keptNames.has(xmlText(column.header).toLowerCase())) {
      throw new SegmentationError(
        'output-occupied',
        message('table-column-taken', { table: table.name, column: column.header }),
      );
    }
  }
  let id = Math.max(0, ...existing.map((element) => Number(/\bid="(\d+)"/.exec(element)?.[1] ?? 0)));
  const ours = plan.columns.map(
    (column) => `<${prefix}tableColumn id="${++id}" name="${xmlText(column.header)}"/>`,
  );
  const lastColumn = plan.firstColumn + plan.columns.length - 1;
  const dataEnd = plan.headerRow + plan.rowCount;
  const firstRow = table.box.firstRow;
  const ref = rangeAddress(table.box.firstColumn, firstRow, lastColumn, dataEnd + table.totalsRowCount);
  const filterRef = rangeAddress(table.box.firstColumn, firstRow, lastColumn, dataEnd);
  let edited = xml.replace(new RegExp(`(<${prefix}table\\b[^>]*?\\sref=")[^"]*(")`), `$1${ref}$2`);
  edited = edited.replace(new RegExp(`(<${prefix}autoFilter\\b[^>]*?\\sref=")[^"]*(")`), `$1${filterRef}$2`);
  edited = edited.replace(
    new RegExp(`(<${prefix}tableColumns\\b[^>]*>)[\\s\\S]*?(</${prefix}tableColumns>)`),
    (_match, open: string, close: string) =>
      `${open.replace(/\bcount="\d+"/, `count="${kept.length + ours.length}"`)}${kept.join('')}${ours.join('')}${close}`,
  );
  return edited;
}
