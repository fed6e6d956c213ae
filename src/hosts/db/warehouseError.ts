/**
 * A database driver's failure as one sentence for the user (English or Finnish), without the connection string.
 */
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import type { Locale } from '../../core/types';
import type { WarehouseSource } from './warehouseSource';

type Problem = 'refused' | 'auth' | 'database' | 'table' | 'column' | 'file' | 'type' | 'overflow' | 'other';

/**
 * Classify a driver error: PostgreSQL by SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html:
 * 28P01/28000 authentication, 3D000 no database, 42P01 no table, 42703 no column, 42883/22P02 a column of the
 * wrong type, 22003 a sum out of range) and Node's socket codes; DuckDB by its error classes ("Catalog Error … Table with name",
 * "Binder Error … column", "IO Error"). The message names the source by its display form, never the URL
 * with a password; the driver's own text is not shown (it may quote the connection string).
 *
 * Complexity O(1).
 * @throws never (returns the error)
 * @example warehouseError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), source, 'en').code // => 'unreadable-input'
 */
export function warehouseError(error: unknown, source: WarehouseSource, locale: Locale): SegmentationError {
  const problem = classify(error);
  const code = problem === 'table' || problem === 'column' ? 'column-not-found' : 'unreadable-input';
  return new SegmentationError(code, message(`db-${problem}` as const, { source: source.display }), locale);
}

function classify(error: unknown): Problem {
  const code =
    typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ENOENT' || code === 'EHOSTUNREACH')
    return 'refused';
  if (code === '28P01' || code === '28000' || /password authentication|SASL/i.test(message)) return 'auth';
  if (code === '3D000') return 'database';
  if (code === '42P01' || /Catalog Error: Table with name/i.test(message)) return 'table';
  if (code === '42703' || /Binder Error: Referenced column|column .* not found/i.test(message))
    return 'column';
  if (code === '42883' || code === '22P02' || /Conversion Error|Could not convert/i.test(message))
    return 'type';
  if (code === '22003' || /out of range|Overflow/i.test(message)) return 'overflow';
  if (/IO Error|Cannot open file|database file|not a valid DuckDB/i.test(message)) return 'file';
  return 'other';
}
