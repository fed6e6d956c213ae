/**
 * A CSV (or .xls) table as a new workbook package: one data sheet holding the table's fields as text, as they
 * were written in the file, so that `-o` edits it exactly as it edits an .xlsx input (savePackage.ts).
 */
import { columnLetter } from '../../core/cellAddress';
import type { CellValue } from '../../core/types';
import { cellXml, WORKSHEET_NAMESPACES } from './cellXml';
import { MINIMAL_STYLES } from './styleSheet';
import { decodeXmlBytes, type ZipArchive } from './zipArchive';

const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * An Excel-valid sheet name from a file name: extension dropped, `[]:*?/\` replaced, at most 31 characters, no
 * leading or trailing apostrophe, `Sheet1` when nothing remains.
 *
 * @example sheetNameForFile('sales 2026.csv') // => 'sales 2026'
 * @example sheetNameForFile('a:b?.csv') // => 'a_b_'
 */
export function sheetNameForFile(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  const name = base
    .replace(FORBIDDEN, '_')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Sheet1' : name;
}

/** An archive whose parts are held in memory (nothing compressed: `raw` is null, so a writer deflates them). */
function memoryArchive(parts: Map<string, Uint8Array>): ZipArchive {
  const names = [...parts.keys()];
  return {
    names,
    has: (name) => parts.has(name),
    bytes: (name) => parts.get(name) ?? null,
    text: (name) => {
      const bytes = parts.get(name);
      return bytes ? decodeXmlBytes(bytes) : null;
    },
    stream(name, onChunk, chunkSize = 1 << 20) {
      const bytes = parts.get(name);
      if (!bytes) return false;
      for (let offset = 0; offset < bytes.length; offset += chunkSize)
        onChunk(bytes.subarray(offset, offset + chunkSize));
      return true;
    },
    raw: () => null,
  };
}

/**
 * A package with one sheet `sheetName` holding `columns` (column-major, `columns[c][r]` = sheet row r + 1).
 * O(cells).
 */
export function tablePackage(sheetName: string, columns: readonly (readonly CellValue[])[]): ZipArchive {
  const encoder = new TextEncoder();
  const rowCount = columns.reduce((most, column) => Math.max(most, column.length), 0);
  const letters = columns.map((_, index) => columnLetter(index));
  const pieces: Uint8Array[] = [];
  let batch = '';
  for (let row = 0; row < rowCount; row++) {
    let cells = '';
    for (let column = 0; column < columns.length; column++) {
      const value = columns[column][row];
      if (value === null || value === undefined || value === '') continue;
      cells += cellXml(`${letters[column]}${row + 1}`, value, 0);
    }
    if (cells !== '') batch += `<row r="${row + 1}">${cells}</row>`;
    if (batch.length > 1 << 20) {
      pieces.push(encoder.encode(batch));
      batch = '';
    }
  }
  pieces.push(encoder.encode(batch));
  const dimension =
    rowCount > 0 && columns.length > 0 ? `A1:${letters[columns.length - 1]}${rowCount}` : 'A1';
  const head = encoder.encode(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet ${WORKSHEET_NAMESPACES}><dimension ref="${dimension}"/>` +
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>',
  );
  const tail = encoder.encode(
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  );
  const sheet = Buffer.concat([head, ...pieces, tail]);
  const escapedName = sheetName.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const text = (xml: string) =>
    encoder.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  return memoryArchive(
    new Map<string, Uint8Array>([
      [
        '[Content_Types].xml',
        text(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
            '<Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
            '</Types>',
        ),
      ],
      [
        '_rels/.rels',
        text(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
            '</Relationships>',
        ),
      ],
      [
        'xl/workbook.xml',
        text(
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
            `<bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="${escapedName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
      ],
      [
        'xl/_rels/workbook.xml.rels',
        text(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
            '</Relationships>',
        ),
      ],
      ['xl/styles.xml', encoder.encode(MINIMAL_STYLES)],
      ['xl/worksheets/sheet1.xml', sheet],
    ]),
  );
}
