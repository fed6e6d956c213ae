/**
 * The one error type for what cannot be computed or written. `code` is stable (tests and the JSON output use it);
 * `key` and `params` name the catalogue message (src/core/messages) that the edge renders in its own language;
 * `message` is that sentence rendered once at the throw (in the locale given there, English by default), for logs
 * and for code that does not render.
 */
import type { Locale } from './types';
import type { MessageParam } from './messages/messageTypes';
import { renderMessage, type Message, type MessageKey } from './messages/renderMessage';

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
  /** The catalogue key of the message, or null for an error built from a finished sentence (older code). */
  readonly key: MessageKey | null;
  /** The message's parameters (empty for a finished sentence). */
  readonly params: Readonly<Record<string, MessageParam>>;

  /**
   * @param code the stable error code.
   * @param text a catalogue message (preferred: rendered late, in the language of whoever shows it), or a finished
   *   sentence (kept for code not yet converted).
   * @param locale language of `message` when `text` is a catalogue message. @default 'en'
   * @example new SegmentationError('source-changed', message('sheet-gone', { sheet: 'Data' })).key // => 'sheet-gone'
   */
  constructor(code: SegmentationErrorCode, text: string | Message, locale: Locale = 'en') {
    super(typeof text === 'string' ? text : renderMessage(text, locale));
    this.name = 'SegmentationError';
    this.code = code;
    this.key = typeof text === 'string' ? null : text.key;
    this.params = typeof text === 'string' ? {} : (text.params as Record<string, MessageParam>);
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
