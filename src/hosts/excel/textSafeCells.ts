/**
 * Cells that stay text. The Excel.Range.values reference: "If the returned value starts with a plus ("+"), minus
 * ("-"), or equal sign ("="), Excel interprets this value as a formula" – and a value written to `values` is
 * interpreted like typed input (`00123` becomes 123, `@x` an implicit-intersection formula). The documented way
 * to keep input as text is the Text number format `@`, set before the value (here in the same batch, earlier in
 * the queue). So every string cell gets `@`; numbers and blanks get the plan's format.
 */
import type { OutputValue } from '../../core/layout/writePlan';

/** Number formats for a row-major block: `@` for strings, else `formatOf(column)`. */
export function textSafeFormats(values: OutputValue[][], formatOf: (column: number) => string): string[][] {
  return values.map((row) => row.map((v, j) => (typeof v === 'string' ? '@' : formatOf(j))));
}

/** Values as Office.js writes them: null (leave unchanged) becomes '' (clear), as the plan means "empty". */
export function cellValues(values: OutputValue[][]): (string | number)[][] {
  return values.map((row) => row.map((v) => (v === null ? '' : v)));
}
