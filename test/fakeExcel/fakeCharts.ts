/**
 * Fake charts: `ChartCollection`, `Chart`, title, legend, axes, `ChartSeriesCollection`, `ChartSeries` and the
 * series line format – the ExcelApi 1.7 surface an XY chart built from sheet ranges needs. Series data are kept
 * as sheet-qualified addresses (what `setXAxisValues` / `setValues` receive), so tests can check where a series
 * reads from.
 */
import { ClassSpec, FakeObject } from './fakeRequestContext';
import { officeError } from './fakeOfficeError';
import { FakeChart, FakeChartAxis, FakeChartSeries, FakeSheet, parseRect } from './fakeWorkbookModel';
import { RangeTarget, assertWritable, qualifiedAddress } from './fakeRange';

interface ChartTarget {
  sheet: FakeSheet;
  chart: FakeChart;
}
interface SeriesTarget extends ChartTarget {
  series: FakeChartSeries;
}
interface AxisTarget extends ChartTarget {
  axis: FakeChartAxis;
}

const CHART_TYPES = [
  'XYScatter',
  'XYScatterLines',
  'XYScatterLinesNoMarkers',
  'XYScatterSmooth',
  'XYScatterSmoothNoMarkers',
  'Line',
];

function chartType(v: unknown): string {
  if (typeof v !== 'string' || !CHART_TYPES.includes(v))
    throw officeError('NotImplemented', `fake chart type ${String(v)}`);
  return v;
}

function text(v: unknown, what: string): string {
  if (typeof v !== 'string') throw officeError('InvalidArgument', `${what} must be a string`);
  return v;
}

function optionalNumber(v: unknown, what: string): number | null {
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw officeError('InvalidArgument', `${what} must be a number`);
  return v;
}

/** Mutate a chart only when its sheet may change. */
function edit<T extends ChartTarget>(apply: (t: T, v: unknown) => void): (t: T, v: unknown) => void {
  return (t, v) => {
    assertWritable(t.sheet);
    apply(t, v);
  };
}

/** A one-row or one-column range of the same workbook, as chart data. */
function seriesData(arg: unknown): string {
  const target = FakeObject.of(arg).resolved() as RangeTarget;
  if (!target || !target.rect) throw officeError('InvalidArgument', 'chart data must be a Range');
  const { rect } = target;
  if (rect.r0 !== rect.r1 && rect.c0 !== rect.c1)
    throw officeError('InvalidArgument', 'series data must be one row or one column');
  return qualifiedAddress(target);
}

const lineFormatSpec: ClassSpec<SeriesTarget> = {
  name: 'ChartLineFormat',
  properties: {
    color: {
      get: (t) => t.series.lineColor,
      set: edit<SeriesTarget>((t, v) => void (t.series.lineColor = text(v, 'line.color'))),
    },
    lineStyle: {
      get: (t) => t.series.lineStyle,
      set: edit<SeriesTarget>((t, v) => void (t.series.lineStyle = text(v, 'lineStyle'))),
      since: '1.7',
    },
  },
};

const seriesFormatSpec: ClassSpec<SeriesTarget> = {
  name: 'ChartSeriesFormat',
  properties: {},
  navigation: { line: (o) => (o as FakeObject<SeriesTarget>).navigation('line', lineFormatSpec, (t) => t) },
};

const seriesSpec: ClassSpec<SeriesTarget> = {
  name: 'ChartSeries',
  properties: {
    name: {
      get: (t) => t.series.name,
      set: edit<SeriesTarget>((t, v) => void (t.series.name = text(v, 'series name'))),
    },
    chartType: {
      get: (t) => t.series.chartType,
      set: edit<SeriesTarget>((t, v) => void (t.series.chartType = chartType(v))),
      since: '1.7',
    },
    markerStyle: {
      get: (t) => t.series.markerStyle,
      set: edit<SeriesTarget>((t, v) => void (t.series.markerStyle = text(v, 'markerStyle'))),
      since: '1.7',
    },
    markerBackgroundColor: {
      get: (t) => t.series.markerBackgroundColor,
      set: edit<SeriesTarget>(
        (t, v) => void (t.series.markerBackgroundColor = text(v, 'markerBackgroundColor')),
      ),
      since: '1.7',
    },
    markerForegroundColor: {
      get: (t) => t.series.markerForegroundColor,
      set: edit<SeriesTarget>(
        (t, v) => void (t.series.markerForegroundColor = text(v, 'markerForegroundColor')),
      ),
      since: '1.7',
    },
  },
  navigation: {
    format: (o) => (o as FakeObject<SeriesTarget>).navigation('format', seriesFormatSpec, (t) => t),
  },
  methods: {
    setXAxisValues: (o, source: unknown) => {
      o.context.enqueue(() => undefined, { source: 'range' });
      o.command((t) => {
        assertWritable(t.sheet);
        t.series.xValues = seriesData(source);
      });
    },
    setValues: (o, source: unknown) => {
      o.context.enqueue(() => undefined, { source: 'range' });
      o.command((t) => {
        assertWritable(t.sheet);
        t.series.values = seriesData(source);
      });
    },
    delete: (o) =>
      o.command((t) => {
        assertWritable(t.sheet);
        t.chart.series.splice(t.chart.series.indexOf(t.series), 1);
      }),
  },
  methodSince: { setXAxisValues: '1.7', setValues: '1.7', delete: '1.7' },
};

function newSeries(name: string, type: string): FakeChartSeries {
  return {
    name,
    xValues: null,
    values: null,
    chartType: type,
    markerStyle: 'Automatic',
    markerBackgroundColor: null,
    markerForegroundColor: null,
    lineColor: null,
    lineStyle: 'Automatic',
  };
}

const seriesCollectionSpec: ClassSpec<ChartTarget> = {
  name: 'ChartSeriesCollection',
  properties: { count: { get: (t) => t.chart.series.length } },
  items: {
    list: (t) => t.chart.series,
    make: (o, item) =>
      FakeObject.existing(seriesSpec, o.context, { ...o.resolved(), series: item as FakeChartSeries }),
  },
  methods: {
    add: (o, name?: string, index?: number) => {
      o.context.enqueue(() => undefined, { name, index });
      return o.child(seriesSpec, (t) => {
        assertWritable(t.sheet);
        if (index !== undefined) throw officeError('NotImplemented', 'fake: series are added at the end');
        const series = newSeries(name ?? `Series${t.chart.series.length + 1}`, t.chart.type);
        t.chart.series.push(series);
        return { ...t, series };
      }).proxy;
    },
    getItemAt: (o, index: number) =>
      o.child(seriesSpec, (t) => {
        const series = t.chart.series[index];
        if (!series) throw officeError('ItemNotFound', `no series at ${index}`);
        return { ...t, series };
      }).proxy,
  },
  methodSince: { add: '1.7' },
};

const axisTitleSpec: ClassSpec<AxisTarget> = {
  name: 'ChartAxisTitle',
  properties: {
    text: {
      get: (t) => t.axis.title,
      set: edit<AxisTarget>((t, v) => void (t.axis.title = text(v, 'axis title'))),
    },
  },
};

const axisSpec: ClassSpec<AxisTarget> = {
  name: 'ChartAxis',
  properties: {
    minimum: {
      get: (t) => t.axis.minimum,
      set: edit<AxisTarget>((t, v) => void (t.axis.minimum = optionalNumber(v, 'minimum'))),
    },
    maximum: {
      get: (t) => t.axis.maximum,
      set: edit<AxisTarget>((t, v) => void (t.axis.maximum = optionalNumber(v, 'maximum'))),
    },
    scaleType: {
      get: (t) => t.axis.scaleType,
      set: edit<AxisTarget>((t, v) => {
        if (v !== 'Linear' && v !== 'Logarithmic')
          throw officeError('InvalidArgument', `scaleType ${String(v)}`);
        t.axis.scaleType = v;
      }),
      since: '1.7',
    },
    numberFormat: {
      get: (t) => t.axis.numberFormat,
      set: edit<AxisTarget>((t, v) => void (t.axis.numberFormat = text(v, 'numberFormat'))),
      since: '1.8',
    },
  },
  navigation: { title: (o) => (o as FakeObject<AxisTarget>).navigation('title', axisTitleSpec, (t) => t) },
};

const axesSpec: ClassSpec<ChartTarget> = {
  name: 'ChartAxes',
  properties: {},
  navigation: {
    categoryAxis: (o) =>
      (o as FakeObject<ChartTarget>).navigation('x', axisSpec, (t) => ({ ...t, axis: t.chart.xAxis })),
    valueAxis: (o) =>
      (o as FakeObject<ChartTarget>).navigation('y', axisSpec, (t) => ({ ...t, axis: t.chart.yAxis })),
  },
};

const chartTitleSpec: ClassSpec<ChartTarget> = {
  name: 'ChartTitle',
  properties: {
    text: {
      get: (t) => t.chart.title,
      set: edit<ChartTarget>((t, v) => void (t.chart.title = text(v, 'title'))),
    },
  },
};

const legendSpec: ClassSpec<ChartTarget> = {
  name: 'ChartLegend',
  properties: {
    visible: {
      get: (t) => t.chart.legendVisible,
      set: edit<ChartTarget>((t, v) => void (t.chart.legendVisible = Boolean(v))),
    },
  },
};

/** The `Excel.Chart` spec. */
export const chartSpec: ClassSpec<ChartTarget> = {
  name: 'Chart',
  properties: {
    name: {
      get: (t) => t.chart.name,
      set: edit<ChartTarget>((t, v) => {
        const name = text(v, 'chart name');
        if (t.sheet.charts.some((c) => c !== t.chart && c.name === name))
          throw officeError('ItemAlreadyExists', `chart ${name} exists`);
        t.chart.name = name;
      }),
    },
    chartType: {
      get: (t) => t.chart.type,
      set: edit<ChartTarget>((t, v) => void (t.chart.type = chartType(v))),
      since: '1.7',
    },
  },
  navigation: {
    title: (o) => (o as FakeObject<ChartTarget>).navigation('title', chartTitleSpec, (t) => t),
    legend: (o) => (o as FakeObject<ChartTarget>).navigation('legend', legendSpec, (t) => t),
    axes: (o) => (o as FakeObject<ChartTarget>).navigation('axes', axesSpec, (t) => t),
    series: (o) => (o as FakeObject<ChartTarget>).navigation('series', seriesCollectionSpec, (t) => t),
  },
  methods: {
    setPosition: (o, startCell: unknown, endCell?: unknown) =>
      o.command(
        (t) => {
          assertWritable(t.sheet);
          const address = (cell: unknown): string => {
            if (typeof cell === 'string') {
              if (!parseRect(cell)) throw officeError('InvalidArgument', `bad cell ${cell}`);
              return cell;
            }
            return qualifiedAddress(FakeObject.of(cell).resolved() as RangeTarget);
          };
          t.chart.position = {
            start: address(startCell),
            end: endCell === undefined ? address(startCell) : address(endCell),
          };
        },
        { startCell: String(startCell), endCell: String(endCell) },
      ),
    delete: (o) =>
      o.command((t) => {
        assertWritable(t.sheet);
        t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
      }),
  },
};

function newAxis(): FakeChartAxis {
  return { title: null, minimum: null, maximum: null, scaleType: 'Linear', numberFormat: null };
}

/** `worksheet.charts`. */
export const chartCollectionSpec: ClassSpec<FakeSheet> = {
  name: 'ChartCollection',
  properties: { count: { get: (s) => s.charts.length } },
  items: {
    list: (s) => s.charts,
    make: (o, item) =>
      FakeObject.existing(chartSpec, o.context, { sheet: o.resolved(), chart: item as FakeChart }),
  },
  methods: {
    add: (o, type: string, sourceData: unknown, seriesBy?: string) => {
      o.context.enqueue(() => undefined, { type, seriesBy });
      return o.child(chartSpec, (s) => {
        assertWritable(s);
        const source = FakeObject.of(sourceData).resolved() as RangeTarget;
        if (seriesBy !== undefined && seriesBy !== 'Auto' && seriesBy !== 'Columns') {
          throw officeError('NotImplemented', `fake: seriesBy ${seriesBy}`);
        }
        const chartTypeName = chartType(type);
        const chart: FakeChart = {
          name: `Chart ${s.charts.length + 1}`,
          type: chartTypeName,
          title: null,
          series: [],
          xAxis: newAxis(),
          yAxis: newAxis(),
          position: null,
          legendVisible: true,
        };
        // Like Excel, one series per source column; the add-in then sets each series' data explicitly.
        for (let c = source.rect.c0; c <= source.rect.c1; c += 1) {
          const series = newSeries(`Series${c - source.rect.c0 + 1}`, chartTypeName);
          series.values = qualifiedAddress({ sheet: source.sheet, rect: { ...source.rect, c0: c, c1: c } });
          chart.series.push(series);
        }
        s.charts.push(chart);
        return { sheet: s, chart };
      }).proxy;
    },
    getItem: (o, name: string) =>
      o.child(chartSpec, (s) => {
        const chart = s.charts.find((c) => c.name === name);
        if (!chart) throw officeError('ItemNotFound', `The requested chart '${name}' does not exist.`);
        return { sheet: s, chart };
      }).proxy,
    getItemOrNullObject: (o, name: string) =>
      o.child(chartSpec, (s) => {
        const chart = s.charts.find((c) => c.name === name);
        return chart ? { sheet: s, chart } : null;
      }).proxy,
  },
  methodSince: { getItemOrNullObject: '1.4' },
};
