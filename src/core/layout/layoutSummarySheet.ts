/**
 * The summary sheet: headline, class and quadrant tables, changes, data issues, parameters and the chart data.
 */
import type { AbcClass, Locale, SegmentationResult } from '../types';
import type { OutputValue, SummaryBlock, SummarySheetPlan } from './writePlan';
import type { LayoutInput } from './layoutInput';
import { LAYOUT_TEXT, type LayoutText } from './layoutText';
import { QUADRANT_ACTIONS, QUADRANT_LABELS, QUADRANT_ORDER } from './outputLabels';
import { describeChanges } from './describeChanges';
import { layoutChartData, type ChartDataLayout } from './layoutChartData';
import { formatCount, formatNumberText, formatRunTime } from './formatText';
import { MATRIX_PLACEMENT } from './layoutCharts';

/** The summary sheet and the chart data ranges its charts reference. */
export interface SummaryLayout {
  sheet: SummarySheetPlan;
  chartData: ChartDataLayout;
}

/** At most this many issues are listed with their cells; the count says how many there were. */
export const LISTED_ISSUES = 20;

const PERCENT = '0.0%';
const MONEY = '#,##0.00';
const COUNT = '#,##0';
const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * Lays out the summary sheet (sheet `ABC Summary`, fi `ABC-yhteenveto`). Rule: the tables run down columns A–E
 * in this order – title, headline, classes (with a total), value matrix (with potential), changes (after a
 * previous run), data issues, parameters – one empty row between sections; the chart data block starts at
 * column P so the charts (columns G–N) sit between, with the value matrix's notes (sampling, log axis) in the
 * row under it. Numbers are numbers with formats (`0.0%`, `#,##0.00`).
 *
 * Complexity: O(customers) for the chart data.
 * @example layoutSummarySheet(input).sheet.blocks[1].values // => [['38 of 200 customers (19 %) bring 80.4 % of revenue.']]
 */
export function layoutSummarySheet(input: LayoutInput): SummaryLayout {
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

  if (Object.keys(result.summary.quadrants).length > 0 || result.summary.potentialSplit !== null) {
    section(text.quadrantsHeading);
    put([text.quadrantTableHeader], 'tableHeader');
    put(quadrantRows(result, locale), 'body', ['@', COUNT, PERCENT, MONEY, PERCENT, '@']);
    put([[text.quadrantRule(highValueText(input), splitText(input))]], 'note');
    if (result.summary.customersWithoutPotential > 0) {
      put([[text.withoutPotential(formatCount(result.summary.customersWithoutPotential))]], 'note');
    }
  }

  if (result.migration) {
    section(text.changesHeading);
    put([[describeChanges(result.migration, locale)]], 'body');
    put([text.migrationHeader], 'tableHeader');
    const counts = result.migration.counts;
    const rows = (['A', 'B', 'C', 'new'] as const).map((from): OutputValue[] => [
      from === 'new' ? text.newRow : from,
      counts[from].A,
      counts[from].B,
      counts[from].C,
      counts[from].gone,
    ]);
    put(rows, 'body', ['@', COUNT, COUNT, COUNT, COUNT]);
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
  put([[text.parameterRows.revenue, input.columns.revenue]], 'body', ['@', '@']);
  put([[text.parameterRows.customer, input.columns.customer ?? text.none]], 'body', ['@', '@']);
  put([[text.parameterRows.potential, input.columns.potential ?? text.none]], 'body', ['@', '@']);
  put(
    [
      [text.parameterRows.a, s.thresholds.a],
      [text.parameterRows.b, s.thresholds.b],
    ],
    'body',
    ['@', PERCENT],
  );
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
      blocks: [...blocks, ...chartNotes, ...chartData.blocks],
      // The class and quadrant tables share columns B–E; the quadrant actions take the wide column F.
      columnWidths: [34, 14, 16, 18, 16, 60],
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
