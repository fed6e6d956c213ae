/**
 * A CSV file opened for reading in pieces: its encoding and dialect, its top rows, and a way to stream all of it.
 */
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import { detectCsvDialect, type CsvDialect } from './detectCsvDialect';
import { suspectDelimiter } from './detectDelimiter';
import { CsvTextReader, type ByteSource } from './csvTextReader';
import { readCsvRows } from './readCsvRow';

/** The longest row the reader carries from one chunk to the next (a quote left open swallows the file). */
const MAX_ROW_CHARS = 64 << 20;

/** An opened CSV file. */
interface CsvSource {
  dialect: CsvDialect;
  /** The first rows (at most the number asked for), every field as text. */
  topRows: string[][];
  /** When no known delimiter occurs: the character that seems to separate the fields (`suspectDelimiter`). */
  suspectedDelimiter: string | null;
  /**
   * Read the whole file from the start, handing `consume` text in pieces: each piece begins with what the previous
   * call left (a row cut off by the end of a chunk); `consume` returns how much of the piece it used (the rest comes
   * back) and is told with `final` that no text follows.
   */
  stream(consume: (text: string, final: boolean) => number): void;
}

/**
 * Open CSV bytes: detect the encoding (`CsvTextReader`) and dialect (`detectCsvDialect`, from the first chunk) and
 * read the first `topRowCount` rows.
 * Rule: the whole file is never held at once – a piece is a chunk plus the unfinished row before it; a row longer
 * than 64 M characters (a quote that is never closed) is refused.
 * O(top rows) now, O(n) per `stream`.
 *
 * @throws SegmentationError `unreadable-input` for binary or non-UTF-8 bytes, or a quoted field never closed.
 * @example openCsvSource(memoryBytes(new TextEncoder().encode('sep=;\na;b\n1;2\n')), 50).topRows // => [['a', 'b'], ['1', '2']]
 */
export function openCsvSource(bytes: ByteSource, topRowCount: number, chunkBytes?: number): CsvSource {
  let dialect: CsvDialect | null = null;
  let head = '';
  let topRows: string[][] = [];
  const stream = (consume: (text: string, final: boolean) => number) => {
    try {
      streamFrom(new CsvTextReader(bytes, chunkBytes), consume);
    } finally {
      bytes.close?.();
    }
  };
  const streamFrom = (reader: CsvTextReader, consume: (text: string, final: boolean) => number) => {
    let carry = '';
    let first = true;
    for (;;) {
      const chunk = reader.next();
      const final = chunk === null;
      let text = carry === '' ? (chunk ?? '') : carry + (chunk ?? '');
      if (first) {
        first = false;
        dialect ??= detectCsvDialect(text);
        if (dialect.skip > 0) text = text.slice(dialect.skip);
      }
      const used = consume(text, final);
      if (final) return;
      carry = used >= text.length ? '' : text.slice(used);
      if (carry.length > MAX_ROW_CHARS) {
        throw new SegmentationError('unreadable-input', message('csv-row-too-long', { file: bytes.name }));
      }
    }
  };
  // The top rows: as many chunks as it takes (usually the first), then the stream stops early.
  const STOP = new Error('top rows read');
  try {
    stream((text, final) => {
      if (head === '') head = text.slice(0, 1 << 16);
      const read = readCsvRows(text, 0, dialect!, topRowCount, final);
      if (read.unclosedRow !== null || read.rows.length >= topRowCount || final) {
        topRows = read.rows;
        if (read.unclosedRow !== null && read.rows.length === 0) {
          throw new SegmentationError(
            'unreadable-input',
            message('csv-unclosed-quote', {
              file: bytes.name,
              row: read.unclosedRow + 1,
            }),
          );
        }
        throw STOP;
      }
      return 0;
    });
  } catch (error) {
    if (error !== STOP) throw error;
  }
  const single = topRows.every((row) => row.length <= 1);
  return {
    dialect: dialect!,
    topRows,
    suspectedDelimiter: single ? suspectDelimiter(head) : null,
    stream,
  };
}
