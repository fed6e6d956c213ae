import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTableFile } from '../../src/hosts/file/readTableFile';
import { isSegmentationError } from '../../src/core/segmentationError';
import * as XLSX from '@e965/xlsx';
import type { CellValue, DictionaryColumn } from '../../src/core/types';

const fixture = (name: string) => path.join(__dirname, '../fixtures', name);

async function errorCode(run: () => Promise<unknown>): Promise<string> {
  return (await errorOf(run)).code;
}

async function errorOf(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    if (isSegmentationError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a SegmentationError');
}

/** Run `body` with a temporary folder, removed afterwards. */
async function inFolder<T>(body: (folder: string) => Promise<T>): Promise<T> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-read-'));
  try {
    return await body(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

describe('readTableFile', () => {
  test('reads an .xlsx Excel table with its name, header and real sheet position', async () => {
    const table = await readTableFile(fixture('samples/customers.xlsx'));
    expect(table).toMatchObject({
      format: 'xlsx',
      sheetName: 'Sales',
      tableName: 'Sales',
      headerKnown: true,
    });
    expect(table.firstRow).toBe(1);
    expect(table.firstColumn).toBe(0);
    expect(table.topRows[0]).toEqual([
      'Customer',
      'Sector',
      'Revenue 2025',
      'Revenue 2026',
      'Potential (EUR)',
      'Potential score',
    ]);
    const read = table.readColumns({ columns: [0, 3], numeric: [false, true], locale: 'en', fromRow: 1 });
    expect(read.columns[0]).toHaveLength(240);
    expect(typeof (read.columns[1] as CellValue[])[0]).toBe('number');
  });

  test('the .xlsx, the English CSV and the Finnish CSV hold the same cells once parsed', async () => {
    const xlsx = await readTableFile(fixture('samples/customers.xlsx'));
    const csv = await readTableFile(fixture('samples/customers.csv'));
    const fi = await readTableFile(fixture('samples/asiakkaat.csv'));
    expect(fi.delimiter).toBe(';');
    expect(fi.numberConvention).toBe('fi');
    expect(csv.numberConvention).toBeNull();
    const names = (t: typeof csv) =>
      t.readColumns({ columns: [0], numeric: [false], locale: 'en', fromRow: 1 }).columns[0];
    expect(names(fi)).toEqual(names(csv));
    expect(names(xlsx)).toEqual(names(csv));
  });

  test('--sheet picks a sheet case-insensitively and an unknown sheet lists the sheets', async () => {
    expect((await readTableFile(fixture('samples/customers.xlsx'), { sheet: 'notes' })).sheetName).toBe(
      'Notes',
    );
    await expect(readTableFile(fixture('samples/customers.xlsx'), { sheet: 'Nope' })).rejects.toThrow(
      /"Sales"/,
    );
  });

  test('unknown extensions, missing files and --sheet on a CSV are unreadable input', async () => {
    expect(await errorCode(() => readTableFile('data.json'))).toBe('unreadable-input');
    expect(await errorCode(() => readTableFile(fixture('does-not-exist.csv')))).toBe('unreadable-input');
    expect(await errorCode(() => readTableFile(fixture('samples/customers.csv'), { sheet: 'x' }))).toBe(
      'unreadable-input',
    );
  });

  test('a CSV renamed .xlsx is refused as a workbook, not a crash', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-read-'));
    try {
      const file = path.join(folder, 'fake.xlsx');
      fs.copyFileSync(fixture('samples/customers.csv'), file);
      expect(await errorCode(() => readTableFile(file))).toBe('unreadable-input');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('quoted and quote-free CSV give the same columns and ragged rows', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-read-'));
    try {
      const plain = path.join(folder, 'plain.csv');
      const quoted = path.join(folder, 'quoted.csv');
      fs.writeFileSync(plain, 'Customer,Revenue\r\nA Oy,10\r\nB Oy\r\nC Oy,2.5,x\r\n');
      fs.writeFileSync(quoted, 'Customer,Revenue\r\n"A Oy",10\r\nB Oy\r\nC Oy,"2.5",x\r\n');
      const request = { columns: [0, 1], numeric: [false, false], locale: 'en' as const, fromRow: 1 };
      const a = (await readTableFile(plain)).readColumns(request);
      const b = (await readTableFile(quoted)).readColumns(request);
      expect(a).toEqual(b);
      expect(a.raggedRows.map((r) => r.row)).toEqual([3, 4]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('an .xls workbook reads like the same .xlsx: values, header and columns', async () => {
    await inFolder(async (folder) => {
      const file = path.join(folder, 'customers.xls');
      const book = XLSX.read(fs.readFileSync(fixture('samples/customers.xlsx')), { type: 'buffer' });
      fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
      const xls = await readTableFile(file);
      const xlsx = await readTableFile(fixture('samples/customers.xlsx'));
      expect(xls.format).toBe('xls');
      expect(xls.topRows).toEqual(xlsx.topRows);
      const request = { columns: [2], numeric: [true], locale: 'en' as const, fromRow: 1 };
      expect(xls.readColumns(request).columns).toEqual(xlsx.readColumns(request).columns);
    });
  });

  test('.xls dates are Excel serial numbers', async () => {
    const table = await readTableFile(fixture('corpus/1900DateWindowing.xls'));
    expect(table.topRows).toEqual([[36526, 36526]]);
  });

  test('password-protected workbooks say so: an encrypted .xlsx and an .xls with FILEPASS', async () => {
    for (const name of ['corpus/58616.xlsx', 'corpus/50833.xls', 'corpus/35897-type4.xls']) {
      const error = await errorOf(() => readTableFile(fixture(name)));
      expect(error).toEqual({ code: 'unreadable-input', message: expect.stringMatching(/password/) });
    }
  });

  test('a damaged package is called damaged, not a zip error', async () => {
    const error = await errorOf(() =>
      readTableFile(fixture('corpus/crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx')),
    );
    expect(error.message).toMatch(/is damaged/);
  });

  test('an empty first sheet names the sheet that holds the data', async () => {
    const error = await errorOf(() => readTableFile(fixture('corpus/bug63189.xlsx')));
    expect(error).toEqual({ code: 'no-data', message: expect.stringMatching(/use --sheet "Sheet3"/) });
  });

  test('a file that is no spreadsheet at all, or text named .xlsx, says what it is', async () => {
    await inFolder(async (folder) => {
      const pdf = path.join(folder, 'report.csv');
      fs.writeFileSync(pdf, '%PDF-1.7\n');
      expect((await errorOf(() => readTableFile(pdf))).message).toMatch(/not a spreadsheet/);
      const text = path.join(folder, 'sales.xlsx');
      fs.writeFileSync(text, 'Customer,Revenue\nA,1\n');
      expect((await errorOf(() => readTableFile(text))).message).toMatch(/text file.*rename it to \.csv/);
    });
  });

  test('a workbook named .csv and a tab-separated text named .xls are read as what they are', async () => {
    await inFolder(async (folder) => {
      const workbook = path.join(folder, 'export.csv');
      fs.copyFileSync(fixture('samples/customers.xlsx'), workbook);
      expect((await readTableFile(workbook)).format).toBe('xlsx');
      const tsv = path.join(folder, 'erp.xls');
      fs.writeFileSync(tsv, 'Customer\tRevenue\nA\t1\n');
      expect((await readTableFile(tsv)).topRows).toEqual([
        ['Customer', 'Revenue'],
        ['A', '1'],
      ]);
    });
  });

  test('a CSV over more than one chunk: sep= line, quoted customers, Finnish decimals, interned codes', async () => {
    await inFolder(async (folder) => {
      const file = path.join(folder, 'big.csv');
      const lines = ['Customer;Revenue'];
      for (let i = 0; i < 400000; i++) lines.push(`"Customer ${i % 977}";${i % 13},${i % 10}`);
      fs.writeFileSync(file, `sep=;\r\n${lines.join('\r\n')}\r\n`);
      const table = await readTableFile(file);
      expect(table.numberConvention).toBe('fi');
      const read = table.readColumns({
        columns: [0, 1],
        numeric: [false, true],
        intern: [true, false],
        locale: 'fi',
        fromRow: 1,
      });
      const [customers, revenue] = read.columns as [DictionaryColumn, CellValue[]];
      expect(customers.codes.length).toBe(400000);
      expect(customers.values).toHaveLength(977);
      expect(customers.values[customers.codes[399999]]).toBe(`Customer ${399999 % 977}`);
      expect(revenue[399999]).toBe((399999 % 13) + (399999 % 10) / 10);
    });
  });
});
