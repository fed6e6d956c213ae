/**
 * The fast path of the CSV reader: selected columns of a quote-free CSV text, straight into column arrays.
 */
import type { CellValue, DictionaryColumn } from '../../core/types';
import { FieldInterner } from './fieldInterner';
import type { CsvDelimiter } from './detectDelimiter';
import { plainNumber } from './plainNumber';
import type { RaggedRow } from './readCsv';

/** Which columns to take from a CSV text. */
export interface ColumnScanRequest {
  /** 0-based column indexes, in the order wanted. */
  columns: readonly number[];
  /** Per requested column: convert plain numbers (`plainNumber`) instead of keeping text. */
  numeric: readonly boolean[];
  /** Per requested text column: deliver it dictionary-encoded (one string per distinct field). */
  intern?: readonly boolean[];
  decimalMark: '.' | ',';
  /** 0-based index of the first row to take (1 to skip a header row). */
  fromRow: number;
}

export interface ColumnScan {
  /**
   * One array per requested column, rows from `fromRow` on; a missing field (short row) is null (code -1 in an
   * interned column).
   */
  columns: (CellValue[] | DictionaryColumn)[];
  /** Rows whose field count differs from the first row's (empty lines excepted). */
  raggedRows: RaggedRow[];
  /** Rows taken. */
  rowCount: number;
}

/**
 * Take the requested columns of a CSV text that contains no quote character, in one pass.
 * Rule: same rows and fields as `parseCsvText` (CRLF/LF, final line break ignored, 1-based row numbers), but
 * only the wanted fields become values. Why a second reader: materialising every field of a 1M-line invoice
 * file (5M strings) costs about a second of allocation and GC on its own, over the CLI's whole 1.5 s budget;
 * two columns, with plain numbers never becoming strings, cost a fraction of that.
 * O(n) in the text length; the delimiter search never rescans (a one-column file stays linear).
 *
 * @example scanCsvColumns('a,b\nx,1\ny,2\n', ',', { columns: [1], numeric: [true], decimalMark: '.', fromRow: 1 }).columns
 * // => [[1, 2]]
 */
export function scanCsvColumns(
  text: string,
  delimiter: CsvDelimiter,
  request: ColumnScanRequest,
): ColumnScan {
  const wanted = request.columns;
  const lastWanted = wanted.length === 0 ? -1 : Math.max(...wanted);
  // slotOf[column] = position in the request (or -1), so each field costs one array lookup.
  const slotOf = new Int32Array(lastWanted + 1).fill(-1);
  wanted.forEach((column, slot) => {
    slotOf[column] = slot;
  });
  const values: CellValue[][] = wanted.map(() => []);
  const interners = wanted.map((_, slot) => (request.intern?.[slot] ? new FieldInterner() : null));
  const codes: number[][] = wanted.map(() => []);
  const raggedRows: RaggedRow[] = [];
  const length = text.length;
  let nextDelimiter = text.indexOf(delimiter);
  let expected = -1;
  let row = 0;
  let position = 0;
  while (position < length) {
    let lineBreak = text.indexOf('\n', position);
    if (lineBreak < 0) lineBreak = length;
    const lineEnd =
      lineBreak > position && text.charCodeAt(lineBreak - 1) === 0x0d ? lineBreak - 1 : lineBreak;
    const take = row >= request.fromRow;
    let fieldStart = position;
    let field = 0;
    for (;;) {
      if (nextDelimiter >= 0 && nextDelimiter < fieldStart)
        nextDelimiter = text.indexOf(delimiter, fieldStart);
      const fieldEnd = nextDelimiter >= 0 && nextDelimiter < lineEnd ? nextDelimiter : lineEnd;
      if (take && field <= lastWanted && slotOf[field] >= 0) {
        const slot = slotOf[field];
        const interner = interners[slot];
        if (interner !== null) {
          codes[slot].push(interner.codeOf(text, fieldStart, fieldEnd));
        } else if (request.numeric[slot]) {
          const value = plainNumber(text, fieldStart, fieldEnd, request.decimalMark);
          values[slot].push(Number.isNaN(value) ? text.slice(fieldStart, fieldEnd) : value);
        } else {
          values[slot].push(text.slice(fieldStart, fieldEnd));
        }
      }
      field++;
      if (fieldEnd === lineEnd) break;
      fieldStart = fieldEnd + 1;
    }
    if (take) {
      for (let missing = field; missing <= lastWanted; missing++) {
        const slot = slotOf[missing];
        if (slot >= 0) {
          if (interners[slot] !== null) codes[slot].push(-1);
          else values[slot].push(null);
        }
      }
    }
    if (expected < 0) expected = field;
    else if (field !== expected && lineEnd > position)
      raggedRows.push({ row: row + 1, cells: field, expected });
    row++;
    position = lineBreak + 1;
  }
  const columns = wanted.map((_, slot): CellValue[] | DictionaryColumn => {
    const interner = interners[slot];
    return interner === null
      ? values[slot]
      : { codes: Int32Array.from(codes[slot]), values: interner.values };
  });
  return { columns, raggedRows, rowCount: Math.max(0, row - request.fromRow) };
}
