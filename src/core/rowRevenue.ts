/**
 * One source row's own revenue (segmentation.md §2), for the rules that look at rows, not customers: the pairs of
 * §8 and the purchases of §11.
 */
import type { CellValue, Locale } from './types';
import { parseCell } from './parseCell';

/**
 * The valid revenue of a row's revenue cell, NaN for a blank or invalid cell (reported once, by
 * `aggregateCustomers`). Read cell by cell where it is needed, so that no per-row array of 14 million revenues is
 * kept beside the column itself.
 *
 * Complexity O(1) for a number cell, O(length of the text) otherwise.
 * @throws never
 * @example [5, '', '1 234,5'].map((cell) => rowRevenue(cell, 'fi')) // => [5, NaN, 1234.5]
 */
export function rowRevenue(raw: CellValue, locale: Locale): number {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  const cell = parseCell(raw, locale);
  return cell.kind === 'number' ? cell.value : NaN;
}
