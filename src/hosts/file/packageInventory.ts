/**
 * What an .xlsx package holds beyond cells, styles and tables – charts, pivot tables, images, macros, slicers,
 * notes … – counted per sheet, so that the command line can say exactly what a written workbook lost, should an
 * edit ever lose one: "1 chart on sheet Notes", "1 pivot table on sheet Pivot".
 */
import type { XlsxBook } from './xlsxBook';
import { pluralCategory } from '../../core/messages/plural';

/** One object found in a package. */
export interface PackageObject {
  kind: string;
  /** Sheet it sits on, or null for a workbook-level part. */
  sheet: string | null;
  /** Object name (charts: the name a refresh finds them by), when the part gives one. */
  name: string | null;
}

/** Sheet relationship types (last path segment) counted as objects, with the name to report. */
const SHEET_KINDS: Record<string, string> = {
  pivotTable: 'pivot table',
  ctrlProp: 'form control',
  threadedComment: 'threaded comment',
  queryTable: 'query table',
  slicer: 'slicer',
  timeline: 'timeline',
  oleObject: 'embedded object',
  comments: 'note',
  hyperlink: 'hyperlink',
  table: 'table',
  vmlDrawing: 'legacy drawing',
};

/** Part-name patterns of workbook-level objects. */
const WORKBOOK_KINDS: Array<[RegExp, string]> = [
  [/^xl\/vbaProject\.bin$/i, 'VBA macros'],
  [/^xl\/externalLinks\/externalLink\d+\.xml$/i, 'external link'],
  [/^xl\/connections\.xml$/i, 'data connections'],
  [/^customXml\/item\d+\.xml$/i, 'custom XML part'],
  [/^xl\/webextensions\/webextension\d+\.xml$/i, 'add-in (web extension)'],
  [/^xl\/slicerCaches\/.*\.xml$/i, 'slicer cache'],
];

function drawingObjects(book: XlsxBook, drawingPath: string, sheet: string): PackageObject[] {
  const xml = book.archive.text(drawingPath) ?? '';
  const relationships = book.relationshipsOf(drawingPath);
  const chartIds = new Set(relationships.filter((r) => r.type === 'chart').map((r) => r.id));
  const objects: PackageObject[] = [];
  for (const frame of xml.match(/<xdr:graphicFrame\b[\s\S]*?<\/xdr:graphicFrame>/g) ?? []) {
    const id = /<c:chart\b[^>]*r:id="([^"]+)"/.exec(frame)?.[1];
    if (!id || !chartIds.has(id)) continue;
    objects.push({
      kind: 'chart',
      sheet,
      name: /<xdr:cNvPr\b[^>]*\bname="([^"]*)"/.exec(frame)?.[1] ?? null,
    });
  }
  for (const _picture of xml.match(/<xdr:pic\b/g) ?? []) objects.push({ kind: 'image', sheet, name: null });
  return objects;
}

/** Every chart, image and other object of the package's sheets and workbook. O(size of the parts inspected). */
export function inventoryPackage(book: XlsxBook): PackageObject[] {
  const objects: PackageObject[] = [];
  for (const sheet of book.sheets) {
    objects.push({ kind: sheet.kind === 'worksheet' ? 'sheet' : sheet.kind, sheet: sheet.name, name: null });
    for (const relationship of book.relationshipsOf(sheet.path)) {
      if (relationship.type === 'drawing') {
        objects.push(...drawingObjects(book, relationship.target, sheet.name));
      } else if (SHEET_KINDS[relationship.type]) {
        objects.push({ kind: SHEET_KINDS[relationship.type], sheet: sheet.name, name: null });
      }
    }
  }
  for (const path of book.archive.names) {
    const kind = WORKBOOK_KINDS.find(([pattern]) => pattern.test(path))?.[1];
    if (kind) objects.push({ kind, sheet: null, name: null });
  }
  return objects;
}

function plural(kind: string, count: number): string {
  if (pluralCategory(count) === 'one' || kind.endsWith('s')) return kind;
  return kind.endsWith('y') ? `${kind.slice(0, -1)}ies` : `${kind}s`;
}

/**
 * What is in `input` but not in `output`, as sentences ("1 chart on sheet Notes"). Objects matched by `rebuilt`
 * (the charts this tool writes again itself) are not losses.
 *
 * @example describeDropped([{ kind: 'chart', sheet: 'Notes', name: 'Chart 1' }], [], () => false) // => ['1 chart on sheet Notes']
 */
export function describeDropped(
  input: readonly PackageObject[],
  output: readonly PackageObject[],
  rebuilt: (object: PackageObject) => boolean,
): string[] {
  const keyOf = (object: PackageObject) => `${object.kind}\u0000${object.sheet ?? ''}`;
  const count = (objects: readonly PackageObject[]) => {
    const counts = new Map<string, number>();
    for (const object of objects) {
      if (!rebuilt(object)) counts.set(keyOf(object), (counts.get(keyOf(object)) ?? 0) + 1);
    }
    return counts;
  };
  const before = count(input);
  const after = count(output);
  const dropped: string[] = [];
  for (const [key, n] of before) {
    const lost = n - (after.get(key) ?? 0);
    if (lost <= 0) continue;
    const [kind, sheet] = key.split('\u0000');
    dropped.push(`${lost} ${plural(kind, lost)}${sheet ? ` on sheet ${sheet}` : ''}`);
  }
  return dropped;
}
