import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
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
