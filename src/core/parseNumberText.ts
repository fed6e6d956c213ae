/**
 * The full text-to-number reader behind `parseCell` (segmentation.md §2), for text that is not plain digits.
 */
import type { Locale } from './types';

const CURRENCY_CODES = new Set([
  'EUR', 'USD', 'GBP', 'SEK', 'NOK', 'DKK', 'ISK', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'NZD', 'PLN', 'CZK',
  'HUF', 'RUB', 'INR', 'BRL', 'ZAR', 'HKD', 'SGD', 'MXN', 'TRY', 'KRW', 'RON', 'BGN', 'ILS', 'THB', 'AED',
]); // prettier-ignore
const CURRENCY_SIGNS = new Set(['€', '$', '£', '¥', '₹', '₽', '₩', '₺', '₪']);
const SIGN = /^[+\-−]/;
const SPACE_GROUPING = new Set([' ', '\u00a0', '\u202f', "'", '’']);

/**
 * Reads trimmed, non-empty text as a number for `locale`, or null when it is not unambiguously one.
 *
 * Rule: `[(] [sign] [currency] [sign] digits [currency] [%] [)]` where digits may carry thousands separators
 * (space, U+00A0, U+202F, apostrophe, or the locale's grouping mark) in groups of three, one decimal mark
 * (`.` en, `,` fi; the other mark counts as decimal when it cannot be a grouping mark) and an exponent.
 * Parentheses mean negative; a trailing `%` divides by 100. Overflow gives ±Infinity (the caller rejects it).
 *
 * Complexity: O(length).
 * @throws never
 * @example parseNumberText('(1 234,50)', 'fi') // => -1234.5
 * @example parseNumberText('12,5', 'en') // => 12.5
 * @example parseNumberText('12abc', 'en') // => null
 */
export function parseNumberText(text: string, locale: Locale): number | null {
  let body = text;
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
  }
  let signSeen = false;
  const takeSign = (): boolean => {
    const sign = SIGN.exec(body);
    if (sign === null) return true;
    if (signSeen || negative) return false;
    signSeen = true;
    if (sign[0] !== '+') negative = true;
    body = body.slice(1).trimStart();
    return true;
  };
  if (!takeSign()) return null;
  const prefix = leadingCurrency(body);
  if (prefix > 0) body = body.slice(prefix).trimStart();
  if (!takeSign()) return null;
  const suffix = trailingCurrency(body);
  if (suffix > 0) {
    if (prefix > 0 || percent) return null;
    body = body.slice(0, body.length - suffix).trimEnd();
  }
  if (prefix > 0 && percent) return null;
  const magnitude = parseDigits(body, locale);
  if (magnitude === null) return null;
  const value = percent ? magnitude / 100 : magnitude;
  return negative ? -value : value;
}

function leadingCurrency(body: string): number {
  if (CURRENCY_SIGNS.has(body.charAt(0))) return 1;
  return CURRENCY_CODES.has(body.slice(0, 3).toUpperCase()) && !/^[A-Za-z]/.test(body.charAt(3)) ? 3 : 0;
}

function trailingCurrency(body: string): number {
  if (CURRENCY_SIGNS.has(body.charAt(body.length - 1))) return 1;
  const code = body.slice(-3);
  return CURRENCY_CODES.has(code.toUpperCase()) && !/[A-Za-z]/.test(body.charAt(body.length - 4)) ? 3 : 0;
}

/** Digits with grouping, decimal mark and exponent → the number, or null. */
function parseDigits(body: string, locale: Locale): number | null {
  const exponentAt = body.search(/[eE]/);
  let mantissa = body;
  let exponent = '';
  if (exponentAt >= 0) {
    mantissa = body.slice(0, exponentAt);
    const exp = body.slice(exponentAt + 1).replace('−', '-');
    if (!/^[+-]?\d+$/.test(exp)) return null;
    exponent = `e${exp}`;
  }
  const decimalMark = locale === 'fi' ? ',' : '.';
  const groupMark = locale === 'fi' ? '.' : ',';
  let integer = mantissa;
  let fraction: string | null = null;
  const decimalAt = mantissa.indexOf(decimalMark);
  if (decimalAt >= 0) {
    if (mantissa.indexOf(decimalMark, decimalAt + 1) >= 0) return null;
    integer = mantissa.slice(0, decimalAt);
    fraction = mantissa.slice(decimalAt + 1);
  } else {
    const groupAt = mantissa.indexOf(groupMark);
    // A lone grouping mark that cannot group is the decimal mark: `12,5` in en, `12.5` in fi.
    if (
      groupAt >= 0 &&
      mantissa.indexOf(groupMark, groupAt + 1) < 0 &&
      ungroup(mantissa, groupMark) === null
    ) {
      integer = mantissa.slice(0, groupAt);
      fraction = mantissa.slice(groupAt + 1);
    }
  }
  if (fraction !== null && !/^\d+$/.test(fraction)) return null;
  const digits = ungroup(integer, groupMark);
  if (digits === null || (digits === '' && fraction === null)) return null;
  return Number(`${digits || '0'}.${fraction ?? '0'}${exponent}`);
}

/** The digits of an integer part without its thousands separators, or null when the grouping is wrong. */
function ungroup(integer: string, groupMark: string): string | null {
  if (/^\d*$/.test(integer)) return integer;
  let separator = '';
  for (const ch of integer) {
    if (ch >= '0' && ch <= '9') continue;
    if (ch !== groupMark && !SPACE_GROUPING.has(ch)) return null;
    if (separator !== '' && ch !== separator) return null;
    separator = ch;
  }
  const groups = integer.split(separator);
  if (!/^\d{1,3}$/.test(groups[0])) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i])) return null;
  return groups.join('');
}
