/**
 * The CSV reader's hot path: the requested columns of a CSV text, chunk after chunk, straight into column arrays.
 */
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue, DictionaryColumn } from '../../core/types';
import type { CsvDialect } from './detectCsvDialect';
import { detachedSlice, FieldInterner } from './fieldInterner';
import { MeasureColumn } from './measureColumn';
import { PlainIsoDate } from './plainIsoDate';
import { plainNumber } from './plainNumber';
import type { RaggedRow } from './readCsv';
import { readCsvRow, ROW_INCOMPLETE, ROW_UNCLOSED_QUOTE } from './readCsvRow';

/** Which columns to take from a CSV text. */
interface ColumnScanRequest {
  /** 0-based column indexes, in the order wanted. */
  columns: readonly number[];
  /** Per requested column: convert plain numbers (`plainNumber`) instead of keeping text. */
  numeric: readonly boolean[];
  /** Per requested text column: deliver it dictionary-encoded (one string per distinct field). */
  intern?: readonly boolean[];
  /** Per requested column: convert ISO dates (`PlainIsoDate`) to Excel serials instead of keeping text. */
  dates?: readonly boolean[];
  decimalMark: '.' | ',';
  /** 0-based index of the first row to take (1 to skip a header row). */
  fromRow: number;
}

interface ColumnScan {
  /**
   * One array per requested column, rows from `fromRow` on; a missing field (short row) is null (code -1 in an
   * interned column). A numeric or date column whose every cell became a number is a Float64Array
   * (`MeasureColumn`).
   */
  columns: (CellValue[] | Float64Array | DictionaryColumn)[];
  /** Rows whose field count differs from the first row's (empty lines excepted). */
  raggedRows: RaggedRow[];
  /** Rows taken. */
  rowCount: number;
}

/** "No quote ahead": a position past any text. */
const NO_QUOTE = Number.MAX_SAFE_INTEGER;

/**
 * Takes the requested columns of a CSV text given in pieces: `scan` each piece (the rest of a row cut off by the end
 * of a piece comes back at the front of the next), then `finish`.
 * Rule: the rows and fields of `readCsvRow` (quotes, CRLF/LF/CR, final line break ignored, 1-based row numbers),
 * but only the wanted fields become values, and a row without a quote character is cut at its delimiters with
 * `indexOf` alone. Why a second reader: materialising every field of a 1M-line invoice file (5M strings) costs
 * about a second of allocation and GC on its own; two columns, with plain numbers never becoming strings, cost a
 * fraction of that, and the memory grows only with the wanted columns.
 * O(n) in the text length; the delimiter and quote searches never rescan (a one-column file stays linear).
 *
 * @example
 * const scanner = new CsvColumnScanner({ delimiter: ',', lineBreak: '\n', skip: 0 }, { columns: [1], numeric: [true], decimalMark: '.', fromRow: 1 });
 * scanner.scan('a,b\nx,1\ny,2\n', true);
 * scanner.finish().columns // => [Float64Array [1, 2]]
 */
export class CsvColumnScanner {
  private readonly dialect: CsvDialect;
  private readonly request: ColumnScanRequest;
  private readonly lastWanted: number;
  /** slotOf[column] = position in the request (or -1), so each field costs one array lookup. */
  private readonly slotOf: Int32Array;
  /** Text columns kept as text. */
  private readonly values: CellValue[][];
  /** Numeric and date columns (not interned). */
  private readonly measures: (MeasureColumn | null)[];
  private readonly interners: (FieldInterner | null)[];
  private readonly dates: (PlainIsoDate | null)[];
  private readonly codes: Int32Array[];
  private readonly raggedRows: RaggedRow[] = [];
  private expected = -1;
  private row = 0;

  /** The file's name, for messages. */
  private readonly fileName: string;

  constructor(dialect: CsvDialect, request: ColumnScanRequest, fileName = 'CSV') {
    this.fileName = fileName;
    this.dialect = dialect;
    this.request = request;
    const wanted = request.columns;
    this.lastWanted = wanted.length === 0 ? -1 : Math.max(...wanted);
    this.slotOf = new Int32Array(this.lastWanted + 1).fill(-1);
    wanted.forEach((column, slot) => {
      this.slotOf[column] = slot;
    });
    this.values = wanted.map(() => []);
    this.interners = wanted.map((_, slot) => (request.intern?.[slot] ? new FieldInterner() : null));
    this.measures = wanted.map((_, slot) =>
      this.interners[slot] === null && (request.numeric[slot] || request.dates?.[slot])
        ? new MeasureColumn()
        : null,
    );
    this.dates = wanted.map((_, slot) => (request.dates?.[slot] ? new PlainIsoDate() : null));
    this.codes = wanted.map((_, slot) => new Int32Array(request.intern?.[slot] ? 1024 : 0));
  }

  /**
   * Take every complete row of `text` from `start`; `final`: no text follows. Returns where the first incomplete row
   * (`text.length` when none is left).
   *
   * @throws SegmentationError `unreadable-input` when the text ends inside a quoted field.
   */
  scan(text: string, final: boolean, start = 0): number {
    const { slotOf, values, interners, measures, dates, lastWanted } = this;
    const decimalMark = this.request.decimalMark;
    const fromRow = this.request.fromRow;
    const delimiter = this.dialect.delimiter;
    const lineBreakChar = this.dialect.lineBreak;
    const trimCr = lineBreakChar === '\n';
    const length = text.length;
    let nextDelimiter = text.indexOf(delimiter, start);
    let nextQuote = -1;
    let position = start;
    while (position < length) {
      let lineBreak = text.indexOf(lineBreakChar, position);
      if (lineBreak < 0) {
        if (!final) return position;
        lineBreak = length;
      }
      if (nextQuote >= 0 && nextQuote < position) nextQuote = -1;
      if (nextQuote < 0) {
        nextQuote = text.indexOf('"', position);
        if (nextQuote < 0) nextQuote = NO_QUOTE;
      }
      if (nextQuote < lineBreak) {
        const quoted = readCsvRow(text, position, this.dialect, final);
        if (quoted.next === ROW_INCOMPLETE) return position;
        if (quoted.next === ROW_UNCLOSED_QUOTE) {
          throw new SegmentationError(
            'unreadable-input',
            message('csv-unclosed-quote', {
              file: this.fileName,
              row: this.row + 1,
            }),
          );
        }
        this.takeFields(quoted.fields);
        position = quoted.next;
        nextQuote = -1;
        if (nextDelimiter >= 0 && nextDelimiter < position) nextDelimiter = text.indexOf(delimiter, position);
        continue;
      }
      const lineEnd =
        trimCr && lineBreak > position && text.charCodeAt(lineBreak - 1) === 0x0d ? lineBreak - 1 : lineBreak;
      const take = this.row >= fromRow;
      const index = this.row - fromRow;
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
            let codes = this.codes[slot];
            if (index >= codes.length) codes = this.growCodes(slot);
            codes[index] = interner.codeOf(text, fieldStart, fieldEnd);
          } else if (measures[slot] !== null) {
            const date = dates[slot];
            const value =
              date !== null
                ? date.serialOf(text, fieldStart, fieldEnd)
                : plainNumber(text, fieldStart, fieldEnd, decimalMark);
            measures[slot].add(Number.isNaN(value) ? detachedSlice(text, fieldStart, fieldEnd) : value);
          } else {
            values[slot].push(detachedSlice(text, fieldStart, fieldEnd));
          }
        }
        field++;
        if (fieldEnd === lineEnd) break;
        fieldStart = fieldEnd + 1;
      }
      if (take && field <= lastWanted) this.fillMissing(field);
      if (this.expected < 0) this.expected = field;
      else if (field !== this.expected && lineEnd > position)
        this.raggedRows.push({ row: this.row + 1, cells: field, expected: this.expected });
      this.row++;
      position = lineBreak + 1;
    }
    return Math.min(position, length);
  }

  /** The columns taken, the ragged rows and the row count. */
  finish(): ColumnScan {
    const columns = this.request.columns.map((_, slot): CellValue[] | Float64Array | DictionaryColumn => {
      const interner = this.interners[slot];
      if (interner !== null)
        return { codes: this.codes[slot].subarray(0, this.rowsTaken()), values: interner.values };
      return this.measures[slot]?.cells() ?? this.values[slot];
    });
    return {
      columns,
      raggedRows: this.raggedRows,
      rowCount: this.rowsTaken(),
    };
  }

  /** A row read by `readCsvRow` (it had quotes): its wanted fields, as the fast path takes them. */
  private takeFields(fields: readonly string[]): void {
    const take = this.row >= this.request.fromRow;
    if (take) {
      const { slotOf, values, interners, measures, lastWanted } = this;
      const last = Math.min(fields.length - 1, lastWanted);
      for (let field = 0; field <= last; field++) {
        const slot = slotOf[field];
        if (slot < 0) continue;
        const text = fields[field];
        const interner = interners[slot];
        if (interner !== null) {
          this.pushCode(slot, interner.codeOf(text, 0, text.length));
        } else if (measures[slot] !== null) {
          const date = this.dates[slot];
          const value =
            date !== null
              ? date.serialOf(text, 0, text.length)
              : plainNumber(text, 0, text.length, this.request.decimalMark);
          measures[slot].add(Number.isNaN(value) ? detachedSlice(text, 0, text.length) : value);
        } else {
          values[slot].push(detachedSlice(text, 0, text.length));
        }
      }
    }
    if (take) this.fillMissing(fields.length);
    if (this.expected < 0) this.expected = fields.length;
    else if (fields.length !== this.expected)
      this.raggedRows.push({ row: this.row + 1, cells: fields.length, expected: this.expected });
    this.row++;
  }

  /** A short row: its wanted fields past the last one are missing (null, code -1). */
  private fillMissing(fields: number): void {
    for (let missing = fields; missing <= this.lastWanted; missing++) {
      const slot = this.slotOf[missing];
      if (slot < 0) continue;
      if (this.interners[slot] !== null) this.pushCode(slot, -1);
      else if (this.measures[slot] !== null) this.measures[slot].add(null);
      else this.values[slot].push(null);
    }
  }

  private rowsTaken(): number {
    return Math.max(0, this.row - this.request.fromRow);
  }

  private pushCode(slot: number, code: number): void {
    const index = this.row - this.request.fromRow;
    const codes = index < this.codes[slot].length ? this.codes[slot] : this.growCodes(slot);
    codes[index] = code;
  }

  /** Codes live in growing Int32Arrays: 4 bytes a row, never a JavaScript array of a million numbers. */
  private growCodes(slot: number): Int32Array {
    const codes = this.codes[slot];
    const grown = new Int32Array(Math.max(1024, codes.length * 2));
    grown.set(codes);
    this.codes[slot] = grown;
    return grown;
  }
}

/**
 * `CsvColumnScanner` over one whole text.
 *
 * @example scanCsvColumns('a,b\nx,1\ny,2\n', { delimiter: ',', lineBreak: '\n', skip: 0 }, { columns: [1], numeric: [true], decimalMark: '.', fromRow: 1 }).columns
 * // => [Float64Array [1, 2]]
 */
export function scanCsvColumns(text: string, dialect: CsvDialect, request: ColumnScanRequest): ColumnScan {
  const scanner = new CsvColumnScanner(dialect, request);
  scanner.scan(text, true);
  return scanner.finish();
}
