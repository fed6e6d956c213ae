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
  /** The cell format index (`s`), 0 when absent. */
  style: number;
}

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
  // A hand-written scan (indexOf and char codes, no regular expressions): this runs once per cell of a sheet,
  // twice on a refresh, and regular-expression matches were most of the garbage of a million-row run.
  const cells: RawCell[] = [];
  let previous = -1;
  let at = rowXml.indexOf('>') + 1;
  for (;;) {
    const open = rowXml.indexOf('<', at);
    if (open < 0) break;
    let nameEnd = open + 1;
    while (nameEnd < rowXml.length && !isNameEnd(rowXml.charCodeAt(nameEnd))) nameEnd++;
    const name = rowXml.slice(open + 1, nameEnd);
    const tagEnd = rowXml.indexOf('>', nameEnd);
    if (tagEnd < 0) break;
    const colon = name.indexOf(':');
    if (name.charCodeAt(0) === 47 /* / */ || (colon < 0 ? name : name.slice(colon + 1)) !== 'c') {
      if (name.charCodeAt(0) === 47) break;
      at = tagEnd + 1;
      continue;
    }
    const prefix = colon < 0 ? '' : name.slice(0, colon + 1);
    const reference = attributeValue(rowXml, nameEnd, tagEnd, 'r');
    const column = reference !== null ? referenceColumn(reference) : previous + 1;
    previous = column;
    const type = attributeValue(rowXml, nameEnd, tagEnd, 't') ?? 'n';
    const style = Number(attributeValue(rowXml, nameEnd, tagEnd, 's') ?? 0) || 0;
    let end = tagEnd + 1;
    let value: string | null = null;
    let inline: string | null = null;
    if (rowXml.charCodeAt(tagEnd - 1) !== 47) {
      const closeTag = `</${prefix}c>`;
      const close = rowXml.indexOf(closeTag, end);
      const bodyEnd = close < 0 ? rowXml.length : close;
      value = elementText(rowXml, end, bodyEnd, `${prefix}v`);
      if (value === null && type === 'inlineStr') inline = elementText(rowXml, end, bodyEnd, `${prefix}is`);
      end = close < 0 ? rowXml.length : close + closeTag.length;
    }
    cells.push({ column, start: open, end, type, value, inline, style });
    at = end;
  }
  return cells;
}

/** Whitespace, `/` or `>`: where an element name ends. */
function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The value of attribute `name` in the start tag between `from` and `to`, or null. */
function attributeValue(xml: string, from: number, to: number, name: string): string | null {
  let at = from;
  for (;;) {
    const found = xml.indexOf(`${name}=`, at);
    if (found < 0 || found >= to) return null;
    const before = xml.charCodeAt(found - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const quote = xml.charCodeAt(found + name.length + 1);
      const close = xml.indexOf(quote === 39 ? "'" : '"', found + name.length + 2);
      return close < 0 || close > to ? null : xml.slice(found + name.length + 2, close);
    }
    at = found + name.length + 1;
  }
}

/** The content of the first `<tag …>…</tag>` between `from` and `to` (`<tag/>`: ''), or null when there is none. */
function elementText(xml: string, from: number, to: number, tag: string): string | null {
  let at = from;
  for (;;) {
    const open = xml.indexOf(`<${tag}`, at);
    if (open < 0 || open >= to) return null;
    const after = xml.charCodeAt(open + tag.length + 1);
    if (!isNameEnd(after)) {
      at = open + tag.length + 1;
      continue;
    }
    const tagEnd = xml.indexOf('>', open);
    if (tagEnd < 0 || tagEnd >= to) return null;
    if (xml.charCodeAt(tagEnd - 1) === 47) return '';
    const close = xml.indexOf(`</${tag}>`, tagEnd);
    return close < 0 || close > to ? null : xml.slice(tagEnd + 1, close);
  }
}

/**
 * The plain text of a rich or plain string item (`<si>` or `<is>` content): every `<t>` run joined, phonetic
 * runs (`<rPh>`) left out, entities and `_xHHHH_` escapes decoded.
 *
 * @example stringItemText('<r><t>Oy </t></r><r><t>Alfa</t></r>') // => 'Oy Alfa'
 */
export function stringItemText(xml: string): string {
  // Most items are one plain run: `<t>text</t>`.
  if (xml.startsWith('<t>') && xml.endsWith('</t>') && xml.indexOf('<', 3) === xml.length - 4) {
    return decodeOoxmlText(xml.slice(3, -4));
  }
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
