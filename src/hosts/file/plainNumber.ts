/**
 * The one number shape a CSV reader converts itself: plain digits with an optional decimal part.
 */

/** Exact powers of ten (every one up to 1e22 is a double without rounding). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of `text.slice(start, end)` when it is a plain number `-?digits(<mark>digits)?` with at most 15
 * digits, else NaN (the caller then keeps the text for the engine's full parser, segmentation.md §2).
 * Rule: such text means the same number in every convention the contract allows (`1,5` with mark `,` is 1.5 in
 * fi; with mark `.` nothing with a comma is plain), so converting it here changes no result – it only spares
 * building a million short strings on large files. The result equals `Number(text)`: an integer below 2^53
 * divided by an exact power of ten is one correctly rounded operation (Clinger's fast path).
 * O(end − start), no allocation.
 *
 * @example plainNumber('a,346.30,b', 2, 8, '.') // => 346.3
 * @example plainNumber('1,5', 0, 3, ',') // => 1.5
 * @example plainNumber('1,5', 0, 3, '.') // => NaN
 */
export function plainNumber(text: string, start: number, end: number, decimalMark: '.' | ','): number {
  let i = start;
  const negative = i < end && text.charCodeAt(i) === 0x2d;
  if (negative) i++;
  const mark = decimalMark.charCodeAt(0);
  let value = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === mark && fraction < 0 && digits > 0) {
      fraction = 0;
    } else {
      return NaN;
    }
  }
  // A bare sign, a trailing mark ("12.") or more digits than a double holds exactly: leave it to the engine.
  if (digits === 0 || fraction === 0 || digits > 15) return NaN;
  const magnitude = fraction > 0 ? value / POWERS_OF_TEN[fraction] : value;
  // + 0 turns "-0" into 0, as the engine's parseCell does.
  return (negative ? -magnitude : magnitude) + 0;
}
