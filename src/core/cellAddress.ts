/**
 * A1-style addresses: column letters ↔ 0-based column indexes.
 *
 * @example columnLetter(0) // => 'A'
 * @example columnLetter(27) // => 'AB'
 * @example columnIndex('AB') // => 27
 * @example cellAddress(2, 14) // => 'C14'
 */

/** Letters of a 0-based column index (0 → `A`, 25 → `Z`, 26 → `AA`). @throws RangeError for a negative index. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`column index ${index} is not a whole number ≥ 0`);
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based index of column letters (case-insensitive), or -1 when the text is not 1–3 letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `C14` from a 0-based column index and a 1-based row number. */
export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `A1:F241` from 0-based first/last columns and 1-based first/last rows. */
export function rangeAddress(
  firstColumn: number,
  firstRow: number,
  lastColumn: number,
  lastRow: number,
): string {
  return `${cellAddress(firstColumn, firstRow)}:${cellAddress(lastColumn, lastRow)}`;
}
