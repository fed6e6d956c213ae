/**
 * Customer identity (segmentation.md §3): which cells name the same customer, and how the customer is shown.
 */
import type { CellValue } from './types';

/**
 * The comparison key of a customer cell: Unicode NFC, trimmed, case-folded (`foldCase`); a number becomes its
 * text (CustomerID 17850 → "17850"); a blank cell (null, undefined, whitespace) has no key.
 *
 * Rule: `"Oy Alfa Ab "` and `"OY ALFA AB"` are one customer; so are `"Straße Oy"` and `"STRASSE OY"`.
 * Complexity: O(length of the text).
 * @throws never
 * @example customerKey(' OY ALFA AB') // => 'oy alfa ab'
 * @example customerKey('Straße Oy') // => 'strasse oy'
 * @example customerKey(17850) // => '17850'
 * @example customerKey('  ') // => null
 */
export function customerKey(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : String(value);
  return text === '' ? null : foldCase(text);
}

/** Anything but printable ASCII and tab/newline: text without it is plain ASCII, whose lower case is its folding. */
const NOT_ASCII = /[^ -~\t\n\r]/;
/** What upper-then-lower leaves unfolded: ß (from capital ẞ, U+1E9E) and the final sigma ς that lower() writes. */
const LEFT_UNFOLDED = /[ßς]/g;

/**
 * Full Unicode case folding of an NFC text (segmentation.md §3, and group names §8): the ONE folding of keys.
 * Rule: upper case, then lower case, then ß → ss and ς → σ, then NFC again. Against Unicode's CaseFolding.txt
 * (status C + F, the default, non-Turkic folding):
 * - ß → ss (00DF; F), ẞ → ss (1E9E; F), ﬁ → fi and the other ligatures (FB01…; F), ǅ/Ǆ → ǆ, ᾳ → αι: as folded;
 * - ς and Σ → σ (03C2; C, 03A3; C): JavaScript's toLowerCase writes a word-final Σ as ς, so ς is mapped back;
 * - İ (U+0130) → i + U+0307 (0130; F), so "İSTANBUL" is "i̇stanbul", not "istanbul" (the Turkic mapping 0130; T
 *   is not used: the key must not depend on the user's locale);
 * - the one departure: dotless ı (U+0131, which CaseFolding.txt leaves alone) upper-cases to I and so folds to i,
 *   making "IŞIK", "Işık" and "ışık" one customer, as a Turkish reader expects;
 * - decomposed input (e + U+0301) folds like é: the text is NFC before and after.
 * ASCII text (the usual key) takes a fast path: its lower case is the same folding.
 *
 * Complexity: O(length of the text).
 * @throws never
 * @example foldCase('Straße') // => 'strasse'
 * @example foldCase('ΟΔΟΣ') // => 'οδοσ'
 * @example foldCase('İ') // => 'i\u0307'
 */
function foldCase(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .toUpperCase()
    .toLowerCase()
    .replace(LEFT_UNFOLDED, (c) => (c === 'ß' ? 'ss' : 'σ'))
    .normalize('NFC');
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
