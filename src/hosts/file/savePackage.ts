/**
 * `-o`: the output package is the input package edited, not rebuilt. Every part that is not ours is copied
 * still compressed, byte for byte; the parts we must change are changed in place as text – the source sheet
 * (our columns spliced into its rows, streamed), its table (grown to our columns), the style sheet (our formats
 * appended), the workbook part (our sheets, the print area, the active tab), the workbook's relationships and the
 * content types – and ours are added or replaced: the summary sheet with its drawing and charts, and the hidden
 * settings sheet. A refresh replaces the parts the last run added instead of adding a second set.
 */
import type { ChartSpec, WritePlan } from '../../core/layout/writePlan';
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import { chartXml, type SeriesValues } from './chartXml';
import { drawingXml, type PlacedChart } from './drawingXml';
import { editSourceSheet } from './editSourceSheet';
import { editTablePart } from './editTablePart';
import { packageWriter } from './packageWriter';
import { SETTINGS_SHEET_NAME, settingsSheetXml } from './settingsSheet';
import { MINIMAL_STYLES, styleSheet } from './styleSheet';
import { summarySheetXml } from './summarySheetXml';
import { decodeEntities } from './sheetXmlStream';
import { relsPathOf, type SheetInfo, type XlsxBook } from './xlsxBook';
import { xmlText } from './xmlText';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

/** A chart with the values cached in it. */
export interface ChartToWrite {
  spec: ChartSpec;
  values: SeriesValues[];
}

/** The relative target from the folder of `fromPart` to `toPart` (both part names without a leading slash). */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function emptyRelationships(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
}

/** A relationships part being edited. */
class Relationships {
  constructor(
    private xml: string,
    private readonly fromPart: string,
  ) {}

  add(type: string, toPart: string): string {
    const ids = [...this.xml.matchAll(/\bId="rId(\d+)"/g)].map((match) => Number(match[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    const element = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${xmlText(relativeTarget(this.fromPart, toPart))}"/>`;
    this.xml = this.xml.replace(/<\/(\w+:)?Relationships>\s*$/, `${element}$&`);
    return id;
  }

  text(): string {
    return this.xml;
  }
}

/** The package edit being assembled: replaced and new parts, deleted parts, content-type changes. */
class PackageEdit {
  readonly parts = new Map<string, string>();
  readonly deleted = new Set<string>();
  private contentTypes: string;

  constructor(private readonly book: XlsxBook) {
    this.contentTypes = book.archive.text('[Content_Types].xml') ?? '';
  }

  exists(name: string): boolean {
    return (this.book.archive.has(name) && !this.deleted.has(name)) || this.parts.has(name);
  }

  text(name: string): string | null {
    return this.parts.get(name) ?? (this.deleted.has(name) ? null : this.book.archive.text(name));
  }

  put(name: string, xml: string, contentType?: string): void {
    this.parts.set(name, xml);
    this.deleted.delete(name);
    if (contentType) this.override(name, contentType);
  }

  remove(name: string): void {
    this.parts.delete(name);
    if (this.book.archive.has(name)) this.deleted.add(name);
    const escaped = `/${name}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.contentTypes = this.contentTypes.replace(
      new RegExp(`<Override\\b[^>]*PartName="${escaped}"[^>]*/>`, 'i'),
      '',
    );
  }

  override(name: string, type: string): void {
    const escaped = `/${name}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const element = `<Override PartName="/${name}" ContentType="${type}"/>`;
    const existing = new RegExp(`<Override\\b[^>]*PartName="${escaped}"[^>]*/>`, 'i');
    this.contentTypes = existing.test(this.contentTypes)
      ? this.contentTypes.replace(existing, element)
      : this.contentTypes.replace(/<\/(\w+:)?Types>\s*$/, `${element}$&`);
  }

  free(pattern: (n: number) => string): string {
    let n = 1;
    while (this.exists(pattern(n)) || this.book.archive.has(pattern(n))) n++;
    const name = pattern(n);
    this.parts.set(name, '');
    return name;
  }

  relationships(part: string): Relationships {
    return new Relationships(this.text(relsPathOf(part)) ?? emptyRelationships(), part);
  }

  finishContentTypes(): void {
    this.parts.set('[Content_Types].xml', this.contentTypes);
  }

  /** Remove a part, its relationships part and every part only it points at (drawing → charts → styles). */
  removeTree(part: string, keep: (name: string) => boolean = () => false): void {
    if (keep(part) || !this.exists(part)) return;
    const targets = this.book.relationshipsOf(part).filter((relationship) => !relationship.external);
    this.remove(part);
    this.remove(relsPathOf(part));
    for (const relationship of targets) {
      if (
        ['drawing', 'chart', 'chartUserShapes', 'chartStyle', 'chartColorStyle', 'themeOverride'].includes(
          relationship.type,
        )
      ) {
        this.removeTree(relationship.target, keep);
      }
    }
  }
}

/** What `saveEditedPackage` needs from the run. */
export interface PackageEditRequest {
  book: XlsxBook;
  plan: WritePlan;
  charts: ChartToWrite[];
  /** False: leave the active tab alone. */
  showSummary: boolean;
}

function sheetNamed(book: XlsxBook, name: string): SheetInfo | undefined {
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

/**
 * The output package's bytes. O(size of the source sheet + output cells + sizes of the edited small parts); the
 * other parts are copied without being unpacked.
 *
 * @throws SegmentationError when the source sheet or table of the plan is not in the package.
 */
export function saveEditedPackage(request: PackageEditRequest): Buffer {
  const { book, plan } = request;
  const edit = new PackageEdit(book);
  const workbookPath = book.workbookPath;
  let workbook = edit.text(workbookPath) ?? '';
  const workbookRels = edit.relationships(workbookPath);
  const prefix = /<([A-Za-z_][\w.-]*:)?workbook\b/.exec(workbook)?.[1] ?? '';

  const source = book.worksheets().find((sheet) => sheet.name === plan.output.sheetName);
  if (!source)
    throw new SegmentationError('source-changed', message('sheet-gone', { sheet: plan.output.sheetName }));

  // Styles: the input's part, our formats appended.
  const stylesRelationship = book
    .relationshipsOf(workbookPath)
    .find((relationship) => relationship.type === 'styles');
  let stylesPath = stylesRelationship?.target ?? null;
  if (!stylesPath) {
    stylesPath = 'xl/styles.xml';
    workbookRels.add('styles', stylesPath);
  }
  const styles = styleSheet(edit.text(stylesPath) ?? MINIMAL_STYLES);
  // Every format the source sheet's cells and rules will use, registered before the style sheet is written.
  styles.cellStyle({ bold: true });
  for (const column of plan.output.columns) {
    styles.cellStyle({ numberFormat: column.numberFormat });
    for (const rule of column.conditionalColours) styles.differential(rule.fill, rule.font);
  }

  // Sheets in workbook order, with ours appended (or replaced where an earlier run left them).
  const sheetElements = () => workbook.match(new RegExp(`<${prefix}sheet\\b[^>]*>`, 'g')) ?? [];
  const nextSheetId = () =>
    Math.max(0, ...sheetElements().map((element) => Number(/\bsheetId="(\d+)"/.exec(element)?.[1] ?? 0))) + 1;
  const placeSheet = (name: string, hidden: boolean): string => {
    const existing = sheetNamed(book, name);
    if (existing && existing.kind === 'worksheet') {
      edit.removeTree(existing.path);
      const element = sheetElements().find((candidate) => candidate.includes(`"${existing.relationshipId}"`));
      if (element) {
        const withoutState = element.replace(/\s+state="[^"]*"/, '');
        const state = hidden ? withoutState.replace(/\s*(\/?)>$/, ' state="hidden"$1>') : withoutState;
        workbook = workbook.replace(element, state);
      }
      return existing.path;
    }
    const path = edit.free((n) => `xl/worksheets/sheet${n}.xml`);
    const id = workbookRels.add('worksheet', path);
    const element =
      `<${prefix}sheet name="${xmlText(name)}" sheetId="${nextSheetId()}"${hidden ? ' state="hidden"' : ''} ` +
      `xmlns:r="${REL}" r:id="${id}"/>`;
    workbook = workbook.replace(new RegExp(`</${prefix}sheets>`), `${element}$&`);
    return path;
  };

  // The active tab moves to the summary only when it was the source sheet (the only other sheet part edited).
  const sheetOrder = () =>
    sheetElements().map((element) => decodeEntities(/\sname="([^"]*)"/.exec(element)?.[1] ?? ''));
  const activeTab = Number(
    new RegExp(`<${prefix}workbookView\\b[^>]*\\sactiveTab="(\\d+)"`).exec(workbook)?.[1] ?? 0,
  );
  const activeName = sheetOrder()[activeTab];
  const showSummary =
    request.showSummary &&
    activeName !== undefined &&
    (activeName === source.name || activeName === plan.summary.name);

  // The summary sheet, its drawing and charts.
  const summaryPath = placeSheet(plan.summary.name, false);
  const summaryCharts = request.charts.filter((chart) => chart.spec.sheetName === plan.summary.name);
  let drawingId: string | null = null;
  if (summaryCharts.length > 0) {
    const sheetRels = edit.relationships(summaryPath);
    const drawingPath = edit.free((n) => `xl/drawings/drawing${n}.xml`);
    const drawingRels = edit.relationships(drawingPath);
    const placed: PlacedChart[] = summaryCharts.map((chart, index) => {
      const chartPath = edit.free((n) => `xl/charts/chart${n}.xml`);
      edit.put(chartPath, chartXml(chart.spec, chart.values), TYPES.chart);
      return { spec: chart.spec, relationshipId: drawingRels.add('chart', chartPath), objectId: 2 + index };
    });
    edit.put(drawingPath, drawingXml(placed), TYPES.drawing);
    edit.put(relsPathOf(drawingPath), drawingRels.text());
    drawingId = sheetRels.add('drawing', drawingPath);
    edit.put(relsPathOf(summaryPath), sheetRels.text());
  }
  const summary = summarySheetXml(plan.summary, plan.charts, styles, {
    drawingRelationshipId: drawingId,
    selected: showSummary,
  });
  edit.put(summaryPath, summary.xml, TYPES.worksheet);

  // The settings sheet.
  const settingsPath = placeSheet(SETTINGS_SHEET_NAME, true);
  edit.put(settingsPath, settingsSheetXml(plan.settings), TYPES.worksheet);

  // The source's table.
  if (plan.output.tableName) {
    const table = book.tablesOf(source).find((candidate) => candidate.name === plan.output.tableName);
    if (!table)
      throw new SegmentationError('source-changed', message('table-gone', { table: plan.output.tableName }));
    edit.put(table.path, editTablePart(edit.text(table.path) ?? '', table, plan.output));
  }

  // The workbook: the print area of the summary sheet, the active tab.
  const summaryIndex = sheetOrder().indexOf(plan.summary.name);
  // The summary sheet's own print area (attributes in any order) is replaced, every other name kept.
  workbook = workbook.replace(
    new RegExp(`<${prefix}definedName\\b([^>]*)>[\\s\\S]*?</${prefix}definedName>`, 'g'),
    (element, attributes: string) =>
      /\sname="_xlnm\.Print_Area"/.test(` ${attributes}`) &&
      new RegExp(`\\slocalSheetId="${summaryIndex}"`).test(` ${attributes}`)
        ? ''
        : element,
  );
  if (summary.printArea) {
    const quotedName = `'${plan.summary.name.replace(/'/g, "''")}'`;
    const name = `<${prefix}definedName name="_xlnm.Print_Area" localSheetId="${summaryIndex}">${xmlText(`${quotedName}!${summary.printArea}`)}</${prefix}definedName>`;
    if (new RegExp(`<${prefix}definedNames\\b[^>]*/>`).test(workbook)) {
      workbook = workbook.replace(
        new RegExp(`<${prefix}definedNames\\b[^>]*/>`),
        `<${prefix}definedNames>${name}</${prefix}definedNames>`,
      );
    } else if (new RegExp(`</${prefix}definedNames>`).test(workbook)) {
      workbook = workbook.replace(new RegExp(`</${prefix}definedNames>`), `${name}$&`);
    } else {
      const after = [`</${prefix}externalReferences>`, `</${prefix}functionGroups>`, `</${prefix}sheets>`]
        .map((tag) => ({ tag, at: workbook.indexOf(tag) }))
        .find((candidate) => candidate.at >= 0);
      if (after) {
        const at = after.at + after.tag.length;
        workbook = `${workbook.slice(0, at)}<${prefix}definedNames>${name}</${prefix}definedNames>${workbook.slice(at)}`;
      }
    }
  }
  if (showSummary) {
    const view = new RegExp(`<${prefix}workbookView\\b[^>]*?(/?)>`).exec(workbook);
    if (view) {
      const withoutTab = view[0].replace(/\s+activeTab="\d+"/, '');
      workbook = workbook.replace(
        view[0],
        withoutTab.replace(/\s*(\/?)>$/, ` activeTab="${summaryIndex}"$1>`),
      );
    }
  }
  edit.put(workbookPath, workbook);
  edit.put(relsPathOf(workbookPath), workbookRels.text());
  edit.put(stylesPath, styles.xml(), stylesRelationship ? undefined : TYPES.styles);
  edit.finishContentTypes();

  // The archive: input entries in their order (copied, replaced or streamed), then the new parts.
  const writer = packageWriter();
  const written = new Set<string>();
  for (const name of book.archive.names) {
    if (edit.deleted.has(name)) continue;
    written.add(name);
    if (name === source.path) {
      const stream = writer.stream(name);
      editSourceSheet(book.archive, name, plan.output, styles, (text) => stream.write(text), {
        unselect: showSummary,
      });
      stream.end();
      continue;
    }
    const replaced = edit.parts.get(name);
    const raw = replaced === undefined ? book.archive.raw(name) : null;
    if (replaced !== undefined) writer.add(name, replaced);
    else if (raw) writer.copy(name, raw);
    else writer.add(name, book.archive.bytes(name) ?? new Uint8Array(0));
  }
  for (const [name, xml] of edit.parts) if (!written.has(name) && xml !== '') writer.add(name, xml);
  return writer.finish();
}
