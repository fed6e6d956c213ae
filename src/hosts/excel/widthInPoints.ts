/**
 * Column widths: the plan speaks in characters (as Excel's UI and file format do), Office.js in points.
 */

/**
 * Excel column width in characters → points (7 px per character plus 5 px padding, at 0.75 pt per px).
 * @example widthInPoints(10) // => 56
 */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}
