/**
 * The WorkbookHost of the command line, over a file: an .xlsx/.xlsm package (read by streaming its sheet XML,
 * edited in place by `-o`), or a table file – CSV or .xls – read through `TableFile` (and written by `-o` as a new
 * workbook with one data sheet). The flows run on it exactly as on Excel: locate, read, write; `save()` then
 * gives the package's bytes.
 *
 * - Settings: the hidden sheet `_abcSegmenter` (settingsSheet.ts); for a workbook the Excel add-in segmented, its
 *   web-extension settings are recognised too, so a refresh from the command line continues that run.
 * - Text stays text: every string we write is an inline string, never a formula.
 * - What the output package lost of the input's objects (nothing, unless an edit fails to keep something) is
 *   listed by `save()`.
 */
import { rangeAddress } from '../../core/cellAddress';
import type { DecodedSettings } from '../../core/layout/settingsCodec';
import type { SheetRange, WritePlan } from '../../core/layout/writePlan';
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue, DictionaryColumn, Locale } from '../../core/types';
import type {
  Located,
  LocatedSource,
  ProgressFn,
  ReadRequest,
  SourceRead,
  WorkbookHost,
} from '../workbookHost';
import type { SeriesValues } from './chartXml';
import { contentSheets, locateSource } from './locateSource';
import { describeDropped, inventoryPackage, type PackageObject } from './packageInventory';
import type { RaggedRow } from './readCsv';
import type { TableFile } from './readTableFile';
import { saveEditedPackage, type ChartToWrite } from './savePackage';
import { SETTINGS_SHEET_NAME, storedSettings } from './settingsSheet';
import { sheetNameForFile, tablePackage } from './tablePackage';
import { openXlsxBook, type XlsxBook } from './xlsxBook';
import { openZip } from './zipArchive';

/** Options of the file host. */
export interface FileHostOptions {
  /** Sheet to segment (`--sheet`); the first sheet otherwise. Saved settings about another sheet are then ignored. */
  sheetName?: string;
  /** Language of messages about stored settings. @default 'en' */
  locale?: Locale;
  /** A table file is read whole at locate when the run will be saved (its address must be exact). */
  forOutput?: boolean;
}

/** The written workbook and what the input held that it could not carry. */
export interface SavedWorkbook {
  bytes: Buffer;
  /** E.g. `1 chart on sheet Notes`; empty when nothing was lost. */
  dropped: string[];
}

/** A WorkbookHost over a file, plus saving. */
export interface FileHost extends WorkbookHost {
  /** The package with the written plan, and what was dropped from the input. @throws when nothing was written. */
  save(): SavedWorkbook;
  /** Rows of a CSV with a wrong number of cells, found by the last read. */
  raggedRows(): RaggedRow[];
}

/** The number values a chart caches: the plan's summary-sheet cells its ranges cover. */
function chartValues(plan: WritePlan): ChartToWrite[] {
  const cells = new Map<string, CellValue>();
  for (const block of plan.summary.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => cells.set(`${block.row + r}:${block.column + c}`, value)),
    );
  }
  const valuesOf = (range: SheetRange): Array<number | null> => {
    const values: Array<number | null> = [];
    for (let row = range.firstRow; row <= range.lastRow; row++) {
      for (let column = range.firstColumn; column <= range.lastColumn; column++) {
        const value = range.sheetName === plan.summary.name ? cells.get(`${row}:${column}`) : null;
        values.push(typeof value === 'number' && Number.isFinite(value) ? value : null);
      }
    }
    return values;
  };
  return plan.charts.map((spec) => ({
    spec,
    values: spec.series.map((series): SeriesValues => ({ x: valuesOf(series.x), y: valuesOf(series.y) })),
  }));
}

function checkPlan(sheetNames: readonly string[], plan: WritePlan): void {
  if (!sheetNames.includes(plan.output.sheetName)) {
    throw new SegmentationError('source-changed', message('sheet-gone', { sheet: plan.output.sheetName }));
  }
  if (plan.summary.name === SETTINGS_SHEET_NAME || plan.summary.name === plan.output.sheetName) {
    throw new SegmentationError('invalid-option', `The summary sheet cannot be named ${plan.summary.name}.`);
  }
}

/** Save `plan` into `book`'s package and name what the output lost of the input's objects. */
function saveBook(
  book: XlsxBook,
  plan: WritePlan | null,
  showSummary: boolean,
  compare: boolean,
): SavedWorkbook {
  if (!plan) throw new Error('save() before write()');
  if (book.strict) {
    throw new SegmentationError('workbook-refused', message('strict-not-editable', { file: book.fileName }));
  }
  const bytes = saveEditedPackage({ book, plan, charts: chartValues(plan), showSummary });
  let dropped: string[] = [];
  if (compare) {
    const output = openXlsxBook(openZip(bytes, book.fileName), book.fileName);
    const ours = (object: PackageObject) =>
      object.sheet === plan.summary.name || object.sheet === SETTINGS_SHEET_NAME;
    dropped = describeDropped(inventoryPackage(book), inventoryPackage(output), ours);
  }
  return { bytes, dropped };
}

function outputHeaders(
  valueAt: (row: number, column: number) => CellValue,
  request: ReadRequest,
): CellValue[] {
  const { source, hasHeader, outputArea } = request;
  const headerRow = hasHeader ? source.firstRow : source.firstRow - 1;
  const headers: CellValue[] = [];
  for (let column = 0; column < outputArea.width; column++) {
    headers.push(headerRow >= 1 ? valueAt(headerRow, outputArea.firstColumn + column) : null);
  }
  return headers;
}

/**
 * A host over an .xlsx/.xlsm package. Nothing touches the disk: `save()` returns the bytes, the caller writes them.
 *
 * @example const host = createWorkbookHost(openXlsxBook(openZip(bytes, 'sales.xlsx'), 'sales.xlsx')); // flows, then host.save()
 */
export function createWorkbookHost(book: XlsxBook, options: FileHostOptions = {}): FileHost {
  const locale = options.locale ?? 'en';
  let settings: DecodedSettings | null = null;
  let plan: WritePlan | null = null;
  let showSummary = false;
  const stored = () => (settings ??= storedSettings(book, locale));
  // Every sheet, chart sheets too: the summary sheet's name must be free among all of them.
  const sheetNames = () => book.sheets.map((sheet) => sheet.name);

  return {
    async locate({ useSaved }): Promise<Located> {
      const saved = stored();
      const named = options.sheetName?.toLowerCase();
      // A sheet the user named wins over the saved source on another sheet.
      const otherSheet =
        named !== undefined &&
        saved.settings !== null &&
        saved.settings.source.sheetName.toLowerCase() !== named;
      const source = locateSource(book, {
        useSaved: useSaved && !otherSheet,
        settings: saved.settings,
        sheetName: options.sheetName,
      });
      return { settings: saved.settings, settingsProblem: saved.problem, source, sheetNames: sheetNames() };
    },

    async read(request: ReadRequest, progress?: ProgressFn): Promise<SourceRead> {
      const { source, hasHeader, outputArea } = request;
      const sheet = contentSheets(book).find((candidate) => candidate.name === source.sheetName);
      if (!sheet)
        throw new SegmentationError('source-changed', message('sheet-gone', { sheet: source.sheetName }));
      const cells = book.cellsOf(sheet);
      const firstDataRow = source.firstRow + (hasHeader ? 1 : 0);
      const dataRows = source.rowCount - (hasHeader ? 1 : 0);
      progress?.('read', 0, dataRows);
      const columns = request.columns.map((offset) => {
        const values: CellValue[] = new Array(dataRows);
        for (let index = 0; index < dataRows; index++)
          values[index] = cells.valueAt(firstDataRow + index, source.firstColumn + offset);
        return values;
      });
      // How many rows the output area has is the flows' decision (flows/checkOwnership.outputAreaRows).
      const outputRows = Math.max(dataRows, request.outputArea.rowCount ?? dataRows);
      let anyOutput = false;
      const outputColumns: CellValue[][] = [];
      for (let column = 0; column < outputArea.width; column++) {
        const values: CellValue[] = new Array(outputRows);
        for (let index = 0; index < outputRows; index++) {
          const value = cells.valueAt(firstDataRow + index, outputArea.firstColumn + column);
          values[index] = value;
          if (value !== null && value !== '') anyOutput = true;
        }
        outputColumns.push(values);
      }
      progress?.('read', dataRows, dataRows);
      return {
        columns,
        outputHeaders: outputHeaders(cells.valueAt, request),
        outputColumns: anyOutput ? outputColumns : null,
      };
    },

    async write(written: WritePlan, progress?: ProgressFn): Promise<void> {
      checkPlan(sheetNames(), written);
      progress?.('write', 0, written.output.rowCount);
      plan = written;
      showSummary = true;
      progress?.('write', written.output.rowCount, written.output.rowCount);
    },

    async showSheet(name: string): Promise<void> {
      showSummary = plan !== null && name === plan.summary.name;
    },

    willWrite: options.forOutput === true,
    save: () => saveBook(book, plan, showSummary, true),
    raggedRows: () => [],
  };
}

/**
 * A host over a table file (CSV, .xls): one sheet named after the file. `-o` writes a new workbook whose data
 * sheet holds the table's fields as text.
 *
 * @example const host = createTableHost(await readTableFile('sales.csv'), 'sales.csv');
 */
export function createTableHost(table: TableFile, fileName: string, options: FileHostOptions = {}): FileHost {
  const sheetName = sheetNameForFile(fileName);
  let plan: WritePlan | null = null;
  let ragged: RaggedRow[] = [];
  let parseLocale: Locale = table.numberConvention ?? options.locale ?? 'en';
  if (options.sheetName !== undefined) {
    throw new SegmentationError('unreadable-input', message('sheet-option-on-csv', { file: fileName }));
  }
  const source: LocatedSource = {
    sheetName,
    tableName: null,
    address: '',
    firstRow: table.firstRow,
    firstColumn: table.firstColumn,
    rowCount: table.topRows.length,
    columnCount: table.columnCount,
    headerKnown: table.headerKnown,
    topRows: table.topRows,
    numberConvention: table.numberConvention,
  };
  /** Every field of the table, as text, once a row count is needed. */
  let allColumns: Array<CellValue[] | Float64Array | DictionaryColumn> | null = null;
  const everything = () =>
    (allColumns ??= table.readColumns({
      columns: Array.from({ length: table.columnCount }, (_, index) => index),
      numeric: Array.from({ length: table.columnCount }, () => false),
      locale: parseLocale,
      fromRow: 0,
    }).columns);
  const rowCountOf = (columns: ReadonlyArray<CellValue[] | Float64Array | DictionaryColumn>) =>
    columns.reduce(
      (most, column) => Math.max(most, 'codes' in column ? column.codes.length : column.length),
      0,
    );
  const setAddress = (rows: number) => {
    source.rowCount = rows;
    source.address = rangeAddress(
      table.firstColumn,
      table.firstRow,
      table.firstColumn + table.columnCount - 1,
      table.firstRow + Math.max(rows, 1) - 1,
    );
  };
  setAddress(table.topRows.length);

  return {
    async locate(): Promise<Located> {
      if (table.topRows.length === 0 || table.columnCount === 0) {
        throw new SegmentationError('no-data', message('input-empty', { file: fileName }));
      }
      if (options.forOutput) setAddress(rowCountOf(everything()));
      return { settings: null, settingsProblem: null, source: { ...source }, sheetNames: [sheetName] };
    },

    async read(request: ReadRequest, progress?: ProgressFn): Promise<SourceRead> {
      parseLocale = request.parseLocale ?? parseLocale;
      const text = new Set(request.textColumns ?? []);
      const measures = new Set(request.numberColumns ?? []);
      const dates = new Set(request.dateColumns ?? []);
      progress?.('read', 0, 0);
      const read = table.readColumns({
        columns: request.columns,
        numeric: request.columns.map((column) => !text.has(column) && !dates.has(column)),
        intern: request.columns.map((column) => text.has(column)),
        dates: request.columns.map((column) => dates.has(column)),
        locale: parseLocale,
        fromRow: request.hasHeader ? 1 : 0,
      });
      ragged = read.raggedRows;
      const rows = rowCountOf(read.columns);
      progress?.('read', rows, rows);
      const dictionaries = read.columns.map((column) => ('codes' in column ? column : undefined));
      // A Float64Array goes out as it is only where the caller takes one; elsewhere it becomes plain cells.
      const numbers = read.columns.map((column, i) =>
        column instanceof Float64Array && measures.has(request.columns[i]) ? column : undefined,
      );
      return {
        columns: read.columns.map((column, i) =>
          Array.isArray(column)
            ? column
            : column instanceof Float64Array && numbers[i] === undefined
              ? Array.from(column)
              : [],
        ),
        ...(dictionaries.some((column) => column !== undefined) ? { dictionaries } : {}),
        ...(numbers.some((column) => column !== undefined) ? { numbers } : {}),
        outputHeaders: Array.from({ length: request.outputArea.width }, () => null),
        outputColumns: null,
      };
    },

    async write(written: WritePlan, progress?: ProgressFn): Promise<void> {
      checkPlan([sheetName], written);
      progress?.('write', written.output.rowCount, written.output.rowCount);
      plan = written;
    },

    async showSheet(): Promise<void> {},
    willWrite: options.forOutput === true,

    save() {
      if (!plan) throw new Error('save() before write()');
      const columns = everything().map((column) =>
        Array.isArray(column)
          ? column
          : 'codes' in column
            ? Array.from(column.codes, (code) => column.values[code])
            : Array.from(column),
      );
      const book = openXlsxBook(tablePackage(sheetName, columns), fileName);
      return saveBook(book, plan, true, false);
    },
    raggedRows: () => ragged,
  };
}
