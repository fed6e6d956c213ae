/**
 * Customers in order of first appearance (segmentation.md §3): each distinct raw cell is normalised once.
 */
import type { CellValue, DictionaryColumn } from './types';
import { customerDisplayName, customerKey } from './customerKey';

/** The customers met so far: key, first spelling and first sheet row, by customer index. */
export class CustomerRegistry {
  readonly keys: string[] = [];
  readonly names: string[] = [];
  readonly firstRows: number[] = [];
  private readonly indexByKey = new Map<string, number>();

  /**
   * Index of the customer that a raw key cell names, registering a new one; -1 for a blank key (no customer).
   * Complexity: O(length of the text).
   * @example new CustomerRegistry().indexOf(' Alfa ', 2) // => 0
   */
  indexOf(raw: CellValue, sheetRow: number): number {
    const key = customerKey(raw);
    if (key === null) return -1;
    let index = this.indexByKey.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.indexByKey.set(key, index);
      this.keys.push(key);
      this.names.push(customerDisplayName(raw) ?? key);
      this.firstRows.push(sheetRow);
    }
    return index;
  }
}

/**
 * A row → customer index function over a customer column, plain or dictionary-encoded. Each distinct raw value
 * is normalised once (a cache by raw value, or by dictionary code), and customers are registered in the order
 * their rows come, so the first spelling met is the displayed name whatever the column's encoding.
 *
 * Complexity: O(1) per row after the first row of each distinct value.
 * @example customerLookup(['a', 'A'], registry)(1, 3) // => 0 (the customer registered for row 0)
 */
export function customerLookup(
  column: readonly CellValue[] | DictionaryColumn,
  registry: CustomerRegistry,
): (row: number, sheetRow: number) => number {
  if (isDictionaryColumn(column)) {
    const { codes, values } = column;
    const byCode = new Int32Array(values.length).fill(UNSEEN);
    return (row, sheetRow) => {
      const code = codes[row];
      if (code < 0) return -1;
      let index = byCode[code];
      if (index === UNSEEN) byCode[code] = index = registry.indexOf(values[code], sheetRow);
      return index;
    };
  }
  const byRaw = new Map<CellValue, number>();
  return (row, sheetRow) => {
    const raw = column[row];
    let index = byRaw.get(raw);
    if (index === undefined) byRaw.set(raw, (index = registry.indexOf(raw, sheetRow)));
    return index;
  };
}

const UNSEEN = -2;

function isDictionaryColumn(column: readonly CellValue[] | DictionaryColumn): column is DictionaryColumn {
  return !Array.isArray(column);
}
