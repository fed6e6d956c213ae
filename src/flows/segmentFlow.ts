/**
 * The flows "segment" and "refresh", written once over a WorkbookHost (Excel or file): the public entry of
 * flows/. The types here are the contract for the pane, the ribbon commands and the command line; each flow
 * lives in its own module (prepareSegmentation, runSegmentation, refreshSegmentation).
 */
import type { Locale, SegmentationResult } from '../core/types';
import type { ColumnChoice, SavedOptions, SavedSettings } from '../core/layout/writePlan';
import type { Located } from '../hosts/workbookHost';
import type { Message } from '../core/messages/renderMessage';

export { prepareSegmentation, DEFAULT_OPTIONS } from './prepareSegmentation';
export { runSegmentation } from './runSegmentation';
export { refreshSegmentation } from './refreshSegmentation';

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
  /**
   * Why the saved settings were not proposed, for the pane: unreadable settings (`Located.settingsProblem`) or a
   * saved column that is gone (the guesses are proposed instead). Null when fine.
   */
  problem?: Message | null;
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
