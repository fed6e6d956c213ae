/**
 * The classes of the previous run, read back from the ABC column it wrote beside the source.
 */
import type { AbcClass, CellValue } from '../core/types';
import type { SavedSettings } from '../core/layout/writePlan';
import { customerKey } from '../core/customerKey';
import { LAYOUT_TEXT } from '../core/layout/layoutText';

/**
 * Previous class per customer key. Rule: the ABC column is found among the owned headers (in the language of the
 * run that wrote them); each source row's customer key (`customerKey`, or the row index as text without a
 * customer column – as the engine keys row-customers) takes the class its row shows. The first row of a customer
 * with a class wins; rows without one (pasted since) add nothing. Returns null when the settings own no ABC
 * column.
 *
 * Complexity: O(rows).
 * @example previousClasses(settings, ['Alfa', 'Beta'], outputColumns)?.get('alfa') // => 'A'
 */
export function previousClasses(
  settings: SavedSettings,
  customers: readonly CellValue[] | null,
  outputColumns: readonly (readonly CellValue[])[] | null,
  rowCount: number,
): Map<string, AbcClass> | null {
  const abcIndex = settings.owned.headers.indexOf(LAYOUT_TEXT[settings.outputLocale].headers.abc);
  if (abcIndex < 0) return null;
  const classes = new Map<string, AbcClass>();
  const abc = outputColumns?.[abcIndex];
  if (!abc) return classes;
  for (let row = 0; row < Math.min(rowCount, abc.length); row++) {
    const value = abc[row];
    if (value !== 'A' && value !== 'B' && value !== 'C') continue;
    const key = customers ? customerKey(customers[row]) : String(row);
    if (key !== null && !classes.has(key)) classes.set(key, value);
  }
  return classes;
}
