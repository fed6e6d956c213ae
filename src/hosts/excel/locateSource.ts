/**
 * Phase 1, locate: the saved settings, the sheet names and the source – in one `Excel.run` of at most two syncs.
 *
 * Sync 1 queues everything that does not depend on an answer: the setting, the sheet names, the selection (
 * `getSelectedRange`, ExcelApi 1.1 – it fails when several areas are selected, which we turn into "select one
 * area"), the active cell (1.7), its surrounding region (`getSurroundingRegion`, ExcelApi 1.7 in the reference)
 * and the top rows of both candidates, and the tables of the active sheet. A plain range is then known after one
 * sync. Sync 2 runs only when a table may hold the active cell (we need its range: `Range.getTables` is 1.9, so we
 * read the ranges of the sheet's few tables) or when the saved source must be found again.
 */
import type { CellValue } from '../../core/types';
import { rangeAddress } from '../../core/cellAddress';
import { SegmentationError } from '../../core/segmentationError';
import { message } from '../../core/messages/renderMessage';
import { SETTINGS_KEY } from '../../core/layout/writePlan';
import type { SavedSettings } from '../../core/layout/writePlan';
import type { Located, LocatedSource } from '../workbookHost';
import { runExcel } from './excelErrors';
import { parseQualifiedAddress } from './qualifiedAddress';
import { readSettingValue } from './workbookSettings';

/** Rows of the source shown to header detection and column guesses. */
export const TOP_ROWS = 50;
const MAX_ROWS = 1_048_576;

/** The first `TOP_ROWS` rows of `range` (fewer when it is shorter). */
function topBand(range: Excel.Range): Excel.Range {
  return range.getIntersectionOrNullObject(range.getRow(0).getResizedRange(TOP_ROWS - 1, 0));
}

function source(
  address: string,
  tableName: string | null,
  headerKnown: boolean | null,
  topRows: CellValue[][],
): LocatedSource {
  const a = parseQualifiedAddress(address);
  const rowCount = a.lastRow - a.firstRow + 1;
  return {
    sheetName: a.sheetName,
    tableName,
    address: rangeAddress(a.firstColumn, a.firstRow, a.lastColumn, a.lastRow),
    firstRow: a.firstRow,
    firstColumn: a.firstColumn,
    rowCount,
    columnCount: a.lastColumn - a.firstColumn + 1,
    headerKnown,
    topRows: topRows.slice(0, Math.min(TOP_ROWS, rowCount)),
  };
}

function contains(address: string, row: number, column: number): boolean {
  const a = parseQualifiedAddress(address);
  return row >= a.firstRow && row <= a.lastRow && column >= a.firstColumn && column <= a.lastColumn;
}

/** Find the source: the saved one when asked and known, else the table around the active cell, else the selection. */
export async function locateSource(useSaved: boolean): Promise<Located> {
  return runExcel(async (context) => {
    const workbook = context.workbook;
    const setting = workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    const sheets = workbook.worksheets.load('items/name');
    const selection = workbook.getSelectedRange().load('address,rowCount,columnCount');
    const selectionBand = topBand(selection).load('values');
    const activeCell = workbook.getActiveCell().load('address');
    const region = activeCell.getSurroundingRegion().load('address');
    const regionBand = topBand(region).load('values');
    const activeSheet = workbook.worksheets.getActiveWorksheet();
    const sheetTables = activeSheet.tables.load('items/name,items/showHeaders');
    const usedRange = activeSheet.getUsedRangeOrNullObject(true).load('address');
    await context.sync();

    const { settings, problem } = readSettingValue(setting.isNullObject ? undefined : setting.value);
    const sheetNames = sheets.items.map((s) => s.name);
    const located = (src: LocatedSource): Located => ({
      settings,
      settingsProblem: problem,
      source: src,
      sheetNames,
    });

    if (useSaved && settings) return located(await locateSaved(context, settings));

    const active = parseQualifiedAddress(activeCell.address);
    if (sheetTables.items.length > 0) {
      const tables = sheetTables.items.map((table) => {
        const range = table.getRange().load('address');
        return { table, range, band: topBand(range).load('values') };
      });
      await context.sync();
      const hit = tables.find((t) => contains(t.range.address, active.firstRow, active.firstColumn));
      if (hit)
        return located(source(hit.range.address, hit.table.name, hit.table.showHeaders, hit.band.values));
    }

    const single = selection.rowCount === 1 && selection.columnCount === 1;
    if (single) {
      // A single cell stands for its data region (Excel's "current region").
      const values = regionBand.isNullObject ? [] : regionBand.values;
      if (values.every((row) => row.every((v) => v === '' || v === null))) {
        throw new SegmentationError('no-data', message('active-cell-empty', {}));
      }
      return located(source(region.address, null, null, values));
    }
    // A whole-column selection (A:C) is clipped to the used rows, so that a million empty rows are not read.
    let address = selection.address;
    if (!usedRange.isNullObject) {
      const sel = parseQualifiedAddress(selection.address);
      const used = parseQualifiedAddress(usedRange.address);
      if (sel.lastRow > used.lastRow && sel.firstRow <= used.lastRow) {
        address = `${address.slice(0, address.lastIndexOf('!') + 1)}${rangeAddress(sel.firstColumn, sel.firstRow, sel.lastColumn, used.lastRow)}`;
      }
    }
    return located(source(address, null, null, selectionBand.isNullObject ? [] : selectionBand.values));
  });
}

/** Sync 2 of a refresh: the saved table by name, or the saved plain range grown down to its last used row. */
async function locateSaved(context: Excel.RequestContext, settings: SavedSettings): Promise<LocatedSource> {
  const saved = settings.source;
  if (saved.tableName) {
    // Navigation from a null object yields null objects, so the range and its top rows ride in the same sync.
    const table = context.workbook.tables.getItemOrNullObject(saved.tableName).load('name,showHeaders');
    const range = table.getRange().load('address');
    const band = topBand(range).load('values');
    await context.sync();
    if (table.isNullObject) {
      throw new SegmentationError('source-changed', message('table-gone', { table: saved.tableName }));
    }
    return source(range.address, table.name, table.showHeaders, band.values);
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(saved.sheetName).load('name');
  const a = parseQualifiedAddress(`x!${saved.address}`);
  const width = a.lastColumn - a.firstColumn + 1;
  // Rows appended under the range since the last run belong to it: take the used rows of the source columns.
  const columns = sheet.getRangeByIndexes(a.firstRow - 1, a.firstColumn, MAX_ROWS - a.firstRow + 1, width);
  const used = columns.getUsedRangeOrNullObject(true).load('address');
  const band = sheet.getRangeByIndexes(a.firstRow - 1, a.firstColumn, TOP_ROWS, width).load('values');
  await context.sync();
  if (sheet.isNullObject || used.isNullObject) {
    throw new SegmentationError(
      'source-changed',
      message('range-gone', { address: `${saved.sheetName}!${saved.address}` }),
    );
  }
  const lastRow = parseQualifiedAddress(used.address).lastRow;
  const prefix = used.address.slice(0, used.address.lastIndexOf('!') + 1);
  return source(
    `${prefix}${rangeAddress(a.firstColumn, a.firstRow, a.lastColumn, lastRow)}`,
    null,
    null,
    band.values,
  );
}
