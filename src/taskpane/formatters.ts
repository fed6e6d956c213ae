/**
 * Number formats of the pane in the UI language: counts and money without decimals, shares as percent with
 * one decimal ("19.0 %" / "19,0 %").
 */
import type { Locale } from '../core/types';

export interface Formatters {
  count: (value: number) => string;
  money: (value: number) => string;
  percent: (fraction: number) => string;
}

export function createFormatters(locale: Locale): Formatters {
  const tag = locale === 'fi' ? 'fi-FI' : 'en-US';
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    count: (value) => whole.format(value),
    money: (value) => whole.format(value),
    percent: (fraction) => percent.format(fraction),
  };
}

/**
 * A fraction shown as a percent number for an input (0.8 → "80", 0.955 → "95.5"), without float noise.
 * @example fractionToPercentText(0.07, 'fi') // => '7'
 */
export function fractionToPercentText(fraction: number, locale: Locale): string {
  if (!Number.isFinite(fraction)) return '';
  const text = String(Math.round(fraction * 100 * 1e6) / 1e6);
  return locale === 'fi' ? text.replace('.', ',') : text;
}

/** A plain number for an input, in the UI language's decimal mark. */
export function numberToText(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return locale === 'fi' ? text.replace('.', ',') : text;
}
