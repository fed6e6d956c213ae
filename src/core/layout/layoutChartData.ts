/**
 * The chart data block of the summary sheet: the cells the two charts read. The charts reference these cells
 * (never arrays inside the chart), so a reader of the shared workbook can see and copy what is plotted.
 */
import type { CurvePoint, CustomerResult, Locale, QuadrantCode, SegmentationResult } from '../types';
import type { OutputValue, SheetRange, SummaryBlock } from './writePlan';
import { LAYOUT_TEXT } from './layoutText';
import { QUADRANT_LABELS, QUADRANT_ORDER } from './outputLabels';
import { sampleMatrixCustomers } from './sampleMatrixCustomers';

/** The x and y cells of one chart series. */
export interface SeriesRanges {
  x: SheetRange;
  y: SheetRange;
}

/** The chart data block and where each series' data is. */
export interface ChartDataLayout {
  blocks: SummaryBlock[];
  curve: SeriesRanges;
  /** The A/B and B/C boundary points; null when both classes are empty. */
  boundaries: SeriesRanges | null;
  /** Guides to the computed A and C points of §10 (one line, broken by an empty row); null with fixed thresholds. */
  computed: SeriesRanges | null;
  /** Null without potential or when no customer can be plotted. */
  matrix: MatrixData | null;
}

/** The value-matrix part of the chart data. */
export interface MatrixData {
  quadrants: { code: QuadrantCode; label: string; ranges: SeriesRanges }[];
  valueSplit: SeriesRanges | null;
  potentialSplit: SeriesRanges | null;
  /** Revenue axis logarithmic: positive revenues span more than two decades. */
  logarithmic: boolean;
  /** Sentences for under the chart (sampling, customers a log axis cannot show). */
  notes: string[];
}

/** Where the chart data block starts on the summary sheet (column T), right of the tables and the charts. */
export const CHART_DATA_COLUMN = 19;

const PERCENT = '0.0%';
const MONEY = '#,##0.00';

/**
 * Lays out the chart data block at `CHART_DATA_COLUMN`: the ABC curve points, the boundary points (and the
 * computed A and C points under them), one
 * (name, revenue, potential) block per quadrant, and the two split lines as two-point blocks. Rule: the revenue
 * axis is logarithmic when the largest positive revenue plotted is more than 100 times the smallest; customers
 * with revenue ≤ 0 are then left out and counted in a note. Past 5 000 customers the sample of
 * `sampleMatrixCustomers` is plotted and said so.
 *
 * Complexity: O(customers).
 * @example layoutChartData(result, 'ABC Summary', 'en').curve.x.firstColumn // => 19
 */
export function layoutChartData(
  result: SegmentationResult,
  sheetName: string,
  locale: Locale,
): ChartDataLayout {
  const text = LAYOUT_TEXT[locale];
  const blocks: SummaryBlock[] = [
    { row: 0, column: CHART_DATA_COLUMN, values: [[text.chartDataHeading]], style: 'heading' },
  ];
  const at = (row: number, column: number, values: OutputValue[][], formats: string[]): SeriesRanges => {
    blocks.push({ row, column, values, numberFormats: formats, style: 'body' });
    const last = row + values.length - 1;
    const xColumn = column + formats.length - 2;
    return {
      x: { sheetName, firstRow: row, firstColumn: xColumn, lastRow: last, lastColumn: xColumn },
      y: { sheetName, firstRow: row, firstColumn: xColumn + 1, lastRow: last, lastColumn: xColumn + 1 },
    };
  };
  const header = (column: number, values: string[]): void => {
    blocks.push({ row: 1, column, values: [values], style: 'tableHeader' });
  };

  header(CHART_DATA_COLUMN, text.curveHeader);
  const curve = at(2, CHART_DATA_COLUMN, result.curve.points.map(pointRow), [PERCENT, PERCENT]);

  const boundaryRows: OutputValue[][] = [];
  if (result.curve.lastA) boundaryRows.push(['A/B', ...pointRow(result.curve.lastA)]);
  if (result.curve.lastB) boundaryRows.push(['B/C', ...pointRow(result.curve.lastB)]);
  header(CHART_DATA_COLUMN + 3, text.boundaryHeader);
  const boundaries =
    boundaryRows.length > 0 ? at(2, CHART_DATA_COLUMN + 3, boundaryRows, ['@', PERCENT, PERCENT]) : null;

  // The computed points sit under the boundaries, each as guides from both axes to the point (an L through it):
  // a marker alone would hide under the class boundary, which the computed thresholds put in the same place.
  const points = result.summary.computed;
  let computed: SeriesRanges | null = null;
  if (points) {
    blocks.push({
      row: 5,
      column: CHART_DATA_COLUMN + 3,
      values: [text.computedHeader],
      style: 'tableHeader',
    });
    const guide = (label: string, { x, y }: { x: number; y: number }): OutputValue[][] => [
      [label, 0, y],
      [label, x, y],
      [label, x, 0],
    ];
    computed = at(
      6,
      CHART_DATA_COLUMN + 3,
      // The empty row breaks the line between the two guides.
      [...guide('A', points.aPoint), [null, null, null], ...guide('C', points.cPoint)],
      ['@', PERCENT, PERCENT],
    );
  }

  const matrix = layoutMatrixData(result, locale, header, at);
  return { blocks, curve, boundaries, computed, matrix };
}

function pointRow(point: CurvePoint): OutputValue[] {
  return [point.customerShare, point.revenueShare];
}

function layoutMatrixData(
  result: SegmentationResult,
  locale: Locale,
  header: (column: number, values: string[]) => void,
  at: (row: number, column: number, values: OutputValue[][], formats: string[]) => SeriesRanges,
): MatrixData | null {
  const text = LAYOUT_TEXT[locale];
  const withQuadrant = result.customers.filter((c) => c.quadrant !== null && c.potential !== null);
  const logarithmic = spansMoreThanTwoDecades(withQuadrant);
  const plottable = logarithmic ? withQuadrant.filter((c) => c.revenue > 0) : withQuadrant;
  if (plottable.length === 0) return null;
  const sample = sampleMatrixCustomers(plottable);
  const notes: string[] = [];
  if (sample.sampled) {
    notes.push(text.sampleNote(sample.aCount, sample.othersShown, sample.othersTotal));
  }
  if (logarithmic && plottable.length < withQuadrant.length) {
    notes.push(text.logNote(withQuadrant.length - plottable.length));
  }

  const firstColumn = CHART_DATA_COLUMN + 7;
  const quadrants: MatrixData['quadrants'] = [];
  QUADRANT_ORDER.forEach((code, i) => {
    const column = firstColumn + 4 * i;
    const label = QUADRANT_LABELS[locale][code];
    header(column, text.matrixHeader(label));
    const rows = sample.shown
      .filter((c) => c.quadrant === code)
      .map((c): OutputValue[] => [c.name, c.revenue, c.potential]);
    if (rows.length > 0)
      quadrants.push({ code, label, ranges: at(2, column, rows, ['@', MONEY, 'General']) });
  });

  const [minX, maxX] = extent(sample.shown.map((c) => c.revenue));
  const [minY, maxY] = extent(sample.shown.map((c) => c.potential as number));
  const splitColumn = firstColumn + 4 * QUADRANT_ORDER.length;
  const valueX = valueSplitRevenue(result);
  let valueSplit: SeriesRanges | null = null;
  if (valueX !== null && (!logarithmic || valueX > 0)) {
    header(splitColumn, text.matrixHeader(text.valueSplitLabel));
    valueSplit = at(
      2,
      splitColumn,
      [
        [null, valueX, minY],
        [null, valueX, maxY],
      ],
      ['@', MONEY, 'General'],
    );
  }
  const splitY = result.summary.potentialSplit;
  let potentialSplit: SeriesRanges | null = null;
  if (splitY !== null) {
    header(splitColumn + 4, text.matrixHeader(text.potentialSplitLabel));
    potentialSplit = at(
      2,
      splitColumn + 4,
      [
        [null, minX, splitY],
        [null, maxX, splitY],
      ],
      ['@', MONEY, 'General'],
    );
  }
  return { quadrants, valueSplit, potentialSplit, logarithmic, notes };
}

/**
 * True when the largest positive revenue is more than 100 times the smallest (more than two decades), where a
 * linear axis crushes the long tail into one corner.
 *
 * @example spansMoreThanTwoDecades([{ revenue: 5 }, { revenue: 600 }]) // => true
 */
export function spansMoreThanTwoDecades(customers: readonly Pick<CustomerResult, 'revenue'>[]): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (const { revenue } of customers) {
    if (revenue > 0) {
      min = Math.min(min, revenue);
      max = Math.max(max, revenue);
    }
  }
  return max > 0 && max / min > 100;
}

/** The revenue where "high value" starts: the threshold amount, or the smallest revenue of the high classes. */
function valueSplitRevenue(result: SegmentationResult): number | null {
  const rule = result.summary.highValue;
  if (rule.rule === 'revenueAtLeast') return rule.amount;
  const high = result.customers.filter((c) => c.class === 'A' || (rule.rule === 'AB' && c.class === 'B'));
  return high.length > 0 ? extent(high.map((c) => c.revenue))[0] : null;
}

/** Smallest and largest value, by a loop: spreading 100 000 values into Math.min overflows the stack. */
function extent(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}
