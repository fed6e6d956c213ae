/**
 * The summary sheet: headline, class and quadrant tables, changes, data issues, parameters and the chart data.
 */
import type { AbcClass, Locale, SegmentationResult } from '../types';
import {
  hasHeaderCells,
  type OutputColumnsPlan,
  type OutputValue,
  type SummaryBlock,
  type SummarySheetPlan,
} from './writePlan';
import { columnLetter } from '../cellAddress';
import type { LayoutInput } from './layoutInput';
import { LAYOUT_TEXT, type LayoutText } from './layoutText';
import { QUADRANT_ACTIONS, QUADRANT_LABELS, QUADRANT_ORDER } from './outputLabels';
import { describeChanges } from './describeChanges';
import { layoutChartData, type ChartDataLayout } from './layoutChartData';
import { formatCount, formatNumberText, formatPercentText, formatRunTime } from './formatText';
import { MATRIX_PLACEMENT } from './layoutCharts';
import { DATE_FORMAT } from './layoutOutputColumns';
import { isoSerial } from '../excelSerial';

/** The summary sheet and the chart data ranges its charts reference. */
export interface SummaryLayout {
  sheet: SummarySheetPlan;
  chartData: ChartDataLayout;
}

/** At most this many issues are listed with their cells; the count says how many there were. */
export const LISTED_ISSUES = 20;

/** At most this many quiet A customers are listed by name: a week of calls, not the whole ledger. */
const LISTED_QUIET = 20;

/**
 * Tables are at most this many columns wide (A–I); their text column (what to do, a group's headline) is always
 * the last, I, the one wide column, so numbers keep narrow columns and sentences get room. H stays a narrow empty
 * gap, so a right-aligned figure in G does not run into the sentence in I.
 */
const TABLE_COLUMNS = 9;

const PERCENT = '0.0%';
const MONEY = '#,##0.00';
const COUNT = '#,##0';
const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/** A row whose last value moves to the text column I; the cells between hold `gap` (empty, or a text format). */
function textLast<T extends OutputValue>(row: readonly T[], gap: T | null = null): (T | null)[] {
  const missing = TABLE_COLUMNS - row.length;
  if (missing <= 0) return [...row];
  return [...row.slice(0, -1), ...Array<T | null>(missing).fill(gap), row[row.length - 1]];
}

/** The formats of a `textLast` row: text (`@`) in the gap. */
const formatsLast = (formats: readonly string[]): string[] => textLast(formats, '@') as string[];

/**
 * Lays out the summary sheet (sheet `ABC Summary`, fi `ABC-yhteenveto`). Rule: the tables run down columns A–I
 * in this order – title, headline, classes (with a total and how the thresholds were decided), the quiet A
 * customers to call (with a date column), groups (with a group column), changes (since the previous column or
 * the last run: counts, then current revenue), value matrix (with potential), data issues, parameters – one
 * empty row between sections; sentences (what to do, a group's headline) sit in the wide column I. When the
 * output columns have no header row, the parameters say which columns they are and what each holds. The chart
 * data block starts at column T so the charts (columns K–R) sit between, with the value matrix's notes
 * (sampling, log axis) in the row under it. Numbers are numbers with formats (`0.0%`, `#,##0.00`, dates
 * `yyyy-mm-dd`).
 *
 * Complexity: O(customers) for the chart data.
 * @example layoutSummarySheet(input, output).sheet.blocks[1].values // => [['38 of 200 customers (19 %) bring 80.4 % of revenue.']]
 */
export function layoutSummarySheet(
  input: LayoutInput,
  output: Pick<OutputColumnsPlan, 'firstColumn' | 'headerRow' | 'columns'>,
): SummaryLayout {
  const { result, outputLocale: locale } = input;
  const text = LAYOUT_TEXT[locale];
  const name = text.summarySheet;
  const blocks: SummaryBlock[] = [];
  let row = 0;
  const put = (values: OutputValue[][], style: SummaryBlock['style'], numberFormats?: string[]): void => {
    blocks.push({ row, column: 0, values, style, ...(numberFormats ? { numberFormats } : {}) });
    row += values.length;
  };
  const section = (heading: string): void => {
    row += 1;
    put([[heading]], 'heading');
  };

  put([[text.title]], 'title');
  put([[result.summary.headline]], 'headline');

  section(text.classesHeading);
  put([text.classTableHeader], 'tableHeader');
  put(classRows(result, text), 'body', ['@', COUNT, PERCENT, MONEY, PERCENT]);
  put([[thresholdsText(result, locale)]], 'note');

  const recency = result.summary.recency;
  if (recency) {
    section(text.recencyHeading(recency.windowDays, recency.asOf ?? text.asOfUnknown));
    put([text.quietTableHeader], 'tableHeader');
    put(
      (['A', 'B'] as const).map((cls) => [cls, recency.quiet[cls].customers, recency.quiet[cls].revenue]),
      'body',
      ['@', COUNT, MONEY],
    );
    section(text.quietAHeading);
    if (recency.quietA.length === 0) {
      put([[text.noQuietA]], 'note');
    } else {
      put([text.quietListHeader], 'tableHeader');
      const listed = recency.quietA
        .slice(0, LISTED_QUIET)
        .map((q): OutputValue[] => [q.name, q.revenue, isoSerial(q.lastPurchase), q.daysSince]);
      put(listed, 'body', ['@', MONEY, DATE_FORMAT, COUNT]);
      if (recency.quietA.length > LISTED_QUIET) {
        put([[text.quietListNote(formatCount(LISTED_QUIET), formatCount(recency.quietA.length))]], 'note');
      }
    }
    if (recency.customersWithoutDate > 0) {
      put([[text.withoutDate(recency.customersWithoutDate)]], 'note');
    }
  }

  const groups = result.summary.groups;
  if (groups) {
    section(text.groupsHeading(input.columns.group ?? text.none));
    put([textLast(text.groupTableHeader)], 'tableHeader');
    const rows = groups.map((g): OutputValue[] =>
      textLast([
        g.name,
        g.customers,
        g.revenue,
        g.share,
        g.classes.A.customers,
        g.classes.B.customers,
        g.classes.C.customers,
        g.headline,
      ]),
    );
    put(rows, 'body', formatsLast(['@', COUNT, MONEY, PERCENT, COUNT, COUNT, COUNT, '@']));
    put([[text.groupNote]], 'note');
    const empty = groups.filter((g) => !(g.revenue > 0)).map((g) => g.name);
    if (empty.length > 0) put([[text.groupsWithoutRevenue(empty.join(', '))]], 'note');
  }

  if (result.migration) {
    const periods = result.summary.previous;
    section(periods ? text.changesSinceHeading(periods.label) : text.changesHeading);
    put([[describeChanges(result.migration, locale)]], 'body');
    put([text.migrationHeader], 'tableHeader');
    const counts = result.migration.counts;
    const rowLabel = (from: AbcClass | 'new') => (from === 'new' ? text.newRow : from);
    const rows = (['A', 'B', 'C', 'new'] as const).map((from): OutputValue[] => [
      rowLabel(from),
      counts[from].A,
      counts[from].B,
      counts[from].C,
      counts[from].gone,
    ]);
    put(rows, 'body', ['@', COUNT, COUNT, COUNT, COUNT]);
    if (periods) {
      // The same moves weighed by what the customers bring now: 3 customers A→B may be most of the revenue.
      row += 1;
      put([text.migrationRevenueHeader], 'tableHeader');
      const revenue = periods.migrationRevenue;
      const revenueRows = (['A', 'B', 'C', 'new'] as const).map((from): OutputValue[] => [
        rowLabel(from),
        revenue[from].A,
        revenue[from].B,
        revenue[from].C,
      ]);
      put(revenueRows, 'body', ['@', MONEY, MONEY, MONEY]);
    }
  }

  if (Object.keys(result.summary.quadrants).length > 0 || result.summary.potentialSplit !== null) {
    section(text.quadrantsHeading);
    put([textLast(text.quadrantTableHeader)], 'tableHeader');
    put(
      quadrantRows(result, locale).map((r) => textLast(r)),
      'body',
      formatsLast(['@', COUNT, PERCENT, MONEY, PERCENT, '@']),
    );
    put([[text.quadrantRule(highValueText(input), splitText(input))]], 'note');
    if (result.summary.customersWithoutPotential > 0) {
      put([[text.withoutPotential(result.summary.customersWithoutPotential)]], 'note');
    }
  }

  section(text.issuesHeading);
  const s = result.summary;
  const issueCounts: OutputValue[][] = [
    [text.issueRows.read, s.rows.read],
    [text.issueRows.blank, s.rows.blankRevenue],
    [text.issueRows.invalid, s.rows.invalidRevenue],
    [text.issueRows.withoutCustomer, s.rows.withoutCustomer],
    [text.issueRows.noPositiveRevenue, s.customersWithoutPositiveRevenue],
    [text.issueRows.unclassified, s.unclassifiedCustomers],
    [text.issueRows.withoutPotential, s.customersWithoutPotential],
    ...(s.recency ? [[text.issueRows.invalidDates, s.recency.invalidDates]] : []),
  ];
  put(issueCounts, 'body', ['@', COUNT]);
  put([[text.issueRows.revenueWithoutCustomer, s.revenueWithoutCustomer]], 'body', ['@', MONEY]);
  const located = result.issues.filter((issue) => issue.cell !== null);
  if (located.length > 0) {
    put([text.issueListHeader], 'tableHeader');
    const listed = located.slice(0, LISTED_ISSUES).map((issue): OutputValue[] => [issue.cell, issue.message]);
    put(listed, 'body', ['@', '@']);
    if (located.length > LISTED_ISSUES) {
      put([[text.issueListNote(formatCount(LISTED_ISSUES), formatCount(located.length))]], 'note');
    }
  }

  section(text.parametersHeading);
  put([[text.parameterRows.sheet, input.source.sheetName]], 'body', ['@', '@']);
  put([[text.parameterRows.table, input.source.tableName ?? text.none]], 'body', ['@', '@']);
  put([[text.parameterRows.address, input.source.address]], 'body', ['@', '@']);
  if (!hasHeaderCells(output) && output.columns.length > 0) {
    // Without a header row, this is where a reader learns what the columns beside the data are.
    const first = columnLetter(output.firstColumn);
    const last = columnLetter(output.firstColumn + output.columns.length - 1);
    const where = first === last ? first : `${first}–${last}`;
    const headers = output.columns.map((column) => column.header).join(', ');
    put([[text.parameterRows.outputColumns, text.columnsWithoutHeaders(where, headers)]], 'body', ['@', '@']);
  }
  put([[text.parameterRows.revenue, input.columns.revenue]], 'body', ['@', '@']);
  put([[text.parameterRows.customer, input.columns.customer ?? text.none]], 'body', ['@', '@']);
  put([[text.parameterRows.potential, input.columns.potential ?? text.none]], 'body', ['@', '@']);
  put([[text.parameterRows.group, input.columns.group ?? text.none]], 'body', ['@', '@']);
  put([[text.parameterRows.previous, input.columns.previous ?? text.none]], 'body', ['@', '@']);
  put([[text.parameterRows.date, input.columns.date ?? text.none]], 'body', ['@', '@']);
  const method = s.thresholds.method === 'computed' ? text.methodComputed : text.methodFixed;
  put([[text.parameterRows.thresholdMethod, method]], 'body', ['@', '@']);
  put(
    [
      [text.parameterRows.a, s.thresholds.a],
      [text.parameterRows.b, s.thresholds.b],
    ],
    'body',
    ['@', PERCENT],
  );
  if (s.recency) {
    put([[text.parameterRows.quietDays, s.recency.windowDays]], 'body', ['@', COUNT]);
    const asOf =
      s.recency.asOf === null
        ? text.asOfUnknown
        : input.options.asOf
          ? s.recency.asOf
          : text.asOfLatest(s.recency.asOf);
    put([[text.parameterRows.asOf, asOf]], 'body', ['@', '@']);
  }
  put([[text.parameterRows.highValue, highValueText(input)]], 'body', ['@', '@']);
  put([[text.parameterRows.potentialSplit, splitText(input)]], 'body', ['@', '@']);
  put([[text.parameterRows.runTime, formatRunTime(input.runTime)]], 'body', ['@', '@']);
  put([[text.parameterRows.outputLanguage, text.languageName]], 'body', ['@', '@']);

  const chartData = layoutChartData(result, name, locale);
  const notes = chartData.matrix?.notes ?? [];
  const chartNotes: SummaryBlock[] =
    notes.length > 0
      ? [
          {
            row: MATRIX_PLACEMENT.lastRow + 1,
            column: MATRIX_PLACEMENT.firstColumn,
            values: notes.map((note) => [note]),
            style: 'note',
          },
        ]
      : [];
  return {
    sheet: {
      name,
      blocks: alignHeadersOverNumbers([...blocks, ...chartNotes, ...chartData.blocks]),
      // Numbers in B–G (wide enough for the Finnish headers), a gap in H, sentences in the wide column I.
      columnWidths: [34, 14, 16, 18, 16, 12, 12, 3, 72],
    },
    chartData,
  };
}

function classRows(result: SegmentationResult, text: LayoutText): OutputValue[][] {
  const { classes, customers, revenue } = result.summary;
  const rows = CLASSES.map((cls): OutputValue[] => [
    cls,
    classes[cls].customers,
    classes[cls].customerShare,
    classes[cls].revenue,
    classes[cls].revenueShare,
  ]);
  // Shares of the total are 100 % by definition; customers with revenue ≤ 0 are in N but add nothing to T.
  rows.push([text.total, customers, customers > 0 ? 1 : 0, revenue, revenue > 0 ? 1 : 0]);
  return rows;
}

function quadrantRows(result: SegmentationResult, locale: Locale): OutputValue[][] {
  const n = result.summary.customers;
  return QUADRANT_ORDER.map((code): OutputValue[] => {
    const q = result.summary.quadrants[code] ?? { customers: 0, revenue: 0 };
    return [
      QUADRANT_LABELS[locale][code],
      q.customers,
      n > 0 ? q.customers / n : 0,
      q.revenue,
      result.summary.revenue > 0 ? q.revenue / result.summary.revenue : 0,
      QUADRANT_ACTIONS[locale][code],
    ];
  });
}

function highValueText(input: LayoutInput): string {
  const text = LAYOUT_TEXT[input.outputLocale];
  const rule = input.result.summary.highValue;
  if (rule.rule === 'A') return text.highValueA;
  if (rule.rule === 'AB') return text.highValueAB;
  return text.highValueAmount(formatNumberText(rule.amount, input.outputLocale));
}

function splitText(input: LayoutInput): string {
  const text = LAYOUT_TEXT[input.outputLocale];
  const used = input.result.summary.potentialSplit;
  if (used === null) return text.none;
  const value = formatNumberText(used, input.outputLocale);
  return input.options.potentialSplit.rule === 'median' ? text.splitMedian(value) : text.splitFixed(value);
}

/**
 * The thresholds sentence under the class table: the method and a, b as percentages ("Computed from the data …:
 * A up to 69.1 %, B up to 81.1 % of revenue.").
 */
function thresholdsText(result: SegmentationResult, locale: Locale): string {
  const { a, b, method } = result.summary.thresholds;
  return LAYOUT_TEXT[locale].thresholdsNote(
    method,
    formatPercentText(a, locale),
    formatPercentText(b, locale),
    result.summary.classes.B.customers === 0,
  );
}

/**
 * Right-aligns each table header cell that stands over numbers: a header block followed directly (next row, same
 * column) by a body block takes its alignment from the body's formats – right over anything but text (`@`).
 * Text headers default to the left while numbers sit right, so a wide column's header would otherwise stand
 * nearer the next column's figures than its own.
 *
 * @example alignHeadersOverNumbers([header, body])[0].alignRight // => [false, true, true]
 */
function alignHeadersOverNumbers(blocks: readonly SummaryBlock[]): SummaryBlock[] {
  return blocks.map((block) => {
    if (block.style !== 'tableHeader') return block;
    const body = blocks.find(
      (b) => b.style === 'body' && b.row === block.row + block.values.length && b.column === block.column,
    );
    const formats = body?.numberFormats;
    if (!formats || !formats.some((f) => f !== '@')) return block;
    return { ...block, alignRight: formats.map((f) => f !== '@') };
  });
}
