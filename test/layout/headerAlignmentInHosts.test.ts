/**
 * Both hosts write what the plan says about alignment: a table header over figures is right-aligned (the plan's
 * `alignRight`), in the Excel add-in (strict fake) and in the written file (read back with ExcelJS).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { createFileHost } from '../../src/hosts/file/fileHost';
import { loadInputWorkbook } from '../../src/hosts/file/loadInputWorkbook';
import { createFakeOffice, seedTable, snapshotWorkbook } from '../fakeExcel';
import { handBuiltPlan } from '../excel/handBuiltPlan';
import { segmentThroughHost } from '../filehost/segmentThroughHost';

describe('header alignment reaches the workbook', () => {
  test('Excel host: the cells of a header block marked alignRight are right-aligned, the others untouched', async () => {
    const fake = createFakeOffice();
    fake.install(globalThis);
    seedTable(fake.workbook, {
      sheet: 'Sales',
      name: 'SalesTable',
      rows: [
        ['Customer', 'Region', 'Revenue'],
        ['A Oy', 'North', 3],
        ['B Oy', 'South', 2],
        ['C Oy', 'North', 1],
      ],
    });
    const plan = handBuiltPlan({
      sheetName: 'Sales',
      tableName: 'SalesTable',
      firstColumn: 3,
      headerRow: 1,
      rows: 3,
    });
    plan.summary.blocks.push({
      row: 30,
      column: 0,
      values: [['Class', 'Customers', 'Revenue']],
      style: 'tableHeader',
      alignRight: [false, true, true],
    });
    await createExcelHost().write(plan);
    const summary = snapshotWorkbook(fake.workbook).sheets.find((s) => s.name === plan.summary.name)!;
    expect(summary.cells.A31.style?.horizontalAlignment).toBeUndefined();
    expect(summary.cells.B31.style?.horizontalAlignment).toBe('Right');
    expect(summary.cells.C31.style?.horizontalAlignment).toBe('Right');
  });

  test('file host: the summary sheet header over numbers is right-aligned, the one over names is not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'align-'));
    try {
      const csv = path.join(dir, 'customers.csv');
      fs.writeFileSync(csv, 'Customer,Revenue\nAlfa,500\nBeta,300\nGamma,150\nDelta,50\n');
      const host = createFileHost(await loadInputWorkbook(csv));
      const run = await segmentThroughHost(host, { revenue: 'Revenue', customer: 'Customer' });
      const classHeader = run.plan.summary.blocks.find(
        (b) => b.style === 'tableHeader' && b.values[0][0] === 'Class',
      )!;
      expect(classHeader.alignRight).toEqual([false, true, true, true, true]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await host.save()).bytes as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet(run.plan.summary.name)!;
      const row = classHeader.row + 1;
      expect(sheet.getCell(row, 1).alignment?.horizontal).toBeUndefined();
      expect(sheet.getCell(row, 2).alignment?.horizontal).toBe('right');
      expect(sheet.getCell(row, 4).alignment?.horizontal).toBe('right');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
