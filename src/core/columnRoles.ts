/**
 * The roles a source column can play (segmentation.md §1, §8, §9, §11), listed once for every layer that maps,
 * reads, saves or prints columns.
 */

/** Every role, revenue first; all but revenue are optional. */
export const COLUMN_ROLES = ['revenue', 'customer', 'potential', 'group', 'previous', 'date'] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** The optional roles: a source may map each to a column or to none. */
export const OPTIONAL_ROLES = COLUMN_ROLES.filter(
  (role): role is Exclude<ColumnRole, 'revenue'> => role !== 'revenue',
);

export type OptionalRole = (typeof OPTIONAL_ROLES)[number];
