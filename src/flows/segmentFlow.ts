/**
 * The flows "segment" and "refresh", written once over a WorkbookHost (Excel or file).
 * PLACEHOLDER SIGNATURES – the implementation is being written; these types are the contract for the pane,
 * the ribbon commands and the command line.
 */
import type { Locale, SegmentationResult } from '../core/types';
import type { ColumnChoice, SavedOptions, SavedSettings } from '../core/layout/writePlan';
import type { Located, ProgressFn, WorkbookHost } from '../hosts/workbookHost';

/** What the pane shows before a run: the detected source, its headers and the guessed (or saved) mapping. */
export interface Preparation {
  located: Located;
  hasHeader: boolean;
  /** Header texts of the source (column letters when it has no header row). */
  headers: string[];
  /** Saved columns when the workbook has settings, else the guesses. */
  columns: ColumnChoice;
  /** Saved options, else the defaults (a 0.8, b 0.95, high value = A, median split). */
  options: SavedOptions;
  /** Saved output language, else the host's display language. */
  outputLocale: Locale;
  saved: SavedSettings | null;
}

export interface SegmentRequest {
  columns: ColumnChoice;
  options: SavedOptions;
  outputLocale: Locale;
}

export interface SegmentOutcome {
  result: SegmentationResult;
  /** Name of the summary sheet written. */
  summarySheet: string;
  /** True when this run replaced an earlier run's output (a refresh). */
  refreshed: boolean;
}

/** Locate the source and guess (or recall) the mapping. */
export declare function prepareSegmentation(
  host: WorkbookHost,
  options: { useSaved: boolean },
): Promise<Preparation>;

/** Read, segment, check ownership, write. Throws SegmentationError (nothing written) on any refusal. */
export declare function runSegmentation(
  host: WorkbookHost,
  preparation: Preparation,
  request: SegmentRequest,
  progress?: ProgressFn,
): Promise<SegmentOutcome>;

/** Re-run with the saved settings (the ribbon's Segment). Throws SegmentationError when there are none. */
export declare function refreshSegmentation(
  host: WorkbookHost,
  progress?: ProgressFn,
): Promise<SegmentOutcome>;
