/**
 * The command line's source: the file read, the header decided, the columns resolved – before any column is read.
 */
import * as path from 'path';
import { columnLetter } from '../core/cellAddress';
import { inspectSource, type SourceInspection } from '../core/inspectSource';
import { parseCell } from '../core/parseCell';
import { isSegmentationError, SegmentationError } from '../core/segmentationError';
import { message } from '../core/messages/renderMessage';
import type { Locale } from '../core/types';
import { readTableFile, type TableFile } from '../hosts/file/readTableFile';
import type { CliArguments } from './parseArguments';
import { resolveColumns, type ColumnIndexes } from './resolveColumns';

/** A table file with its header decided and its columns chosen. */
export interface OpenedSource {
  table: TableFile;
  hasHeader: boolean;
  /** Header texts (column letters when there is no header row), one per table column. */
  headers: string[];
  columns: ColumnIndexes;
  /** The number convention of the cells: `--locale`, else the file's own convention, else en. */
  parseLocale: Locale;
}

/**
 * Open the input file and decide what to read.
 * Rule: header row and column guesses come from the core's `inspectSource` over the top 50 rows (as in the
 * add-in); named columns win over guesses (`resolveColumns`); `--locale` sets the number convention, otherwise a
 * CSV's own convention (`;` with decimal commas → fi) is used, so a Finnish export gives the same numbers as its
 * English twin.
 *
 * @throws SegmentationError `unreadable-input`, `no-data` (an empty file), `column-not-found`.
 * @example (await openSource({ input: 'asiakkaat.csv', json: false, help: false })).parseLocale // => 'fi'
 */
export async function openSource(args: CliArguments): Promise<OpenedSource> {
  const table = await readTableFile(args.input, { sheet: args.sheet });
  if (table.topRows.length === 0 || table.columnCount === 0) {
    throw new SegmentationError('no-data', message('input-empty', { file: args.input }));
  }
  const parseLocale = args.locale ?? table.numberConvention ?? 'en';
  const inspection = inspect(table, args, parseLocale);
  const headers = Array.from({ length: table.columnCount }, (_, i) =>
    inspection.hasHeader ? String(inspection.headers[i] ?? '') : columnLetter(table.firstColumn + i),
  );
  const guessedRevenue = inspection.guess.revenue;
  const columns = resolveColumns(headers, table.firstColumn, args, {
    ...inspection.guess,
    revenue: guessedRevenue,
  });
  if (!(columns.revenue >= 0 && columns.revenue < table.columnCount)) {
    const listed = headers
      .map((header, i) => `${columnLetter(table.firstColumn + i)} "${header}"`)
      .join(', ');
    throw new SegmentationError('column-not-found', message('no-revenue-guess', { columns: listed }));
  }
  return { table, hasHeader: inspection.hasHeader, headers, columns, parseLocale };
}

/**
 * The core's inspection; when it finds no numeric column but the user named the revenue column, the user's word
 * stands: a column of mostly invalid cells is still segmented, its bad cells reported (segmentation.md §2).
 * The header is then the first row when it is all text that does not parse as a number.
 */
function inspect(table: TableFile, args: CliArguments, locale: Locale): SourceInspection {
  try {
    return inspectSource(table.topRows, table.headerKnown, locale);
  } catch (error) {
    if (isSegmentationError(error) && error.code === 'column-not-found' && table.unknownDelimiter !== null) {
      throw unknownDelimiter(args.input, table.unknownDelimiter);
    }
    if (!(isSegmentationError(error) && error.code === 'column-not-found' && args.revenue !== undefined))
      throw error;
    const first = table.topRows[0];
    const hasHeader =
      table.headerKnown ??
      first.every(
        (cell) =>
          typeof cell === 'string' && cell.trim() !== '' && parseCell(cell, locale).kind === 'invalid',
      );
    return {
      hasHeader,
      headers: first.map((cell, i) =>
        hasHeader ? String(cell ?? '').trim() : columnLetter(table.firstColumn + i),
      ),
      guess: { revenue: -1, customer: null, potential: null, group: null, previous: null, date: null },
    };
  }
}

/**
 * A CSV read as one column whose lines are all split by a character that is not a delimiter we know: saying "no
 * column holds numbers" would hide the cause.
 */
function unknownDelimiter(input: string, delimiter: string): SegmentationError {
  return new SegmentationError(
    'unreadable-input',
    message('csv-unknown-delimiter', { file: path.basename(input), delimiter }),
  );
}
