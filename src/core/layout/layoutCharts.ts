/**
 * The two native charts of the summary sheet, as specifications that reference the chart data block.
 *
 * No chart for the groups (§8): rendered in LibreOffice, the group table – a handful of regions or salespeople,
 * each with its A/B/C counts and a headline that already says "7 of 41 customers (17 %) bring 80.6 % of North's
 * revenue" – read at once, and a chart of the A customers' share per group only repeated those two numbers with
 * less precision. (It would also need a category chart type that neither host writes yet.)
 */
import type { Locale } from '../types';
import type { ChartSeriesSpec, ChartSpec } from './writePlan';
import type { ChartDataLayout } from './layoutChartData';
import { LAYOUT_TEXT } from './layoutText';
import { CHART_COLOURS, QUADRANT_COLOURS } from './outputColours';

/** Stable chart names: a refresh finds the charts by them and updates them in place. */
export const CHART_NAMES = { curve: 'ABCCurve', matrix: 'ValueMatrix' } as const;

/** Where the ABC curve sits: columns K–R, right of the tables (A–I) and one empty column (0-based, inclusive). */
export const CURVE_PLACEMENT = { firstRow: 0, firstColumn: 10, lastRow: 17, lastColumn: 17 } as const;

/** Where the value matrix sits: under the curve; its notes go in the row below it. */
export const MATRIX_PLACEMENT = { firstRow: 19, firstColumn: 10, lastRow: 36, lastColumn: 17 } as const;

/**
 * Specifies the charts. Rule: `ABCCurve` is an XY chart of the curve (a line, no markers) and the A/B, B/C
 * boundary points (markers) on 0–100 % axes, and with computed thresholds (§10) guides from both axes to the computed A and C
 * points (a line of its own colour); `ValueMatrix` (only with potential data) has one marker series per
 * non-empty quadrant, in the quadrant's colour and named by its label, plus the value and potential split lines
 * as two-point line series, its revenue axis logarithmic when the chart data says so. Every series references
 * the cells of the chart data block exactly.
 *
 * @example layoutCharts(data, 'ABC Summary', 'en').map((c) => c.name) // => ['ABCCurve', 'ValueMatrix']
 */
export function layoutCharts(data: ChartDataLayout, sheetName: string, locale: Locale): ChartSpec[] {
  const text = LAYOUT_TEXT[locale];
  const curveSeries: ChartSeriesSpec[] = [
    { name: text.curveSeries, ...data.curve, colour: CHART_COLOURS.curve, line: true, markers: false },
  ];
  if (data.boundaries) {
    curveSeries.push({
      name: text.boundarySeries,
      ...data.boundaries,
      colour: CHART_COLOURS.boundaries,
      line: false,
      markers: true,
    });
  }
  if (data.computed) {
    curveSeries.push({
      name: text.computedSeries,
      ...data.computed,
      colour: CHART_COLOURS.computed,
      line: true,
      markers: false,
    });
  }
  const share = (title: string) => ({ title, min: 0, max: 1, logarithmic: false, numberFormat: '0%' });
  const charts: ChartSpec[] = [
    {
      name: CHART_NAMES.curve,
      title: text.curveChartTitle,
      sheetName,
      placement: { ...CURVE_PLACEMENT },
      xAxis: share(text.customerShareAxis),
      yAxis: share(text.revenueShareAxis),
      series: curveSeries,
    },
  ];
  const matrix = data.matrix;
  if (matrix) {
    const series: ChartSeriesSpec[] = matrix.quadrants.map((q) => ({
      name: q.label,
      ...q.ranges,
      colour: QUADRANT_COLOURS[q.code].fill,
      line: false,
      markers: true,
    }));
    const splitLine = (name: string, ranges: NonNullable<typeof matrix.valueSplit>): ChartSeriesSpec => ({
      name,
      ...ranges,
      colour: CHART_COLOURS.splitLines,
      line: true,
      markers: false,
    });
    if (matrix.valueSplit) series.push(splitLine(text.valueSplitLabel, matrix.valueSplit));
    if (matrix.potentialSplit) series.push(splitLine(text.potentialSplitLabel, matrix.potentialSplit));
    charts.push({
      name: CHART_NAMES.matrix,
      title: text.matrixChartTitle,
      sheetName,
      placement: { ...MATRIX_PLACEMENT },
      xAxis: { title: text.revenueAxis, logarithmic: matrix.logarithmic, numberFormat: '#,##0' },
      yAxis: { title: text.potentialAxis, logarithmic: false, numberFormat: 'General' },
      series,
    });
  }
  return charts;
}
