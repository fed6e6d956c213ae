/**
 * Words the output shows, in English and Finnish (segmentation.md §4–§5, design.md): class names, value-matrix
 * quadrant labels and actions, row names. Core, layout and pane all read them from here.
 */
import type { AbcClass, Locale, QuadrantCode } from './types';

/**
 * The meaning of each ABC class. Complexity O(1).
 * @example CLASS_NAMES.fi.C // => 'pitkä häntä'
 */
export const CLASS_NAMES: Readonly<Record<Locale, Readonly<Record<AbcClass, string>>>> = {
  en: { A: 'the vital few', B: 'the middle', C: 'the long tail' },
  fi: { A: 'tärkeät harvat', B: 'keskikasti', C: 'pitkä häntä' },
};

/**
 * Value-matrix quadrant labels of segmentation.md §5 (code: value sign, then potential sign).
 * @example QUADRANT_LABELS.en['++'] // => 'Most valuable'
 */
export const QUADRANT_LABELS: Readonly<Record<Locale, Readonly<Record<QuadrantCode, string>>>> = {
  en: { '++': 'Most valuable', '+-': 'Retain', '-+': 'Develop potential', '--': 'Improve or let go' },
  fi: {
    '++': 'Arvokkaimmat asiakkuudet',
    '+-': 'Säilytä nämä',
    '-+': 'Hyödynnä potentiaali',
    '--': 'Paranna kannattavuutta tai luovu',
  },
};

/**
 * What to do with each quadrant (segmentation.md §5, the summary sheet's action column).
 * @example QUADRANT_ACTIONS.en['+-'] // => 'Keep them efficiently; protect the revenue.'
 */
export const QUADRANT_ACTIONS: Readonly<Record<Locale, Readonly<Record<QuadrantCode, string>>>> = {
  en: {
    '++': 'Invest: deepen the relationship, key-account care.',
    '+-': 'Keep them efficiently; protect the revenue.',
    '-+': 'Grow them: targeted offers, account plans.',
    '--': 'Serve at low cost, automate, or let go.',
  },
  fi: {
    '++': 'Investoi: syvennä asiakkuutta, avainasiakashoito.',
    '+-': 'Pidä heidät tehokkaasti; suojaa liikevaihto.',
    '-+': 'Kasvata: kohdennetut tarjoukset, asiakkuussuunnitelmat.',
    '--': 'Palvele edullisesti, automatisoi tai luovu.',
  },
};

/** The word shown for a customer that is new since the previous run (the result's `change` is always 'new'). */
export const CHANGE_NEW_LABEL: Readonly<Record<Locale, string>> = { en: 'new', fi: 'uusi' };

/**
 * The name of a row-customer when there is no customer column: "Row 14" / "Rivi 14" (sheet row number).
 * Complexity O(1).
 * @throws never
 * @example rowName(14, 'fi') // => 'Rivi 14'
 */
export function rowName(sheetRow: number, locale: Locale): string {
  return `${locale === 'fi' ? 'Rivi' : 'Row'} ${sheetRow}`;
}
