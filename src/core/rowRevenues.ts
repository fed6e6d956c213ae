/**
 * Each source row's own revenue (segmentation.md §2), for the rules that look at rows, not customers: the pairs of
 * §8 and the purchases of §11.
 */
import type { CellValue, Locale } from './types';
import { parseCell } from './parseCell';

/**
 * The valid revenue of each row, NaN for a blank or invalid cell (reported once, by `aggregateCustomers`).
 *
 * Complexity O(rows).
 * @throws never
 * @example Array.from(rowRevenues([5, '', '1 234,5'], 'fi')) // => [5, NaN, 1234.5]
 */
export function rowRevenues(column: readonly CellValue[], locale: Locale): Float64Array {
  const values = new Float64Array(column.length);
  for (let r = 0; r < column.length; r++) {
    const raw = column[r];
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      values[r] = raw;
      continue;
    }
    const cell = parseCell(raw, locale);
    values[r] = cell.kind === 'number' ? cell.value : NaN;
  }
  return values;
}
