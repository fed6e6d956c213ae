/**
 * Reading one date cell (segmentation.md §11).
 */
import type { CellValue } from './types';
import { dateSerial, LAST_SERIAL } from './excelSerial';

/** Which field of a slash date is the day: `d/m/yyyy` or `m/d/yyyy`. */
export type SlashOrder = 'd/m' | 'm/d';

/** A date cell: a whole Excel serial, blank, or not a date. */
export type ParsedDate = { kind: 'date'; serial: number } | { kind: 'blank' } | { kind: 'invalid' };

const BLANK: ParsedDate = { kind: 'blank' };
const INVALID: ParsedDate = { kind: 'invalid' };
/** An optional time after a date, ignored: ` 14:30`, `T14:30:00.000Z`, `T08:00+02:00`. */
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A slash date: two fields of one or two digits, then a four-digit year. */
export const SLASH = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);

/**
 * Reads a date cell as a whole Excel serial (days since 1899-12-30).
 *
 * Rule: a finite number is a serial (Excel hands date cells over as numbers; a time of day, the fraction, is
 * dropped), valid from 1 (1900-01-01) to 2 958 465 (9999-12-31) – a whole number of eight digits beyond that can
 * only be `yyyymmdd` and is read so; text is ISO `yyyy-mm-dd` (a time after it
 * is ignored), `d.m.yyyy`, `yyyymmdd`, or a slash date read in `slashOrder` (decided per column by
 * `slashOrderOf`; null: no slash date is valid). Null, undefined and whitespace are blank; everything else –
 * booleans, other text, impossible dates such as 31.4.2026 – is invalid.
 * Complexity O(length of the text).
 * @throws never
 * @example parseDateCell('2026-01-15T08:30:00', 'd/m') // => { kind: 'date', serial: 46037 }
 * @example parseDateCell('15.1.2026', 'd/m') // => { kind: 'date', serial: 46037 }
 * @example parseDateCell('1/15/2026', 'm/d') // => { kind: 'date', serial: 46037 }
 */
export function parseDateCell(value: CellValue, slashOrder: SlashOrder | null): ParsedDate {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return INVALID;
    const serial = Math.floor(value);
    if (serial >= 1 && serial <= LAST_SERIAL) return { kind: 'date', serial };
    // Past every serial, a whole number of eight digits can only be yyyymmdd (a reader that typed the text).
    return Number.isInteger(value) && value >= 19000101 && value <= 99991231
      ? dateOf(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100)
      : INVALID;
  }
  if (value === null || value === undefined) return BLANK;
  if (typeof value !== 'string') return INVALID;
  const text = value.trim();
  if (text === '') return BLANK;
  let match = ISO.exec(text) ?? COMPACT.exec(text);
  if (match) return dateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DOTTED.exec(text);
  if (match) return dateOf(Number(match[3]), Number(match[2]), Number(match[1]));
  match = SLASH.exec(text);
  if (match && slashOrder !== null) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    return slashOrder === 'd/m'
      ? dateOf(Number(match[3]), second, first)
      : dateOf(Number(match[3]), first, second);
  }
  return INVALID;
}

function dateOf(year: number, month: number, day: number): ParsedDate {
  const serial = dateSerial(year, month, day);
  return Number.isNaN(serial) ? INVALID : { kind: 'date', serial };
}
