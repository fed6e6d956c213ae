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
  /** Sheet row (1-based) of the header row, and of the first data row. */
  headerRow: number;
  firstDataRow: number;
}

/**
 * True when the output area is the previous run's: the settings own columns on the same sheet at the same first
 * column, and the header row still shows the headers written there.
 *
 * @example ownsOutputArea(settings, area, ['Rank', 'Share', 'Cumulative share', 'ABC']) // => true
 */
export function ownsOutputArea(
  settings: SavedSettings | null,
  area: OutputArea,
  outputHeaders: readonly CellValue[],
): settings is SavedSettings {
  if (!settings) return false;
  const owned = settings.owned;
  return (
    owned.sheetName === area.sheetName &&
    owned.firstColumn === area.firstColumn &&
    owned.headers.every((header, i) => outputHeaders[i] === header)
  );
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
    if (!isEmpty(read.outputHeaders[c])) rows.push(area.headerRow);
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
  const ours = settings?.owned.summarySheet.toLowerCase() === name;
  if (!ours && check.sheetNames.some((sheet) => sheet.toLowerCase() === name)) {
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
