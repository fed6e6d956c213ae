/** Tiny factories for the §8–§11 tests: rows of named cells become source columns with addresses. */
import type { CellValue, SourceColumns } from '../../src/core/types';

/** A row with the roles it has; absent roles are absent columns. */
export interface Row {
  customer?: CellValue;
  revenue: CellValue;
  group?: CellValue;
  previous?: CellValue;
  date?: CellValue;
}

const LETTERS = { customer: 'A', revenue: 'B', group: 'C', previous: 'D', date: 'E' } as const;

/** Source columns of `rows` (sheet rows from 2; customer A, revenue B, group C, previous D, date E). */
export function table(...rows: Row[]): SourceColumns {
  const columns: SourceColumns = {
    revenue: rows.map((row) => row.revenue),
    addressing: { firstRow: 2, revenueColumn: LETTERS.revenue },
  };
  for (const role of ['customer', 'group', 'previous', 'date'] as const) {
    if (!rows.some((row) => role in row)) continue;
    columns[role] = rows.map((row) => row[role] ?? null);
    columns.addressing[`${role}Column`] = LETTERS[role];
  }
  return columns;
}
