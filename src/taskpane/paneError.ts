/**
 * Turn anything a flow throws into the sentence the pane shows, in the pane's language: a SegmentationError's
 * catalogue message (src/core/messages) rendered in `locale`; anything else a plain "something went wrong" with
 * the first line of its message – never a stack trace.
 */
import type { Locale } from '../core/types';
import { renderError } from '../core/messages/renderError';
import { format, type Strings } from './strings';

const MAX_DETAILS = 200;

/**
 * The pane's sentence for `error`.
 * @example errorSentence(new SegmentationError('no-data', message('no-data-rows', {})), STRINGS.fi, 'fi') // => 'Lähteessä ei ole yhtään tietoriviä.'
 */
export function errorSentence(error: unknown, strings: Strings, locale: Locale = 'en'): string {
  const rendered = renderError(error, locale);
  if (rendered !== null) return rendered;
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = (raw.split('\n')[0] ?? '').trim();
  const details = firstLine.length > MAX_DETAILS ? `${firstLine.slice(0, MAX_DETAILS)}…` : firstLine;
  return format(strings.unexpectedError, { details: details || '—' });
}
