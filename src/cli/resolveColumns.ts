/**
 * Which columns the run uses: the ones the user typed, else the prepared ones (saved, or guessed).
 */
import { columnIndex, columnLetter } from '../core/cellAddress';
import { OPTIONAL_ROLES, type ColumnRole, type OptionalRole } from '../core/columnRoles';
import type { ColumnChoice } from '../core/layout/writePlan';
import { message } from '../core/messages/renderMessage';
import { SegmentationError } from '../core/segmentationError';

/** The user's column choices as typed (header text or letter; `none` for no column of an optional role). */
export type ColumnNames = Partial<Record<ColumnRole, string>>;

/**
 * Resolve the typed column choices against the source's headers; a role not typed keeps its prepared column.
 * Rule: a name is matched to a header case-insensitively (spaces trimmed); failing that, 1–3 letters are a sheet
 * column letter (`C`, counted on the sheet, so a table starting at B still has its second column at C); `none`
 * (any role but revenue) means no such column. A role not typed keeps its prepared column, unless a typed role
 * or an earlier kept one took that column (one column never plays two roles; roles in the order of
 * `COLUMN_ROLES`).
 *
 * @throws SegmentationError `column-not-found`, naming the column and listing the headers with their letters.
 * @example chooseColumns(['Customer', 'Revenue'], 0, { revenue: 'b' }, { revenue: 'Revenue', customer: 'Customer', potential: null })
 * // => { revenue: 'Revenue', customer: 'Customer', potential: null, group: null, previous: null, date: null }
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
  const indexOf = (header: string | null | undefined): number | null => {
    if (header === null || header === undefined) return null;
    const index = headers.findIndex((h) => h.trim().toLowerCase() === header.trim().toLowerCase());
    return index < 0 ? null : index;
  };
  const revenue = names.revenue !== undefined ? find('revenue', names.revenue) : indexOf(prepared?.revenue);
  if (revenue === null) {
    throw new SegmentationError('column-not-found', message('no-revenue-guess', { columns: listed() }));
  }
  const given = new Map<OptionalRole, number | null>();
  for (const role of OPTIONAL_ROLES) {
    const name = names[role];
    if (name !== undefined) given.set(role, name.trim().toLowerCase() === 'none' ? null : find(role, name));
  }
  const taken = new Set<number>([revenue]);
  for (const index of given.values()) if (index !== null) taken.add(index);
  const chosen: ColumnChoice = { revenue: headers[revenue], customer: null, potential: null };
  for (const role of OPTIONAL_ROLES) {
    let index = given.has(role) ? given.get(role)! : indexOf(prepared?.[role]);
    if (!given.has(role) && index !== null && taken.has(index)) index = null;
    if (index !== null) taken.add(index);
    chosen[role] = index === null ? null : headers[index];
  }
  return chosen;
}
