/**
 * The native charts, by spec: an XY scatter per spec, its series read from summary-sheet ranges
 * (`series.add` + `setXAxisValues` + `setValues`, ExcelApi 1.7), colours, markers or lines, axis titles, bounds,
 * logarithmic scale (`scaleType`, 1.7) and tick format (`numberFormat`, 1.8 – only when supported), placed with
 * `setPosition`. A chart of the same name is updated in place – its series replaced, its title and axes set, its
 * place and any formatting the user gave it kept – so a refresh never leaves a second copy. The probe says whether
 * it exists and how many series it has, because a batch cannot branch on `getItemOrNullObject`.
 */
import type { ChartAxisSpec, ChartSpec, SheetRange } from '../../core/layout/writePlan';
import { cellAddress } from '../../core/cellAddress';
import type { WriteProbe } from './probeWriteTargets';

function rangeOf(sheet: Excel.Worksheet, r: SheetRange): Excel.Range {
  return sheet.getRangeByIndexes(
    r.firstRow,
    r.firstColumn,
    r.lastRow - r.firstRow + 1,
    r.lastColumn - r.firstColumn + 1,
  );
}

function applyAxis(axis: Excel.ChartAxis, spec: ChartAxisSpec, withNumberFormat: boolean): void {
  axis.title.text = spec.title;
  if (spec.min !== undefined) axis.minimum = spec.min;
  if (spec.max !== undefined) axis.maximum = spec.max;
  axis.scaleType = spec.logarithmic ? 'Logarithmic' : 'Linear';
  if (withNumberFormat) axis.numberFormat = spec.numberFormat;
}

/** Queue every chart of the plan. `sheets` gives the proxy of each chart's sheet (the summary sheet). */
export function queueCharts(
  specs: ChartSpec[],
  probe: WriteProbe,
  sheetProxy: (name: string) => Excel.Worksheet,
): void {
  const axisNumberFormat = Office.context.requirements.isSetSupported('ExcelApi', '1.8');
  for (const spec of specs) {
    if (spec.series.length === 0) continue;
    const sheet = sheetProxy(spec.sheetName);
    const existingSeries = probe.sheets.get(spec.sheetName.toLowerCase())?.seriesCounts.get(spec.name);
    const chart =
      existingSeries === undefined
        ? sheet.charts.add('XYScatter', rangeOf(sheet, spec.series[0].y), 'Columns')
        : sheet.charts.getItem(spec.name);
    // Last first, so the indexes of the series still to delete do not move (ChartSeries.delete, ExcelApi 1.7).
    for (let i = (existingSeries ?? 0) - 1; i >= 0; i--) chart.series.getItemAt(i).delete();
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.legend.visible = spec.series.length > 1;
    applyAxis(chart.axes.categoryAxis, spec.xAxis, axisNumberFormat);
    applyAxis(chart.axes.valueAxis, spec.yAxis, axisNumberFormat);
    spec.series.forEach((s, i) => {
      // A new chart was created from the first series' values, which gave it one series; the rest are added.
      const series =
        i === 0 && existingSeries === undefined ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.chartType = s.line ? (s.markers ? 'XYScatterLines' : 'XYScatterLinesNoMarkers') : 'XYScatter';
      series.setXAxisValues(rangeOf(sheet, s.x));
      series.setValues(rangeOf(sheet, s.y));
      series.markerStyle = s.markers ? 'Circle' : 'None';
      if (s.markers) {
        series.markerBackgroundColor = s.colour;
        series.markerForegroundColor = s.colour;
      }
      series.format.line.color = s.colour;
      if (!s.line) series.format.line.lineStyle = 'None';
    });
    if (existingSeries === undefined) {
      const p = spec.placement;
      chart.setPosition(cellAddress(p.firstColumn, p.firstRow + 1), cellAddress(p.lastColumn, p.lastRow + 1));
    }
  }
}
