/**
 * Messages of the engine (src/core): impossible requests and sources with nothing to segment (segmentation.md).
 */
import type { CatalogueSection, NoParams } from './messageTypes';

/** Parameters of each engine message. */
export interface EngineMessageParams {
  /** No customer has revenue > 0. */
  'no-positive-revenue': NoParams;
  /** Thresholds not 0 < a < b ≤ 1. */
  'invalid-thresholds': { a: number; b: number };
  /** A revenue sum overflowed. */
  'revenue-not-finite': NoParams;
  /** The source has no data rows. */
  'no-data-rows': NoParams;
  /** Only a header row. */
  'header-only': NoParams;
  /** No column holds numbers. */
  'no-numeric-column': NoParams;
  /** An option is not a number (`what` names it in the output language, as the engine was given it). */
  'option-not-a-number': { what: string };
  /** The quiet window of §11 is not a whole number of days ≥ 0. */
  'invalid-quiet-days': { days: number };
  /** The as-of date of §11 is not a `yyyy-mm-dd` date. */
  'invalid-as-of': { text: string };
}

/** The engine's sentences. */
export const ENGINE_MESSAGES: CatalogueSection<EngineMessageParams> = {
  'no-positive-revenue': {
    en: () => 'No customer has revenue above 0: there is nothing to segment, and nothing was written.',
    fi: () =>
      'Yhdelläkään asiakkaalla ei ole positiivista liikevaihtoa: ei mitään segmentoitavaa, mitään ei kirjoitettu.',
  },
  'invalid-thresholds': {
    en: ({ a, b }) => `Thresholds must satisfy 0 < A < B ≤ 100 %; got A = ${a}, B = ${b}.`,
    fi: ({ a, b }) => `Rajojen pitää olla 0 < A < B ≤ 100 %; annettu A = ${a}, B = ${b}.`,
  },
  'revenue-not-finite': {
    en: () =>
      'A revenue sum is beyond the largest number Excel can hold: check the revenue column for huge values.',
    fi: () =>
      'Liikevaihtojen summa ylittää suurimman luvun, jonka Excel osaa laskea: tarkista liikevaihtosarakkeen suuret arvot.',
  },
  'no-data-rows': {
    en: () => 'The source has no data rows.',
    fi: () => 'Lähteessä ei ole yhtään tietoriviä.',
  },
  'header-only': {
    en: () => 'The source has only a header row and no data rows: add the sales rows under it.',
    fi: () => 'Lähteessä on vain otsikkorivi, ei yhtään tietoriviä: lisää myyntirivit otsikon alle.',
  },
  'no-numeric-column': {
    en: () => 'No column holds numbers: select sales data with a revenue column.',
    fi: () => 'Yhdessäkään sarakkeessa ei ole lukuja: valitse myyntitiedot, joissa on liikevaihtosarake.',
  },
  'option-not-a-number': {
    en: ({ what }) => `Invalid option: ${what} is not a number.`,
    fi: ({ what }) => `Virheellinen asetus: ${what} ei ole luku.`,
  },
  'invalid-quiet-days': {
    en: ({ days }) => `The quiet window must be a whole number of days (0 or more); got ${days}.`,
    fi: ({ days }) =>
      `Hiljaisen jakson pituuden pitää olla kokonainen määrä päiviä (0 tai enemmän); annettu ${days}.`,
  },
  'invalid-as-of': {
    en: ({ text }) => `The as-of date must be a date written yyyy-mm-dd (e.g. 2026-06-30); got "${text}".`,
    fi: ({ text }) => `Tarkastelupäivän pitää olla muotoa vvvv-kk-pp (esim. 2026-06-30); annettu "${text}".`,
  },
};
