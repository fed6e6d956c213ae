/**
 * ExcelJS colours are ARGB hex; the plan's are `#RRGGBB`.
 *
 * @example argb('#0072B2') // => 'FF0072B2'
 */

/** Opaque ARGB of a `#RRGGBB` colour. @throws RangeError for anything else. */
export function argb(colour: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour);
  if (!match) throw new RangeError(`${colour} is not a #RRGGBB colour`);
  return `FF${match[1].toUpperCase()}`;
}
