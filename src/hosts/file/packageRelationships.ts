/**
 * Reading the parts of an .xlsx package (OPC): which worksheet part holds which sheet, and what a part's
 * relationships point at. Plain string scanning of the few attributes needed – the parts are machine-written.
 */
import type JSZip from 'jszip';

/** One relationship of a part, its target resolved to a part name (`xl/drawings/drawing1.xml`). */
export interface Relationship {
  id: string;
  type: string;
  /** Part name without a leading slash; for external targets the raw target. */
  target: string;
  external: boolean;
}

/** A worksheet of the package: its name in workbook.xml and its part. */
export interface PackageSheet {
  name: string;
  path: string;
}

function attribute(element: string, name: string): string | null {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(element);
  return match ? decodeXml(match[1]) : null;
}

/** Undo XML escaping of an attribute value. */
export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolve a relative target against the folder of `partPath`. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationships of a part (empty when it has none). */
export async function relationshipsOf(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const file = zip.file(relsPathOf(partPath));
  if (!file) return [];
  const xml = await file.async('string');
  return (xml.match(/<Relationship\b[^>]*>/g) ?? []).map((element) => {
    const target = attribute(element, 'Target') ?? '';
    const external = attribute(element, 'TargetMode') === 'External';
    return {
      id: attribute(element, 'Id') ?? '',
      type: (attribute(element, 'Type') ?? '').replace(/^.*\//, ''),
      target: external ? target : resolveTarget(partPath, target),
      external,
    };
  });
}

/** The worksheets in workbook order with their part names. */
export async function packageSheets(zip: JSZip): Promise<PackageSheet[]> {
  const workbookFile = zip.file('xl/workbook.xml');
  if (!workbookFile) return [];
  const xml = await workbookFile.async('string');
  const relationships = await relationshipsOf(zip, 'xl/workbook.xml');
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship.target]));
  return (xml.match(/<sheet\b[^>]*>/g) ?? []).flatMap((element) => {
    const name = attribute(element, 'name');
    const id = attribute(element, 'r:id');
    const path = id ? byId.get(id) : undefined;
    return name !== null && path ? [{ name, path }] : [];
  });
}
