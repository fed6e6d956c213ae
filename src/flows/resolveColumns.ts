/**
 * Mapped columns by header text → column offsets within the source.
 */
import type { Locale } from '../core/types';
import type { ColumnChoice } from '../core/layout/writePlan';
import { SegmentationError } from '../core/segmentationError';
import { message } from '../core/messages/renderMessage';

/** Offsets (0-based, within the source) of the mapped columns. */
export interface ColumnOffsets {
  revenue: number;
  customer: number | null;
  potential: number | null;
}

/**
 * Finds each chosen column among the source's headers. Rule: header texts compare trimmed and case-insensitively,
 * the first match wins, so a moved column is found again. A missing column throws: `source-changed` when the
 * choice comes from saved settings (the column was renamed or deleted since), else `column-not-found`.
 *
 * @throws SegmentationError 'source-changed' | 'column-not-found', naming the column and what to do.
 * @example resolveColumns(['Customer', 'Sales'], { revenue: 'sales', customer: null, potential: null }, …)
 * // => { revenue: 1, customer: null, potential: null }
 */
export function resolveColumns(
  headers: readonly string[],
  choice: ColumnChoice,
  context: { saved: boolean; sourceAddress: string; locale: Locale },
): ColumnOffsets {
  const normalised = headers.map((h) => h.trim().toLowerCase());
  const find = (role: keyof ColumnChoice, header: string): number => {
    const index = normalised.indexOf(header.trim().toLowerCase());
    if (index >= 0) return index;
    throw context.saved
      ? new SegmentationError(
          'source-changed',
          message('column-renamed', { role, header, source: context.sourceAddress }),
          context.locale,
        )
      : new SegmentationError(
          'column-not-found',
          message('column-not-found', { role, header }),
          context.locale,
        );
  };
  return {
    revenue: find('revenue', choice.revenue),
    customer: choice.customer === null ? null : find('customer', choice.customer),
    potential: choice.potential === null ? null : find('potential', choice.potential),
  };
}
