/**
 * Numbers written inside sentences of the summary sheet (notes, parameters). Cells that hold numbers are written
 * as numbers with an Excel number format; only numbers inside text go through here.
 */
import type { Locale } from '../types';

/**
 * Groups the digits of a whole number with spaces, as the design's examples do ("4 588 of 180 000"); the space
 * reads correctly in both English and Finnish text, unlike `,` or `.`.
 *
 * @example formatCount(180000) // => '180 000'
 * @example formatCount(412) // => '412'
 */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * A number for a sentence: at most four decimals (trailing zeros dropped), grouped with spaces, with the
 * locale's decimal mark (`.` en, `,` fi).
 *
 * @example formatNumberText(12.5, 'fi') // => '12,5'
 * @example formatNumberText(10000, 'en') // => '10 000'
 */
export function formatNumberText(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(4));
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const exponent = /e/i.test(whole);
  // Huge or tiny values print in exponent form; leave those as they are rather than mis-grouping them.
  if (exponent) return String(rounded);
  const sign = rounded < 0 ? '-' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const mark = locale === 'fi' ? ',' : '.';
  return fraction ? `${sign}${grouped}${mark}${fraction}` : `${sign}${grouped}`;
}

/**
 * A share as a percentage for a sentence, one decimal, with the locale's decimal mark and a space before `%`
 * (as in the headline "80.4 %").
 *
 * @example formatPercentText(0.804, 'en') // => '80.4 %'
 */
export function formatPercentText(share: number, locale: Locale): string {
  return `${formatNumberText(Number((share * 100).toFixed(1)), locale)} %`;
}

/**
 * The run time for the parameters table: an ISO time shown as `YYYY-MM-DD HH:MM UTC`. UTC because pure code
 * cannot know the reader's time zone and a shared workbook has many readers.
 *
 * @example formatRunTime('2024-05-01T10:04:05.123Z') // => '2024-05-01 10:04 UTC'
 */
export function formatRunTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.toISOString().slice(0, 10)} ${time.toISOString().slice(11, 16)} UTC`;
}
