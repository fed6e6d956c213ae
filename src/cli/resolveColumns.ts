/**
 * Which table columns the run uses: the ones the user named, else the guesses.
 */
import { columnIndex, columnLetter } from '../core/cellAddress';
import { OPTIONAL_ROLES, type ColumnRole, type OptionalRole } from '../core/columnRoles';
import { SegmentationError } from '../core/segmentationError';
import { message } from '../core/messages/renderMessage';

/** The user's column choices as typed (header text or letter; `none` for no column of an optional role). */
export type ColumnNames = Partial<Record<ColumnRole, string>>;

/** Column offsets within the table (0-based), null for no such column. */
export type ColumnIndexes = { revenue: number } & Record<OptionalRole, number | null>;

/**
 * Resolve the column choices against the table's headers.
 * Rule: a name is matched to a header case-insensitively (spaces trimmed); failing that, 1–3 letters are a sheet
 * column letter (`C`, counted on the sheet, so a table starting at B still has its second column at C); `none`
 * (any role but revenue) means no such column. A role not named takes its guess, unless that column is already
 * taken by a named role or an earlier guess (one column never plays two roles; roles in the order of
 * `COLUMN_ROLES`).
 *
 * @throws SegmentationError `column-not-found`, naming the column and listing the headers with their letters.
 * @example resolveColumns(['Customer', 'Revenue'], 0, { revenue: 'b' }, { revenue: 1, customer: 0, potential: null })
 * // => { revenue: 1, customer: 0, potential: null, group: null, previous: null, date: null }
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
  const named = { revenue } as ColumnIndexes;
  const given = new Map<OptionalRole, number | null>();
  for (const role of OPTIONAL_ROLES) {
    const index = optional(role, names[role]);
    if (index !== undefined) given.set(role, index);
  }
  const taken = new Set<number>([revenue]);
  for (const index of given.values()) if (index !== null) taken.add(index);
  for (const role of OPTIONAL_ROLES) {
    if (given.has(role)) {
      named[role] = given.get(role)!;
      continue;
    }
    const guessed = guess[role];
    named[role] = guessed === null || taken.has(guessed) ? null : guessed;
    if (named[role] !== null) taken.add(guessed!);
  }
  return named;
}
