/**
 * Cell styles for a sheet written as XML directly: appended to the `styles.xml` ExcelJS wrote, so the cells can
 * refer to them by index (`s="…"`). Only what a grid sheet uses (bold, a number format) is supported; fonts and
 * number formats already in the part are reused, as ExcelJS would.
 */
import type { CellStyle } from './sheetCells';
import { xmlText } from './xmlText';

/** Number formats every spreadsheet knows by id (ECMA-376 §18.8.30); ExcelJS writes these by id too. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};
/** The font ExcelJS writes for `{ font: { bold: true } }`: bold over the default font. */
const BOLD_FONT = '<font><b/></font>';
/** Custom number formats take ids from 164 up. */
const FIRST_CUSTOM_FORMAT = 164;

/** `styles.xml` with the styles added, and the cell-format index (`s`) of each requested style, in order. */
export interface AddedStyles {
  xml: string;
  ids: number[];
}

/** Append `item` to the list element `name` (`<name count="n">…</name>`), counting it; its index is returned. */
function appendTo(xml: string, name: string, item: string): { xml: string; index: number } {
  const open = new RegExp(`<${name}\\b[^>]*?count="(\\d+)"[^>]*>`).exec(xml);
  const close = xml.indexOf(`</${name}>`);
  if (!open || close < 0) throw new Error(`styles.xml has no <${name}> list`);
  const count = Number(open[1]);
  const opened = open[0].replace(`count="${count}"`, `count="${count + 1}"`);
  const next =
    xml.slice(0, open.index) +
    opened +
    xml.slice(open.index + open[0].length, close) +
    item +
    xml.slice(close);
  return { xml: next, index: count };
}

function fontId(xml: string, bold: boolean): { xml: string; id: number } {
  if (!bold) return { xml, id: 0 };
  const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)?.[1] ?? '';
  const list: string[] = fonts.match(/<font\b[\s\S]*?<\/font>|<font\/>/g) ?? [];
  const existing = list.indexOf(BOLD_FONT);
  if (existing >= 0) return { xml, id: existing };
  const added = appendTo(xml, 'fonts', BOLD_FONT);
  return { xml: added.xml, id: added.index };
}

function numberFormatId(xml: string, code: string | undefined): { xml: string; id: number } {
  if (code === undefined) return { xml, id: 0 };
  if (code in BUILT_IN_FORMATS) return { xml, id: BUILT_IN_FORMATS[code] };
  const escaped = xmlText(code);
  const ids = [...xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)];
  const same = ids.find((match) => match[2] === escaped);
  if (same) return { xml, id: Number(same[1]) };
  const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids.map((match) => Number(match[1]))) + 1;
  const element = `<numFmt numFmtId="${id}" formatCode="${escaped}"/>`;
  // The list is optional and must come first in the style sheet (CT_Stylesheet order).
  if (!xml.includes('<numFmts'))
    return { xml: xml.replace('<fonts', `<numFmts count="1">${element}</numFmts><fonts`), id };
  return { xml: appendTo(xml, 'numFmts', element).xml, id };
}

/**
 * Add one cell format (`<xf>` in `cellXfs`) per style to `stylesXml`. O(size of the part × styles): a grid sheet
 * has a handful of styles. Equal styles share one format.
 *
 * @throws Error when the part lacks the `fonts` or `cellXfs` list ExcelJS always writes.
 * @example addCellStyles(xml, [{ bold: true }, { numberFormat: '0.0%' }]).ids // => e.g. [12, 13]
 */
export function addCellStyles(stylesXml: string, styles: readonly CellStyle[]): AddedStyles {
  let xml = stylesXml;
  const ids: number[] = [];
  const byKey = new Map<string, number>();
  for (const style of styles) {
    const key = `${style.bold === true}\u0000${style.numberFormat ?? ''}`;
    const known = byKey.get(key);
    if (known !== undefined) {
      ids.push(known);
      continue;
    }
    const font = fontId(xml, style.bold === true);
    const format = numberFormatId(font.xml, style.numberFormat);
    const applied = `${style.bold ? ' applyFont="1"' : ''}${format.id !== 0 ? ' applyNumberFormat="1"' : ''}`;
    const xf = `<xf numFmtId="${format.id}" fontId="${font.id}" fillId="0" borderId="0" xfId="0"${applied}/>`;
    const added = appendTo(format.xml, 'cellXfs', xf);
    xml = added.xml;
    byKey.set(key, added.index);
    ids.push(added.index);
  }
  return { xml, ids };
}
