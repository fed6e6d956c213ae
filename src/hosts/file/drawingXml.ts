/**
 * The drawing part (`xl/drawings/drawingN.xml`) that places charts on a sheet: one two-cell anchor per chart,
 * its graphic frame named after the chart (`ABCCurve`, `ValueMatrix` – the name Excel's `charts.getItem` and a
 * refresh use to find it again) and pointing at the chart part through a relationship id.
 */
import type { ChartSpec } from '../../core/layout/writePlan';
import { xmlText } from './xmlText';

/** A chart to place: its spec (name, placement) and the drawing relationship id of its chart part. */
export interface PlacedChart {
  spec: ChartSpec;
  relationshipId: string;
  /** Drawing-object id, unique within the drawing (≥ 2). */
  objectId: number;
}

/** One `xdr:twoCellAnchor`; the placement's last row/column are inclusive, so the anchor ends one cell further. */
export function chartAnchorXml(chart: PlacedChart): string {
  const { placement, name } = chart.spec;
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row>` +
    `<xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', placement.firstColumn, placement.firstRow) +
    marker('to', placement.lastColumn + 1, placement.lastRow + 1) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${chart.objectId}" name="${xmlText(name)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chart.relationshipId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** A whole drawing part holding `charts`. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    charts.map(chartAnchorXml).join('') +
    '</xdr:wsDr>'
  );
}
