/**
 * One entry for the command line's input: a CSV, .xlsx or .xls file as one table shape.
 */
import * as fs from 'fs';
import * as path from 'path';
import { message } from '../../core/messages/renderMessage';
import { isSegmentationError, SegmentationError } from '../../core/segmentationError';
import type { CellValue, DictionaryColumn, Locale } from '../../core/types';
import { classifyCompoundFile } from './classifyCompoundFile';
import { fileBytes } from './csvTextReader';
import { detectFileKind, type FileKind } from './detectFileKind';
import { openCsvSource } from './openCsvSource';
import type { RaggedRow } from './readCsv';
import { CsvColumnScanner } from './scanCsvColumns';

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
  /** Per column: CSV ISO dates may become Excel serials right away (`PlainIsoDate`); workbook cells are typed. */
  dates?: readonly boolean[];
  /** Number convention of the text (its decimal mark decides what is a plain number). */
  locale: Locale;
  /** 0-based table row of the first data row (1 after a header row). */
  fromRow: number;
}

/** A table read from a file, the same shape for CSV and .xlsx. */
export interface TableFile {
  format: 'csv' | 'xlsx' | 'xls';
  /** The sheet read; for CSV the file name without extension (as a spreadsheet app names it). */
  sheetName: string;
  tableName: string | null;
  /** True/false when the file says whether there is a header row (an Excel table); null: the core decides. */
  headerKnown: boolean | null;
  /** Sheet row (1-based) of the table's top row; 1 for CSV. */
  firstRow: number;
  /** Sheet column (0-based) of the table's left column; 0 for CSV. */
  firstColumn: number;
  /** A CSV's delimiter (detected or named by its `sep=` line); null for a workbook. */
  delimiter: string | null;
  /**
   * A CSV without any known delimiter whose lines are all split evenly by another character: that character
   * (`suspectDelimiter`), so that "no column holds numbers" can name the real cause. Null otherwise.
   */
  unknownDelimiter: string | null;
  /** `fi` when a CSV shows the Finnish convention (`;` and decimal commas), else null (no evidence). */
  numberConvention: Locale | null;
  /** The top rows (at most 50, header included), row-major. */
  topRows: CellValue[][];
  /** Widest row among the top rows. */
  columnCount: number;
  /**
   * The requested columns of every row from `fromRow`, column-major, plus rows with a wrong cell count. A CSV's
   * numeric or date column may come as a Float64Array (every cell a number), an interned one as a dictionary.
   */
  readColumns(request: ColumnsRequest): {
    columns: (CellValue[] | Float64Array | DictionaryColumn)[];
    raggedRows: RaggedRow[];
  };
}

/** Extensions read as CSV text (`.xls` too when the file is really text, as some ERP exports are). */
const TEXT_EXTENSIONS = ['.csv', '.txt', '.tsv', '.tab'];
/** Extensions of workbooks. */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls'];

/**
 * Read a table file: what it is comes from its content (`detectFileKind`), its extension only says it is meant to
 * be a table. Zip → the .xlsx reader (the first sheet or `sheet`); compound file → an .xls workbook through SheetJS
 * (`readXls`), or a sentence saying it is password-protected, damaged or not a workbook; text → CSV, read as a
 * stream (`openCsvSource`: only the top rows now, the requested columns in one pass later).
 * Rule: every refusal is a SegmentationError naming the real cause – never a library's message.
 *
 * @throws SegmentationError `unreadable-input` for another extension, a missing file, or unreadable content;
 *   `no-data` for an empty file.
 * @example (await readTableFile('customers.csv')).topRows[0] // => ['Customer', 'Sector', 'Revenue 2025', …]
 */
export async function readTableFile(file: string, options: { sheet?: string } = {}): Promise<TableFile> {
  const extension = path.extname(file).toLowerCase();
  const fileName = path.basename(file);
  if (![...TEXT_EXTENSIONS, ...WORKBOOK_EXTENSIONS].includes(extension)) {
    throw new SegmentationError(
      'unreadable-input',
      message('file-unknown-type', {
        file: fileName,
        extension: extension || '(none)',
      }),
    );
  }
  const head = readHead(file);
  if (head.length === 0) {
    throw new SegmentationError('no-data', message('input-empty', { file: fileName }));
  }
  const kind = detectFileKind(head);
  if (kind === 'other') throw notASpreadsheet(fileName);
  if (kind === 'zip') return readWorkbookPackage(file, fileName, options.sheet);
  if (kind === 'cfb' || kind === 'biff' || (kind === 'markup' && extension !== '.csv')) {
    return readOldWorkbook(file, fileName, kind, options.sheet);
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw new SegmentationError(
      'unreadable-input',
      message('file-text-named-workbook', { file: fileName, extension }),
    );
  }
  if (options.sheet !== undefined) {
    throw new SegmentationError('unreadable-input', message('sheet-option-on-csv', { file: fileName }));
  }
  return readCsvTable(file, fileName);
}

/** A zip package: the .xlsx reader, SheetJS where that reader gives up, else a sentence naming the damage. */
async function readWorkbookPackage(
  file: string,
  fileName: string,
  sheet: string | undefined,
): Promise<TableFile> {
  const { readXlsx } = await import('./readXlsx');
  const bytes = readBytes(file);
  const table = await withCause(fileName, 'workbook', () =>
    readXlsx(bytes, fileName, sheet).catch(async (error: unknown) => {
      if (
        isSegmentationError(error) &&
        error.key !== 'file-damaged' &&
        error.key !== 'file-not-spreadsheet'
      ) {
        throw error;
      }
      // The .xlsx loader gave up in its own words on bytes that start like a zip (XML it finds odd, a zip it cannot
      // open): a second, more lenient reader decides whether the workbook is readable or really damaged.
      const { readXls } = await import('./readXls');
      const lenient = await readXls(bytes, fileName, sheet);
      return { ...lenient, tableName: null, headerKnown: null };
    }),
  );
  if (table.rows.length === 0 && sheet === undefined)
    await refuseEmptyFirstSheet(bytes, fileName, table.sheetName);
  return fromRows(table.rows, [], {
    format: 'xlsx',
    sheetName: table.sheetName,
    tableName: table.tableName,
    headerKnown: table.headerKnown,
    firstRow: table.firstRow,
    firstColumn: table.firstColumn,
    delimiter: null,
    numberConvention: null,
    unknownDelimiter: null,
  });
}

/** A compound file (.xls or an encrypted .xlsx), a bare BIFF stream, or an HTML/XML "xls": SheetJS's formats. */
async function readOldWorkbook(
  file: string,
  fileName: string,
  kind: FileKind,
  sheet: string | undefined,
): Promise<TableFile> {
  const bytes = readBytes(file);
  if (kind === 'cfb') {
    const sheetjs = await import('@e965/xlsx');
    const compound = classifyCompoundFile(sheetjs, bytes);
    if (compound === 'encrypted-package' || compound === 'encrypted-workbook') {
      throw new SegmentationError('unreadable-input', message('file-encrypted', { file: fileName }));
    }
    if (compound === 'not-a-workbook') throw notASpreadsheet(fileName);
    if (compound === 'damaged') throw damagedFile(fileName);
  }
  const { readXls } = await import('./readXls');
  const table = await withCause(fileName, 'workbook', () => readXls(bytes, fileName, sheet));
  return fromRows(table.rows, [], {
    format: 'xls',
    sheetName: table.sheetName,
    tableName: null,
    headerKnown: null,
    firstRow: table.firstRow,
    firstColumn: table.firstColumn,
    delimiter: null,
    numberConvention: null,
    unknownDelimiter: null,
  });
}

/** A CSV file: the top rows now; `readColumns` streams the whole file once more, taking only what is asked. */
function readCsvTable(file: string, fileName: string): TableFile {
  const bytes = fileBytes(file);
  const source = withCause(fileName, 'csv', () => openCsvSource(bytes, TOP_ROWS));
  const { dialect, topRows } = source;
  return {
    format: 'csv',
    sheetName: path.basename(file, path.extname(file)),
    tableName: null,
    headerKnown: null,
    firstRow: 1,
    firstColumn: 0,
    delimiter: dialect.delimiter,
    numberConvention: csvConvention(dialect.delimiter, topRows),
    unknownDelimiter: source.suspectedDelimiter,
    topRows,
    columnCount: widest(topRows),
    readColumns: (request) => {
      const scanner = new CsvColumnScanner(
        dialect,
        {
          columns: request.columns,
          numeric: request.numeric,
          ...(request.intern ? { intern: request.intern } : {}),
          ...(request.dates ? { dates: request.dates } : {}),
          decimalMark: request.locale === 'fi' ? ',' : '.',
          fromRow: request.fromRow,
        },
        fileName,
      );
      withCause(fileName, 'csv', () =>
        source.stream((text, final, start) => scanner.scan(text, final, start)),
      );
      const scan = scanner.finish();
      return { columns: scan.columns, raggedRows: scan.raggedRows };
    },
  };
}

/**
 * A reader's sentence prefixed with the file it is about (the user may have passed several in a script); any other
 * failure inside a reader (a library's own error) becomes the sentence for a damaged file – never its message.
 */
function withCause<T>(fileName: string, format: 'csv' | 'workbook', read: () => T): T {
  const rename = (error: unknown): never => {
    if (isSegmentationError(error)) {
      // A catalogue message names its file itself; an older finished sentence gets the name in front.
      if (error.key || error.message.startsWith(fileName)) throw error;
      throw new SegmentationError(error.code, `${fileName}: ${error.message}`);
    }
    if (format === 'workbook') throw damagedFile(fileName);
    throw error;
  };
  try {
    const result = read();
    return result instanceof Promise ? (result.catch(rename) as T) : result;
  } catch (error) {
    return rename(error);
  }
}

/** The sheet read is empty while another holds data: name it, rather than call the workbook empty. */
async function refuseEmptyFirstSheet(bytes: Uint8Array, fileName: string, sheetName: string): Promise<void> {
  const { sheetWithData } = await import('./readXls');
  const other = await sheetWithData(bytes, sheetName);
  if (other === null) return;
  throw new SegmentationError(
    'no-data',
    message('sheet-empty-data-elsewhere', { file: fileName, sheet: sheetName, other }),
  );
}

function damagedFile(fileName: string): SegmentationError {
  return new SegmentationError('unreadable-input', message('file-damaged', { file: fileName }));
}

function notASpreadsheet(fileName: string): SegmentationError {
  return new SegmentationError('unreadable-input', message('file-not-spreadsheet', { file: fileName }));
}

/** The first bytes of a file (for `detectFileKind`), with a sentence for a missing file or a folder. */
function readHead(file: string): Uint8Array {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = new Uint8Array(512);
      return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw cannotRead(file, error);
  }
}

function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

function cannotRead(file: string, error: unknown): SegmentationError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : String(code);
  return new SegmentationError('unreadable-input', message('file-cannot-read', { file, reason }));
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
function csvConvention(delimiter: string, topRows: readonly CellValue[][]): Locale | null {
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
