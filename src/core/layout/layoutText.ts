/**
 * Every text the layout writes into the workbook, in English and Finnish. The layout functions pick a language
 * once (`LAYOUT_TEXT[locale]`) so no sentence is assembled from mixed languages.
 */
import type { Locale } from '../types';

/** The texts of one output language. */
export interface LayoutText {
  headers: {
    rank: string;
    share: string;
    cumulativeShare: string;
    abc: string;
    valueMatrix: string;
    change: string;
  };
  summarySheet: string;
  title: string;
  classesHeading: string;
  classTableHeader: string[];
  total: string;
  quadrantsHeading: string;
  quadrantTableHeader: string[];
  quadrantRule: (highValue: string, split: string) => string;
  withoutPotential: (count: string) => string;
  changesHeading: string;
  migrationHeader: string[];
  newRow: string;
  changeSentence: (parts: string[]) => string;
  /** `withNoun`: the first part of the sentence names what is counted ("5 customers B→A, 2 A→B"). */
  movedPart: (count: number, from: string, to: string, withNoun: boolean) => string;
  newPart: (count: number) => string;
  gonePart: (count: number) => string;
  noChanges: string;
  issuesHeading: string;
  issueRows: {
    read: string;
    blank: string;
    invalid: string;
    withoutCustomer: string;
    revenueWithoutCustomer: string;
    noPositiveRevenue: string;
    unclassified: string;
    withoutPotential: string;
  };
  issueListHeader: string[];
  issueListNote: (shown: string, total: string) => string;
  parametersHeading: string;
  parameterRows: {
    sheet: string;
    table: string;
    address: string;
    revenue: string;
    customer: string;
    potential: string;
    a: string;
    b: string;
    highValue: string;
    potentialSplit: string;
    runTime: string;
    outputLanguage: string;
  };
  none: string;
  highValueA: string;
  highValueAB: string;
  highValueAmount: (amount: string) => string;
  splitMedian: (value: string) => string;
  splitFixed: (value: string) => string;
  languageName: string;
  chartDataHeading: string;
  curveHeader: string[];
  boundaryHeader: string[];
  matrixHeader: (label: string) => string[];
  valueSplitLabel: string;
  potentialSplitLabel: string;
  curveChartTitle: string;
  matrixChartTitle: string;
  customerShareAxis: string;
  revenueShareAxis: string;
  revenueAxis: string;
  potentialAxis: string;
  curveSeries: string;
  boundarySeries: string;
  sampleNote: (a: string, shown: string, others: string) => string;
  logNote: (count: string) => string;
}

const en: LayoutText = {
  headers: {
    rank: 'Rank',
    share: 'Share',
    cumulativeShare: 'Cumulative share',
    abc: 'ABC',
    valueMatrix: 'Value matrix',
    change: 'Change',
  },
  summarySheet: 'ABC Summary',
  title: 'ABC segmentation',
  classesHeading: 'Classes',
  classTableHeader: ['Class', 'Customers', '% of customers', 'Revenue', '% of revenue'],
  total: 'Total',
  quadrantsHeading: 'Value matrix',
  quadrantTableHeader: ['Quadrant', 'Customers', '% of customers', 'Revenue', '% of revenue', 'What to do'],
  quadrantRule: (highValue, split) => `High value: ${highValue}. High potential: potential ≥ ${split}.`,
  withoutPotential: (count) => `${count} customers have no potential and no quadrant.`,
  changesHeading: 'Changes since the last run',
  migrationHeader: ['Previous \\ now', 'A', 'B', 'C', 'Gone'],
  newRow: 'New',
  changeSentence: (parts) => `${parts.join(', ')}.`,
  movedPart: (count, from, to, withNoun) =>
    withNoun ? `${count} ${count === 1 ? 'customer' : 'customers'} ${from}→${to}` : `${count} ${from}→${to}`,
  newPart: (count) => `${count} new`,
  gonePart: (count) => `${count} gone`,
  noChanges: 'No customer changed class.',
  issuesHeading: 'Data issues',
  issueRows: {
    read: 'Rows read',
    blank: 'Blank revenue cells',
    invalid: 'Invalid revenue cells',
    withoutCustomer: 'Rows without customer',
    revenueWithoutCustomer: 'Revenue of rows without customer',
    noPositiveRevenue: 'Customers with no positive revenue',
    unclassified: 'Unclassified customers',
    withoutPotential: 'Customers without potential',
  },
  issueListHeader: ['Cell', 'Issue'],
  issueListNote: (shown, total) => `The first ${shown} of ${total} issues.`,
  parametersHeading: 'Parameters',
  parameterRows: {
    sheet: 'Source sheet',
    table: 'Excel table',
    address: 'Source range',
    revenue: 'Revenue column',
    customer: 'Customer column',
    potential: 'Potential column',
    a: 'A threshold',
    b: 'B threshold',
    highValue: 'High value',
    potentialSplit: 'Potential split',
    runTime: 'Run time',
    outputLanguage: 'Output language',
  },
  none: 'none',
  highValueA: 'class A',
  highValueAB: 'class A or B',
  highValueAmount: (amount) => `revenue ≥ ${amount}`,
  splitMedian: (value) => `median (${value})`,
  splitFixed: (value) => `fixed (${value})`,
  languageName: 'English',
  chartDataHeading: 'Chart data',
  curveHeader: ['Cumulative % of customers', 'Cumulative % of revenue'],
  boundaryHeader: ['Boundary', 'Cumulative % of customers', 'Cumulative % of revenue'],
  matrixHeader: (label) => [label, 'Revenue', 'Potential'],
  valueSplitLabel: 'High-value split',
  potentialSplitLabel: 'Potential split',
  curveChartTitle: 'ABC curve',
  matrixChartTitle: 'Value matrix',
  customerShareAxis: 'Cumulative % of customers',
  revenueShareAxis: 'Cumulative % of revenue',
  revenueAxis: 'Revenue',
  potentialAxis: 'Potential',
  curveSeries: 'Cumulative revenue',
  boundarySeries: 'Class boundaries',
  sampleNote: (a, shown, others) => `All ${a} A customers and ${shown} of ${others} others shown.`,
  logNote: (count) => `${count} customers with revenue ≤ 0 are not shown (logarithmic revenue axis).`,
};

const fi: LayoutText = {
  headers: {
    rank: 'Sija',
    share: 'Osuus',
    cumulativeShare: 'Kertymä',
    abc: 'ABC',
    valueMatrix: 'Arvomatriisi',
    change: 'Muutos',
  },
  summarySheet: 'ABC-yhteenveto',
  title: 'ABC-segmentointi',
  classesHeading: 'Luokat',
  classTableHeader: ['Luokka', 'Asiakkaita', '% asiakkaista', 'Liikevaihto', '% liikevaihdosta'],
  total: 'Yhteensä',
  quadrantsHeading: 'Arvomatriisi',
  quadrantTableHeader: [
    'Lohko',
    'Asiakkaita',
    '% asiakkaista',
    'Liikevaihto',
    '% liikevaihdosta',
    'Toimenpide',
  ],
  quadrantRule: (highValue, split) =>
    `Korkea arvo: ${highValue}. Korkea potentiaali: potentiaali ≥ ${split}.`,
  withoutPotential: (count) => `${count} asiakkaalla ei ole potentiaalia eikä lohkoa.`,
  changesHeading: 'Muutokset edellisestä ajosta',
  migrationHeader: ['Edellinen \\ nyt', 'A', 'B', 'C', 'Poistuneet'],
  newRow: 'Uudet',
  changeSentence: (parts) => `${parts.join(', ')}.`,
  movedPart: (count, from, to, withNoun) =>
    withNoun ? `${count} ${count === 1 ? 'asiakas' : 'asiakasta'} ${from}→${to}` : `${count} ${from}→${to}`,
  newPart: (count) => `${count} ${count === 1 ? 'uusi' : 'uutta'}`,
  gonePart: (count) => `${count} poistunut`,
  noChanges: 'Yksikään asiakas ei vaihtanut luokkaa.',
  issuesHeading: 'Tietojen puutteet',
  issueRows: {
    read: 'Luettuja rivejä',
    blank: 'Tyhjiä liikevaihtosoluja',
    invalid: 'Virheellisiä liikevaihtosoluja',
    withoutCustomer: 'Rivejä ilman asiakasta',
    revenueWithoutCustomer: 'Asiakkaattomien rivien liikevaihto',
    noPositiveRevenue: 'Asiakkaita ilman positiivista liikevaihtoa',
    unclassified: 'Luokittelemattomia asiakkaita',
    withoutPotential: 'Asiakkaita ilman potentiaalia',
  },
  issueListHeader: ['Solu', 'Puute'],
  issueListNote: (shown, total) => `Ensimmäiset ${shown} puutetta ${total}:sta.`,
  parametersHeading: 'Parametrit',
  parameterRows: {
    sheet: 'Lähteen välilehti',
    table: 'Excel-taulukko',
    address: 'Lähdealue',
    revenue: 'Liikevaihtosarake',
    customer: 'Asiakassarake',
    potential: 'Potentiaalisarake',
    a: 'A-raja',
    b: 'B-raja',
    highValue: 'Korkea arvo',
    potentialSplit: 'Potentiaalin raja',
    runTime: 'Ajon aika',
    outputLanguage: 'Tulosteen kieli',
  },
  none: 'ei',
  highValueA: 'A-luokka',
  highValueAB: 'A- tai B-luokka',
  highValueAmount: (amount) => `liikevaihto ≥ ${amount}`,
  splitMedian: (value) => `mediaani (${value})`,
  splitFixed: (value) => `kiinteä (${value})`,
  languageName: 'suomi',
  chartDataHeading: 'Kaavioiden tiedot',
  curveHeader: ['Kertymä % asiakkaista', 'Kertymä % liikevaihdosta'],
  boundaryHeader: ['Luokkaraja', 'Kertymä % asiakkaista', 'Kertymä % liikevaihdosta'],
  matrixHeader: (label) => [label, 'Liikevaihto', 'Potentiaali'],
  valueSplitLabel: 'Arvon raja',
  potentialSplitLabel: 'Potentiaalin raja',
  curveChartTitle: 'ABC-käyrä',
  matrixChartTitle: 'Arvomatriisi',
  customerShareAxis: 'Kertymä % asiakkaista',
  revenueShareAxis: 'Kertymä % liikevaihdosta',
  revenueAxis: 'Liikevaihto',
  potentialAxis: 'Potentiaali',
  curveSeries: 'Liikevaihdon kertymä',
  boundarySeries: 'Luokkarajat',
  sampleNote: (a, shown, others) =>
    `Kaikki ${a} A-asiakasta ja ${shown} / ${others} muusta asiakkaasta näytetään.`,
  logNote: (count) =>
    `${count} asiakasta, joiden liikevaihto ≤ 0, ei näytetä (logaritminen liikevaihtoakseli).`,
};

/**
 * The layout texts by output language.
 *
 * @example LAYOUT_TEXT.fi.headers.rank // => 'Sija'
 * @example LAYOUT_TEXT.en.summarySheet // => 'ABC Summary'
 */
export const LAYOUT_TEXT: Readonly<Record<Locale, LayoutText>> = { en, fi };
