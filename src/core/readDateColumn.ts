/**
 * A date column read once (segmentation.md §11): a serial per row, the slash order, invalid cells reported.
 */
import type { CellValue, Locale } from './types';
import { parseDateCell } from './parseDateCell';
import { slashOrderOf, type SlashOrderDecision } from './slashOrderOf';
import type { IssueList } from './issueList';

/** What a date column says as a whole (each row's date goes to the `onDate` sink of `readDateColumn`). */
export interface DateColumn {
  /** The latest valid date of the column, NaN when there is none. */
  latest: number;
  slashOrder: SlashOrderDecision;
  /** Cells that are not a date (each reported, the first 100 with their address). */
  invalid: number;
}

/**
 * Reads every cell of a date column by `parseDateCell`, the slash order decided for the whole column by
 * `slashOrderOf` (`locale` is the number convention: fi assumes d/m, en m/d). Reports an assumed order once,
 * contradicting slash dates once (the column is then invalid: no cell of it is used), each invalid date with its
 * cell, and a column without any valid date. Each valid date is handed to `onDate` with its row (0-based), rows in
 * order, instead of being kept: a per-row array of 14 million serials would outweigh everything else the run keeps.
 * A contradicting column hands over no date.
 *
 * Complexity O(rows).
 * @throws never
 * @example readDateColumn(['2026-01-15', 'x'], { firstRow: 2, column: 'A', locale: 'en' }, issues, () => {}).invalid // => 1
 */
export function readDateColumn(
  column: ArrayLike<CellValue>,
  where: { firstRow: number; column: string; locale: Locale },
  issues: IssueList,
  onDate: (row: number, serial: number) => void,
): DateColumn {
  const rows = column.length;
  const slashOrder = slashOrderOf(column, where.locale);
  const address = (row: number) => `${where.column}${where.firstRow + row}`;
  if (slashOrder.basis === 'conflict') {
    const dayFirst = address(slashOrder.dayFirstRow);
    const monthFirst = address(slashOrder.monthFirstRow);
    issues.add('date-order-conflict', null, () => ({
      code: 'date-order-conflict',
      column: where.column,
      dayFirst,
      monthFirst,
    }));
    return { latest: NaN, slashOrder, invalid: 0 };
  }
  if (slashOrder.basis === 'assumed') {
    const order = slashOrder.order!;
    issues.add('date-order-assumed', null, () => ({
      code: 'date-order-assumed',
      column: where.column,
      order,
    }));
  }
  let latest = NaN;
  let invalid = 0;
  for (let r = 0; r < rows; r++) {
    const date = parseDateCell(column[r], slashOrder.order);
    if (date.kind === 'date') {
      onDate(r, date.serial);
      if (!(date.serial <= latest)) latest = date.serial;
    } else if (date.kind === 'invalid') {
      invalid++;
      const cell = address(r);
      const text = String(column[r]);
      issues.add('invalid-date', where.firstRow + r, () => ({ code: 'invalid-date', cell, text }), cell);
    }
  }
  if (Number.isNaN(latest)) {
    issues.add('no-valid-date', null, () => ({ code: 'no-valid-date', column: where.column }));
  }
  return { latest, slashOrder, invalid };
}
