/**
 * The command line's input file as a FileHost: a workbook package (.xlsx, .xlsm, .xltx, .xltm – anything that is a
 * zip package with a workbook) read from its bytes, or a table file (CSV, .xls …) through `readTableFile`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { message } from '../../core/messages/renderMessage';
import { isSegmentationError, SegmentationError } from '../../core/segmentationError';
import { createTableHost, createWorkbookHost, type FileHost, type FileHostOptions } from './fileHost';
import { readTableFile } from './readTableFile';
import { openXlsxBook } from './xlsxBook';
import { openZip } from './zipArchive';

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xltx', '.xltm'];
/** The workbook part's content type → the extension a file of it must have (Excel refuses another). */
const EXTENSION_OF_TYPE: Array<[RegExp, string]> = [
  [/sheet\.macroEnabled\.main\+xml/i, '.xlsm'],
  [/template\.macroEnabled\.main\+xml/i, '.xltm'],
  [/template\.main\+xml/i, '.xltx'],
  [/sheet\.main\+xml/i, '.xlsx'],
];

/** An opened input. */
export interface OpenedFile {
  host: FileHost;
  /** The extension `-o` must write so that Excel opens the result: `.xlsm` keeps a workbook's macros. */
  outputExtension: string;
  /**
   * Why no column can hold numbers, when the reader knows a more specific cause than "no column holds numbers":
   * a CSV read as one column whose lines are all split by a character that is not a delimiter we know. Null else.
   */
  noNumbersCause: SegmentationError | null;
}

function readBytes(file: string, fileName: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : String(code);
    throw new SegmentationError('unreadable-input', message('file-cannot-read', { file: fileName, reason }));
  }
}

/**
 * Open `file`. A workbook extension with zip content is a package; everything else goes to `readTableFile`, which
 * says what the file is when it is not a table.
 *
 * @throws SegmentationError `unreadable-input` with one sentence naming the cause.
 * @example (await openFileHost('sales.xlsx')).outputExtension // => '.xlsx'
 */
export async function openFileHost(file: string, options: FileHostOptions = {}): Promise<OpenedFile> {
  const fileName = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  if (WORKBOOK_EXTENSIONS.includes(extension)) {
    const bytes = readBytes(file, fileName);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      try {
        const book = openXlsxBook(openZip(bytes, fileName), fileName);
        const types = book.archive.text('[Content_Types].xml') ?? '';
        const workbookType =
          new RegExp(
            `<Override\\b[^>]*PartName="/${book.workbookPath.replace(/[.]/g, '\\.')}"[^>]*>`,
            'i',
          ).exec(types)?.[0] ?? '';
        const outputExtension =
          EXTENSION_OF_TYPE.find(([pattern]) => pattern.test(workbookType))?.[1] ?? '.xlsx';
        return { host: createWorkbookHost(book, options), outputExtension, noNumbersCause: null };
      } catch (error) {
        // A package this reader cannot open may still be read, leniently, by readTableFile (SheetJS) – but only
        // read: -o cannot edit what it cannot open, so it keeps the sentence naming the damage.
        if (options.forOutput || !isSegmentationError(error) || error.code !== 'unreadable-input')
          throw error;
      }
    }
  }
  const table = await readTableFile(file, { sheet: options.sheetName });
  return {
    host: createTableHost(table, fileName, { ...options, sheetName: undefined }),
    outputExtension: '.xlsx',
    noNumbersCause:
      table.unknownDelimiter === null
        ? null
        : new SegmentationError(
            'unreadable-input',
            message('csv-unknown-delimiter', { file: fileName, delimiter: table.unknownDelimiter }),
          ),
  };
}
