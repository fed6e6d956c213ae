/**
 * Mapped columns by header text → column offsets within the source.
 */
import type { Locale } from '../core/types';
import type { ColumnChoice } from '../core/layout/writePlan';
import { OPTIONAL_ROLES, type OptionalRole } from '../core/columnRoles';
import { SegmentationError } from '../core/segmentationError';
import { message } from '../core/messages/renderMessage';

/** Offsets (0-based, within the source) of the mapped columns; null for a role without a column. */
export type ColumnOffsets = { revenue: number } & Record<OptionalRole, number | null>;

/**
 * Finds each chosen column among the source's headers. Rule: header texts compare trimmed and case-insensitively,
 * the first match wins, so a moved column is found again. A role that is null or absent in the choice (a choice
 * saved before the role existed) has no column. A missing column throws: `source-changed` when the choice comes
 * from saved settings (the column was renamed or deleted since), else `column-not-found`.
 *
 * @throws SegmentationError 'source-changed' | 'column-not-found', naming the column and what to do.
 * @example resolveColumns(['Customer', 'Sales'], { revenue: 'sales', customer: null, potential: null }, …)
 * // => { revenue: 1, customer: null, potential: null, group: null, previous: null, date: null }
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
  const offsets = { revenue: find('revenue', choice.revenue) } as ColumnOffsets;
  for (const role of OPTIONAL_ROLES) {
    const header = choice[role];
    offsets[role] = header === null || header === undefined ? null : find(role, header);
  }
  return offsets;
}
