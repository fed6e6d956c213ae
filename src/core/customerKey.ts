/**
 * Customer identity (segmentation.md §3): which cells name the same customer, and how the customer is shown.
 */
import type { CellValue } from './types';

/**
 * The comparison key of a customer cell: Unicode NFC, trimmed, case-folded; a number becomes its text
 * (CustomerID 17850 → "17850"); a blank cell (null, undefined, whitespace) has no key.
 *
 * Rule: `"Oy Alfa Ab "` and `"OY ALFA AB"` are one customer.
 * Complexity: O(length of the text).
 * @throws never
 * @example customerKey(' OY ALFA AB') // => 'oy alfa ab'
 * @example customerKey(17850) // => '17850'
 * @example customerKey('  ') // => null
 */
export function customerKey(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : String(value);
  return text === '' ? null : text.toLowerCase();
}

/**
 * The displayed name of a customer cell: the spelling as met, trimmed (numbers as text); null when blank.
 *
 * Complexity: O(length of the text).
 * @throws never
 * @example customerDisplayName('  Oy Alfa Ab ') // => 'Oy Alfa Ab'
 */
export function customerDisplayName(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.trim() : String(value);
  return text === '' ? null : text;
}
