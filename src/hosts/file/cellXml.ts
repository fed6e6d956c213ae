/**
 * Cells as worksheet XML. Text is always an inline string (`t="inlineStr"`), so no `<f>` element is ever written
 * and a value beginning with `=`, `+`, `-` or `@` stays the text it is; numbers are `<v>` cells.
 */
import type { CellValue } from '../../core/types';
import { xmlText } from './xmlText';

/** The namespaces of a (transitional) worksheet part we write. */
export const WORKSHEET_NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Characters that need escaping (or dropping) in element text; most cells have none. */
// eslint-disable-next-line no-control-regex -- C0 controls are what XML 1.0 forbids; xmlText drops them.
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** `<t>` with the text; leading or trailing spaces are kept only with xml:space="preserve". */
function inlineText(text: string): string {
  const escaped = NEEDS_ESCAPE.test(text) ? xmlText(text) : text;
  const edges = text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;
  return edges ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** A text cell. @example inlineStringCell('A1', '=1+1', 0) // => '<c r="A1" t="inlineStr"><is><t>=1+1</t></is></c>' */
export function inlineStringCell(reference: string, text: string, styleId: number): string {
  const style = styleId === 0 ? '' : ` s="${styleId}"`;
  return `<c r="${reference}"${style} t="inlineStr"><is>${inlineText(text)}</is></c>`;
}

/**
 * One cell of any value; '' for an empty unstyled cell (nothing to write). A number that is not finite has no
 * representation in a cell and is left empty.
 */
export function cellXml(reference: string, value: CellValue, styleId: number): string {
  const style = styleId === 0 ? '' : ` s="${styleId}"`;
  if (typeof value === 'string' && value !== '') return inlineStringCell(reference, value, styleId);
  if (typeof value === 'number' && Number.isFinite(value))
    return `<c r="${reference}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return styleId === 0 ? '' : `<c r="${reference}"${style}/>`;
}
