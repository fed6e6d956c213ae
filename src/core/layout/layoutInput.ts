/**
 * What the layout needs to decide every cell of a run's output.
 */
import type { Locale, SegmentationResult } from '../types';
import type { ColumnChoice, SavedOptions, SavedSettings, SourceRef } from './writePlan';
import type { OutputPlacement } from './layoutOutputColumns';

/** The input of `layoutWritePlan`: a result and everything about the run that the workbook should show. */
export interface LayoutInput {
  result: SegmentationResult;
  /** The source as it will be remembered (sheet, table, address, header row). */
  source: SourceRef;
  /** Where the output columns go. */
  placement: OutputPlacement;
  /** The mapped columns by header text. */
  columns: ColumnChoice;
  options: SavedOptions;
  outputLocale: Locale;
  /** ISO time of the run (passed in: pure code does not read the clock). */
  runTime: string;
  /** The settings of the previous run, for what to clear; null on a first run. */
  previous: SavedSettings | null;
}
