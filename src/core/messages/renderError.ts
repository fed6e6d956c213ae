/**
 * What the user reads about any failure, in the language of the place that shows it: a SegmentationError's
 * catalogue message rendered in `locale` (its finished sentence when it has no key), anything else as null so the
 * edge can say "unexpected" in its own words – never a stack trace.
 */
import type { Locale } from '../types';
import { isSegmentationError } from '../segmentationError';
import { renderMessage, type Message } from './renderMessage';
import type { SegmentationError } from '../segmentationError';

/**
 * The sentence for a SegmentationError in `locale`, or null for any other error.
 * @example renderError(new SegmentationError('source-changed', message('sheet-gone', { sheet: 'Data' })), 'fi')
 * // => 'Välilehteä "Data" ei enää ole: segmentoi uudelleen.'
 */
export function renderError(error: unknown, locale: Locale): string | null {
  if (!isSegmentationError(error)) return null;
  if (error.key === null || error.key === undefined) return error.message;
  return renderMessage({ key: error.key, params: error.params ?? {} }, locale);
}

/**
 * The catalogue message a SegmentationError carries, or null for one built from a finished sentence.
 * @example messageOfError(new SegmentationError('no-data', message('no-data-rows', {}))) // => { key: 'no-data-rows', params: {} }
 */
export function messageOfError(error: SegmentationError): Message | null {
  return error.key ? ({ key: error.key, params: error.params } as Message) : null;
}
