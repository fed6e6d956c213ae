/**
 * The workbook's style sheet (`xl/styles.xml`) with our cell formats appended: the input's own fonts, fills,
 * borders, number formats and cell formats keep their indexes, so every cell that is not ours keeps its look;
 * ours get new entries at the end of each list (equal ones shared). Conditional colours get differential formats
 * (`dxfs`) the same way.
 */
import { xmlText } from './xmlText';

/** What a cell of ours looks like. Colours are `#RRGGBB`. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  color?: string;
  fill?: string;
  /** A thin bottom border in this colour. */
  borderBottom?: string;
  /** Excel number format code (`0.0%`); General when absent. */
  numberFormat?: string;
  /** Align the cell right (a table header over figures). */
  alignRight?: boolean;
}

/** A style sheet being extended. */
export interface StyleSheet {
  /** The cell-format index (`s`) of `format`; 0 for the plain default. */
  cellStyle(format: CellFormat): number;
  /** The differential-format index (`dxfId`) of a font colour over a solid fill, for a conditional format. */
  differential(fill: string, font: string): number;
  /** The style sheet with everything added. */
  xml(): string;
}

/** Number formats every spreadsheet knows by id (ECMA-376 §18.8.30). */
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
/** Custom number formats take ids from 164 up. */
const FIRST_CUSTOM_FORMAT = 164;
/** CT_Stylesheet's children in schema order: a missing list is inserted before the first later one present. */
const LIST_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** The style sheet of a new workbook (one default font, the two fills every workbook has, one border). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

function rgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/**
 * Open `stylesXml` (the input's part, or MINIMAL_STYLES) for appending. O(size of the part) per new entry: a run
 * adds a few dozen.
 *
 * @throws Error when the part has no `<styleSheet>` root.
 * @example styleSheet(MINIMAL_STYLES).cellStyle({ bold: true }) // => 1
 */
export function styleSheet(stylesXml: string): StyleSheet {
  let xml = stylesXml;
  const root = /<([A-Za-z_][\w.-]*:)?styleSheet\b/.exec(xml);
  if (!root) throw new Error('styles part without a styleSheet');
  // Some writers put a prefix on every element (`x:font`): ours then carry it too.
  const p = root[1] ?? '';
  const prefixed = (item: string) => (p === '' ? item : item.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`));
  const cache = new Map<string, number>();

  /** Number of items in list `name` and the index where the next goes; the list is created when missing. */
  function append(name: string, bareItem: string, itemTag: string): number {
    const item = prefixed(bareItem);
    const open = new RegExp(`<${p}${name}\\b[^>]*?(/?)>`).exec(xml);
    if (!open) {
      const later = LIST_ORDER.slice(LIST_ORDER.indexOf(name) + 1)
        .map((next) => xml.search(new RegExp(`<${p}${next}\\b`)))
        .filter((index) => index >= 0);
      const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf(`</${p}styleSheet>`);
      xml = `${xml.slice(0, at)}<${p}${name} count="1">${item}</${p}${name}>${xml.slice(at)}`;
      return 0;
    }
    const bodyStart = open.index + open[0].length;
    let close = open[1] === '/' ? -1 : xml.indexOf(`</${p}${name}>`, bodyStart);
    const body = close < 0 ? '' : xml.slice(bodyStart, close);
    const count = (body.match(new RegExp(`<${p}${itemTag}[\\s/>]`, 'g')) ?? []).length;
    const tag = open[0].replace(/\s*\/>$/, '>').replace(/\bcount="\d+"/, `count="${count + 1}"`);
    const openTag = /\bcount="/.test(tag) ? tag : tag.replace(/>$/, ` count="${count + 1}">`);
    if (close < 0) {
      xml = `${xml.slice(0, open.index)}${openTag}${item}</${p}${name}>${xml.slice(bodyStart)}`;
    } else {
      close = xml.indexOf(`</${p}${name}>`, bodyStart);
      xml = `${xml.slice(0, open.index)}${openTag}${body}${item}${xml.slice(close)}`;
    }
    return count;
  }

  function cached(key: string, make: () => number): number {
    let id = cache.get(key);
    if (id === undefined) cache.set(key, (id = make()));
    return id;
  }

  /** The default font's size, name, family and scheme, which our fonts keep. */
  function baseFont(): { size: string; rest: string } {
    const first =
      new RegExp(`<${p}fonts\\b[^>]*>\\s*<${p}font\\b[^>]*>([\\s\\S]*?)</${p}font>`).exec(xml)?.[1] ?? '';
    const element = (tag: string) =>
      new RegExp(`<${p}${tag}\\b[^>]*/>`).exec(first)?.[0]?.replace(`<${p}`, '<') ?? '';
    const size = new RegExp(`<${p}sz\\s+val="([^"]*)"`).exec(first)?.[1] ?? '11';
    return {
      size,
      rest: `${element('name') || '<name val="Calibri"/>'}${element('family')}${element('scheme')}`,
    };
  }

  function fontId(format: CellFormat): number {
    if (!format.bold && !format.italic && format.size === undefined && format.color === undefined) return 0;
    return cached(`font:${format.bold}:${format.italic}:${format.size}:${format.color}`, () => {
      const base = baseFont();
      const item =
        `<font>${format.bold ? '<b/>' : ''}${format.italic ? '<i/>' : ''}<sz val="${format.size ?? base.size}"/>` +
        `${format.color ? `<color rgb="${rgb(format.color)}"/>` : ''}${base.rest}</font>`;
      return append('fonts', item, 'font');
    });
  }

  function fillId(fill: string | undefined): number {
    if (fill === undefined) return 0;
    return cached(`fill:${fill}`, () =>
      append(
        'fills',
        `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
        'fill',
      ),
    );
  }

  function borderId(bottom: string | undefined): number {
    if (bottom === undefined) return 0;
    return cached(`border:${bottom}`, () =>
      append(
        'borders',
        `<border><left/><right/><top/><bottom style="thin"><color rgb="${rgb(bottom)}"/></bottom><diagonal/></border>`,
        'border',
      ),
    );
  }

  function numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    return cached(`numFmt:${code}`, () => {
      const escaped = xmlText(code);
      const formats = [
        ...xml.matchAll(new RegExp(`<${p}numFmt\\s+numFmtId="(\\d+)"\\s+formatCode="([^"]*)"\\s*/>`, 'g')),
      ];
      const same = formats.find((match) => match[2] === escaped);
      if (same) return Number(same[1]);
      const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...formats.map((match) => Number(match[1]))) + 1;
      append('numFmts', `<numFmt numFmtId="${id}" formatCode="${escaped}"/>`, 'numFmt');
      return id;
    });
  }

  return {
    cellStyle(format) {
      const font = fontId(format);
      const fill = fillId(format.fill);
      const border = borderId(format.borderBottom);
      const numFmt = numberFormatId(format.numberFormat);
      const right = format.alignRight === true;
      return cached(`xf:${font}:${fill}:${border}:${numFmt}:${right}`, () => {
        const applied =
          (numFmt !== 0 ? ' applyNumberFormat="1"' : '') +
          (font !== 0 ? ' applyFont="1"' : '') +
          (fill !== 0 ? ' applyFill="1"' : '') +
          (border !== 0 ? ' applyBorder="1"' : '') +
          (right ? ' applyAlignment="1"' : '');
        const attributes = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}`;
        return append(
          'cellXfs',
          right ? `<xf ${attributes}><alignment horizontal="right"/></xf>` : `<xf ${attributes}/>`,
          'xf',
        );
      });
    },
    differential(fill, font) {
      return cached(`dxf:${fill}:${font}`, () =>
        append(
          'dxfs',
          `<dxf><font><color rgb="${rgb(font)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${rgb(fill)}"/></patternFill></fill></dxf>`,
          'dxf',
        ),
      );
    },
    xml: () => xml,
  };
}
