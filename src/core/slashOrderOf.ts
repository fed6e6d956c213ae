/**
 * The order of day and month in a column's slash dates (segmentation.md §11), decided once per column.
 */
import type { CellValue, Locale } from './types';
import { SLASH, type SlashOrder } from './parseDateCell';

/** What a column's slash dates say about their order. */
export interface SlashOrderDecision {
  /** The order to read slash dates in; null when they cannot be read (both orders seen). */
  order: SlashOrder | null;
  /**
   * `none`: the column has no slash dates; `evidence`: a field > 12 decided it; `assumed`: no field > 12, the
   * locale's convention (fi d/m, en m/d) was assumed; `conflict`: a first field > 12 in one cell and a second
   * field > 12 in another – the column is invalid.
   */
  basis: 'none' | 'evidence' | 'assumed' | 'conflict';
  /** Row index of a cell whose first field is > 12 (day first), or -1. */
  dayFirstRow: number;
  /** Row index of a cell whose second field is > 12 (month first), or -1. */
  monthFirstRow: number;
}

/**
 * Decides how a column's slash dates are read.
 *
 * Rule: a first field > 12 anywhere → d/m; a second field > 12 anywhere → m/d; both → the column is invalid
 * (order null); neither → fi reads d/m, en m/d, and the caller reports the assumption.
 * Complexity O(rows).
 * @throws never
 * @example slashOrderOf(['13/1/2026', '2/3/2026'], 'en').order // => 'd/m'
 * @example slashOrderOf(['1/2/2026'], 'fi') // => { order: 'd/m', basis: 'assumed', dayFirstRow: -1, monthFirstRow: -1 }
 */
export function slashOrderOf(column: ArrayLike<CellValue>, locale: Locale): SlashOrderDecision {
  let dayFirstRow = -1;
  let monthFirstRow = -1;
  let any = false;
  for (let r = 0; r < column.length; r++) {
    const value = column[r];
    if (typeof value !== 'string' || value.indexOf('/') < 0) continue;
    const match = SLASH.exec(value.trim());
    if (!match) continue;
    any = true;
    if (dayFirstRow < 0 && Number(match[1]) > 12) dayFirstRow = r;
    if (monthFirstRow < 0 && Number(match[2]) > 12) monthFirstRow = r;
    if (dayFirstRow >= 0 && monthFirstRow >= 0) break;
  }
  if (!any) return { order: locale === 'fi' ? 'd/m' : 'm/d', basis: 'none', dayFirstRow, monthFirstRow };
  if (dayFirstRow >= 0 && monthFirstRow >= 0)
    return { order: null, basis: 'conflict', dayFirstRow, monthFirstRow };
  if (dayFirstRow >= 0) return { order: 'd/m', basis: 'evidence', dayFirstRow, monthFirstRow };
  if (monthFirstRow >= 0) return { order: 'm/d', basis: 'evidence', dayFirstRow, monthFirstRow };
  return { order: locale === 'fi' ? 'd/m' : 'm/d', basis: 'assumed', dayFirstRow, monthFirstRow };
}
