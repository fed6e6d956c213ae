/**
 * ExcelJS cannot write charts, so they are added to the package it wrote: per sheet one drawing part with the
 * charts' anchors, one chart part per chart, the relationships sheet → drawing → charts, the `<drawing>` element
 * in the sheet and the content-type overrides. Part numbers are chosen free, so images ExcelJS wrote as drawings
 * are left alone; a sheet that already has a drawing gets the anchors appended to it.
 */
import JSZip from 'jszip';
import type { ChartSpec } from '../../core/layout/writePlan';
import { chartXml, type SeriesValues } from './chartXml';
import { chartAnchorXml, drawingXml, type PlacedChart } from './drawingXml';
import { packageSheets, relationshipsOf, relsPathOf } from './packageRelationships';
import { writeZipPackage } from './writeZip';

/** A chart to add: its spec and the values cached in it. */
export interface ChartToAdd {
  spec: ChartSpec;
  values: SeriesValues[];
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/** Worksheet elements that must come after `<drawing>` (CT_Worksheet order). */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function freeNumber(zip: JSZip, pattern: (n: number) => string, taken: Set<string>): number {
  let n = 1;
  while (zip.file(pattern(n)) || taken.has(pattern(n))) n++;
  taken.add(pattern(n));
  return n;
}

function nextRelationshipId(xml: string): string {
  const ids = [...xml.matchAll(/Id="rId(\d+)"/g)].map((match) => Number(match[1]));
  return `rId${Math.max(0, ...ids) + 1}`;
}

function addRelationship(xml: string | null, id: string, type: string, target: string): string {
  const element = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  if (xml === null) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`
    );
  }
  return xml.replace('</Relationships>', `${element}</Relationships>`);
}

function insertDrawingElement(sheetXml: string, relationshipId: string): string {
  const element = `<drawing xmlns:r="${REL}" r:id="${relationshipId}"/>`;
  for (const name of AFTER_DRAWING) {
    const index = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (index >= 0) return sheetXml.slice(0, index) + element + sheetXml.slice(index);
  }
  return sheetXml.replace('</worksheet>', `${element}</worksheet>`);
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/**
 * Add `charts` to the .xlsx `bytes` (best written uncompressed: it is compressed here, natively) and return the
 * new package. Charts on a sheet that does not exist are an
 * error (the plan and the workbook disagree). O(points + size of the touched parts).
 *
 * @throws Error when a chart's sheet is not in the package.
 */
export async function addChartsToPackage(bytes: Uint8Array, charts: readonly ChartToAdd[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await addChartsToZip(zip, charts);
  return writeZipPackage(zip);
}

/** `addChartsToPackage` on a package already open (changed in place), for a caller that changes more parts. */
export async function addChartsToZip(zip: JSZip, charts: readonly ChartToAdd[]): Promise<void> {
  if (charts.length > 0) {
    const sheets = await packageSheets(zip);
    const taken = new Set<string>();
    let contentTypes = (await text(zip, '[Content_Types].xml')) ?? '';
    const override = (part: string, type: string) => {
      contentTypes = contentTypes.replace(
        '</Types>',
        `<Override PartName="/${part}" ContentType="${type}"/></Types>`,
      );
    };
    const bySheet = new Map<string, ChartToAdd[]>();
    for (const chart of charts)
      bySheet.set(chart.spec.sheetName, [...(bySheet.get(chart.spec.sheetName) ?? []), chart]);

    for (const [sheetName, sheetCharts] of bySheet) {
      const sheet = sheets.find((candidate) => candidate.name === sheetName);
      if (!sheet) throw new Error(`chart sheet ${sheetName} is not in the written workbook`);
      let sheetXml = (await text(zip, sheet.path)) ?? '';
      const existing = (await relationshipsOf(zip, sheet.path)).find(
        (relationship) => relationship.type === 'drawing',
      );
      const drawingPath =
        existing?.target ??
        `xl/drawings/drawing${freeNumber(zip, (n) => `xl/drawings/drawing${n}.xml`, taken)}.xml`;
      let drawingRels = await text(zip, relsPathOf(drawingPath));
      const placed: PlacedChart[] = [];
      let objectId = 1000;
      for (const chart of sheetCharts) {
        const chartNumber = freeNumber(zip, (n) => `xl/charts/chart${n}.xml`, taken);
        const chartPath = `xl/charts/chart${chartNumber}.xml`;
        zip.file(chartPath, chartXml(chart.spec, chart.values));
        override(chartPath, CHART_TYPE);
        const relationshipId = nextRelationshipId(drawingRels ?? '');
        drawingRels = addRelationship(
          drawingRels,
          relationshipId,
          'chart',
          `../charts/chart${chartNumber}.xml`,
        );
        placed.push({ spec: chart.spec, relationshipId, objectId: objectId++ });
      }
      zip.file(relsPathOf(drawingPath), drawingRels ?? '');
      if (existing) {
        const drawing = (await text(zip, drawingPath)) ?? '';
        zip.file(
          drawingPath,
          drawing.replace(/<\/xdr:wsDr>\s*$/, `${placed.map(chartAnchorXml).join('')}</xdr:wsDr>`),
        );
      } else {
        zip.file(drawingPath, drawingXml(placed));
        override(drawingPath, DRAWING_TYPE);
        const sheetRelsPath = relsPathOf(sheet.path);
        const sheetRels = await text(zip, sheetRelsPath);
        const relationshipId = nextRelationshipId(sheetRels ?? '');
        const target = `../drawings/${drawingPath.slice(drawingPath.lastIndexOf('/') + 1)}`;
        zip.file(sheetRelsPath, addRelationship(sheetRels, relationshipId, 'drawing', target));
        sheetXml = insertDrawingElement(sheetXml, relationshipId);
        zip.file(sheet.path, sheetXml);
      }
    }
    zip.file('[Content_Types].xml', contentTypes);
  }
}
