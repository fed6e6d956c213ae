/**
 * Calendar dates as Excel date serials (segmentation.md §11): whole days since 1899-12-30, the 1900 date system
 * Excel uses on Windows and the web (serial 1 = 1900-01-01 from March 1900 on; the phantom 1900-02-29 of Lotus
 * is serial 60, so serials before it are off by one – no sales data lives there).
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 in days since the Unix epoch. */
const EPOCH_DAYS = Date.UTC(1899, 11, 30) / MS_PER_DAY;

/** The largest serial Excel shows as a date: 9999-12-31. */
export const LAST_SERIAL = 2_958_465;

/**
 * The serial of a calendar date, or NaN when it is no date (month 13, 31 April, 29 February of a common year).
 *
 * Complexity O(1).
 * @throws never
 * @example dateSerial(2026, 1, 15) // => 46037
 * @example dateSerial(2026, 2, 29) // => NaN
 */
export function dateSerial(year: number, month: number, day: number): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 9999)) return NaN;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
  return time / MS_PER_DAY - EPOCH_DAYS;
}

/**
 * `yyyy-mm-dd` of a whole serial.
 *
 * Complexity O(1).
 * @throws never
 * @example isoDate(46037) // => '2026-01-15'
 */
export function isoDate(serial: number): string {
  return new Date((serial + EPOCH_DAYS) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The serial of a `yyyy-mm-dd` text, or NaN when it is not one.
 *
 * Complexity O(1).
 * @throws never
 * @example isoSerial('2026-01-15') // => 46037
 */
export function isoSerial(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? dateSerial(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
}
