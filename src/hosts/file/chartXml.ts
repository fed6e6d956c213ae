/**
 * A ChartSpec as a DrawingML chart part (`xl/charts/chartN.xml`): an XY (scatter) chart whose series refer to
 * sheet ranges (`c:numRef/c:f`) and carry a cache of their values (`c:numCache`), so that Excel, LibreOffice and
 * viewers that never recalculate all draw the same picture.
 *
 * Element order follows the schema (CT_ScatterSer, CT_ValAx, CT_Scaling): Excel reports a file as corrupt when
 * it differs.
 */
import { columnLetter } from '../../core/cellAddress';
import type { ChartAxisSpec, ChartSpec, SheetRange } from '../../core/layout/writePlan';
import { xmlText } from './xmlText';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const X_AXIS_ID = 500100001;
const Y_AXIS_ID = 500100002;

/** The cached values of one series, read from the cells its ranges refer to (null: empty cell). */
export interface SeriesValues {
  x: Array<number | null>;
  y: Array<number | null>;
}

/** `'ABC Summary'!$K$5:$K$505` for a sheet range (the sheet name always quoted, quotes doubled). */
export function rangeFormula(range: SheetRange): string {
  const sheet = `'${range.sheetName.replace(/'/g, "''")}'`;
  const first = `$${columnLetter(range.firstColumn)}$${range.firstRow + 1}`;
  const last = `$${columnLetter(range.lastColumn)}$${range.lastRow + 1}`;
  return `${sheet}!${first}:${last}`;
}

function colour(hex: string): string {
  return `<a:srgbClr val="${hex.replace('#', '').toUpperCase()}"/>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function numberReference(range: SheetRange, values: Array<number | null>, format: string): string {
  const points = values
    .map((value, index) =>
      value === null || !Number.isFinite(value) ? '' : `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`,
    )
    .join('');
  return (
    `<c:numRef><c:f>${xmlText(rangeFormula(range))}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

function seriesXml(spec: ChartSpec, index: number, values: SeriesValues): string {
  const series = spec.series[index];
  const line = series.line
    ? `<a:ln w="28575" cap="rnd"><a:solidFill>${colour(series.colour)}</a:solidFill><a:round/></a:ln>`
    : '<a:ln w="19050"><a:noFill/></a:ln>';
  const marker = series.markers
    ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill>${colour(series.colour)}</a:solidFill>` +
      `<a:ln w="6350"><a:solidFill>${colour(series.colour)}</a:solidFill></a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${xmlText(series.name)}</c:v></c:tx>` +
    `<c:spPr>${line}</c:spPr>${marker}` +
    `<c:xVal>${numberReference(series.x, values.x, spec.xAxis.numberFormat)}</c:xVal>` +
    `<c:yVal>${numberReference(series.y, values.y, spec.yAxis.numberFormat)}</c:yVal>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

function axisXml(axis: ChartAxisSpec, id: number, crossId: number, position: 'b' | 'l'): string {
  const scaling =
    (axis.logarithmic ? '<c:logBase val="10"/>' : '') +
    '<c:orientation val="minMax"/>' +
    (axis.max !== undefined ? `<c:max val="${axis.max}"/>` : '') +
    (axis.min !== undefined ? `<c:min val="${axis.min}"/>` : '');
  const gridlines =
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>${gridlines}` +
    `<c:title>${richText(axis.title, 1000, false)}<c:overlay val="0"/></c:title>` +
    `<c:numFmt formatCode="${xmlText(axis.numberFormat)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${crossId}"/><c:crosses val="min"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/**
 * The chart part for `spec`; `values[i]` are the cached values of `spec.series[i]`. O(points).
 *
 * @example chartXml(curveSpec, [{ x: [0, 0.2, 1], y: [0, 0.8, 1] }]) // => '<?xml …><c:chartSpace …>…'
 */
export function chartXml(spec: ChartSpec, values: readonly SeriesValues[]): string {
  const series = spec.series
    .map((_, index) => seriesXml(spec, index, values[index] ?? { x: [], y: [] }))
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${richText(spec.title, 1400, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>' +
    `${series}<c:axId val="${X_AXIS_ID}"/><c:axId val="${Y_AXIS_ID}"/></c:scatterChart>` +
    axisXml(spec.xAxis, X_AXIS_ID, Y_AXIS_ID, 'b') +
    axisXml(spec.yAxis, Y_AXIS_ID, X_AXIS_ID, 'l') +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}
