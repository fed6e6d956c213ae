/**
 * The one entry of the layout: a segmentation result and the facts of the run in, everything to write out.
 */
import { hasHeaderCells, type WritePlan } from './writePlan';
import type { LayoutInput } from './layoutInput';
import { layoutOutputColumns } from './layoutOutputColumns';
import { layoutSummarySheet } from './layoutSummarySheet';
import { layoutCharts } from './layoutCharts';
import { SETTINGS_VERSION } from './settingsCodec';

export type { LayoutInput } from './layoutInput';

/**
 * Lays out a run: the output columns, the summary sheet, the charts referencing its chart data block, and the
 * settings that record what this run owns (so the next run may rewrite exactly that and nothing else).
 *
 * Rule: pure – the same input gives the same plan; the run time is an input, not read from the clock.
 * Complexity: O(rows + customers).
 * @example layoutWritePlan(input).charts.map((c) => c.name) // => ['ABCCurve', 'ValueMatrix']
 */
export function layoutWritePlan(input: LayoutInput): WritePlan {
  const output = layoutOutputColumns(input.result, input.placement, input.outputLocale, input.previous);
  const summary = layoutSummarySheet(input, output);
  const charts = layoutCharts(summary.chartData, summary.sheet.name, input.outputLocale);
  return {
    output,
    summary: summary.sheet,
    charts,
    settings: {
      version: SETTINGS_VERSION,
      source: { ...input.source },
      columns: { ...input.columns },
      options: { ...input.options },
      outputLocale: input.outputLocale,
      owned: {
        sheetName: output.sheetName,
        firstColumn: output.firstColumn,
        headers: output.columns.map((c) => c.header),
        rowCount: output.rowCount,
        summarySheet: summary.sheet.name,
        charts: charts.map((c) => c.name),
        // Recorded only when false, so settings of a run with headers read as before.
        ...(hasHeaderCells(output) ? {} : { headerCells: false }),
        classCounts: {
          A: input.result.summary.classes.A.customers,
          B: input.result.summary.classes.B.customers,
          C: input.result.summary.classes.C.customers,
        },
      },
      lastRun: input.runTime,
    },
  };
}
