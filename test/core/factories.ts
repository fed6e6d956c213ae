/** Tiny factories for core tests: `revenues(50, 30, 15, 5)` → source columns with one row per value. */
import type { CellValue, SourceColumns } from '../../src/core/types';

export const addressing = { firstRow: 2, revenueColumn: 'B', customerColumn: 'A', potentialColumn: 'C' };

/** One row (and customer) per revenue value. */
export function revenues(...values: CellValue[]): SourceColumns {
  return { revenue: values, addressing };
}

/** Rows of [customer, revenue] or [customer, revenue, potential]. */
export function rows(...data: [CellValue, CellValue, CellValue?][]): SourceColumns {
  const hasPotential = data.some((row) => row.length > 2);
  return {
    customer: data.map((row) => row[0]),
    revenue: data.map((row) => row[1]),
    ...(hasPotential ? { potential: data.map((row) => row[2]) } : {}),
    addressing,
  };
}
