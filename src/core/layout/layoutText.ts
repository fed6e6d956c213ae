/**
 * Every text the layout writes into the workbook, in English and Finnish. The layout functions pick a language
 * once (`LAYOUT_TEXT[locale]`) so no sentence is assembled from mixed languages.
 */
import type { Locale } from '../types';
import { plural, type PluralForms } from '../messages/plural';
import { formatCount } from './formatText';

/** A count-bearing phrase for the sheet: the form for `count`, the count written as `formatCount` writes it. */
function counted(count: number, forms: PluralForms): string {
  return plural(count, forms, formatCount(count));
}

/** The texts of one output language. */
export interface LayoutText {
  headers: {
    rank: string;
    share: string;
    cumulativeShare: string;
    abc: string;
    groupAbc: string;
    valueMatrix: string;
    previousAbc: string;
    growth: string;
    change: string;
    lastPurchase: string;
    daysSince: string;
    quiet: string;
  };
  /** The Gone quiet cell of a quiet customer. */
  quietYes: string;
  summarySheet: string;
  title: string;
  classesHeading: string;
  classTableHeader: string[];
  total: string;
  /** Under the class table: how a and b were decided and their values (shares as "69.1 %"). */
  thresholdsNote: (method: 'fixed' | 'computed', a: string, b: string, bEmpty: boolean) => string;
  groupsHeading: (column: string) => string;
  groupTableHeader: string[];
  groupNote: string;
  groupsWithoutRevenue: (names: string) => string;
  quadrantsHeading: string;
  quadrantTableHeader: string[];
  quadrantRule: (highValue: string, split: string) => string;
  withoutPotential: (count: number) => string;
  changesHeading: string;
  /** With a previous column (§9): what is compared. */
  changesSinceHeading: (label: string) => string;
  migrationHeader: string[];
  /** The same table with the customers' current revenue. */
  migrationRevenueHeader: string[];
  newRow: string;
  changeSentence: (parts: string[]) => string;
  /** `withNoun`: the first part of the sentence names what is counted ("5 customers B→A, 2 A→B"). */
  movedPart: (count: number, from: string, to: string, withNoun: boolean) => string;
  newPart: (count: number) => string;
  gonePart: (count: number) => string;
  noChanges: string;
  recencyHeading: (days: number, asOf: string) => string;
  quietTableHeader: string[];
  quietAHeading: string;
  quietListHeader: string[];
  noQuietA: string;
  quietListNote: (shown: string, total: string) => string;
  withoutDate: (count: number) => string;
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
    invalidDates: string;
  };
  issueListHeader: string[];
  issueListNote: (shown: string, total: string) => string;
  parametersHeading: string;
  parameterRows: {
    sheet: string;
    table: string;
    address: string;
    /** Shown only when the output columns have no header row. */
    outputColumns: string;
    revenue: string;
    customer: string;
    potential: string;
    group: string;
    previous: string;
    date: string;
    thresholdMethod: string;
    a: string;
    b: string;
    quietDays: string;
    asOf: string;
    highValue: string;
    potentialSplit: string;
    runTime: string;
    outputLanguage: string;
  };
  /** Where the output columns are and what they mean, when they have no header row (`G–J`, `Rank, Share, …`). */
  columnsWithoutHeaders: (columns: string, headers: string) => string;
  none: string;
  methodFixed: string;
  methodComputed: string;
  asOfLatest: (date: string) => string;
  /** When the date column holds no valid date at all. */
  asOfUnknown: string;
  highValueA: string;
  highValueAB: string;
  highValueAmount: (amount: string) => string;
  splitMedian: (value: string) => string;
  splitFixed: (value: string) => string;
  languageName: string;
  chartDataHeading: string;
  curveHeader: string[];
  boundaryHeader: string[];
  computedHeader: string[];
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
  computedSeries: string;
  sampleNote: (a: number, shown: number, others: number) => string;
  logNote: (count: number) => string;
}

const en: LayoutText = {
  headers: {
    rank: 'Rank',
    share: 'Share',
    cumulativeShare: 'Cumulative share',
    abc: 'ABC',
    groupAbc: 'Group ABC',
    valueMatrix: 'Value matrix',
    previousAbc: 'Previous ABC',
    growth: 'Growth',
    change: 'Change',
    lastPurchase: 'Last purchase',
    daysSince: 'Days since',
    quiet: 'Gone quiet',
  },
  quietYes: 'Yes',
  summarySheet: 'ABC Summary',
  title: 'ABC segmentation',
  classesHeading: 'Classes',
  classTableHeader: ['Class', 'Customers', '% of customers', 'Revenue', '% of revenue'],
  total: 'Total',
  thresholdsNote: (method, a, b, bEmpty) =>
    (method === 'computed'
      ? `Computed from the data (where the ABC curve bends, Ultsch & Lötsch): A up to ${a}, B up to ${b} of revenue.`
      : `Fixed thresholds: A up to ${a}, B up to ${b} of revenue.`) + (bEmpty ? ' B is empty.' : ''),
  groupsHeading: (column) => `Groups by ${column}`,
  groupTableHeader: ['Group', 'Customers', 'Revenue', '% of all', 'A', 'B', 'C', 'Headline'],
  groupNote:
    'Each group is classified on its own with the same thresholds: a customer can be A in one group and C in another.',
  groupsWithoutRevenue: (names) => `No positive revenue (all its customers are C): ${names}.`,
  quadrantsHeading: 'Value matrix',
  quadrantTableHeader: ['Quadrant', 'Customers', '% of customers', 'Revenue', '% of revenue', 'What to do'],
  quadrantRule: (highValue, split) => `High value: ${highValue}. High potential: potential ≥ ${split}.`,
  withoutPotential: (count) =>
    counted(count, {
      one: '# customer has no potential and no quadrant.',
      other: '# customers have no potential and no quadrant.',
    }),
  changesHeading: 'Changes since the last run',
  changesSinceHeading: (label) => `Changes since ${label}`,
  migrationHeader: ['Previous \\ now', 'A', 'B', 'C', 'Gone'],
  migrationRevenueHeader: ['Revenue now: previous \\ now', 'A', 'B', 'C'],
  newRow: 'New',
  changeSentence: (parts) => `${parts.join(', ')}.`,
  movedPart: (count, from, to, withNoun) =>
    `${withNoun ? counted(count, { one: '# customer', other: '# customers' }) : count} ${from}→${to}`,
  newPart: (count) => `${count} new`,
  gonePart: (count) => `${count} gone`,
  noChanges: 'No customer changed class.',
  recencyHeading: (days, asOf) =>
    `Gone quiet: no purchase in more than ${counted(days, { one: '# day', other: '# days' })} (as of ${asOf})`,
  quietTableHeader: ['Class', 'Customers', 'Revenue'],
  quietAHeading: 'Quiet A customers – call them this week',
  quietListHeader: ['Customer', 'Revenue', 'Last purchase', 'Days since'],
  noQuietA: 'No A customer has gone quiet.',
  quietListNote: (shown, total) => `The first ${shown} of ${total} quiet A customers.`,
  withoutDate: (count) =>
    counted(count, {
      one: '# customer has no dated purchase.',
      other: '# customers have no dated purchase.',
    }),
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
    invalidDates: 'Invalid date cells',
  },
  issueListHeader: ['Cell', 'Issue'],
  issueListNote: (shown, total) => `The first ${shown} of ${total} issues.`,
  parametersHeading: 'Parameters',
  parameterRows: {
    sheet: 'Source sheet',
    table: 'Excel table',
    address: 'Source range',
    outputColumns: 'Output columns',
    revenue: 'Revenue column',
    customer: 'Customer column',
    potential: 'Potential column',
    group: 'Group column',
    previous: 'Previous-period column',
    date: 'Date column',
    thresholdMethod: 'Thresholds',
    a: 'A threshold',
    b: 'B threshold',
    quietDays: 'Quiet after (days)',
    asOf: 'As of',
    highValue: 'High value',
    potentialSplit: 'Potential split',
    runTime: 'Run time',
    outputLanguage: 'Output language',
  },
  columnsWithoutHeaders: (columns, headers) => `${columns}, without a header row: ${headers}`,
  none: 'none',
  methodFixed: 'fixed',
  methodComputed: 'computed from the data',
  asOfLatest: (date) => `${date} (the latest date in the data)`,
  asOfUnknown: 'no valid date in the data',
  highValueA: 'class A',
  highValueAB: 'class A or B',
  highValueAmount: (amount) => `revenue ≥ ${amount}`,
  splitMedian: (value) => `median (${value})`,
  splitFixed: (value) => `fixed (${value})`,
  languageName: 'English',
  chartDataHeading: 'Chart data',
  curveHeader: ['Cumulative % of customers', 'Cumulative % of revenue'],
  boundaryHeader: ['Boundary', 'Cumulative % of customers', 'Cumulative % of revenue'],
  computedHeader: ['Computed point', 'Cumulative % of customers', 'Cumulative % of revenue'],
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
  computedSeries: 'Computed thresholds',
  sampleNote: (a, shown, others) =>
    `${counted(a, { one: 'The # A customer', other: 'All # A customers' })} and ${formatCount(shown)} of ${formatCount(others)} others shown.`,
  logNote: (count) =>
    counted(count, {
      one: '# customer with revenue ≤ 0 is not shown (logarithmic revenue axis).',
      other: '# customers with revenue ≤ 0 are not shown (logarithmic revenue axis).',
    }),
};

const fi: LayoutText = {
  headers: {
    rank: 'Sija',
    share: 'Osuus',
    cumulativeShare: 'Kertymä',
    abc: 'ABC',
    groupAbc: 'Ryhmän ABC',
    valueMatrix: 'Arvomatriisi',
    previousAbc: 'Edellinen ABC',
    growth: 'Kasvu',
    change: 'Muutos',
    lastPurchase: 'Viimeisin osto',
    daysSince: 'Päiviä',
    quiet: 'Hiljentynyt',
  },
  quietYes: 'Kyllä',
  summarySheet: 'ABC-yhteenveto',
  title: 'ABC-segmentointi',
  classesHeading: 'Luokat',
  classTableHeader: ['Luokka', 'Asiakkaita', '% asiakkaista', 'Liikevaihto', '% liikevaihdosta'],
  total: 'Yhteensä',
  thresholdsNote: (method, a, b, bEmpty) =>
    (method === 'computed'
      ? `Laskettu aineistosta (ABC-käyrän taitekohdat, Ultsch & Lötsch): A enintään ${a}, B enintään ${b} liikevaihdosta.`
      : `Kiinteät rajat: A enintään ${a}, B enintään ${b} liikevaihdosta.`) + (bEmpty ? ' B on tyhjä.' : ''),
  groupsHeading: (column) => `Ryhmät: ${column}`,
  groupTableHeader: ['Ryhmä', 'Asiakkaita', 'Liikevaihto', '% kaikista', 'A', 'B', 'C', 'Tiivistys'],
  groupNote:
    'Jokainen ryhmä luokitellaan erikseen samoilla rajoilla: asiakas voi olla A yhdessä ryhmässä ja C toisessa.',
  groupsWithoutRevenue: (names) => `Ei positiivista liikevaihtoa (kaikki asiakkaat C): ${names}.`,
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
  // "# asiakkaalla" reads right for every count.
  withoutPotential: (count) => `${formatCount(count)} asiakkaalla ei ole potentiaalia eikä lohkoa.`,
  changesHeading: 'Muutokset edellisestä ajosta',
  changesSinceHeading: (label) => `Muutokset verrattuna: ${label}`,
  migrationHeader: ['Edellinen \\ nyt', 'A', 'B', 'C', 'Poistuneet'],
  migrationRevenueHeader: ['Liikevaihto nyt: edellinen \\ nyt', 'A', 'B', 'C'],
  newRow: 'Uudet',
  changeSentence: (parts) => `${parts.join(', ')}.`,
  movedPart: (count, from, to, withNoun) =>
    `${withNoun ? counted(count, { one: '# asiakas', other: '# asiakasta' }) : count} ${from}→${to}`,
  newPart: (count) => counted(count, { one: '# uusi', other: '# uutta' }),
  gonePart: (count) => counted(count, { one: '# poistunut', other: '# poistunutta' }),
  noChanges: 'Yksikään asiakas ei vaihtanut luokkaa.',
  recencyHeading: (days, asOf) =>
    `Hiljentyneet: ei ostoja yli ${formatCount(days)} päivään (tilanne ${asOf})`,
  quietTableHeader: ['Luokka', 'Asiakkaita', 'Liikevaihto'],
  quietAHeading: 'Hiljentyneet A-asiakkaat – soita heille tällä viikolla',
  quietListHeader: ['Asiakas', 'Liikevaihto', 'Viimeisin osto', 'Päiviä'],
  noQuietA: 'Yksikään A-asiakas ei ole hiljentynyt.',
  quietListNote: (shown, total) => `Ensimmäiset ${shown} / ${total} hiljentyneestä A-asiakkaasta.`,
  withoutDate: (count) => `${formatCount(count)} asiakkaalla ei ole päivättyä ostoa.`,
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
    invalidDates: 'Virheellisiä päivämääräsoluja',
  },
  issueListHeader: ['Solu', 'Puute'],
  issueListNote: (shown, total) => `Ensimmäiset ${shown} puutetta ${total}:sta.`,
  parametersHeading: 'Parametrit',
  parameterRows: {
    sheet: 'Lähteen välilehti',
    table: 'Excel-taulukko',
    address: 'Lähdealue',
    outputColumns: 'Tulossarakkeet',
    revenue: 'Liikevaihtosarake',
    customer: 'Asiakassarake',
    potential: 'Potentiaalisarake',
    group: 'Ryhmäsarake',
    previous: 'Edellisen kauden sarake',
    date: 'Päivämääräsarake',
    thresholdMethod: 'Rajat',
    a: 'A-raja',
    b: 'B-raja',
    quietDays: 'Hiljentynyt (päivää)',
    asOf: 'Tilanne',
    highValue: 'Korkea arvo',
    potentialSplit: 'Potentiaalin raja',
    runTime: 'Ajon aika',
    outputLanguage: 'Tulosteen kieli',
  },
  columnsWithoutHeaders: (columns, headers) => `${columns}, ilman otsikkoriviä: ${headers}`,
  none: 'ei',
  methodFixed: 'kiinteät',
  methodComputed: 'laskettu aineistosta',
  asOfLatest: (date) => `${date} (aineiston viimeisin päivä)`,
  asOfUnknown: 'aineistossa ei ole kelvollista päivämäärää',
  highValueA: 'A-luokka',
  highValueAB: 'A- tai B-luokka',
  highValueAmount: (amount) => `liikevaihto ≥ ${amount}`,
  splitMedian: (value) => `mediaani (${value})`,
  splitFixed: (value) => `kiinteä (${value})`,
  languageName: 'suomi',
  chartDataHeading: 'Kaavioiden tiedot',
  curveHeader: ['Kertymä % asiakkaista', 'Kertymä % liikevaihdosta'],
  boundaryHeader: ['Luokkaraja', 'Kertymä % asiakkaista', 'Kertymä % liikevaihdosta'],
  computedHeader: ['Laskettu piste', 'Kertymä % asiakkaista', 'Kertymä % liikevaihdosta'],
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
  computedSeries: 'Lasketut rajat',
  sampleNote: (a, shown, others) =>
    `${counted(a, { one: '# A-asiakas', other: 'Kaikki # A-asiakasta' })} ja ${formatCount(shown)} / ${formatCount(others)} muusta asiakkaasta näytetään.`,
  logNote: (count) =>
    counted(count, {
      one: '# asiakas, jonka liikevaihto ≤ 0, jää näyttämättä (logaritminen liikevaihtoakseli).',
      other: '# asiakasta, joiden liikevaihto ≤ 0, ei näytetä (logaritminen liikevaihtoakseli).',
    }),
};

/**
 * The layout texts by output language.
 *
 * @example LAYOUT_TEXT.fi.headers.rank // => 'Sija'
 * @example LAYOUT_TEXT.en.summarySheet // => 'ABC Summary'
 */
export const LAYOUT_TEXT: Readonly<Record<Locale, LayoutText>> = { en, fi };
