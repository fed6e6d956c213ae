import { locateSource } from '../../src/hosts/file/locateSource';
import { streamSheetXml } from '../../src/hosts/file/sheetXmlStream';
import { openXlsxBook, type XlsxBook } from '../../src/hosts/file/xlsxBook';
import { openZip, type ZipArchive } from '../../src/hosts/file/zipArchive';
import { isSegmentationError } from '../../src/core/segmentationError';
import { xlsxBytes, type SheetPart } from './xlsxParts';

function book(sheets: SheetPart[], options: Parameters<typeof xlsxBytes>[1] = {}): XlsxBook {
  return openXlsxBook(openZip(xlsxBytes(sheets, options), 'test.xlsx'), 'test.xlsx');
}

function firstSheetValues(workbook: XlsxBook, rows: number, columns: number): unknown[][] {
  const cells = workbook.cellsOf(workbook.worksheets()[0]);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => cells.valueAt(r + 1, c)),
  );
}

describe('xlsx reading: cell values as a spreadsheet shows them', () => {
  test('shared, inline (rich), formula and error strings, booleans, numbers and ISO dates', () => {
    const workbook = book(
      [
        {
          name: 'Data',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Oy </t></r><r><t>Alfa</t></r></is></c>' +
            '<c r="C1" t="str"><f>A1&amp;B1</f><v>x&amp;y</v></c><c r="D1" t="e"><v>#N/A</v></c></row>' +
            '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2"><v>12.5</v></c><c r="C2" t="d"><v>2024-01-01T00:00:00</v></c>' +
            '<c r="D2" t="s"><v>1</v></c></row>',
        },
      ],
      {
        sharedStrings: [
          '<t>Customer</t>',
          '<r><t>Line_x000D_break</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh>',
        ],
      },
    );
    expect(firstSheetValues(workbook, 2, 4)).toEqual([
      ['Customer', 'Oy Alfa', 'x&y', '#N/A'],
      [true, 12.5, 45292, 'Line\rbreak'],
    ]);
  });

  test('rows and cells without r attributes follow the previous ones; prefixed elements read the same', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>Customer</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Sales</x:t></x:is></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>Alfa</x:t></x:is></x:c><x:c><x:v>10</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    expect(firstSheetValues(book([{ name: 'Data', xml }]), 2, 2)).toEqual([
      ['Customer', 'Sales'],
      ['Alfa', 10],
    ]);
  });

  test('strict OOXML (ISO 29500 namespaces) is read and known as strict', () => {
    const workbook = book([{ name: 'Data', rows: '<row r="1"><c r="A1"><v>7</v></c></row>' }], {
      namespace: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
    });
    expect(workbook.strict).toBe(true);
    expect(firstSheetValues(workbook, 1, 1)).toEqual([[7]]);
  });

  test('a row split across any two pieces of the inflated part is read whole', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const whole = openZip(xlsxBytes([{ name: 'Data', rows }]), 'split.xlsx');
    // Pieces of 7 bytes: every tag is cut somewhere.
    const archive: ZipArchive = {
      ...whole,
      stream(name, onChunk) {
        const bytes = whole.bytes(name);
        if (!bytes) return false;
        for (let at = 0; at < bytes.length; at += 7) onChunk(bytes.subarray(at, at + 7));
        return true;
      },
    };
    const seen: string[] = [];
    streamSheetXml(archive, 'xl/worksheets/sheet1.xml', {
      head: () => undefined,
      row: (xml) => seen.push(xml),
      tail: () => undefined,
    });
    expect(seen).toHaveLength(40);
    expect(seen[39]).toBe('<row r="40"><c r="A40"><v>39</v></c></row>');
  });
});

describe('xlsx reading: where the source is', () => {
  test('an empty first sheet names the sheet that has the data', () => {
    const workbook = book([
      { name: 'Cover', rows: '' },
      { name: 'Sales', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
    ]);
    expect(() => locateSource(workbook, { useSaved: false, settings: null })).toThrow(
      'test.xlsx: the sheet "Cover" is empty; the data is on the sheet "Sales" – use --sheet "Sales".',
    );
  });

  test('an Excel table on the sheet is the source, without its totals row', () => {
    const workbook = book([{ name: 'Sales', rows: '' }], {});
    const withTable = openXlsxBook(
      openZip(
        xlsxBytes(
          [
            {
              name: 'Sales',
              xml:
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
                '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Customer</t></is></c><c r="C2" t="inlineStr"><is><t>Sales</t></is></c></row>' +
                '<row r="3"><c r="B3" t="inlineStr"><is><t>Alfa</t></is></c><c r="C3"><v>5</v></c></row></sheetData>' +
                '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
            },
          ],
          {
            extra: {
              'xl/worksheets/_rels/sheet1.xml.rels':
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/table1.xml"/></Relationships>',
              'xl/tables/table1.xml':
                '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="Orders" ref="B2:C4" totalsRowCount="1"><tableColumns count="2"><tableColumn id="1" name="Customer"/><tableColumn id="2" name="Sales"/></tableColumns></table>',
            },
          },
        ),
        't.xlsx',
      ),
      't.xlsx',
    );
    expect(workbook.tablesOf(workbook.worksheets()[0])).toEqual([]);
    const source = locateSource(withTable, { useSaved: false, settings: null });
    expect([source.tableName, source.address, source.headerKnown]).toEqual(['Orders', 'B2:C3', true]);
  });

  test('a column of numbers shown as dates (built-in or custom date formats) is known as a date column', () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/></cellXfs></styleSheet>';
    const row = (r: number, s1: number, s2: number) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>C${r}</t></is></c><c r="B${r}"><v>${r * 10}</v></c>` +
      `<c r="C${r}" s="${s1}"><v>${45000 + r}</v></c><c r="D${r}" s="${s2}"><v>${45100 + r}</v></c></row>`;
    const header =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Customer</t></is></c><c r="B1" t="inlineStr"><is><t>Sales</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>Ordered</t></is></c><c r="D1" t="inlineStr"><is><t>Shipped</t></is></c></row>';
    const workbook = book([{ name: 'Data', rows: header + row(2, 1, 2) + row(3, 1, 2) }], { styles });
    expect(locateSource(workbook, { useSaved: false, settings: null }).dateColumns).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  test('bytes that are not a zip package get one sentence, not a library message', () => {
    try {
      openZip(new TextEncoder().encode('Customer,Revenue\nAlfa,1\n'.repeat(3)), 'sales.xlsx');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isSegmentationError(error) && error.message).toBe(
        'sales.xlsx is damaged (its workbook structure cannot be read): open it in Excel and save it again.',
      );
    }
  });
});
