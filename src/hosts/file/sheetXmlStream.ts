/**
 * A worksheet part read as a stream of text: what comes before `<sheetData>`, each `<row>` element as its own
 * piece of text, and what comes after – never the whole part as one string or tree. Both the reader (cells of a
 * row, `rowCells`) and the `-o` writer (our cells spliced into each row) work on these pieces, so a sheet of a
 * million rows costs its rows one at a time.
 *
 * The part is machine-written XML; element names may carry a prefix (`x:row`, as some writers use) and come in
 * the transitional or the strict namespace alike (only local names are looked at).
 */
import { decodeXmlBytesChunked } from './textChunks';
import type { ZipArchive } from './zipArchive';

/** Receives the pieces of a sheet part in order. */
export interface SheetXmlHandler {
  /** Everything before the `<sheetData>` start tag (or the whole part when it has none). */
  head(text: string): void;
  /** One `<row …>…</row>` (or `<row …/>`) element. */
  row(xml: string): void;
  /** `</sheetData>` and everything after it (`<sheetData/>` when the sheet had an empty one). */
  tail(text: string): void;
}

const SHEET_DATA_OPEN = /<(?:[A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/;
const SHEET_DATA_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>/;
const ROW_OPEN = /<(?:[A-Za-z_][\w.-]*:)?row\b/g;

/**
 * Stream the part `path` of `archive` through `handler`. The `<sheetData>` start tag itself goes to neither head
 * nor rows: a writer writes its own. O(size of the part); holds one row (and one inflated chunk) at a time.
 *
 * @returns false when the part does not exist.
 */
export function streamSheetXml(archive: ZipArchive, path: string, handler: SheetXmlHandler): boolean {
  let phase = 'head' as 'head' | 'rows' | 'tail';
  let pending = '';
  let tail = '';
  const consume = (text: string, final: boolean) => {
    pending += text;
    if (phase === 'head') {
      const open = SHEET_DATA_OPEN.exec(pending);
      if (!open) {
        if (final) {
          handler.head(pending);
          pending = '';
          phase = 'tail';
        }
        return;
      }
      handler.head(pending.slice(0, open.index));
      pending = pending.slice(open.index + open[0].length);
      if (open[1] === '/') {
        phase = 'tail';
        tail = '</sheetData>';
      } else phase = 'rows';
    }
    if (phase === 'rows') {
      let at = 0;
      for (;;) {
        ROW_OPEN.lastIndex = at;
        const start = ROW_OPEN.exec(pending);
        const close = pending.indexOf('</', at);
        // The end of sheetData comes before the next row (or there is no next row).
        if (
          close >= 0 &&
          (!start || close < start.index) &&
          SHEET_DATA_CLOSE.test(pending.slice(close, close + 64))
        ) {
          pending = pending.slice(close);
          phase = 'tail';
          break;
        }
        if (!start) {
          // Keep a possible partial tag at the end for the next chunk.
          const lastLt = pending.lastIndexOf('<');
          pending = lastLt >= at ? pending.slice(lastLt) : '';
          return;
        }
        const end = rowEnd(pending, start.index + start[0].length);
        if (end < 0) {
          pending = pending.slice(start.index);
          return;
        }
        handler.row(pending.slice(start.index, end));
        at = end;
      }
    }
    if (phase === 'tail') {
      tail += pending;
      pending = '';
    }
  };
  const found = decodeXmlBytesChunked(archive, path, consume);
  if (!found) return false;
  if (phase === 'rows') tail += '</sheetData>';
  handler.tail(tail);
  return true;
}

/** Index just after the row element whose start tag's name ends at `from`, or -1 when it is not complete yet. */
function rowEnd(text: string, from: number): number {
  const tagEnd = text.indexOf('>', from);
  if (tagEnd < 0) return -1;
  if (text.charCodeAt(tagEnd - 1) === 47 /* / */) return tagEnd + 1;
  const close = /<\/(?:[A-Za-z_][\w.-]*:)?row\s*>/g;
  close.lastIndex = tagEnd;
  const match = close.exec(text);
  return match ? match.index + match[0].length : -1;
}

/** One cell of a row as written: where its element is in the row text, its column and its raw parts. */
export interface RawCell {
  /** 0-based column. */
  column: number;
  /** Start and end (exclusive) of the `<c>` element in the row text. */
  start: number;
  end: number;
  /** `t` attribute ('n' when absent). */
  type: string;
  /** Text of `<v>` (still escaped), or null. */
  value: string | null;
  /** Inner XML of `<is>` for inline strings, or null. */
  inline: string | null;
}

const CELL = /<((?:[A-Za-z_][\w.-]*:)?)c\b([^>]*?)(\/>|>)/g;

/** The row number (`r`) of a row element, or null when it has none (then it follows the previous row). */
export function rowNumberOf(rowXml: string): number | null {
  const tagEnd = rowXml.indexOf('>');
  const match = /\br="(\d+)"/.exec(rowXml.slice(0, tagEnd));
  return match ? Number(match[1]) : null;
}

/** Column (0-based) of an A1 reference's letters, or -1. */
export function referenceColumn(reference: string): number {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return index === 0 ? -1 : column - 1;
}

/**
 * The cells of a row element, in document order; a cell without `r` takes the column after the previous one.
 * O(length of the row).
 */
export function rowCells(rowXml: string): RawCell[] {
  const cells: RawCell[] = [];
  const bodyStart = rowXml.indexOf('>') + 1;
  CELL.lastIndex = bodyStart;
  let previous = -1;
  for (let match = CELL.exec(rowXml); match; match = CELL.exec(rowXml)) {
    const attributes = match[2];
    const reference = /\br="([A-Za-z]+)\d*"/.exec(attributes);
    const column = reference ? referenceColumn(reference[1]) : previous + 1;
    previous = column;
    const type = /\bt="([^"]*)"/.exec(attributes)?.[1] ?? 'n';
    let end = match.index + match[0].length;
    let value: string | null = null;
    let inline: string | null = null;
    if (match[3] === '>') {
      const closeTag = `</${match[1]}c>`;
      const close = rowXml.indexOf(closeTag, end);
      const body = rowXml.slice(end, close < 0 ? rowXml.length : close);
      end = close < 0 ? rowXml.length : close + closeTag.length;
      const v = /<(?:[A-Za-z_][\w.-]*:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?v>/.exec(body);
      if (v) value = v[1];
      const is = /<(?:[A-Za-z_][\w.-]*:)?is\b[^>]*>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?is>/.exec(body);
      if (is) inline = is[1];
    }
    cells.push({ column, start: match.index, end, type, value, inline });
    CELL.lastIndex = end;
  }
  return cells;
}

/**
 * The plain text of a rich or plain string item (`<si>` or `<is>` content): every `<t>` run joined, phonetic
 * runs (`<rPh>`) left out, entities and `_xHHHH_` escapes decoded.
 *
 * @example stringItemText('<r><t>Oy </t></r><r><t>Alfa</t></r>') // => 'Oy Alfa'
 */
export function stringItemText(xml: string): string {
  const withoutPhonetic =
    xml.indexOf('rPh') >= 0 ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  let text = '';
  const runs = /<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t>)/g;
  for (let match = runs.exec(withoutPhonetic); match; match = runs.exec(withoutPhonetic))
    text += match[1] ?? '';
  return decodeOoxmlText(text);
}

/** XML entities and the OOXML `_xHHHH_` escapes of a text. */
export function decodeOoxmlText(text: string): string {
  let decoded = text.indexOf('&') >= 0 ? decodeEntities(text) : text;
  if (decoded.indexOf('_x') >= 0) {
    decoded = decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return decoded;
}

/** Undo XML escaping (named and numeric character references). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (match, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
    }
  });
}
