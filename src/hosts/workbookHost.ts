/**
 * The few operations the flows need from a workbook. Two implementations: the Excel host (Office.js, one
 * `Excel.run` per phase) and the file host (.xlsx/.csv for the command line). The flows `segment` and `refresh`
 * are written once against this interface.
 *
 * A run is three phases – locate, read, write – so an Excel run costs a handful of syncs, not one per step.
 */
import type { CellValue, DictionaryColumn, Locale } from '../core/types';
import type { SavedSettings, WritePlan } from '../core/layout/writePlan';
import type { Message } from '../core/messages/renderMessage';

/** Progress of a long phase: `done` of `total` rows. */
export type ProgressFn = (phase: 'read' | 'write', done: number, total: number) => void;

export interface LocatedSource {
  sheetName: string;
  /** Excel table name, or null for a plain range. */
  tableName: string | null;
  /** Whole source including a header row, A1 style without the sheet, e.g. `A1:F241`. */
  address: string;
  /** Sheet row (1-based) of the top row of the source (the header row when there is one). */
  firstRow: number;
  /** Sheet column index (0-based) of the left column. */
  firstColumn: number;
  /** Rows including a header row. */
  rowCount: number;
  columnCount: number;
  /** A table with its header row shown: true; a table without: false; a plain range: null (core decides). */
  headerKnown: boolean | null;
  /** The top rows (at most 50, row-major, header row included) for header detection and column guesses. */
  topRows: CellValue[][];
  /** The number convention the file itself shows (a `;` CSV with decimal commas: fi), when it shows one. */
  numberConvention?: Locale | null;
  /**
   * Per source column: its numbers are shown as dates (from the cells' number formats, core/dateColumns), so the
   * guesses skip it. Omitted when the host cannot tell (a CSV).
   */
  dateColumns?: boolean[];
}

export interface Located {
  /** Settings this add-in saved in the workbook, or null (never run here, or unreadable → see `settingsProblem`). */
  settings: SavedSettings | null;
  /** Why stored settings were ignored (bad JSON, a newer version), for the user; null when fine. */
  settingsProblem: Message | null;
  source: LocatedSource;
  /** Names of all worksheets (to check that the summary sheet name is free or ours). */
  sheetNames: string[];
}

export interface ReadRequest {
  source: LocatedSource;
  hasHeader: boolean;
  /** Columns to read, as 0-based offsets within the source. */
  columns: number[];
  /**
   * The output area right of the source: its sheet columns are read too (ownership, previous classes), for
   * `rowCount` data rows (the flows decide: more than the source's when a previous run owned more rows there;
   * the source's data rows when omitted).
   */
  outputArea: { firstColumn: number; width: number; rowCount?: number };
  /** Number convention of text cells (a host that turns plain-number text into numbers needs it). */
  parseLocale?: Locale;
  /** Offsets among `columns` that hold keys (customer, group): a host may return them dictionary-encoded. */
  textColumns?: number[];
  /**
   * Offsets among `columns` that hold measures or dates: a host may return such a column as a Float64Array
   * (`numbers`) when every cell of it is a number.
   */
  numberColumns?: number[];
  /** Offsets among `columns` that hold dates: a host reading text turns ISO dates into Excel serials. */
  dateColumns?: number[];
}

export interface SourceRead {
  /** One array per requested column, data rows only (header excluded), in request order. */
  columns: CellValue[][];
  /**
   * A column named in `textColumns` may come dictionary-encoded instead: `dictionaries[i]` set, `columns[i]`
   * then empty. Absent when no column is.
   */
  dictionaries?: Array<DictionaryColumn | undefined>;
  /**
   * A column named in `numberColumns` may come as a Float64Array instead (8 bytes a row, none of a JavaScript
   * array's growth): `numbers[i]` set, `columns[i]` then empty. Absent when no column is.
   */
  numbers?: Array<Float64Array | undefined>;
  /** The header-row cells of the output area (`width` cells). */
  outputHeaders: CellValue[];
  /**
   * The output area's data-row values, column-major, covering the source's data rows (and any rows below that
   * a previous run owned, up to `SavedSettings.owned.rowCount`), or null when every one of those cells is empty.
   */
  outputColumns: CellValue[][] | null;
}

export interface WorkbookHost {
  /** Phase 1: the saved settings and the source (the saved one when `useSaved`, else around the selection). */
  locate(options: { useSaved: boolean }): Promise<Located>;
  /** Phase 2: the mapped columns and what the output area holds now. */
  read(request: ReadRequest, progress?: ProgressFn): Promise<SourceRead>;
  /**
   * Phase 3: write the whole plan and show its summary sheet (in the same round trip); text values stay text.
   * Nothing is written when this throws before starting.
   */
  write(plan: WritePlan, progress?: ProgressFn): Promise<void>;
  /** Show a sheet ("Go to summary"). */
  showSheet(name: string): Promise<void>;
  /**
   * False when nothing is ever written (a command-line run without `-o`): the flows then neither lay out nor
   * write a plan, and refusals that only protect a write (no row for the output headers) are not made.
   */
  readonly willWrite?: boolean;
}
