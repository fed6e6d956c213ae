/**
 * CSV bytes → rows of text, every field kept: the reader for writing a CSV's data into a workbook.
 */
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import { memoryBytes } from './csvTextReader';
import { detectCsvDialect } from './detectCsvDialect';
import { openCsvSource } from './openCsvSource';
import { readCsvRows } from './readCsvRow';

/** A row whose number of cells differs from the header row's. */
export interface RaggedRow {
  /** 1-based row number, as the row appears when the file is opened in a spreadsheet. */
  row: number;
  cells: number;
  expected: number;
}

/** A whole CSV file as rows of text. */
interface CsvTable {
  rows: string[][];
  /** The delimiter used (detected, or named by a `sep=` line). */
  delimiter: string;
  /** Rows with more or fewer cells than the first row (empty lines are blank rows, not ragged). */
  raggedRows: RaggedRow[];
}

/**
 * Parse a CSV file's bytes into rows of text.
 * Rule: the encoding, binary and UTF-8 checks of `CsvTextReader` (UTF-8 with or without BOM, UTF-16 with a BOM);
 * the dialect of `detectCsvDialect` (`sep=` line, `,` `;` tab `|` `^`, LF/CRLF/CR); the rows of `readCsvRow`; a
 * final line break does not make an extra row; no value is converted (text stays text). Read in chunks, so only
 * the rows are held, never the text as one string.
 * O(n).
 *
 * @throws SegmentationError `unreadable-input` for binary, non-UTF-8 or broken-quote input.
 * @example parseCsv(new TextEncoder().encode('a;b\r\n1;2\r\n')).rows // => [['a', 'b'], ['1', '2']]
 */
export function parseCsv(bytes: Uint8Array): CsvTable {
  const source = openCsvSource(memoryBytes(bytes), 0);
  const rows: string[][] = [];
  source.stream((text, final) => {
    const read = readCsvRows(text, 0, source.dialect, Infinity, final);
    for (const row of read.rows) rows.push(row);
    if (read.unclosedRow !== null) throw unclosedQuote('CSV', rows.length + 1);
    return read.next;
  });
  return { rows, delimiter: source.dialect.delimiter, raggedRows: findRaggedRows(rows) };
}

/**
 * `parseCsv` for text already decoded.
 *
 * @example parseCsvText('x,y\n1').raggedRows // => [{ row: 2, cells: 1, expected: 2 }]
 */
export function parseCsvText(text: string): CsvTable {
  const dialect = detectCsvDialect(text);
  const read = readCsvRows(text, dialect.skip, dialect, Infinity, true);
  if (read.unclosedRow !== null) throw unclosedQuote('CSV', read.rows.length + 1);
  return { rows: read.rows, delimiter: dialect.delimiter, raggedRows: findRaggedRows(read.rows) };
}

function unclosedQuote(file: string, row: number): SegmentationError {
  return new SegmentationError('unreadable-input', message('csv-unclosed-quote', { file, row }));
}

function findRaggedRows(rows: readonly string[][]): RaggedRow[] {
  const ragged: RaggedRow[] = [];
  if (rows.length === 0) return ragged;
  const expected = rows[0].length;
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r].length;
    const emptyLine = cells === 1 && rows[r][0] === '';
    if (cells !== expected && !emptyLine) ragged.push({ row: r + 1, cells, expected });
  }
  return ragged;
}
