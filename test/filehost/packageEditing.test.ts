import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { decodeSettings } from '../../src/core/layout/settingsCodec';
import { SETTINGS_SHEET_NAME } from '../../src/hosts/file/settingsSheet';
import { styleSheet, MINIMAL_STYLES } from '../../src/hosts/file/styleSheet';
import { openXlsxBook } from '../../src/hosts/file/xlsxBook';
import { openZip } from '../../src/hosts/file/zipArchive';
import { xlsxBytes } from './xlsxParts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

function salesRows(extra: (row: number) => string = () => ''): string {
  const customers = ['Alfa', 'Beta', 'Gamma', 'Delta'];
  return (
    `<row r="1" spans="1:2">${text('A1', 'Customer')}${text('B1', 'Revenue')}${extra(1)}</row>` +
    customers
      .map(
        (name, i) =>
          `<row r="${i + 2}" ht="20" customHeight="1">${text(`A${i + 2}`, name)}${number(`B${i + 2}`, 500 - i * 100)}${extra(i + 2)}</row>`,
      )
      .join('')
  );
}

function sheetCells(file: string, sheet: string) {
  const book = openXlsxBook(openZip(fs.readFileSync(file), 'out.xlsx'), 'out.xlsx');
  return { book, cells: book.cellsOf(book.worksheets().find((candidate) => candidate.name === sheet)!) };
}

describe('-o edits the source sheet in place', () => {
  test("our columns go beside the source; a column further right and the rows' own attributes stay", async () => {
    const input = path.join(dir, 'far.xlsx');
    fs.writeFileSync(
      input,
      xlsxBytes([{ name: 'Sales', rows: salesRows((row) => text(`M${row}`, `note ${row}`)) }]),
    );
    const output = path.join(dir, 'far-out.xlsx');
    // The used range reaches column M, so our columns start at N.
    const first = await run([input, '-o', output]);
    expect(first.stderr).toBe('');
    const { book, cells } = sheetCells(output, 'Sales');
    expect(cells.valueAt(1, 13)).toBe('Rank');
    expect(cells.valueAt(3, 12)).toBe('note 3');
    const xml = book.archive.text('xl/worksheets/sheet1.xml')!;
    expect(xml).toContain('<row r="2" ht="20" customHeight="1">');
    // Cells stay in column order within each row.
    const row2 = /<row r="2"[\s\S]*?<\/row>/.exec(xml)![0];
    const columns = [...row2.matchAll(/<c r="([A-Z]+)2"/g)].map((match) => match[1]);
    expect(columns).toEqual([...columns].sort((a, b) => a.length - b.length || a.localeCompare(b)));
  });

  test('a refresh replaces its own cells and rules instead of adding a second set', async () => {
    const input = path.join(dir, 'again.xlsx');
    fs.writeFileSync(input, xlsxBytes([{ name: 'Sales', rows: salesRows() }]));
    const once = path.join(dir, 'again-1.xlsx');
    const twice = path.join(dir, 'again-2.xlsx');
    expect((await run([input, '-o', once])).status).toBe(0);
    expect((await run([once, '-o', twice])).status).toBe(0);
    const { book, cells } = sheetCells(twice, 'Sales');
    const xml = book.archive.text('xl/worksheets/sheet1.xml')!;
    expect((xml.match(/<c r="C1"/g) ?? []).length).toBe(1);
    expect(cells.valueAt(1, 2)).toBe('Rank');
    // Each output column has its rules once: no conditional format repeated by the refresh.
    const ranges = [...xml.matchAll(/<conditionalFormatting sqref="([^"]*)"/g)].map((match) => match[1]);
    expect(ranges.length).toBeGreaterThan(0);
    expect(new Set(ranges).size).toBe(ranges.length);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Sales', 'ABC Summary', '_abcSegmenter']);
  });

  test('a macro-enabled workbook is written as .xlsm only, its parts kept', async () => {
    const input = path.join(dir, 'macros.xlsm');
    const bytes = xlsxBytes([{ name: 'Sales', rows: salesRows() }], {
      extra: { 'xl/vbaProject.bin': 'not really VBA' },
    });
    const types = openZip(bytes, 'm').text('[Content_Types].xml')!;
    // The same package, declared macro-enabled.
    const macroTypes = types.replace('sheet.main+xml', 'sheet.macroEnabled.main+xml');
    const archive = openZip(bytes, 'm');
    const { packageWriter } = await import('../../src/hosts/file/packageWriter');
    const writer = packageWriter();
    for (const name of archive.names)
      writer.add(name, name === '[Content_Types].xml' ? macroTypes : archive.bytes(name)!);
    fs.writeFileSync(input, writer.finish());
    const refused = await run([input, '-o', path.join(dir, 'macros-out.xlsx')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      'abc-segmenter: macros.xlsm holds macros, so -o writes a macro-enabled workbook: name it macros-out.xlsm.\n',
    );
    const output = path.join(dir, 'macros-out.xlsm');
    expect((await run([input, '-o', output])).status).toBe(0);
    expect(Buffer.from(openZip(fs.readFileSync(output), 'o').bytes('xl/vbaProject.bin')!).toString()).toBe(
      'not really VBA',
    );
  });
});

describe('a source without a header row that starts on row 1', () => {
  /** Customer in A, revenue in B, from row 1 on: no header row and no row above it. */
  const headerless = () =>
    ['Alfa', 'Beta', 'Gamma', 'Delta', 'Eps']
      .map(
        (name, i) =>
          `<row r="${i + 1}">${text(`A${i + 1}`, name)}${number(`B${i + 1}`, [500, 300, 120, 50, 30][i])}</row>`,
      )
      .join('');

  async function readBack(file: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
    return workbook;
  }

  /** Rows 1–6 of columns C–H as ExcelJS reads them (null for an empty cell). */
  const block = (sheet: ExcelJS.Worksheet) =>
    [1, 2, 3, 4, 5, 6].map((row) =>
      ['C', 'D', 'E', 'F', 'G', 'H'].map((c) => sheet.getCell(`${c}${row}`).value ?? null),
    );

  function savedSettings(workbook: ExcelJS.Workbook) {
    return decodeSettings(workbook.getWorksheet(SETTINGS_SHEET_NAME)!.getCell('B1').value).settings!;
  }

  test('-o writes the values beside each data row, with no header cells, and names the columns on the summary', async () => {
    const input = path.join(dir, 'headerless.xlsx');
    fs.writeFileSync(input, xlsxBytes([{ name: 'Sales', rows: headerless() }]));
    const output = path.join(dir, 'headerless-out.xlsx');
    const first = await run([input, '-o', output]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const workbook = await readBack(output);
    const sheet = workbook.getWorksheet('Sales')!;
    // 1000 in all: Alfa and Beta reach 80 % (A); Gamma and Delta start below 95 % (B); Eps at 97 % is C.
    expect(block(sheet)).toEqual([
      [1, 0.5, 0.5, 'A', null, null],
      [2, 0.3, 0.8, 'A', null, null],
      [3, 0.12, 0.92, 'B', null, null],
      [4, 0.05, 0.97, 'B', null, null],
      [5, 0.03, 1, 'C', null, null],
      [null, null, null, null, null, null],
    ]);
    expect(sheet.getCell('A1').value).toBe('Alfa');
    const summary = workbook.getWorksheet('ABC Summary')!;
    const rows = summary.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1, 3) : []));
    expect(rows).toContainEqual([
      'Output columns',
      'C–F, without a header row: Rank, Share, Cumulative share, ABC',
    ]);
    expect(savedSettings(workbook).owned).toMatchObject({
      firstColumn: 2,
      headers: ['Rank', 'Share', 'Cumulative share', 'ABC'],
      headerCells: false,
    });
  });

  test('a refresh finds its own columns by the settings and rewrites them instead of adding a second set', async () => {
    const input = path.join(dir, 'headerless-again.xlsx');
    fs.writeFileSync(input, xlsxBytes([{ name: 'Sales', rows: headerless() }]));
    const once = path.join(dir, 'headerless-1.xlsx');
    const twice = path.join(dir, 'headerless-2.xlsx');
    expect((await run([input, '-o', once])).status).toBe(0);
    const again = await run([once, '-o', twice]);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    const workbook = await readBack(twice);
    const sheet = workbook.getWorksheet('Sales')!;
    // The same classes in the same columns; G is the refresh's Change column (nobody moved), H stays empty.
    expect(block(sheet).map((row) => row.slice(0, 4))).toEqual(
      block((await readBack(once)).getWorksheet('Sales')!).map((row) => row.slice(0, 4)),
    );
    expect(block(sheet).map((row) => row.slice(4))).toEqual(Array(6).fill([null, null]));
    expect(savedSettings(workbook).owned).toMatchObject({
      firstColumn: 2,
      headers: ['Rank', 'Share', 'Cumulative share', 'ABC', 'Change'],
      headerCells: false,
      rowCount: 5,
    });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sales', 'ABC Summary', SETTINGS_SHEET_NAME]);
  });
});

describe('a workbook this tool wrote is run with its saved settings', () => {
  test('saved columns win over new guesses; only what the user types overrides them', async () => {
    const csv = path.join(__dirname, '../fixtures/samples/customers.csv');
    const first = path.join(dir, 'saved-1.xlsx');
    expect((await run([csv, '--revenue', 'Revenue 2025', '-o', first])).status).toBe(0);
    const again = await run([first, '-o', path.join(dir, 'saved-2.xlsx')]);
    expect(again.stdout).toMatch(/^Source: .* revenue: Revenue 2025;/);
    const plain = await run([first]);
    expect(plain.stdout).toMatch(/^Source: .* revenue: Revenue 2025;/);
    const typed = await run([first, '--revenue', 'Revenue 2026', '--a', '70%']);
    expect(typed.stdout).toMatch(/^Source: .* revenue: Revenue 2026;/);
    const json = JSON.parse((await run([first, '--a', '0.7', '--json'])).stdout) as {
      summary: { thresholds: unknown };
    };
    expect(json.summary.thresholds).toMatchObject({ a: 0.7, b: 0.95 });
  });
});

describe('the style sheet keeps its own formats', () => {
  test("ours are appended after the input's, equal ones shared, a prefixed sheet keeps its prefix", () => {
    const prefixed = MINIMAL_STYLES.replace(/<(\/?)(?!\?)/g, '<$1x:').replace('xmlns=', 'xmlns:x=');
    const styles = styleSheet(prefixed);
    const bold = styles.cellStyle({ bold: true });
    expect(styles.cellStyle({ bold: true })).toBe(bold);
    expect(bold).toBe(1);
    expect(styles.cellStyle({ numberFormat: '0.0%' })).toBe(2);
    expect(styles.differential('#FFFFFF', '#000000')).toBe(0);
    const xml = styles.xml();
    expect(xml).toContain('<x:numFmt numFmtId="164" formatCode="0.0%"/>');
    expect(xml).toContain('<x:cellXfs count="3">');
    expect(xml).not.toMatch(/<(?!x:|\?|\/x:)[a-z]/);
  });
});
