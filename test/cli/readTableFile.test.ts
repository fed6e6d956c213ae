import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTableFile } from '../../src/hosts/file/readTableFile';
import { isSegmentationError } from '../../src/core/segmentationError';
import type { CellValue } from '../../src/core/types';

const fixture = (name: string) => path.join(__dirname, '../fixtures', name);

async function errorCode(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isSegmentationError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a SegmentationError');
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
});
