/**
 * The output columns beside the source: one value per source data row, the number formats and the
 * conditional colours.
 */
import type { CustomerResult, Locale, SegmentationResult } from '../types';
import type {
  CellColourRule,
  OutputColumn,
  OutputColumnsPlan,
  OutputValue,
  SavedSettings,
} from './writePlan';
import { outputHeaders, type OutputColumnKey } from './outputHeaders';
import { CLASS_COLOURS, QUADRANT_COLOURS } from './outputColours';
import { CHANGE_NEW_LABEL, QUADRANT_LABELS, QUADRANT_ORDER } from './outputLabels';

/** Where the output columns go: the source's sheet, table and position. */
export interface OutputPlacement {
  sheetName: string;
  tableName: string | null;
  /** Sheet column index (0-based) of the first output column. */
  firstColumn: number;
  /** Sheet row (1-based) of the header row; data rows follow it. */
  headerRow: number;
}

const NUMBER_FORMATS: Record<OutputColumnKey, string> = {
  rank: '0',
  share: '0.0%',
  cumulativeShare: '0.0%',
  abc: '@',
  valueMatrix: '@',
  change: '@',
};

/** Characters: the header or the longest value the column can show (a quadrant label), plus a margin. */
function columnWidth(header: string, key: OutputColumnKey, locale: Locale): number {
  const longest =
    key === 'valueMatrix'
      ? Math.max(...QUADRANT_ORDER.map((code) => QUADRANT_LABELS[locale][code].length))
      : 8;
  return Math.max(header.length, longest) + 2;
}

/**
 * Lays out the output columns. Rule: each source row shows the values of its customer (`rowCustomer`); a row
 * without customer or with an unclassified customer stays empty; share and cumulative share are empty for
 * revenue ≤ 0. `clear` covers what the previous run owned and this one no longer fills (rows below, columns
 * right), but only when that run wrote at the same place.
 *
 * Complexity: O(rows × columns).
 * @example layoutOutputColumns(result, placement, 'en', null).columns.map((c) => c.header)
 * // => ['Rank', 'Share', 'Cumulative share', 'ABC']
 */
export function layoutOutputColumns(
  result: SegmentationResult,
  placement: OutputPlacement,
  locale: Locale,
  previous: SavedSettings | null,
): OutputColumnsPlan {
  const headers = outputHeaders(locale, {
    potential: hasPotential(result),
    change: result.migration !== null,
  });
  const rowCount = result.rowCustomer.length;
  const columns: OutputColumn[] = headers.map(({ key, header }) => ({
    header,
    values: columnValues(result, key, locale),
    numberFormat: NUMBER_FORMATS[key],
    conditionalColours: colourRules(key, locale),
    width: columnWidth(header, key, locale),
  }));
  const samePlace =
    previous !== null &&
    previous.owned.sheetName === placement.sheetName &&
    previous.owned.firstColumn === placement.firstColumn;
  const clear = samePlace
    ? {
        rowsBelow: Math.max(0, previous.owned.rowCount - rowCount),
        columnsRight: Math.max(0, previous.owned.headers.length - columns.length),
      }
    : { rowsBelow: 0, columnsRight: 0 };
  return {
    sheetName: placement.sheetName,
    tableName: placement.tableName,
    firstColumn: placement.firstColumn,
    headerRow: placement.headerRow,
    rowCount,
    columns,
    clear,
  };
}

/**
 * True when the result comes from a run with a potential column (it then has a split or quadrants).
 *
 * @example hasPotential(resultWithoutPotential) // => false
 */
export function hasPotential(result: SegmentationResult): boolean {
  return result.summary.potentialSplit !== null || Object.keys(result.summary.quadrants).length > 0;
}

function columnValues(result: SegmentationResult, key: OutputColumnKey, locale: Locale): OutputValue[] {
  const cell = cellOf(key, locale);
  // Computed once per customer, then shared by all its rows: invoice lists have many rows per customer.
  const byCustomer = result.customers.map(cell);
  return Array.from(result.rowCustomer, (index) => (index >= 0 ? byCustomer[index] : null));
}

function cellOf(key: OutputColumnKey, locale: Locale): (customer: CustomerResult) => OutputValue {
  switch (key) {
    case 'rank':
      return (c) => c.rank;
    case 'share':
      return (c) => c.share;
    case 'cumulativeShare':
      return (c) => c.cumulativeShare;
    case 'abc':
      return (c) => c.class;
    case 'valueMatrix':
      return (c) => (c.quadrant === null ? null : QUADRANT_LABELS[locale][c.quadrant]);
    case 'change':
      // The engine says 'new' in every language; the column speaks the output language ("uusi").
      return (c) => (c.change === 'new' ? CHANGE_NEW_LABEL[locale] : c.change);
  }
}

function colourRules(key: OutputColumnKey, locale: Locale): CellColourRule[] {
  if (key === 'abc') {
    return (['A', 'B', 'C'] as const).map((cls) => ({ equals: cls, ...CLASS_COLOURS[cls] }));
  }
  if (key === 'valueMatrix') {
    return QUADRANT_ORDER.map((code) => ({
      equals: QUADRANT_LABELS[locale][code],
      ...QUADRANT_COLOURS[code],
    }));
  }
  return [];
}
