import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { columnLetter } from '../../src/core/cellAddress';
import type { FileHost } from '../../src/hosts/file/fileHost';
import { openFileHost } from '../../src/hosts/file/openFileHost';
import { SETTINGS_SHEET_NAME } from '../../src/hosts/file/settingsSheet';
import { openXlsxBook, type XlsxBook } from '../../src/hosts/file/xlsxBook';
import { openZip } from '../../src/hosts/file/zipArchive';
import { segmentThroughHost } from './segmentThroughHost';

/** The rectangle of an ExcelJS range (its typings hide the model). */
const boxOf = ({ top, left, bottom, right }: ExcelJS.Location) => ({ top, left, bottom, right });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filehost-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, contents: string | Uint8Array): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, contents);
  return target;
}

async function hostFor(input: string): Promise<FileHost> {
  return (await openFileHost(input, { forOutput: true })).host;
}

function bookOf(bytes: Uint8Array): XlsxBook {
  return openXlsxBook(openZip(bytes, 'written.xlsx'), 'written.xlsx');
}

async function sheetXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const book = bookOf(bytes);
  const sheet = book.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return book.archive.text(sheet.path)!;
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const customersCsv = [
  'Customer,Revenue,Potential',
  'Alfa Oy,500,10',
  'Beta Oy,300,40',
  'Gamma Oy,150,5',
  'Delta Oy,50,30',
].join('\n');

describe('file host: text from the data stays text', () => {
  test('names beginning with =, +, - and @ are written as string cells with no formula element', async () => {
    const input = file(
      'injection.csv',
      'Customer,Revenue\n"=HYPERLINK(""http://example.invalid"",""x"")",100\n+cmd|\' /C calc\'!A0,50\n@SUM(1+1),25\n-2+3,10\n',
    );
    const host = await hostFor(input);
    await segmentThroughHost(host, { revenue: 'Revenue', customer: 'Customer' });
    const { bytes } = await host.save();
    const xml = await sheetXml(bytes, 'injection');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<f ');
    const sheet = (await reread(bytes)).getWorksheet('injection')!;
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("http://example.invalid","x")');
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A4').value).toBe('@SUM(1+1)');
  });
});

describe('file host: output columns, summary sheet, settings', () => {
  test('a CSV gets the output columns beside its data, a summary sheet and hidden settings', async () => {
    const host = await hostFor(file('customers.csv', customersCsv));
    const run = await segmentThroughHost(host, {
      revenue: 'Revenue',
      customer: 'Customer',
      potential: 'Potential',
    });
    await host.showSheet(run.plan.summary.name);
    const workbook = await reread((await host.save()).bytes);
    const data = workbook.getWorksheet('customers')!;
    const headers = (data.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual([
      'Customer',
      'Revenue',
      'Potential',
      ...run.plan.output.columns.map((c) => c.header),
    ]);
    const abc = 4 + run.plan.output.columns.findIndex((c) => c.header === 'ABC');
    expect([2, 3, 4, 5].map((row) => data.getCell(row, abc).value)).toEqual(['A', 'A', 'B', 'C']);
    // The user's data stays as it was written in the CSV: text.
    expect(data.getCell('B2').value).toBe('500');
    expect(workbook.getWorksheet(run.plan.summary.name)).toBeDefined();
    expect(workbook.getWorksheet(SETTINGS_SHEET_NAME)!.state).toBe('hidden');
  });

  test("a CSV's output columns carry their number formats and bold headers; the data stays unstyled", async () => {
    const host = await hostFor(file('formats.csv', customersCsv));
    const run = await segmentThroughHost(host, { revenue: 'Revenue', customer: 'Customer' });
    const data = (await reread((await host.save()).bytes)).getWorksheet('formats')!;
    run.plan.output.columns.forEach((column, offset) => {
      expect(data.getCell(1, 4 + offset).font?.bold).toBe(true);
      for (let row = 2; row <= 5; row++)
        expect(data.getCell(row, 4 + offset).numFmt).toBe(column.numberFormat);
    });
    expect(data.getCell('A1').font?.bold).toBeFalsy();
    expect(data.getCell('B2').numFmt).toBeUndefined();
    expect(boxOf(data.dimensions)).toEqual({
      top: 1,
      left: 1,
      bottom: 5,
      right: 3 + run.plan.output.columns.length,
    });
  });

  test('the ABC column is coloured by one conditional rule per class, not a format per cell', async () => {
    const host = await hostFor(file('colours.csv', customersCsv));
    const run = await segmentThroughHost(host, { revenue: 'Revenue', customer: 'Customer' });
    const xml = await sheetXml((await host.save()).bytes, 'colours');
    const rules = xml.match(/<cfRule\b[^>]*>/g) ?? [];
    const colourRules = run.plan.output.columns.reduce((sum, c) => sum + c.conditionalColours.length, 0);
    expect(rules).toHaveLength(colourRules);
    expect(xml).toContain('<formula>&quot;A&quot;</formula>');
  });

  test('an Excel table grows to include the output columns as table columns', async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('Sales');
    sheet.addTable({
      name: 'Sales',
      ref: 'B2',
      headerRow: true,
      columns: [{ name: 'Customer' }, { name: 'Revenue' }],
      rows: [
        ['Alfa', 500],
        ['Beta', 300],
        ['Gamma', 150],
      ],
    });
    const input = file('table.xlsx', new Uint8Array(await source.xlsx.writeBuffer()));
    const host = await hostFor(input);
    const run = await segmentThroughHost(host, { revenue: 'Revenue', customer: 'Customer' });
    const bytes = (await host.save()).bytes;
    const archive = openZip(bytes, 'table.xlsx');
    const tablePath = archive.names.find((name) => /^xl\/tables\/table\d+\.xml$/.test(name))!;
    const tableXml = archive.text(tablePath)!;
    const lastColumn = String.fromCharCode('C'.charCodeAt(0) + run.plan.output.columns.length);
    expect(tableXml).toContain(`ref="B2:${lastColumn}5"`);
    for (const column of run.plan.output.columns) expect(tableXml).toContain(`name="${column.header}"`);
  });
});

describe('file host: refresh', () => {
  test('a second run on the written workbook rewrites its own columns, sheet and charts without copies', async () => {
    const first = await hostFor(file('grow.csv', customersCsv));
    const firstRun = await segmentThroughHost(first, {
      revenue: 'Revenue',
      customer: 'Customer',
      potential: 'Potential',
    });
    const written = file('grow-1.xlsx', (await first.save()).bytes);

    const second = await hostFor(written);
    const secondRun = await segmentThroughHost(second, {
      revenue: 'Revenue',
      customer: 'Customer',
      potential: 'Potential',
    });
    const saved = second.save();
    expect(saved.dropped).toEqual([]);
    const workbook = await reread(saved.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'grow',
      firstRun.plan.summary.name,
      SETTINGS_SHEET_NAME,
    ]);
    const data = workbook.getWorksheet('grow')!;
    const headers = (data.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual([
      'Customer',
      'Revenue',
      'Potential',
      ...secondRun.plan.output.columns.map((c) => c.header),
    ]);
    const charts = openZip(saved.bytes, 'grow.xlsx').names.filter((name) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name),
    );
    expect(charts).toHaveLength(firstRun.plan.charts.length);
  });
});

describe('file host: charts', () => {
  test('each series refers to its summary-sheet ranges and caches exactly the values in those cells', async () => {
    const host = await hostFor(file('charts.csv', customersCsv));
    const run = await segmentThroughHost(host, {
      revenue: 'Revenue',
      customer: 'Customer',
      potential: 'Potential',
    });
    const bytes = (await host.save()).bytes;
    const book = bookOf(bytes);
    const summary = (await reread(bytes)).getWorksheet(run.plan.summary.name)!;
    const sheet = book.sheets.find((candidate) => candidate.name === run.plan.summary.name)!;
    const drawing = book.relationshipsOf(sheet.path).find((r) => r.type === 'drawing')!;
    const drawingXml = book.archive.text(drawing.target)!;
    const chartParts = book.relationshipsOf(drawing.target).filter((r) => r.type === 'chart');
    expect(chartParts).toHaveLength(run.plan.charts.length);
    for (const spec of run.plan.charts) expect(drawingXml).toContain(`name="${spec.name}"`);

    for (const [index, spec] of run.plan.charts.entries()) {
      const xml = book.archive.text(chartParts[index].target)!;
      const series = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
      expect(series).toHaveLength(spec.series.length);
      spec.series.forEach((seriesSpec, s) => {
        const refs = [...series[s].matchAll(/<c:numRef><c:f>([^<]*)<\/c:f>([\s\S]*?)<\/c:numRef>/g)];
        expect(refs).toHaveLength(2);
        [seriesSpec.x, seriesSpec.y].forEach((range, axis) => {
          const first = `$${columnLetter(range.firstColumn)}$${range.firstRow + 1}`;
          const expected = `'${range.sheetName}'!${first}:$${columnLetter(range.lastColumn)}$${range.lastRow + 1}`;
          expect(refs[axis][1].replace(/&apos;/g, "'")).toBe(expected);
          const cached = [...refs[axis][2].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
          const cells: number[] = [];
          for (let row = range.firstRow; row <= range.lastRow; row++) {
            cells.push(Number(summary.getCell(row + 1, range.firstColumn + 1).value));
          }
          expect(cached).toEqual(cells);
        });
      });
    }
  });
});

describe('file host: the rest of the input workbook stays as it was', () => {
  test('a second sheet, a note-like extra part and the input styles are copied byte for byte', async () => {
    const source = new ExcelJS.Workbook();
    const sales = source.addWorksheet('Sales');
    sales.addRows([
      ['Customer', 'Revenue'],
      ['Alfa', 500],
      ['Beta', 300],
    ]);
    sales.getCell('A1').note = 'Who bought';
    const notes = source.addWorksheet('Notes');
    notes.getCell('A1').value = 'keep me';
    notes.getCell('B2').value = { text: 'a link', hyperlink: 'https://example.invalid/' };
    const inputBytes = new Uint8Array(await source.xlsx.writeBuffer());
    const host = await hostFor(file('kept.xlsx', inputBytes));
    await segmentThroughHost(host, { revenue: 'Revenue', customer: 'Customer' });
    const saved = host.save();
    expect(saved.dropped).toEqual([]);
    const input = openZip(inputBytes, 'kept.xlsx');
    const output = openZip(saved.bytes, 'out.xlsx');
    const edited = new Set([
      'xl/worksheets/sheet1.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
    ]);
    for (const name of input.names) {
      expect(output.has(name)).toBe(true);
      if (!edited.has(name))
        expect(Buffer.from(output.bytes(name)!).equals(Buffer.from(input.bytes(name)!))).toBe(true);
    }
    const workbook = await reread(saved.bytes);
    expect(workbook.getWorksheet('Sales')!.getCell('A1').note).toBeDefined();
    expect(workbook.getWorksheet('Notes')!.getCell('A1').value).toBe('keep me');
  });
});
