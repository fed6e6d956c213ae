/**
 * Which output columns a run writes, in which order, under which header.
 */
import type { Locale } from '../types';
import { LAYOUT_TEXT } from './layoutText';

/** The kinds of output column. */
export type OutputColumnKey =
  | 'rank'
  | 'share'
  | 'cumulativeShare'
  | 'abc'
  | 'groupAbc'
  | 'valueMatrix'
  | 'previousAbc'
  | 'growth'
  | 'change'
  | 'lastPurchase'
  | 'daysSince'
  | 'quiet';

/** One output column: its kind and its header text. */
export interface OutputHeader {
  key: OutputColumnKey;
  header: string;
}

/**
 * What a run has, deciding its optional columns. `potential`: a potential column is mapped; `change`: the last run's
 * classes are known (a previous column implies it); `group`, `previous`, `date`: those roles are
 * mapped (absent = not mapped).
 */
export interface PresentColumns {
  potential: boolean;
  change: boolean;
  group?: boolean;
  previous?: boolean;
  date?: boolean;
}

/**
 * The output columns of a run, left to right. Rule (design.md, segmentation.md §8–§11): Rank, Share, Cumulative
 * share and ABC always; Group ABC right of ABC with a group column; Value matrix with a potential column;
 * Previous ABC and Growth with a previous column; Change when there is something to compare with; Last
 * purchase, Days since and Gone quiet with a date column. The order keeps the columns of the last rounds where
 * they were relative to each other, so a refresh renames in place.
 *
 * @example outputHeaders('fi', { potential: true, change: false }).map((h) => h.header)
 * // => ['Sija', 'Osuus', 'Kertymä', 'ABC', 'Arvomatriisi']
 * @example outputHeaders('en', { potential: false, change: true, previous: true }).map((h) => h.header)
 * // => ['Rank', 'Share', 'Cumulative share', 'ABC', 'Previous ABC', 'Growth', 'Change']
 */
export function outputHeaders(locale: Locale, present: PresentColumns): OutputHeader[] {
  const text = LAYOUT_TEXT[locale].headers;
  return outputKeys(present).map((key) => ({ key, header: text[key] }));
}

/**
 * How many output columns a run writes (the width of the output area it needs).
 *
 * @example outputColumnCount({ potential: true, change: true }) // => 6
 * @example outputColumnCount({ potential: false, change: true, group: true, previous: true, date: true }) // => 12
 */
export function outputColumnCount(present: PresentColumns): number {
  return outputKeys(present).length;
}

function outputKeys(present: PresentColumns): OutputColumnKey[] {
  const keys: OutputColumnKey[] = ['rank', 'share', 'cumulativeShare', 'abc'];
  if (present.group) keys.push('groupAbc');
  if (present.potential) keys.push('valueMatrix');
  if (present.previous) keys.push('previousAbc', 'growth');
  // With a previous column the Change column compares the periods (§9), so it is always there.
  if (present.change || present.previous) keys.push('change');
  if (present.date) keys.push('lastPurchase', 'daysSince', 'quiet');
  return keys;
}
