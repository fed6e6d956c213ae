/**
 * Which output columns a run writes, in which order, under which header.
 */
import type { Locale } from '../types';
import { LAYOUT_TEXT } from './layoutText';

/** The kinds of output column. */
export type OutputColumnKey = 'rank' | 'share' | 'cumulativeShare' | 'abc' | 'valueMatrix' | 'change';

/** One output column: its kind and its header text. */
export interface OutputHeader {
  key: OutputColumnKey;
  header: string;
}

/**
 * The output columns of a run, left to right. Rule (design.md): Rank, Share, Cumulative share and ABC always;
 * Value matrix only when a potential column is mapped; Change only when the previous classes are known.
 *
 * @example outputHeaders('fi', { potential: true, change: false }).map((h) => h.header)
 * // => ['Sija', 'Osuus', 'Kertymä', 'ABC', 'Arvomatriisi']
 */
export function outputHeaders(
  locale: Locale,
  present: { potential: boolean; change: boolean },
): OutputHeader[] {
  const text = LAYOUT_TEXT[locale].headers;
  const keys: OutputColumnKey[] = ['rank', 'share', 'cumulativeShare', 'abc'];
  if (present.potential) keys.push('valueMatrix');
  if (present.change) keys.push('change');
  return keys.map((key) => ({ key, header: text[key] }));
}

/**
 * How many output columns a run writes (the width of the output area it needs).
 *
 * @example outputColumnCount({ potential: true, change: true }) // => 6
 */
export function outputColumnCount(present: { potential: boolean; change: boolean }): number {
  return 4 + (present.potential ? 1 : 0) + (present.change ? 1 : 0);
}
