/**
 * The chosen columns of an opened source as the engine's SourceColumns, with file-level issues.
 */
import { columnLetter } from '../core/cellAddress';
import type { CellValue, Issue, Locale, SourceColumns } from '../core/types';
import type { OpenedSource } from './openSource';

/** What the engine needs, plus what only the file could tell. */
export interface SourceRead {
  columns: SourceColumns;
  /** Rows with a wrong number of cells (a CSV problem the engine cannot see). */
  fileIssues: Issue[];
}

/**
 * Read the mapped columns (data rows only) and address them as a spreadsheet would: CSV column letters from A,
 * row = line number; .xlsx the real sheet cells.
 * Rule: revenue and potential may arrive as numbers for plain-number CSV text (see `plainNumber`); everything
 * else stays as read, for the engine to parse and report.
 *
 * @example readSourceColumns(opened, 'en').columns.addressing // => { firstRow: 2, revenueColumn: 'C', customerColumn: 'A' }
 */
export function readSourceColumns(source: OpenedSource, outputLocale: Locale): SourceRead {
  const { table, columns } = source;
  const wanted = [columns.revenue, columns.customer, columns.potential];
  const present = wanted.filter((column): column is number => column !== null);
  const fromRow = source.hasHeader ? 1 : 0;
  const read = table.readColumns({
    columns: present,
    numeric: present.map((column) => column !== columns.customer),
    intern: present.map((column) => column === columns.customer),
    locale: source.parseLocale,
    fromRow,
  });
  const valuesOf = (column: number | null) =>
    column === null ? undefined : read.columns[present.indexOf(column)];
  // Only the customer column was asked to be interned; the measures always arrive as plain arrays.
  const measure = (column: number | null): CellValue[] | undefined => {
    const values = valuesOf(column);
    return values === undefined || Array.isArray(values) ? values : undefined;
  };
  const letter = (column: number | null) =>
    column === null ? undefined : columnLetter(table.firstColumn + column);
  const sourceColumns: SourceColumns = {
    revenue: measure(columns.revenue)!,
    addressing: { firstRow: table.firstRow + fromRow, revenueColumn: letter(columns.revenue)! },
  };
  if (columns.customer !== null) {
    sourceColumns.customer = valuesOf(columns.customer);
    sourceColumns.addressing.customerColumn = letter(columns.customer);
  }
  if (columns.potential !== null) {
    sourceColumns.potential = measure(columns.potential);
    sourceColumns.addressing.potentialColumn = letter(columns.potential);
  }
  const fileIssues = read.raggedRows.map((ragged): Issue => ({
    code: 'ragged-row',
    cell: null,
    row: ragged.row,
    message: raggedMessage(ragged, outputLocale),
  }));
  return { columns: sourceColumns, fileIssues };
}

function raggedMessage(ragged: { row: number; cells: number; expected: number }, locale: Locale): string {
  const short = ragged.cells < ragged.expected;
  if (locale === 'fi') {
    return (
      `Rivillä ${ragged.row} on ${ragged.cells} solua, ensimmäisellä rivillä ${ragged.expected}; ` +
      (short ? 'puuttuvat solut luettiin tyhjinä.' : 'ylimääräiset solut jätettiin huomiotta.')
    );
  }
  return (
    `Row ${ragged.row} has ${ragged.cells} cells where the first row has ${ragged.expected}; ` +
    (short ? 'the missing cells were read as blank.' : 'the extra cells were ignored.')
  );
}
