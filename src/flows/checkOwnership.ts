/**
 * The ownership rule (design.md): the add-in writes only into cells it owns or into empty cells.
 */
import type { CellValue, Locale } from '../core/types';
import type { SavedSettings } from '../core/layout/writePlan';
import { cellAddress, rangeAddress } from '../core/cellAddress';
import { SegmentationError } from '../core/segmentationError';
import type { SourceRead } from '../hosts/workbookHost';
import { message } from '../core/messages/renderMessage';

/** Where the output area is on the sheet. */
export interface OutputArea {
  sheetName: string;
  firstColumn: number;
  /** Sheet row (1-based) of the header row (0: none, the data starts on row 1), and of the first data row. */
  headerRow: number;
  firstDataRow: number;
}

/*
 * The one place that answers "is this ours?" (style.md, "One decision, one place"). Hosts only gather the facts –
 * the settings, the header cells, the sheet names – and the flows ask here.
 */

/**
 * What the settings claim at a place: the owned columns when the settings own columns on `sheetName` starting at
 * `firstColumn`, else null. A claim only – whether the cells still show our headers is `ownsOutputArea`.
 *
 * @example ownedColumnsAt(settings, 'Sales', 6)?.headers // => ['Rank', 'Share', …]
 */
export function ownedColumnsAt(
  settings: SavedSettings | null,
  sheetName: string,
  firstColumn: number,
): SavedSettings['owned'] | null {
  if (!settings) return null;
  const owned = settings.owned;
  return owned.sheetName === sheetName && owned.firstColumn === firstColumn ? owned : null;
}

/**
 * True when the output area is the previous run's: the settings own columns on the same sheet at the same first
 * column, and the header row still shows the headers written there – all of them, or with `visibleOnly` the ones
 * inside `outputHeaders` (at least one; for a source region cut off at its right edge). Columns written without
 * header cells (`owned.headerCells` false: a source without a header row on row 1) have nothing to show, so
 * there the settings alone say so.
 *
 * @example ownsOutputArea(settings, area, ['Rank', 'Share', 'Cumulative share', 'ABC']) // => true
 * @example ownsOutputArea(settingsWithoutHeaderCells, area, [null, null, null, null]) // => true
 */
export function ownsOutputArea(
  settings: SavedSettings | null,
  area: Pick<OutputArea, 'sheetName' | 'firstColumn'>,
  outputHeaders: readonly CellValue[],
  options: { visibleOnly?: boolean } = {},
): settings is SavedSettings {
  const owned = ownedColumnsAt(settings, area.sheetName, area.firstColumn);
  if (!owned) return false;
  if (owned.headerCells === false) return owned.headers.length > 0;
  const compared = options.visibleOnly ? owned.headers.slice(0, outputHeaders.length) : owned.headers;
  return compared.length > 0 && compared.every((header, i) => outputHeaders[i] === header);
}

/**
 * True when the settings say the sheet `name` is the add-in's summary sheet (sheet names compare
 * case-insensitively, as in Excel).
 * @example ownsSheet(settings, 'abc summary') // => true
 */
export function ownsSheet(settings: SavedSettings | null, name: string): boolean {
  return settings?.owned.summarySheet.toLowerCase() === name.toLowerCase();
}

/**
 * Rows of the output area to read and rewrite: the source's data rows, or more when the previous run at this
 * place owned more (the source shrank: its old rows must be cleared).
 * @example outputAreaRows(settings, area, 100) // => 120 (the last run wrote 120 rows here)
 */
export function outputAreaRows(
  settings: SavedSettings | null,
  area: Pick<OutputArea, 'sheetName' | 'firstColumn'>,
  dataRows: number,
): number {
  const owned = ownedColumnsAt(settings, area.sheetName, area.firstColumn);
  return Math.max(dataRows, owned ? owned.rowCount : 0);
}

/**
 * Checks, before anything is written, that every target cell is empty or ours and that the summary sheet name is
 * free or ours. Rule: in an owned area the owned columns may hold anything; every other cell of the area (header
 * and data rows) must be empty. The message names up to three columns of occupied cells (`G1:G3`).
 *
 * @throws SegmentationError 'output-occupied', saying which cells or sheet and what to do.
 * @example checkOwnership({ area, read, settings, summarySheet: 'ABC Summary', sheetNames, locale: 'en' })
 */
export function checkOwnership(check: {
  area: OutputArea;
  read: SourceRead;
  settings: SavedSettings | null;
  summarySheet: string;
  sheetNames: readonly string[];
  locale: Locale;
}): void {
  const { area, read, settings, locale } = check;
  const ownedWidth = ownsOutputArea(settings, area, read.outputHeaders) ? settings.owned.headers.length : 0;
  const occupied: string[] = [];
  for (let c = ownedWidth; c < read.outputHeaders.length && occupied.length < 3; c++) {
    const rows: number[] = [];
    if (area.headerRow >= 1 && !isEmpty(read.outputHeaders[c])) rows.push(area.headerRow);
    (read.outputColumns?.[c] ?? []).forEach((value, i) => {
      if (!isEmpty(value)) rows.push(area.firstDataRow + i);
    });
    if (rows.length > 0) {
      const column = area.firstColumn + c;
      const [first, last] = [rows[0], rows[rows.length - 1]];
      occupied.push(first === last ? cellAddress(column, first) : rangeAddress(column, first, column, last));
    }
  }
  if (occupied.length > 0) {
    throw new SegmentationError(
      'output-occupied',
      message('output-occupied', { cells: occupied.join(', ') }),
      locale,
    );
  }
  const name = check.summarySheet.toLowerCase();
  if (!ownsSheet(settings, name) && check.sheetNames.some((sheet) => sheet.toLowerCase() === name)) {
    throw new SegmentationError(
      'output-occupied',
      message('summary-occupied', { sheet: check.summarySheet }),
      locale,
    );
  }
}

function isEmpty(value: CellValue): boolean {
  return value === null || value === undefined || value === '';
}
