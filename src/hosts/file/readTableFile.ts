/**
 * One entry for the command line's input: a .csv/.txt/.tsv or .xlsx file as one table shape.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue, DictionaryColumn, Locale } from '../../core/types';
import { decodeCsvText } from './decodeCsvText';
import { detectDelimiter, type CsvDelimiter } from './detectDelimiter';
import { parseCsvText, type RaggedRow } from './readCsv';
import { scanCsvColumns } from './scanCsvColumns';

/** How many top rows are handed out for header detection and column guesses (as the Excel host does). */
const TOP_ROWS = 50;

/** What to take from a table file. */
export interface ColumnsRequest {
  /** 0-based column offsets within the table. */
  columns: readonly number[];
  /** Per column: CSV plain numbers may become numbers right away (`plainNumber`); .xlsx cells are typed already. */
  numeric: readonly boolean[];
  /** Per column: a quote-free CSV may deliver it dictionary-encoded (`FieldInterner`); other sources ignore it. */
  intern?: readonly boolean[];
  /** Number convention of the text (its decimal mark decides what is a plain number). */
  locale: Locale;
  /** 0-based table row of the first data row (1 after a header row). */
  fromRow: number;
}

/** A table read from a file, the same shape for CSV and .xlsx. */
export interface TableFile {
  format: 'csv' | 'xlsx';
  /** The sheet read; for CSV the file name without extension (as a spreadsheet app names it). */
  sheetName: string;
  tableName: string | null;
  /** True/false when the file says whether there is a header row (an Excel table); null: the core decides. */
  headerKnown: boolean | null;
  /** Sheet row (1-based) of the table's top row; 1 for CSV. */
  firstRow: number;
  /** Sheet column (0-based) of the table's left column; 0 for CSV. */
  firstColumn: number;
  delimiter: CsvDelimiter | null;
  /** `fi` when a CSV shows the Finnish convention (`;` and decimal commas), else null (no evidence). */
  numberConvention: Locale | null;
  /** The top rows (at most 50, header included), row-major. */
  topRows: CellValue[][];
  /** Widest row among the top rows. */
  columnCount: number;
  /** The requested columns of every row from `fromRow`, column-major, plus rows with a wrong cell count. */
  readColumns(request: ColumnsRequest): {
    columns: (CellValue[] | DictionaryColumn)[];
    raggedRows: RaggedRow[];
  };
}

/**
 * Read a table file chosen by extension: `.csv` `.txt` `.tsv` → CSV (UTF-8), `.xlsx` → the first sheet or `sheet`.
 * Rule: a quote-free CSV is never split into all its fields (only the requested columns are taken, see
 * `scanCsvColumns`); a CSV with quotes is parsed whole by papaparse; a workbook is read by `readXlsx`.
 *
 * @throws SegmentationError `unreadable-input` for another extension, a missing file, or unreadable content.
 * @example (await readTableFile('customers.csv')).topRows[0] // => ['Customer', 'Sector', 'Revenue 2025', …]
 */
export async function readTableFile(file: string, options: { sheet?: string } = {}): Promise<TableFile> {
  const extension = path.extname(file).toLowerCase();
  const fileName = path.basename(file);
  if (!['.csv', '.txt', '.tsv', '.xlsx'].includes(extension)) {
    throw new SegmentationError(
      'unreadable-input',
      `${fileName}: unknown file type "${extension || '(none)'}"; give an .xlsx workbook or a .csv file.`,
    );
  }
  const bytes = readBytes(file);
  if (extension === '.xlsx') {
    // Loaded on demand: requiring ExcelJS alone takes about 0.3–0.7 s, a third of the budget of a CSV run.
    const { readXlsx } = await import('./readXlsx');
    const table = await readXlsx(bytes, fileName, options.sheet);
    return fromRows(table.rows, [], {
      format: 'xlsx',
      sheetName: table.sheetName,
      tableName: table.tableName,
      headerKnown: table.headerKnown,
      firstRow: table.firstRow,
      firstColumn: table.firstColumn,
      delimiter: null,
      numberConvention: null,
    });
  }
  if (options.sheet !== undefined) {
    throw new SegmentationError(
      'unreadable-input',
      `--sheet applies to .xlsx workbooks; ${fileName} is a CSV file.`,
    );
  }
  const text = withFileName(fileName, () => decodeCsvText(bytes));
  const csvFacts = {
    format: 'csv' as const,
    sheetName: path.basename(file, path.extname(file)),
    tableName: null,
    headerKnown: null,
    firstRow: 1,
    firstColumn: 0,
  };
  if (text.indexOf('"') >= 0) {
    const parsed = withFileName(fileName, () => parseCsvText(text));
    return fromRows(parsed.rows, parsed.raggedRows, {
      ...csvFacts,
      delimiter: parsed.delimiter,
      numberConvention: csvConvention(parsed.delimiter, parsed.rows.slice(0, TOP_ROWS)),
    });
  }
  const delimiter = detectDelimiter(text);
  const topRows = topLines(text, TOP_ROWS).map((line) => line.split(delimiter));
  return {
    ...csvFacts,
    delimiter,
    numberConvention: csvConvention(delimiter, topRows),
    topRows,
    columnCount: widest(topRows),
    readColumns: (request) => {
      const scan = scanCsvColumns(text, delimiter, {
        columns: request.columns,
        numeric: request.numeric,
        ...(request.intern ? { intern: request.intern } : {}),
        decimalMark: request.locale === 'fi' ? ',' : '.',
        fromRow: request.fromRow,
      });
      return { columns: scan.columns, raggedRows: scan.raggedRows };
    },
  };
}

/** A reader's sentence prefixed with the file it is about (the user may have passed several in a script). */
function withFileName<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SegmentationError)
      throw new SegmentationError(error.code, `${fileName}: ${error.message}`);
    throw error;
  }
}

function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code);
    throw new SegmentationError('unreadable-input', `Cannot read ${file}: ${reason}.`);
  }
}

type TableFacts = Omit<TableFile, 'topRows' | 'columnCount' | 'readColumns'>;

/** A table already held as rows (a workbook, a quoted CSV): columns are picked from the rows. */
function fromRows(rows: readonly CellValue[][], raggedRows: RaggedRow[], facts: TableFacts): TableFile {
  const topRows = rows.slice(0, TOP_ROWS).map((row) => row.slice());
  return {
    ...facts,
    topRows,
    columnCount: widest(topRows),
    readColumns: (request) => ({
      columns: request.columns.map((column) => {
        const values: CellValue[] = new Array(Math.max(0, rows.length - request.fromRow));
        for (let r = request.fromRow; r < rows.length; r++) {
          const cell = rows[r][column];
          values[r - request.fromRow] = cell === undefined ? null : cell;
        }
        return values;
      }),
      raggedRows,
    }),
  };
}

function topLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let position = 0;
  while (lines.length < count && position < text.length) {
    let lineBreak = text.indexOf('\n', position);
    if (lineBreak < 0) lineBreak = text.length;
    const lineEnd =
      lineBreak > position && text.charCodeAt(lineBreak - 1) === 0x0d ? lineBreak - 1 : lineBreak;
    lines.push(text.slice(position, lineEnd));
    position = lineBreak + 1;
  }
  return lines;
}

function widest(rows: readonly CellValue[][]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** A number written with a decimal comma: digits (grouped by spaces or dots), `,`, digits, maybe a currency. */
const DECIMAL_COMMA = /^[^\d,]*\d[\d\s\u00a0\u202f.']*,\d+[^\d,.]*$/;
/** A number written with a decimal point and no comma (`12.50`): evidence against the Finnish convention. */
const DECIMAL_POINT = /^[-+]?\d+\.\d+$/;

/**
 * A `;`-separated export whose numbers carry decimal commas is the Finnish (fi) convention: that is what Excel writes
 * in a Finnish locale. Without `;`, or with plain decimal points, there is no evidence and the default holds.
 */
function csvConvention(delimiter: CsvDelimiter, topRows: readonly CellValue[][]): Locale | null {
  if (delimiter !== ';') return null;
  let commas = 0;
  let points = 0;
  for (const row of topRows.slice(1)) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      if (DECIMAL_COMMA.test(cell)) commas++;
      else if (DECIMAL_POINT.test(cell)) points++;
    }
  }
  return commas > 0 && commas >= points ? 'fi' : null;
}
