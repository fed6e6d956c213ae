/**
 * The chosen columns of an opened source as the engine's SourceColumns, with file-level issues.
 */
import { columnLetter } from '../core/cellAddress';
import { COLUMN_ROLES, OPTIONAL_ROLES } from '../core/columnRoles';
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
  const present = [...new Set(COLUMN_ROLES.map((role) => columns[role]))].filter(
    (column): column is number => column !== null,
  );
  // Text roles (customer, group) are interned; the dates stay as read, the measures may arrive as numbers.
  const textual = (column: number) => column === columns.customer || column === columns.group;
  const fromRow = source.hasHeader ? 1 : 0;
  const read = table.readColumns({
    columns: present,
    numeric: present.map((column) => !textual(column) && column !== columns.date),
    intern: present.map(textual),
    locale: source.parseLocale,
    fromRow,
  });
  const valuesOf = (column: number | null) =>
    column === null ? undefined : read.columns[present.indexOf(column)];
  // Only text columns were asked to be interned; the measures and dates always arrive as plain arrays.
  const plain = (column: number | null): CellValue[] | undefined => {
    const values = valuesOf(column);
    return values === undefined || Array.isArray(values) ? values : undefined;
  };
  const letter = (column: number | null) =>
    column === null ? undefined : columnLetter(table.firstColumn + column);
  const sourceColumns: SourceColumns = {
    revenue: plain(columns.revenue)!,
    addressing: { firstRow: table.firstRow + fromRow, revenueColumn: letter(columns.revenue)! },
  };
  for (const role of OPTIONAL_ROLES) {
    const column = columns[role];
    if (column === null) continue;
    if (role === 'customer' || role === 'group') sourceColumns[role] = valuesOf(column);
    else sourceColumns[role] = plain(column);
    sourceColumns.addressing[`${role}Column`] = letter(column);
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
