/**
 * The output columns beside the source: one value per source data row, the number formats and the
 * conditional colours.
 */
import type { AbcClass, CustomerColumns, CustomerResult, Locale, SegmentationResult } from '../types';
import type {
  CellColourRule,
  OutputColumn,
  OutputColumnsPlan,
  OutputValue,
  SavedSettings,
} from './writePlan';
import { outputHeaders, type OutputColumnKey } from './outputHeaders';
import { CLASS_COLOURS, MOVE_COLOURS, QUADRANT_COLOURS } from './outputColours';
import { LAYOUT_TEXT } from './layoutText';
import { CHANGE_NEW_LABEL, QUADRANT_LABELS, QUADRANT_ORDER } from './outputLabels';

/** Where the output columns go: the source's sheet, table and position. */
export interface OutputPlacement {
  sheetName: string;
  tableName: string | null;
  /** Sheet column index (0-based) of the first output column. */
  firstColumn: number;
  /** Sheet row (1-based) of the header row; data rows follow it. 0: no header row, data from row 1. */
  headerRow: number;
}

/**
 * The Excel date format of Last purchase: ISO order reads the same in every language and sorts as text would.
 * The cell holds the date serial, so Excel filters and sorts it as a date.
 */
export const DATE_FORMAT = 'yyyy-mm-dd';

const NUMBER_FORMATS: Record<OutputColumnKey, string> = {
  rank: '0',
  share: '0.0%',
  cumulativeShare: '0.0%',
  abc: '@',
  groupAbc: '@',
  valueMatrix: '@',
  previousAbc: '@',
  // Growth signed, a fall in red: the sign is the news.
  growth: '+0.0%;[Red]-0.0%;0.0%',
  change: '@',
  lastPurchase: DATE_FORMAT,
  daysSince: '0',
  quiet: '@',
};

/** Characters: the header or the longest value the column can show (a quadrant label, a date), plus a margin. */
function columnWidth(header: string, key: OutputColumnKey, locale: Locale): number {
  const longest =
    key === 'valueMatrix'
      ? Math.max(...QUADRANT_ORDER.map((code) => QUADRANT_LABELS[locale][code].length))
      : key === 'lastPurchase'
        ? DATE_FORMAT.length
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
    group: result.rowGroupClass !== undefined,
    previous: result.summary.previous !== undefined,
    date: result.summary.recency !== undefined,
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
  if (key === 'groupAbc') {
    // The group class belongs to the row's pair (group, customer), not to the customer.
    const rowClasses = result.rowGroupClass ?? new Uint8Array(result.rowCustomer.length).fill(NO_CLASS);
    return Array.from(rowClasses, (code) => CLASS_LETTERS[code] ?? null);
  }
  const cell = cellOf(key, locale, result.customerColumns);
  // Computed once per customer, then shared by all its rows: invoice lists have many rows per customer.
  const byCustomer = result.customers.map(cell);
  return Array.from(result.rowCustomer, (index) => (index >= 0 ? byCustomer[index] : null));
}

const CLASS_LETTERS: readonly AbcClass[] = ['A', 'B', 'C'];
/** The code of "no class" in the typed class arrays. */
const NO_CLASS = 255;

/** A number, or null (an empty cell) for NaN. */
const numberOrNull = (value: number | undefined): OutputValue =>
  value === undefined || Number.isNaN(value) ? null : value;

function cellOf(
  key: Exclude<OutputColumnKey, 'groupAbc'>,
  locale: Locale,
  columns: CustomerColumns,
): (customer: CustomerResult, index: number) => OutputValue {
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
    case 'previousAbc':
      return (c) => c.previousClass ?? null;
    case 'growth':
      return (c) => c.growth ?? null;
    case 'change':
      // The engine says 'new' in every language; the column speaks the output language ("uusi").
      return (c) => (c.change === 'new' ? CHANGE_NEW_LABEL[locale] : c.change);
    case 'lastPurchase':
      // The serial, not the yyyy-mm-dd text: a real date cell (number + date format) that sorts and filters.
      return (_, i) => numberOrNull(columns.lastPurchase?.[i]);
    case 'daysSince':
      return (c) => c.daysSincePurchase ?? null;
    case 'quiet':
      return (c) => (c.quiet ? LAYOUT_TEXT[locale].quietYes : null);
  }
}

function colourRules(key: OutputColumnKey, locale: Locale): CellColourRule[] {
  if (key === 'abc' || key === 'groupAbc' || key === 'previousAbc') {
    return CLASS_LETTERS.map((cls) => ({ equals: cls, ...CLASS_COLOURS[cls] }));
  }
  if (key === 'valueMatrix') {
    return QUADRANT_ORDER.map((code) => ({
      equals: QUADRANT_LABELS[locale][code],
      ...QUADRANT_COLOURS[code],
    }));
  }
  if (key === 'change') {
    // Up a class in bluish green, down in vermillion; new customers and unchanged ones stay plain.
    return CLASS_MOVES.map(({ from, to }) => ({
      equals: `${from}→${to}`,
      ...(to < from ? MOVE_COLOURS.up : MOVE_COLOURS.down),
    }));
  }
  if (key === 'quiet') return [{ equals: LAYOUT_TEXT[locale].quietYes, ...MOVE_COLOURS.down }];
  return [];
}

/** Every change of class, A→B … C→B. */
const CLASS_MOVES = CLASS_LETTERS.flatMap((from) =>
  CLASS_LETTERS.filter((to) => to !== from).map((to) => ({ from, to })),
);
