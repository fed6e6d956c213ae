/**
 * One CSV row, quotes and all: the rule every CSV reader of the file host follows for a row.
 */
import type { CsvDialect } from './detectCsvDialect';

/** The row could not be finished: the text ends inside it and more text may follow. */
export const ROW_INCOMPLETE = -1;
/** The text ends inside a quoted field and no more text follows. */
export const ROW_UNCLOSED_QUOTE = -2;

/** A row's fields and where the next row starts (or one of the codes above). */
interface CsvRow {
  fields: string[];
  /** Position after the row's line break; `ROW_INCOMPLETE` or `ROW_UNCLOSED_QUOTE` when there is no row. */
  next: number;
}

/**
 * The row of `text` that starts at `start`.
 * Rule (RFC 4180 as Excel reads it): fields are separated by the delimiter, rows by the line break (with LF, a CR
 * before it is dropped); a field that starts with `"` is quoted – delimiters and line breaks inside it are text,
 * `""` is one quote – and what follows its closing quote up to the next delimiter is kept as text (`"ab"c` → `abc`);
 * a quote inside an unquoted field is an ordinary character. `final` says that no text follows `text`: the last
 * row may then end without a line break. An empty line is one empty field.
 * O(row length).
 *
 * @example readCsvRow('"a,1",2\nx', 0, { delimiter: ',', lineBreak: '\n', skip: 0 }, false) // => { fields: ['a,1', '2'], next: 8 }
 */
export function readCsvRow(text: string, start: number, dialect: CsvDialect, final: boolean): CsvRow {
  const length = text.length;
  const delimiter = dialect.delimiter.charCodeAt(0);
  const lineBreak = dialect.lineBreak.charCodeAt(0);
  const trimCr = dialect.lineBreak === '\n';
  const fields: string[] = [];
  let i = start;
  for (;;) {
    let value = '';
    if (i < length && text.charCodeAt(i) === 0x22) {
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0 || (quote + 1 >= length && !final)) {
          return { fields, next: final ? ROW_UNCLOSED_QUOTE : ROW_INCOMPLETE };
        }
        if (text.charCodeAt(quote + 1) === 0x22) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        i = quote + 1;
        break;
      }
    }
    let end = i;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === delimiter || c === lineBreak) break;
      end++;
    }
    const textEnd = trimCr && end < length && end > i && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    value = value === '' ? text.slice(i, textEnd) : value + text.slice(i, textEnd);
    if (end >= length) {
      if (!final) return { fields, next: ROW_INCOMPLETE };
      // A CR at the very end of an LF file is the first half of a CRLF that is not there: drop it as well.
      fields.push(trimCr && value.endsWith('\r') ? value.slice(0, -1) : value);
      return { fields, next: length };
    }
    fields.push(value);
    if (text.charCodeAt(end) === lineBreak) return { fields, next: end + 1 };
    i = end + 1;
  }
}

/** Rows read from the start of a text, and where reading stopped. */
interface CsvRows {
  rows: string[][];
  /** Position after the last row read (the start of the first row not read). */
  next: number;
  /** Set when the text ends inside a quoted field (only when `final`): the 0-based index of that row. */
  unclosedRow: number | null;
}

/**
 * Up to `maxRows` rows of `text` from `start` (all when `maxRows` is Infinity), by `readCsvRow`'s rule.
 * Rule: a final line break does not make an extra row; without `final`, a row cut off by the end of the text is
 * left for the next call.
 * O(length read).
 *
 * @example readCsvRows('a,b\n1,2\n', 0, { delimiter: ',', lineBreak: '\n', skip: 0 }, Infinity, true).rows // => [['a', 'b'], ['1', '2']]
 */
export function readCsvRows(
  text: string,
  start: number,
  dialect: CsvDialect,
  maxRows: number,
  final: boolean,
): CsvRows {
  const rows: string[][] = [];
  let position = start;
  while (rows.length < maxRows && position < text.length) {
    const row = readCsvRow(text, position, dialect, final);
    if (row.next === ROW_INCOMPLETE) break;
    if (row.next === ROW_UNCLOSED_QUOTE) return { rows, next: position, unclosedRow: rows.length };
    rows.push(row.fields);
    position = row.next;
  }
  return { rows, next: position, unclosedRow: null };
}
