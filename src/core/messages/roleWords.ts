/**
 * The words for the three column roles, in one place: the workbook's output, the pane, the command line and every
 * message use these, so Finnish says "liikevaihto" for revenue everywhere.
 */
import type { Locale } from '../types';

/** A column role of the mapping. */
type ColumnRole = 'revenue' | 'customer' | 'potential' | 'group' | 'previous' | 'date';

/**
 * Lower-case role words by language.
 * @example ROLE_WORDS.fi.revenue // => 'liikevaihto'
 */
export const ROLE_WORDS: Readonly<Record<Locale, Readonly<Record<ColumnRole, string>>>> = {
  en: {
    revenue: 'revenue',
    customer: 'customer',
    potential: 'potential',
    group: 'group',
    previous: 'previous-period revenue',
    date: 'date',
  },
  fi: {
    revenue: 'liikevaihto',
    customer: 'asiakas',
    potential: 'potentiaali',
    group: 'ryhmä',
    previous: 'edellisen kauden liikevaihto',
    date: 'päivämäärä',
  },
};

/**
 * The word for a role in `locale`; a role this table does not know yet (a new mapping) is shown as given.
 * @example roleWord('revenue', 'fi') // => 'liikevaihto'
 */
export function roleWord(role: string, locale: Locale): string {
  const words: Readonly<Record<string, string>> = ROLE_WORDS[locale];
  return Object.prototype.hasOwnProperty.call(words, role) ? words[role] : role;
}
