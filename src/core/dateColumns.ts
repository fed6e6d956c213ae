/**
 * Which columns hold dates. Excel hands a date cell to an add-in as its serial number (`Range.values` of
 * 1 Dec 2026 is 46357), so only the cell's number format tells a date from an amount: "Excel stores dates as
 * sequential serial numbers" and shows them through a date format (Range.numberFormat, the format code in
 * English, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
 */
import type { CellValue } from './types';

/**
 * True for an Excel number format code that shows a date or time: after removing quoted text, escaped
 * characters and bracketed parts (colours, locales – but not elapsed time like `[h]`), it has a day, month, year,
 * hour or second code (`d m y h s`, or `e` for the year of the Japanese/Buddhist era only when alone is ignored).
 *
 * Complexity O(length of the code).
 * @example isDateFormat('d.m.yyyy') // => true
 * @example isDateFormat('#,##0.00 "€"') // => false
 */
export function isDateFormat(code: string | null | undefined): boolean {
  if (typeof code !== 'string' || code === '' || /^general$/i.test(code)) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/_./g, '');
  return /[dmyhs]/i.test(bare);
}

/**
 * Per column: true when most of the column's numbers (below the first row, which may be a header) are shown
 * with a date format. Columns without numbers are not date columns.
 *
 * Complexity O(rows × columns).
 * @example dateColumns([['Sales date', 'Sales'], [46357, 10]], [['General', 'General'], ['d.m.yyyy', '0.00']]) // => [true, false]
 */
export function dateColumns(
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly (string | null | undefined)[])[],
): boolean[] {
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  return Array.from({ length: width }, (_, c) => {
    let numbers = 0;
    let dates = 0;
    for (let r = 1; r < values.length; r++) {
      if (typeof values[r][c] !== 'number') continue;
      numbers++;
      if (isDateFormat(formats[r]?.[c])) dates++;
    }
    return numbers > 0 && dates * 2 > numbers;
  });
}
