/**
 * Names from the command line (table, columns) as quoted SQL identifiers – the only way a name ever reaches the
 * query text – or a clear refusal.
 */
import { message } from '../messages/renderMessage';
import { SegmentationError } from '../segmentationError';
import type { Locale } from '../types';
import { DIALECTS, type SqlDialect } from './sqlDialect';

/**
 * Characters no dialect's quoted identifier can carry safely: C0 and C1 control characters (NUL included), the
 * Unicode line and paragraph separators, and lone UTF-16 surrogates (not encodable as UTF-8).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/**
 * `name` as one quoted identifier of `dialect`.
 * Rule: duckdb, postgres and snowflake quote with `"` and double an embedded `"` (SQL standard); spark quotes with
 * a backtick and doubles an embedded backtick; bigquery quotes with a backtick, where a backtick or backslash
 * would need an escape sequence – those two are refused rather than escaped. Empty names and control characters
 * are refused in every dialect. Quoted names keep their case: PostgreSQL and Snowflake then match it exactly.
 *
 * Complexity O(length).
 * @throws SegmentationError 'invalid-option' naming the option and the reason.
 * @example quoteIdentifier('postgres', 'Revenue "2026"', '--revenue') // => '"Revenue ""2026"""'
 * @example quoteIdentifier('spark', 'a`b', '--customer') // => '`a``b`'
 */
export function quoteIdentifier(
  dialect: SqlDialect,
  name: string,
  option: string,
  locale: Locale = 'en',
): string {
  if (name.length === 0) throw refused(option, name, 'empty', locale);
  if (UNSAFE.test(name)) throw refused(option, name, 'control', locale);
  const quote = DIALECTS[dialect].quote;
  if (dialect === 'bigquery' && /[`\\]/.test(name)) throw refused(option, name, 'bigquery', locale);
  return `${quote}${name.split(quote).join(quote + quote)}${quote}`;
}

/**
 * A table name, possibly qualified (`schema.table`, `project.dataset.table`): split at every `.`, each part
 * quoted by `quoteIdentifier`. A name that itself contains a dot cannot be given.
 *
 * @throws SegmentationError 'invalid-option' for an empty part or an unsafe character.
 * @example quoteTableName('duckdb', 'main.sales') // => '"main"."sales"'
 */
export function quoteTableName(dialect: SqlDialect, name: string, locale: Locale = 'en'): string {
  return name
    .split('.')
    .map((part) => quoteIdentifier(dialect, part, '--table', locale))
    .join('.');
}

type Reason = 'empty' | 'control' | 'bigquery';

function refused(option: string, name: string, reason: Reason, locale: Locale): SegmentationError {
  // Shown as a JSON string: escapes keep every control character out of the one-line message.
  const shown = JSON.stringify(name).replace(/[\u007f-\u009f\u2028\u2029]/g, '?');
  const key =
    reason === 'empty' ? 'sql-name-empty' : reason === 'control' ? 'sql-name-control' : 'sql-name-bigquery';
  return new SegmentationError('invalid-option', message(key, { option, name: shown }), locale);
}
