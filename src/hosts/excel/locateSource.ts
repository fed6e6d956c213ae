/**
 * Phase 1, locate: the saved settings, the sheet names and the source – in one `Excel.run` of at most two syncs.
 *
 * Sync 1 queues everything that does not depend on an answer: the setting, the sheet names, the selection (
 * `getSelectedRange`, ExcelApi 1.1 – it fails when several areas are selected, which we turn into "select one
 * area"), the active cell (1.7), its surrounding region (`getSurroundingRegion`, ExcelApi 1.7 in the reference)
 * and the top rows of both candidates (values and number formats, for date columns), and the tables of the
 * active sheet. While a chart or shape is selected the selection calls fail the whole sync (InvalidSelection,
 * by design: office-js #2268, #8); a refresh then syncs once more without them – it needs no selection. A plain range is then known after one
 * sync. Sync 2 runs only when a table may hold the active cell (we need its range: `Range.getTables` is 1.9, so we
 * read the ranges of the sheet's few tables) or when the saved source must be found again.
 */
import type { CellValue } from '../../core/types';
import { dateColumns } from '../../core/dateColumns';
import { rangeAddress } from '../../core/cellAddress';
import { SegmentationError } from '../../core/segmentationError';
import { message } from '../../core/messages/renderMessage';
import { SETTINGS_KEY } from '../../core/layout/writePlan';
import type { SavedSettings } from '../../core/layout/writePlan';
import type { Located, LocatedSource } from '../workbookHost';
import { officeErrorCode, runExcel } from './excelErrors';
import { parseQualifiedAddress } from './qualifiedAddress';
import { readSettingValue } from './workbookSettings';

/** Rows of the source shown to header detection and column guesses. */
export const TOP_ROWS = 50;
const MAX_ROWS = 1_048_576;

/** The first `TOP_ROWS` rows of `range` (fewer when it is shorter). */
function topBand(range: Excel.Range): Excel.Range {
  return range.getIntersectionOrNullObject(range.getRow(0).getResizedRange(TOP_ROWS - 1, 0));
}

/** A loaded top band: its values and number formats (dates are numbers with a date format). */
interface Band {
  values: CellValue[][];
  formats: string[][];
}

function bandOf(range: Excel.Range): Band {
  return range.isNullObject
    ? { values: [], formats: [] }
    : { values: range.values as CellValue[][], formats: range.numberFormat as string[][] };
}

function source(
  address: string,
  tableName: string | null,
  headerKnown: boolean | null,
  band: Band,
): LocatedSource {
  const a = parseQualifiedAddress(address);
  const rowCount = a.lastRow - a.firstRow + 1;
  const columnCount = a.lastColumn - a.firstColumn + 1;
  const rows = Math.min(TOP_ROWS, rowCount);
  const topRows = band.values.slice(0, rows).map((row) => row.slice(0, columnCount));
  const formats = band.formats.slice(0, rows).map((row) => row.slice(0, columnCount));
  return {
    sheetName: a.sheetName,
    tableName,
    address: rangeAddress(a.firstColumn, a.firstRow, a.lastColumn, a.lastRow),
    firstRow: a.firstRow,
    firstColumn: a.firstColumn,
    rowCount,
    columnCount,
    headerKnown,
    topRows,
    dateColumns: dateColumns(topRows, formats),
  };
}

function contains(address: string, row: number, column: number): boolean {
  const a = parseQualifiedAddress(address);
  return row >= a.firstRow && row <= a.lastRow && column >= a.firstColumn && column <= a.lastColumn;
}

/**
 * A table's source: the whole table without its total row. `Table.getRange()` is "the entire table", the total
 * row included when `showTotals` (https://learn.microsoft.com/javascript/api/excel/excel.table); a total row read
 * as data would be a customer called "Total" holding half the revenue. So the source ends at the last row of
 * `getDataBodyRange()`, which has neither header nor total row.
 */
function tableSourceAddress(rangeAddressText: string, bodyAddressText: string): string {
  const whole = parseQualifiedAddress(rangeAddressText);
  const body = parseQualifiedAddress(bodyAddressText);
  const prefix = rangeAddressText.slice(0, rangeAddressText.lastIndexOf('!') + 1);
  return `${prefix}${rangeAddress(whole.firstColumn, whole.firstRow, whole.lastColumn, body.lastRow)}`;
}

/** Queue what every locate needs: the setting and the sheet names. */
function queueBasics(context: Excel.RequestContext) {
  return {
    setting: context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value'),
    sheets: context.workbook.worksheets.load('items/name'),
  };
}

/** Queue what locating around the selection needs. */
function queueSelection(context: Excel.RequestContext) {
  const workbook = context.workbook;
  const selection = workbook.getSelectedRange().load('address,rowCount,columnCount');
  const activeCell = workbook.getActiveCell().load('address');
  const region = activeCell.getSurroundingRegion().load('address');
  const activeSheet = workbook.worksheets.getActiveWorksheet();
  return {
    selection,
    selectionBand: topBand(selection).load('values,numberFormat'),
    activeCell,
    region,
    regionBand: topBand(region).load('values,numberFormat'),
    sheetTables: activeSheet.tables.load('items/name,items/showHeaders'),
    usedRange: activeSheet.getUsedRangeOrNullObject(true).load('address'),
    activeSheet,
  };
}

/** Find the source: the saved one when asked and known, else the table around the active cell, else the selection. */
export async function locateSource(useSaved: boolean): Promise<Located> {
  return runExcel(async (context) => {
    let basics = queueBasics(context);
    let around: ReturnType<typeof queueSelection> | null = queueSelection(context);
    try {
      await context.sync();
    } catch (error) {
      // getSelectedRange/getActiveCell throw InvalidSelection by design while a chart or shape is selected
      // (office-js issues #2268, #8). A refresh needs no selection: locate again without it.
      if (!useSaved || officeErrorCode(error) !== 'InvalidSelection') throw error;
      basics = queueBasics(context);
      around = null;
      await context.sync();
      const decoded = readSettingValue(basics.setting.isNullObject ? undefined : basics.setting.value);
      if (!decoded.settings) throw error;
    }

    const { settings, problem } = readSettingValue(
      basics.setting.isNullObject ? undefined : basics.setting.value,
    );
    const sheetNames = basics.sheets.items.map((s) => s.name);
    const located = (src: LocatedSource): Located => ({
      settings,
      settingsProblem: problem,
      source: src,
      sheetNames,
    });

    if (useSaved && settings) return located(await locateSaved(context, settings));
    if (!around) throw new SegmentationError('workbook-refused', message('select-one-area', {}));
    const { selection, selectionBand, activeCell, region, regionBand, sheetTables, usedRange } = around;

    const active = parseQualifiedAddress(activeCell.address);
    if (sheetTables.items.length > 0) {
      const tables = sheetTables.items.map((table) => {
        const range = table.getRange().load('address');
        const body = table.getDataBodyRange().load('address');
        return { table, range, body, band: topBand(range).load('values,numberFormat') };
      });
      await context.sync();
      const hit = tables.find((t) => contains(t.range.address, active.firstRow, active.firstColumn));
      if (hit) {
        const address = tableSourceAddress(hit.range.address, hit.body.address);
        return located(source(address, hit.table.name, hit.table.showHeaders, bandOf(hit.band)));
      }
    }

    const single = selection.rowCount === 1 && selection.columnCount === 1;
    if (single) {
      // A single cell stands for its data region (Excel's "current region").
      const band = bandOf(regionBand);
      if (band.values.every((row) => row.every((v) => v === '' || v === null))) {
        throw new SegmentationError('no-data', message('active-cell-empty', {}));
      }
      return located(source(region.address, null, null, band));
    }
    // Whole columns (A:F) or whole rows (3:5) are clipped to the used cells, so that a million empty rows or
    // sixteen thousand empty columns are not read.
    const sel = parseQualifiedAddress(selection.address);
    const used = usedRange.isNullObject ? null : parseQualifiedAddress(usedRange.address);
    const overlaps =
      used !== null &&
      used.firstRow <= sel.lastRow &&
      used.lastRow >= sel.firstRow &&
      used.firstColumn <= sel.lastColumn &&
      used.lastColumn >= sel.firstColumn;
    const clipped =
      used && overlaps
        ? {
            firstRow: Math.max(sel.firstRow, Math.min(used.firstRow, sel.lastRow)),
            lastRow: Math.min(sel.lastRow, Math.max(used.lastRow, sel.firstRow)),
            firstColumn: Math.max(sel.firstColumn, Math.min(used.firstColumn, sel.lastColumn)),
            lastColumn: Math.min(sel.lastColumn, Math.max(used.lastColumn, sel.firstColumn)),
          }
        : sel;
    const prefix = selection.address.slice(0, selection.address.lastIndexOf('!') + 1);
    const address = `${prefix}${rangeAddress(clipped.firstColumn, clipped.firstRow, clipped.lastColumn, clipped.lastRow)}`;
    if (clipped.firstRow === sel.firstRow && clipped.firstColumn === sel.firstColumn) {
      return located(source(address, null, null, bandOf(selectionBand)));
    }
    // The used cells start below or right of the selection's corner: their own top rows (one more sync).
    const band = around.activeSheet
      .getRangeByIndexes(
        clipped.firstRow - 1,
        clipped.firstColumn,
        Math.min(TOP_ROWS, clipped.lastRow - clipped.firstRow + 1),
        clipped.lastColumn - clipped.firstColumn + 1,
      )
      .load('values,numberFormat');
    await context.sync();
    return located(source(address, null, null, bandOf(band)));
  });
}

/**
 * `context.sync()`; when it fails, one more sync asks whether the saved object still exists (`probe()`, an
 * `*OrNullObject` getter, whose `isNullObject` Office loads with the sync) and throws `gone()` when it does not,
 * else the original error. Only the missing case costs the extra sync.
 */
async function syncAsserting(
  context: Excel.RequestContext,
  probe: () => { isNullObject: boolean },
  gone: () => SegmentationError,
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const exists = probe();
    await context.sync();
    if (exists.isNullObject) throw gone();
    throw error;
  }
}

/** Sync 2 of a refresh: the saved table by name, or the saved plain range grown down to its last used row. */
async function locateSaved(context: Excel.RequestContext, settings: SavedSettings): Promise<LocatedSource> {
  const saved = settings.source;
  if (saved.tableName) {
    const tableName = saved.tableName;
    // The range and its top rows ride in the same sync as the table. What navigating from a missing table does is
    // not documented (an *OrNullObject result only reports `isNullObject`,
    // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties):
    // a host may yield null objects or fail the sync – syncAsserting says "gone" in both cases.
    const table = context.workbook.tables.getItemOrNullObject(saved.tableName).load('name,showHeaders');
    const range = table.getRange().load('address');
    const body = table.getDataBodyRange().load('address');
    const band = topBand(range).load('values,numberFormat');
    const tableGone = () =>
      new SegmentationError('source-changed', message('table-gone', { table: tableName }));
    await syncAsserting(context, () => context.workbook.tables.getItemOrNullObject(tableName), tableGone);
    if (table.isNullObject) throw tableGone();
    return source(
      tableSourceAddress(range.address, body.address),
      table.name,
      table.showHeaders,
      bandOf(band),
    );
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(saved.sheetName).load('name');
  const a = parseQualifiedAddress(`x!${saved.address}`);
  const width = a.lastColumn - a.firstColumn + 1;
  // Rows appended under the range since the last run belong to it: take the used rows of the source columns.
  const columns = sheet.getRangeByIndexes(a.firstRow - 1, a.firstColumn, MAX_ROWS - a.firstRow + 1, width);
  const used = columns.getUsedRangeOrNullObject(true).load('address');
  const band = sheet
    .getRangeByIndexes(a.firstRow - 1, a.firstColumn, TOP_ROWS, width)
    .load('values,numberFormat');
  const rangeGone = () =>
    new SegmentationError(
      'source-changed',
      message('range-gone', { address: `${saved.sheetName}!${saved.address}` }),
    );
  await syncAsserting(
    context,
    () => context.workbook.worksheets.getItemOrNullObject(saved.sheetName),
    rangeGone,
  );
  if (sheet.isNullObject || used.isNullObject) throw rangeGone();
  const lastRow = parseQualifiedAddress(used.address).lastRow;
  const prefix = used.address.slice(0, used.address.lastIndexOf('!') + 1);
  return source(
    `${prefix}${rangeAddress(a.firstColumn, a.firstRow, a.lastColumn, lastRow)}`,
    null,
    null,
    bandOf(band),
  );
}
