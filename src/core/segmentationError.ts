/**
 * The one error type for what cannot be computed or written. `code` is stable (tests and the JSON output use it);
 * `message` is a sentence for the user in the output language, naming the cell or column and what to do.
 */

export type SegmentationErrorCode =
  /** No customer has revenue > 0: nothing to segment, nothing is written. */
  | 'no-positive-revenue'
  /** Thresholds not 0 < a < b ≤ 1. */
  | 'invalid-thresholds'
  /** An option other than thresholds is impossible (e.g. a non-finite fixed split). */
  | 'invalid-option'
  /** A revenue sum is not a finite number (overflow past the largest double). */
  | 'revenue-not-finite'
  /** The source has no data rows. */
  | 'no-data'
  /** No column could serve as revenue, or a named column does not exist. */
  | 'column-not-found'
  /** The input file cannot be read as a table (not UTF-8, binary, unknown format). */
  | 'unreadable-input'
  /** A target cell holds someone else's data (ownership rule): nothing was written. */
  | 'output-occupied'
  /** The workbook refuses the operation (protected sheet, cell-edit mode, several areas selected …). */
  | 'workbook-refused'
  /** Saved settings no longer match the workbook (a renamed column, a deleted table). */
  | 'source-changed';

export class SegmentationError extends Error {
  readonly code: SegmentationErrorCode;

  constructor(code: SegmentationErrorCode, message: string) {
    super(message);
    this.name = 'SegmentationError';
    this.code = code;
  }
}

/** True for a SegmentationError (also across bundles, where `instanceof` can fail). */
export function isSegmentationError(error: unknown): error is SegmentationError {
  return (
    error instanceof Error &&
    error.name === 'SegmentationError' &&
    typeof (error as SegmentationError).code === 'string'
  );
}
