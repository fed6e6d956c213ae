/**
 * An .xlsx/.xlsm package as the file host reads it: the workbook part, its sheets (name, part, state), their
 * Excel tables, the shared strings, and each worksheet's cells – read by streaming the sheet part
 * (sheetXmlStream.ts), never through a DOM or a spreadsheet library. Transitional and strict OOXML alike
 * (strict differs in namespaces only; local names are what is read).
 */
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue } from '../../core/types';
import {
  decodeEntities,
  rowCells,
  rowNumberOf,
  stringItemText,
  decodeOoxmlText,
  streamSheetXml,
} from './sheetXmlStream';
import type { ZipArchive } from './zipArchive';

/** One relationship of a part, its target resolved to a part name. */
export interface PartRelationship {
  id: string;
  /** Last segment of the type URI (`worksheet`, `table`, `drawing` …). */
  type: string;
  target: string;
  external: boolean;
}

/** An Excel table on a sheet. */
export interface TableInfo {
  name: string;
  /** Part name of the table definition. */
  path: string;
  /** 1-based rows, 0-based columns, inclusive, as the table's `ref` says. */
  box: { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number };
  headerRowCount: number;
  totalsRowCount: number;
  columns: string[];
}

/** A sheet of the workbook (worksheets, and also chart sheets and others, which hold no cells). */
export interface SheetInfo {
  name: string;
  /** `worksheet`, `chartsheet`, `dialogsheet`, `macrosheet` … (the relationship type). */
  kind: string;
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  relationshipId: string;
}

/** The cells of a worksheet, read once. */
export interface SheetCells {
  /** The value at a 1-based row and 0-based column, null when empty. */
  valueAt(row: number, column: number): CellValue;
  /** Bounding box of the non-empty cells (blank text counts as empty), or null for an empty sheet. */
  usedBox(): CellBox | null;
  /** The number format code of a cell in the sheet's first rows (STYLED_ROWS), or null. */
  formatAt(row: number, column: number): string | null;
}

/** A rectangle of cells: 1-based rows, 0-based columns, inclusive. */
export interface CellBox {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** An opened workbook package. */
export interface XlsxBook {
  archive: ZipArchive;
  fileName: string;
  workbookPath: string;
  /** True for strict OOXML (ISO 29500 strict namespaces). */
  strict: boolean;
  sheets: SheetInfo[];
  /** Worksheets only, in workbook order. */
  worksheets(): SheetInfo[];
  tablesOf(sheet: SheetInfo): TableInfo[];
  cellsOf(sheet: SheetInfo): SheetCells;
  relationshipsOf(partPath: string): PartRelationship[];
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolve a relative target against the folder of `partPath` (an absolute target is from the package root). */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** An attribute of one element's start tag (any prefix on the attribute name when `anyPrefix`). */
export function attributeOf(element: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(element);
  return match ? decodeEntities(match[2] ?? match[3]) : null;
}

/** The relationships of a part in `archive` (empty when it has none). */
export function readRelationships(archive: ZipArchive, partPath: string): PartRelationship[] {
  const xml = archive.text(relsPathOf(partPath));
  if (!xml) return [];
  return (xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []).map((element) => {
    const target = attributeOf(element, 'Target') ?? '';
    const external = attributeOf(element, 'TargetMode') === 'External';
    return {
      id: attributeOf(element, 'Id') ?? '',
      type: (attributeOf(element, 'Type') ?? '').replace(/^.*\//, ''),
      target: external ? target : resolveTarget(partPath, target),
      external,
    };
  });
}

/** A1 reference → 1-based row and 0-based column. */
function parseReference(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(reference.trim());
  if (!match) return null;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

/** `B2:F241` → its box, or null. */
export function parseBox(ref: string): CellBox | null {
  const [from, to = from] = ref.split(':');
  const start = parseReference(from);
  const end = parseReference(to);
  if (!start || !end) return null;
  return { firstRow: start.row, firstColumn: start.column, lastRow: end.row, lastColumn: end.column };
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A cell as the engine's value: numbers, text (shared, inline or formula strings), booleans, error codes
 * (`#N/A`, which the engine reports as invalid); dates stay serial numbers (a `t="d"` ISO date becomes one).
 */
function cellValue(
  type: string,
  value: string | null,
  inline: string | null,
  shared: () => string[],
): CellValue {
  switch (type) {
    case 's': {
      const index = value === null ? NaN : Number(value);
      const strings = shared();
      return Number.isInteger(index) && index >= 0 && index < strings.length ? strings[index] : null;
    }
    case 'inlineStr':
      return inline !== null ? stringItemText(inline) : value !== null ? decodeOoxmlText(value) : null;
    case 'str':
    case 'e':
      return value === null ? null : decodeOoxmlText(value);
    case 'b':
      return value === null ? null : value.trim() === '1' || value.trim() === 'true';
    case 'd': {
      if (value === null) return null;
      const time = Date.parse(
        value.trim().length <= 10 ? `${value.trim()}T00:00:00Z` : value.trim().replace(/Z?$/, 'Z'),
      );
      return Number.isFinite(time) ? (time - EXCEL_EPOCH_MS) / MS_PER_DAY : decodeOoxmlText(value);
    }
    default: {
      if (value === null) return null;
      const number = Number(value);
      return value.trim() !== '' && Number.isFinite(number) ? number : decodeOoxmlText(value);
    }
  }
}

/** A string that shares no memory with the text it was cut from (V8 keeps a slice's parent alive). */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

function isEmpty(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Read every cell of a worksheet part into column arrays. O(size of the part). */
/**
 * One column of a scanned sheet: numbers in a Float64Array (NaN: no number there), other values (text,
 * booleans) in a sparse array beside it. A million numbers are then one object for the garbage collector to
 * look at, not a million boxed ones – on a refresh near Excel's row limit, collection had taken half of the time.
 */
class StoredColumn {
  private numbers = new Float64Array(0);
  private others: Array<string | boolean> | null = null;

  set(index: number, value: CellValue): void {
    if (typeof value === 'number') {
      if (index >= this.numbers.length) this.grow(index);
      this.numbers[index] = value;
    } else if (value !== null && value !== undefined) {
      (this.others ??= [])[index] = value;
    }
  }

  get(index: number): CellValue {
    const other = this.others?.[index];
    if (other !== undefined) return other;
    const number = index < this.numbers.length ? this.numbers[index] : NaN;
    return Number.isNaN(number) ? null : number;
  }

  private grow(index: number): void {
    const next = new Float64Array(Math.max(1024, index + 1, this.numbers.length * 2)).fill(NaN);
    next.set(this.numbers);
    this.numbers = next;
  }
}

/** Cell formats are kept for this many rows: enough for the top rows of any source (date detection). */
const STYLED_ROWS = 10_000;

/** Number formats every spreadsheet knows by id (ECMA-376 §18.8.30): the date and time ones. */
const BUILT_IN_DATE_FORMATS: Record<number, string> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** The number format code of each cell format (`s` index) of the style sheet part. */
function cellFormatCodes(xml: string | null): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attributeOf(match[0], 'numFmtId'));
    const code = attributeOf(match[0], 'formatCode');
    if (Number.isInteger(id) && code !== null) custom.set(id, code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return (xfs.match(/<(?:\w+:)?xf\b[^>]*>/g) ?? []).map((xf) => {
    const id = Number(attributeOf(xf, 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILT_IN_DATE_FORMATS[id] ?? 'General';
  });
}

function scanCells(
  archive: ZipArchive,
  path: string,
  shared: () => string[],
  formats: () => string[],
): SheetCells {
  const columns: StoredColumn[] = [];
  const styles = new Map<number, number>();
  let box: CellBox | null = null;
  let rowNumber = 0;
  // Short texts repeat down a column (customers, classes, labels): one string each, not one per cell. Every kept
  // string is a copy: a slice would keep the whole decoded piece of the part it was cut from alive.
  const interned = new Map<string, string>();
  const intern = (value: CellValue): CellValue => {
    if (typeof value !== 'string') return value;
    if (value.length > 64) return ownCopy(value);
    const known = interned.get(value);
    if (known !== undefined) return known;
    const copy = ownCopy(value);
    if (interned.size < 1 << 20) interned.set(copy, copy);
    return copy;
  };
  streamSheetXml(archive, path, {
    head: () => undefined,
    tail: () => undefined,
    row(xml) {
      rowNumber = rowNumberOf(xml) ?? rowNumber + 1;
      for (const cell of rowCells(xml)) {
        if (cell.value === null && cell.inline === null) continue;
        const value = intern(cellValue(cell.type, cell.value, cell.inline, shared));
        if (value === null || cell.column < 0) continue;
        if (cell.style !== 0 && rowNumber <= STYLED_ROWS)
          styles.set(rowNumber * 16384 + cell.column, cell.style);
        (columns[cell.column] ??= new StoredColumn()).set(rowNumber - 1, value);
        if (isEmpty(value)) continue;
        if (!box)
          box = {
            firstRow: rowNumber,
            firstColumn: cell.column,
            lastRow: rowNumber,
            lastColumn: cell.column,
          };
        else {
          if (rowNumber < box.firstRow) box.firstRow = rowNumber;
          if (rowNumber > box.lastRow) box.lastRow = rowNumber;
          if (cell.column < box.firstColumn) box.firstColumn = cell.column;
          if (cell.column > box.lastColumn) box.lastColumn = cell.column;
        }
      }
    },
  });
  const found = box as CellBox | null;
  return {
    valueAt: (row, column) => (columns[column] ? columns[column].get(row - 1) : null),
    usedBox: () => (found ? { ...found } : null),
    formatAt(row, column) {
      const style = styles.get(row * 16384 + column);
      return style === undefined ? null : (formats()[style] ?? null);
    },
  };
}

function parseTable(archive: ZipArchive, path: string): TableInfo | null {
  const xml = archive.text(path);
  if (!xml) return null;
  const element = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
  if (!element) return null;
  const box = parseBox(attributeOf(element, 'ref') ?? '');
  if (!box) return null;
  const number = (name: string, fallback: number) => {
    const text = attributeOf(element, name);
    return text === null ? fallback : Number(text);
  };
  return {
    name: attributeOf(element, 'displayName') ?? attributeOf(element, 'name') ?? '',
    path,
    box,
    headerRowCount: number('headerRowCount', 1),
    totalsRowCount: number('totalsRowCount', 0),
    columns: (xml.match(/<(?:\w+:)?tableColumn\b[^>]*>/g) ?? []).map(
      (column) => attributeOf(column, 'name') ?? '',
    ),
  };
}

/** The main workbook part named by the package relationships (`xl/workbook.xml` in every writer seen). */
function workbookPartOf(archive: ZipArchive): string | null {
  const main = readRelationships(archive, '').find((relationship) => relationship.type === 'officeDocument');
  if (main && archive.has(main.target)) return main.target;
  return archive.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/**
 * Open the workbook of `archive`. O(size of workbook.xml and its relationships); sheets are read when asked.
 *
 * @throws SegmentationError `unreadable-input` when the package has no workbook part.
 */
export function openXlsxBook(archive: ZipArchive, fileName: string): XlsxBook {
  const workbookPath = workbookPartOf(archive);
  const workbookXml = workbookPath ? archive.text(workbookPath) : null;
  if (!workbookPath || workbookXml === null) {
    throw new SegmentationError('unreadable-input', message('file-not-spreadsheet', { file: fileName }));
  }
  const relationships = readRelationships(archive, workbookPath);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: SheetInfo[] = (workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).flatMap((element) => {
    const name = attributeOf(element, 'name');
    const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(element)?.[1] ?? attributeOf(element, 'id');
    const relationship = id ? byId.get(id) : undefined;
    if (name === null || !relationship || !id) return [];
    const state = attributeOf(element, 'state');
    return [
      {
        name,
        kind: relationship.type,
        path: relationship.target,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        relationshipId: id,
      },
    ];
  });
  let shared: string[] | null = null;
  const sharedStrings = () => {
    if (shared) return shared;
    const part = relationships.find((relationship) => relationship.type === 'sharedStrings');
    const xml = part ? archive.text(part.target) : null;
    shared = [];
    if (xml) {
      const items = /<(?:[A-Za-z_][\w.-]*:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?si>)/g;
      for (let match = items.exec(xml); match; match = items.exec(xml))
        shared.push(stringItemText(match[1] ?? ''));
    }
    return shared;
  };
  let codes: string[] | null = null;
  const formatCodes = () => {
    if (codes) return codes;
    const part = relationships.find((relationship) => relationship.type === 'styles');
    return (codes = cellFormatCodes(part ? archive.text(part.target) : null));
  };
  const cells = new Map<string, SheetCells>();
  const tables = new Map<string, TableInfo[]>();
  const rels = new Map<string, PartRelationship[]>();
  const relationshipsOf = (partPath: string) => {
    let found = rels.get(partPath);
    if (!found) rels.set(partPath, (found = readRelationships(archive, partPath)));
    return found;
  };
  return {
    archive,
    fileName,
    workbookPath,
    strict: workbookXml.includes('http://purl.oclc.org/ooxml/spreadsheetml/main'),
    sheets,
    worksheets: () => sheets.filter((sheet) => sheet.kind === 'worksheet'),
    relationshipsOf,
    tablesOf(sheet) {
      let found = tables.get(sheet.path);
      if (!found) {
        found = relationshipsOf(sheet.path)
          .filter((relationship) => relationship.type === 'table' && !relationship.external)
          .flatMap((relationship) => parseTable(archive, relationship.target) ?? []);
        tables.set(sheet.path, found);
      }
      return found;
    },
    cellsOf(sheet) {
      let found = cells.get(sheet.path);
      if (!found) {
        found = scanCells(archive, sheet.path, sharedStrings, formatCodes);
        cells.set(sheet.path, found);
      }
      return found;
    },
  };
}
