/**
 * Every text of the pane, in English and Finnish, with identical keys (a test checks that each string has its
 * twin). Placeholders are written `{name}` and filled by `format`.
 */
import type { Locale } from '../core/types';

const en = {
  appTitle: 'ABC Segmenter',
  preparing: 'Looking for your sales data…',
  sourceHeading: 'Source',
  sourceTable: 'Table {table} on sheet {sheet}',
  sourceRange: 'Range {address} on sheet {sheet}',
  sourceRows: '{rows} rows of data',
  sourceSaved: 'Same source as the last run.',
  detectAgain: 'Use the current selection',
  columnsHeading: 'Columns',
  revenueColumn: 'Revenue',
  revenueHint: 'The value to segment by (sales, revenue or margin).',
  customerColumn: 'Customer',
  customerHint: 'Rows with the same customer are added together.',
  potentialColumn: 'Potential',
  potentialHint: 'Optional: a number where more means more future potential.',
  noneOption: 'None',
  thresholdsHeading: 'Classes',
  thresholdsHint: 'Class A is the smallest group of top customers that brings this share of revenue.',
  thresholdA: 'A class, % of revenue',
  thresholdB: 'A and B, % of revenue',
  thresholdNotNumber: 'Enter a number.',
  thresholdAOutOfRange: 'A must be more than 0 and less than B.',
  thresholdBOutOfRange: 'B must be more than A and at most 100.',
  moreOptions: 'More options',
  highValueLabel: 'A customer has high value when',
  highValueA: 'it is in class A',
  highValueAB: 'it is in class A or B',
  highValueAmount: 'its revenue is at least an amount',
  highValueAmountLabel: 'Revenue at least',
  amountNotNumber: 'Enter an amount greater than 0.',
  potentialSplitLabel: 'A customer has high potential when its potential is at least',
  potentialSplitMedian: 'the median of all customers',
  potentialSplitFixed: 'a number',
  potentialSplitValueLabel: 'Potential at least',
  splitNotNumber: 'Enter a number.',
  valueMatrixNeedsPotential: 'The value matrix needs a potential column.',
  outputLanguageLabel: 'Language of the workbook output',
  languageEnglish: 'English',
  languageFinnish: 'Suomi',
  segmentButton: 'Segment',
  running: 'Segmenting…',
  progressRead: 'Reading rows: {done} of {total}',
  progressWrite: 'Writing rows: {done} of {total}',
  resultHeading: 'Result',
  refreshedNote: 'The earlier output was updated in place.',
  classTableCaption: 'Customers by class',
  classColumn: 'Class',
  customersColumn: 'Customers',
  customerShareColumn: '% customers',
  revenueColumnHeader: 'Revenue',
  revenueShareColumn: '% revenue',
  quadrantTableCaption: 'Value matrix',
  quadrantColumn: 'Group',
  actionColumn: 'What to do',
  changesHeading: 'Changes since the last run',
  noChanges: 'No customer changed class.',
  changeNew: '{count} new',
  changeGone: '{count} gone',
  changeMove: '{count} {from}→{to}',
  issuesTitle: 'Some cells could not be used',
  issuesMore: 'and {count} more.',
  goToSummary: 'Go to summary',
  errorTitle: 'Could not segment',
  prepareErrorTitle: 'No sales data found',
  unexpectedError:
    'Excel refused the operation. Close any cell you are editing and try again. Details: {details}',
  tryAgain: 'Try again',
  settingsProblemTitle: 'Saved settings were ignored',
  doneAnnouncement: 'Segmentation finished. {headline}',
} as const;

/** The keys every language must have. */
export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const fi: Strings = {
  appTitle: 'ABC-segmentointi',
  preparing: 'Etsitään myyntitietoja…',
  sourceHeading: 'Lähde',
  sourceTable: 'Taulukko {table} taulukkosivulla {sheet}',
  sourceRange: 'Alue {address} taulukkosivulla {sheet}',
  sourceRows: '{rows} tietoriviä',
  sourceSaved: 'Sama lähde kuin edellisellä kerralla.',
  detectAgain: 'Käytä nykyistä valintaa',
  columnsHeading: 'Sarakkeet',
  revenueColumn: 'Liikevaihto',
  revenueHint: 'Arvo, jonka mukaan segmentoidaan (myynti, liikevaihto tai kate).',
  customerColumn: 'Asiakas',
  customerHint: 'Saman asiakkaan rivit lasketaan yhteen.',
  potentialColumn: 'Potentiaali',
  potentialHint: 'Valinnainen: luku, jossa suurempi tarkoittaa enemmän tulevaa potentiaalia.',
  noneOption: 'Ei mitään',
  thresholdsHeading: 'Luokat',
  thresholdsHint: 'A-luokka on pienin joukko suurimpia asiakkaita, joka tuo tämän osuuden myynnistä.',
  thresholdA: 'A-luokka, % myynnistä',
  thresholdB: 'A ja B, % myynnistä',
  thresholdNotNumber: 'Anna luku.',
  thresholdAOutOfRange: 'A:n on oltava yli 0 ja pienempi kuin B.',
  thresholdBOutOfRange: 'B:n on oltava suurempi kuin A ja enintään 100.',
  moreOptions: 'Lisäasetukset',
  highValueLabel: 'Asiakas on arvokas, kun',
  highValueA: 'se kuuluu A-luokkaan',
  highValueAB: 'se kuuluu A- tai B-luokkaan',
  highValueAmount: 'sen liikevaihto on vähintään tietty summa',
  highValueAmountLabel: 'Liikevaihto vähintään',
  amountNotNumber: 'Anna nollaa suurempi summa.',
  potentialSplitLabel: 'Asiakkaalla on suuri potentiaali, kun potentiaali on vähintään',
  potentialSplitMedian: 'kaikkien asiakkaiden mediaani',
  potentialSplitFixed: 'annettu luku',
  potentialSplitValueLabel: 'Potentiaali vähintään',
  splitNotNumber: 'Anna luku.',
  valueMatrixNeedsPotential: 'Arvomatriisi tarvitsee potentiaalisarakkeen.',
  outputLanguageLabel: 'Työkirjaan kirjoitettavan tuloksen kieli',
  languageEnglish: 'English',
  languageFinnish: 'Suomi',
  segmentButton: 'Segmentoi',
  running: 'Segmentoidaan…',
  progressRead: 'Luetaan rivejä: {done}/{total}',
  progressWrite: 'Kirjoitetaan rivejä: {done}/{total}',
  resultHeading: 'Tulos',
  refreshedNote: 'Aiempi tulos päivitettiin paikallaan.',
  classTableCaption: 'Asiakkaat luokittain',
  classColumn: 'Luokka',
  customersColumn: 'Asiakkaita',
  customerShareColumn: '% asiakkaista',
  revenueColumnHeader: 'Liikevaihto',
  revenueShareColumn: '% liikevaihdosta',
  quadrantTableCaption: 'Arvomatriisi',
  quadrantColumn: 'Ryhmä',
  actionColumn: 'Mitä tehdä',
  changesHeading: 'Muutokset edellisestä kerrasta',
  noChanges: 'Yksikään asiakas ei vaihtanut luokkaa.',
  changeNew: '{count} uutta',
  changeGone: '{count} poistunutta',
  changeMove: '{count} × {from}→{to}',
  issuesTitle: 'Osaa soluista ei voitu käyttää',
  issuesMore: 'ja {count} muuta.',
  goToSummary: 'Siirry yhteenvetoon',
  errorTitle: 'Segmentointi ei onnistunut',
  prepareErrorTitle: 'Myyntitietoja ei löytynyt',
  unexpectedError:
    'Excel ei hyväksynyt toimintoa. Lopeta solun muokkaus ja yritä uudelleen. Lisätietoja: {details}',
  tryAgain: 'Yritä uudelleen',
  settingsProblemTitle: 'Tallennetut asetukset ohitettiin',
  doneAnnouncement: 'Segmentointi valmis. {headline}',
};

/** All pane texts by UI language. */
export const STRINGS: Record<Locale, Strings> = { en, fi };

/**
 * Keys whose English and Finnish text may be the same (names, not words).
 * The twin test allows exactly these to be equal.
 */
export const SAME_IN_BOTH_LANGUAGES: readonly StringKey[] = ['languageEnglish', 'languageFinnish'];

/**
 * Fill `{name}` placeholders.
 * @example format('{count} new', { count: 12 }) // => '12 new'
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
