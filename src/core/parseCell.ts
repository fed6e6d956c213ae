/**
 * Reading one revenue or potential cell (segmentation.md §2).
 */
import type { CellValue, Locale } from './types';
import { parseNumberText } from './parseNumberText';

/** What a cell holds for a measure: a number, nothing (blank), or something that is not a number (invalid). */
export type ParsedCell =
  { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'invalid'; reason: string };

const BLANK: ParsedCell = { kind: 'blank' };
const PLAIN_EN = /^-?\d+(?:\.\d+)?$/;
const PLAIN_FI = /^-?\d+(?:,\d+)?$/;

/**
 * Reads a cell as a number, a blank or an invalid value, by the rules of segmentation.md §2.
 *
 * Finite numbers are themselves; null, undefined and whitespace-only text are blank; text is a number when it is
 * unambiguous for `locale` (signs incl. U+2212, accounting parentheses, thousands separators in groups of three,
 * decimal mark, currency signs and ISO codes, scientific notation, a trailing `%` divides by 100). Booleans,
 * Excel error values, NaN, ±Infinity and other text are invalid, with a short English reason.
 * Plain numbers and plain decimal text take a fast path, so a million cells cost little.
 *
 * Complexity: O(length of the text).
 * @throws never
 * @example parseCell('1 234,50 €', 'fi') // => { kind: 'number', value: 1234.5 }
 * @example parseCell('#N/A', 'en') // => { kind: 'invalid', reason: 'Excel error value #N/A' }
 */
export function parseCell(value: CellValue, locale: Locale): ParsedCell {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return { kind: 'number', value };
    return { kind: 'invalid', reason: Number.isNaN(value) ? 'NaN value' : 'infinite value' };
  }
  if (typeof value === 'string') {
    if ((locale === 'fi' ? PLAIN_FI : PLAIN_EN).test(value)) {
      // Normalising -0 to 0 keeps "-0" from printing as a negative zero.
      return { kind: 'number', value: Number(locale === 'fi' ? value.replace(',', '.') : value) + 0 };
    }
    return parseText(value, locale);
  }
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'boolean') return { kind: 'invalid', reason: 'true/false value' };
  return { kind: 'invalid', reason: 'not a number' };
}

const EXCEL_ERROR = /^#[A-Z][A-Z0-9_/]*[!?]?$/i;
const BOOLEAN_TEXT = /^(true|false|tosi|epätosi)$/i;
const INFINITY_TEXT = /^[+\-−]?(infinity|inf|∞)$/i;

function parseText(raw: string, locale: Locale): ParsedCell {
  const text = raw.trim();
  if (text === '') return BLANK;
  if (text.startsWith('#') && EXCEL_ERROR.test(text)) {
    return { kind: 'invalid', reason: `Excel error value ${text.toUpperCase()}` };
  }
  if (BOOLEAN_TEXT.test(text)) return { kind: 'invalid', reason: 'true/false value' };
  if (/^[+\-−]?nan$/i.test(text)) return { kind: 'invalid', reason: 'NaN value' };
  if (INFINITY_TEXT.test(text)) return { kind: 'invalid', reason: 'infinite value' };
  const value = parseNumberText(text, locale);
  if (value === null) return { kind: 'invalid', reason: 'text that is not a number' };
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'number too large' };
  return { kind: 'number', value: value + 0 };
}
