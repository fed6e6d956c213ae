/**
 * Which columns the run uses: the ones the user typed, else the prepared ones (saved, or guessed).
 */
import { columnIndex, columnLetter } from '../core/cellAddress';
import type { ColumnChoice } from '../core/layout/writePlan';
import { SegmentationError } from '../core/segmentationError';
import { message } from '../core/messages/renderMessage';

/** The user's column choices as typed (header text or letter; `none` for no customer / potential column). */
export interface ColumnNames {
  revenue?: string;
  customer?: string;
  potential?: string;
}

/**
 * Resolve the typed column choices against the source's headers; a role not typed keeps its prepared column.
 * Rule: a name is matched to a header case-insensitively (spaces trimmed); failing that, 1–3 letters are a sheet
 * column letter (`C`, counted on the sheet, so a table starting at B still has its second column at C); `none`
 * (customer, potential) means no such column. A role not typed keeps its prepared column, unless a typed role
 * took that column (one column never plays two roles).
 *
 * @throws SegmentationError `column-not-found`, naming the column and listing the headers with their letters.
 * @example chooseColumns(['Customer', 'Revenue'], 0, { revenue: 'b' }, { revenue: 'Revenue', customer: 'Customer', potential: null })
 * // => { revenue: 'Revenue', customer: 'Customer', potential: null }
 */
export function chooseColumns(
  headers: readonly string[],
  firstColumn: number,
  names: ColumnNames,
  prepared: ColumnChoice | null,
): ColumnChoice {
  const listed = () => headers.map((header, i) => `${columnLetter(firstColumn + i)} "${header}"`).join(', ');
  const find = (role: string, name: string): number => {
    const wanted = name.trim().toLowerCase();
    const byHeader = headers.findIndex((header) => header.trim().toLowerCase() === wanted);
    if (byHeader >= 0) return byHeader;
    const letter = columnIndex(wanted);
    if (letter >= firstColumn && letter - firstColumn < headers.length) return letter - firstColumn;
    throw new SegmentationError(
      'column-not-found',
      message('no-such-column', { role, name, columns: listed() }),
    );
  };
  const indexOf = (header: string | null | undefined) =>
    header === null || header === undefined
      ? null
      : headers.findIndex((h) => h.trim().toLowerCase() === header.trim().toLowerCase());
  const optional = (role: string, name: string | undefined): number | null | undefined => {
    if (name === undefined) return undefined;
    return name.trim().toLowerCase() === 'none' ? null : find(role, name);
  };
  const revenue = names.revenue !== undefined ? find('revenue', names.revenue) : indexOf(prepared?.revenue);
  if (revenue === null || revenue < 0) {
    throw new SegmentationError('column-not-found', message('no-revenue-guess', { columns: listed() }));
  }
  const customer = optional('customer', names.customer);
  const potential = optional('potential', names.potential);
  const taken = new Set(
    [revenue, customer, potential].filter((index): index is number => typeof index === 'number'),
  );
  const kept = (index: number | null) => (index === null || index < 0 || taken.has(index) ? null : index);
  const resolvedCustomer = customer === undefined ? kept(indexOf(prepared?.customer)) : customer;
  if (resolvedCustomer !== null) taken.add(resolvedCustomer);
  const resolvedPotential = potential === undefined ? kept(indexOf(prepared?.potential)) : potential;
  const header = (index: number | null) => (index === null ? null : headers[index]);
  return {
    revenue: headers[revenue],
    customer: header(resolvedCustomer),
    potential: header(resolvedPotential),
  };
}
