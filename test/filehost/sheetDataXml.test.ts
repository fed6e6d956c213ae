import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addCellStyles } from '../../src/hosts/file/addCellStyles';
import type { GridSheet } from '../../src/hosts/file/gridSheet';
import { sheetDataXml, type StyledBand } from '../../src/hosts/file/sheetDataXml';
import { writeGridSheet } from '../../src/hosts/file/writeGridSheet';
import { writeZipPackage } from '../../src/hosts/file/writeZip';
import type { CellValue } from '../../src/core/types';

/** The rectangle of an ExcelJS range (its typings hide the model). */
const boxOf = ({ top, left, bottom, right }: ExcelJS.Location) => ({ top, left, bottom, right });

const xmlOf = (rows: CellValue[][], bands: StyledBand[] = []) =>
  Buffer.concat(sheetDataXml(rows, bands).parts).toString('utf8');

/** A package ExcelJS wrote with `name` empty, the grid put in by writeGridSheet, read back by ExcelJS. */
async function roundTrip(grid: GridSheet): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(grid.name);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const sheetPart = await writeGridSheet(zip, grid);
  const bytes = await writeZipPackage(zip, [sheetPart]);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return reread.getWorksheet(grid.name)!;
}

describe('sheetDataXml: cells as XML', () => {
  test('a 3-row sheet holds its cells with their types: inline strings, numbers, booleans, styles', () => {
    const xml = xmlOf(
      [
        ['Customer', 'Revenue', 'Rank'],
        ['Alfa Oy', '500', 1],
        ['Beta Oy', '', true],
      ],
      [{ column: 2, firstRow: 2, lastRow: 3, styleId: 4 }],
    );
    expect(xml).toBe(
      '<sheetData>' +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Customer</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>Revenue</t></is></c><c r="C1" t="inlineStr"><is><t>Rank</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Alfa Oy</t></is></c>' +
        '<c r="B2" t="inlineStr"><is><t>500</t></is></c><c r="C2" s="4"><v>1</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Beta Oy</t></is></c><c r="C3" s="4" t="b"><v>1</v></c></row>' +
        '</sheetData>',
    );
  });

  test('text that looks like a formula stays an inline string: no <f> element', () => {
    const xml = xmlOf([['=SUM(A1:A9)', '+1', '-2', '@cmd']]);
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml.match(/t="inlineStr"/g)).toHaveLength(4);
  });

  test('special characters are escaped, control characters dropped, edge spaces preserved', () => {
    const xml = xmlOf([['a<b & c>', 'x\u0001y', ' padded ']]);
    expect(xml).toContain('<t>a&lt;b &amp; c&gt;</t>');
    expect(xml).toContain('<t>xy</t>');
    expect(xml).toContain('<t xml:space="preserve"> padded </t>');
  });

  test('empty cells are left out unless styled; empty rows are left out; the dimension spans the cells', () => {
    const data = sheetDataXml(
      [[], [null, '', 'x'], ['', null, null]],
      [{ column: 1, firstRow: 3, lastRow: 3, styleId: 2 }],
    );
    const xml = Buffer.concat(data.parts).toString('utf8');
    expect(xml).toBe(
      '<sheetData><row r="2"><c r="C2" t="inlineStr"><is><t>x</t></is></c></row>' +
        '<row r="3"><c r="B3" s="2"/></row></sheetData>',
    );
    expect(data.dimension).toBe('B2:C3');
    expect(sheetDataXml([], []).dimension).toBeNull();
  });

  test('a later band wins over an earlier one on the same cells', () => {
    const xml = xmlOf(
      [[1], [2]],
      [
        { column: 0, firstRow: 1, lastRow: 2, styleId: 1 },
        { column: 0, firstRow: 2, lastRow: 2, styleId: 5 },
      ],
    );
    expect(xml).toContain('<c r="A1" s="1">');
    expect(xml).toContain('<c r="A2" s="5">');
  });
});

describe('addCellStyles: formats for the written cells', () => {
  const styles =
    '<styleSheet><fonts count="1"><font><sz val="11"/></font></fonts>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

  test('built-in formats by id, custom ones from 164, equal styles sharing one format, a bold font added once', () => {
    const added = addCellStyles(styles, [
      { bold: true },
      { numberFormat: '0' },
      { numberFormat: '0.0%' },
      { numberFormat: '0.0%' },
      { bold: true },
    ]);
    expect(added.ids).toEqual([1, 2, 3, 3, 1]);
    expect(added.xml).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts',
    );
    expect(added.xml).toContain('<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>');
    expect(added.xml).toContain('<cellXfs count="4">');
    expect(added.xml).toContain(
      '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
  });

  test('a custom format already in the part is reused', () => {
    const withFormat = styles.replace(
      '<fonts',
      '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts><fonts',
    );
    const added = addCellStyles(withFormat, [{ numberFormat: '0.0%' }, { numberFormat: '0.000' }]);
    expect(added.xml).toContain(
      '<numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="0.000"/>',
    );
    expect(added.xml).toContain('<numFmts count="2">');
  });
});

describe('writeGridSheet: the cells in a package ExcelJS wrote', () => {
  test('ExcelJS reads the written cells back with their values, types and styles', async () => {
    const sheet = await roundTrip({
      name: 'data',
      rows: [
        ['Customer', 'Revenue', 'Share'],
        ['=HYPERLINK("x")', '500', 0.625],
        [' Beta & Co ', '300', 0.375],
      ],
      bands: [
        { column: 2, firstRow: 1, lastRow: 1, style: { bold: true } },
        { column: 2, firstRow: 2, lastRow: 3, style: { numberFormat: '0.0%' } },
      ],
    });
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').value).toBe(' Beta & Co ');
    expect(sheet.getCell('B2').value).toBe('500');
    expect(sheet.getCell('C2').value).toBe(0.625);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').font?.bold).toBeFalsy();
    expect(boxOf(sheet.dimensions)).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
  });
});
