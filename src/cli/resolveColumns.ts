/**
 * Which table columns the run uses: the ones the user named, else the guesses.
 */
import { columnIndex, columnLetter } from '../core/cellAddress';
import { SegmentationError } from '../core/segmentationError';
import { message } from '../core/messages/renderMessage';

/** The user's column choices as typed (header text or letter; `none` for no customer / potential column). */
export interface ColumnNames {
  revenue?: string;
  customer?: string;
  potential?: string;
}

/** Column offsets within the table (0-based), null for no such column. */
export interface ColumnIndexes {
  revenue: number;
  customer: number | null;
  potential: number | null;
}

/**
 * Resolve the column choices against the table's headers.
 * Rule: a name is matched to a header case-insensitively (spaces trimmed); failing that, 1–3 letters are a sheet
 * column letter (`C`, counted on the sheet, so a table starting at B still has its second column at C); `none`
 * (customer, potential) means no such column. A role not named takes its guess, unless that column is already
 * taken by a named role (one column never plays two roles).
 *
 * @throws SegmentationError `column-not-found`, naming the column and listing the headers with their letters.
 * @example resolveColumns(['Customer', 'Revenue'], 0, { revenue: 'b' }, { revenue: 1, customer: 0, potential: null })
 * // => { revenue: 1, customer: 0, potential: null }
 */
export function resolveColumns(
  headers: readonly string[],
  firstColumn: number,
  names: ColumnNames,
  guess: ColumnIndexes,
): ColumnIndexes {
  const find = (role: string, name: string): number => {
    const wanted = name.trim().toLowerCase();
    const byHeader = headers.findIndex((header) => header.trim().toLowerCase() === wanted);
    if (byHeader >= 0) return byHeader;
    const letter = columnIndex(wanted);
    if (letter >= firstColumn && letter - firstColumn < headers.length) return letter - firstColumn;
    const listed = headers.map((header, i) => `${columnLetter(firstColumn + i)} "${header}"`).join(', ');
    throw new SegmentationError(
      'column-not-found',
      message('no-such-column', { role, name, columns: listed }),
    );
  };
  const optional = (role: string, name: string | undefined): number | null | undefined => {
    if (name === undefined) return undefined;
    return name.trim().toLowerCase() === 'none' ? null : find(role, name);
  };
  const revenue = names.revenue === undefined ? guess.revenue : find('revenue', names.revenue);
  const customer = optional('customer', names.customer);
  const potential = optional('potential', names.potential);
  const taken = new Set(
    [revenue, customer, potential].filter((index): index is number => typeof index === 'number'),
  );
  const guessed = (index: number | null) => (index === null || taken.has(index) ? null : index);
  const resolvedCustomer = customer === undefined ? guessed(guess.customer) : customer;
  if (resolvedCustomer !== null) taken.add(resolvedCustomer);
  return {
    revenue,
    customer: resolvedCustomer,
    potential: potential === undefined ? guessed(guess.potential) : potential,
  };
}
