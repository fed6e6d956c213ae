/**
 * Turn anything a flow throws into the sentence the pane shows. A SegmentationError already is that sentence
 * (in the output language, naming the cell and what to do); anything else gets a plain explanation with the
 * first line of its message – never a stack trace.
 */
import { isSegmentationError } from '../core/segmentationError';
import { format, type Strings } from './strings';

const MAX_DETAILS = 200;

export function errorSentence(error: unknown, strings: Strings): string {
  if (isSegmentationError(error)) return error.message;
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = (raw.split('\n')[0] ?? '').trim();
  const details = firstLine.length > MAX_DETAILS ? `${firstLine.slice(0, MAX_DETAILS)}…` : firstLine;
  return format(strings.unexpectedError, { details: details || '—' });
}
