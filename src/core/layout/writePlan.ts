/**
 * What a run writes, as plain data: the output columns beside the source, the summary sheet, the charts and
 * the settings. Decided in pure code (`core/layout`), written by a host (Excel via Office.js, or a file).
 * A host adds nothing of its own: every header, value, number format, colour and chart series is here.
 */
import type { AbcClass, Locale, HighValueRule, PotentialSplitRule, ThresholdMethod } from '../types';

/** A value to write. Strings are always data text: a host must write them so they stay text (never a formula). */
export type OutputValue = string | number | null;

export interface WritePlan {
  output: OutputColumnsPlan;
  summary: SummarySheetPlan;
  charts: ChartSpec[];
  settings: SavedSettings;
}

/** Colour a cell whose text equals `equals` (conditional format on the whole column, not per cell). */
export interface CellColourRule {
  equals: string;
  /** `#RRGGBB` */
  fill: string;
  /** `#RRGGBB` */
  font: string;
}

export interface OutputColumn {
  header: string;
  /** One value per source data row; null leaves the cell empty. */
  values: OutputValue[];
  /** Excel number format, e.g. `0`, `0.0%`, `@` (text), `General`. */
  numberFormat: string;
  conditionalColours: CellColourRule[];
  /** Column width in characters, wide enough for the header and the longest label the column can hold. */
  width: number;
}

export interface OutputColumnsPlan {
  sheetName: string;
  /** Excel table of the source: the output columns become table columns. Null for a plain range. */
  tableName: string | null;
  /** Sheet column index (0-based) of the first output column. */
  firstColumn: number;
  /**
   * Sheet row (1-based) of the header row; data rows follow it. 0 when there is none: a source without a header
   * row that starts on row 1 gets its columns without header cells (`hasHeaderCells`), data from row 1.
   */
  headerRow: number;
  /** Source data rows; every column has this many values. */
  rowCount: number;
  columns: OutputColumn[];
  /**
   * What the previous run owned and this run no longer fills: data rows below `rowCount` (source shrank) and
   * columns right of the new ones (e.g. Value matrix after potential was unmapped). A host clears these cells.
   */
  clear: { rowsBelow: number; columnsRight: number };
}

/** One rectangular block of the summary sheet. */
export interface SummaryBlock {
  /** 0-based row and column of the top-left cell. */
  row: number;
  column: number;
  values: OutputValue[][];
  /** One format per column of the block (`General` when absent). */
  numberFormats?: string[];
  /**
   * Per column: true aligns the cells right – a table header over numbers, so each header stands over its
   * figures instead of over the next column's. Absent or false: the application's default alignment.
   */
  alignRight?: boolean[];
  style: 'title' | 'headline' | 'heading' | 'tableHeader' | 'body' | 'note';
}

export interface SummarySheetPlan {
  name: string;
  blocks: SummaryBlock[];
  /** Widths of the first columns, in characters. */
  columnWidths: number[];
}

/** Cell range on the summary sheet, 0-based, inclusive. */
export interface SheetRange {
  sheetName: string;
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

export interface ChartAxisSpec {
  title: string;
  min?: number;
  max?: number;
  logarithmic: boolean;
  /** Excel number format of the tick labels. */
  numberFormat: string;
}

export interface ChartSeriesSpec {
  name: string;
  x: SheetRange;
  y: SheetRange;
  /** `#RRGGBB` */
  colour: string;
  /** Draw a line through the points (the curve, the split lines) or markers only (the quadrants). */
  line: boolean;
  markers: boolean;
}

export interface ChartSpec {
  /** Stable object name (`ABCCurve`, `ValueMatrix`): how a refresh finds the chart again. */
  name: string;
  title: string;
  /** Both charts are XY charts (scatter); `line` on a series draws it as a line. */
  sheetName: string;
  /** Cells the chart covers, 0-based inclusive. */
  placement: { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number };
  xAxis: ChartAxisSpec;
  yAxis: ChartAxisSpec;
  series: ChartSeriesSpec[];
}

/** Where the source is, as remembered between runs. */
export interface SourceRef {
  sheetName: string;
  /** Excel table name, or null for a plain range. */
  tableName: string | null;
  /** Address of the whole source including the header row at the last run, e.g. `A1:F241`. */
  address: string;
  hasHeader: boolean;
}

/** The mapped columns by header text (a moved column is found again; a renamed one is reported). */
export interface ColumnChoice {
  revenue: string;
  customer: string | null;
  potential: string | null;
  /** Group column (§8); absent or null: none. */
  group?: string | null;
  /** Previous-period revenue column (§9); absent or null: none. */
  previous?: string | null;
  /** Date column (§11); absent or null: none. */
  date?: string | null;
}

export interface SavedOptions {
  a: number;
  b: number;
  highValue: HighValueRule;
  potentialSplit: PotentialSplitRule;
  parseLocale: Locale;
  /** §10: fixed a, b or computed from the data. Absent: fixed. */
  thresholdMethod?: ThresholdMethod;
  /** §11 quiet window in days. Absent: 90. */
  quietDays?: number;
  /** §11 as-of date `yyyy-mm-dd`. Absent or null: the latest date in the data. */
  asOf?: string | null;
}

/** Settings stored in the workbook under the key `abcSegmenter` (versioned JSON). */
export interface SavedSettings {
  version: 1;
  source: SourceRef;
  columns: ColumnChoice;
  options: SavedOptions;
  outputLocale: Locale;
  /** What the add-in owns and may rewrite. */
  owned: {
    sheetName: string;
    /** Sheet column index (0-based) of the first output column and the headers written there. */
    firstColumn: number;
    headers: string[];
    /** Data rows written last time. */
    rowCount: number;
    summarySheet: string;
    charts: string[];
    /**
     * False when the columns were written without header cells (a source without a header row on row 1): the
     * settings are then the only record of which columns are ours. Absent (older settings) or true: the header
     * row shows `headers`.
     */
    headerCells?: boolean;
    /** Customers per class in this run (absent in settings from before it was recorded). */
    classCounts?: Record<AbcClass, number>;
  };
  /** ISO time of the last run. */
  lastRun: string;
}

export const SETTINGS_KEY = 'abcSegmenter';

/**
 * True when the output columns get a header row: false for a source without a header row that starts on row 1,
 * where there is no row above the data (their meanings are then named on the summary sheet).
 *
 * @example hasHeaderCells({ headerRow: 0 }) // => false
 */
export function hasHeaderCells(output: Pick<OutputColumnsPlan, 'headerRow'>): boolean {
  return output.headerRow >= 1;
}
