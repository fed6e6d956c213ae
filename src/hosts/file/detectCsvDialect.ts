/**
 * How a CSV text is written: its delimiter, its line break, and whether Excel's `sep=` line names the delimiter.
 */
import { detectDelimiter } from './detectDelimiter';

/** The writing conventions of one CSV file. */
export interface CsvDialect {
  /** One character between fields. */
  delimiter: string;
  /** `\n` (LF, also CRLF: a CR before it is dropped) or `\r` (CR alone, as old Mac programs write). */
  lineBreak: '\n' | '\r';
  /** Characters before the first row: Excel's `sep=;` line, which is not data; 0 without one. */
  skip: number;
}

/** Excel's first line naming the delimiter (`sep=;`), sometimes written quoted by tools that quote everything. */
const SEP_LINE = /^"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * The dialect of a CSV text from its head (the first chunk of the file is enough).
 * Rule: a first line `sep=X` names the delimiter X and is skipped (Excel writes and honours it); otherwise the
 * delimiter is `detectDelimiter`'s. The line break is the first CR or LF outside quotes: CR not followed by LF
 * means CR-only lines, anything else LF (a CR before an LF is dropped from the line).
 * O(length of the first lines).
 *
 * @example detectCsvDialect('sep=;\r\na;b\r\n') // => { delimiter: ';', lineBreak: '\n', skip: 7 }
 * @example detectCsvDialect('a,b\r1,2\r') // => { delimiter: ',', lineBreak: '\r', skip: 0 }
 */
export function detectCsvDialect(head: string): CsvDialect {
  const sep = SEP_LINE.exec(head);
  const skip = sep ? sep[0].length : 0;
  const body = skip > 0 ? head.slice(skip) : head;
  const delimiter = skip > 0 ? sep![1] : detectDelimiter(body);
  return { delimiter, lineBreak: lineBreakOf(body), skip };
}

function lineBreakOf(text: string): '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x0a) return '\n';
    else if (c === 0x0d) return i + 1 < text.length && text.charCodeAt(i + 1) !== 0x0a ? '\r' : '\n';
  }
  return '\n';
}
