/**
 * Proof in a real spreadsheet application: the written workbook is opened by LibreOffice (headless), exported to
 * PDF and PNG (the charts must draw), and converted back to .xlsx (it must open without repair and keep the
 * classes). Without `soffice` and `pdftoppm` on the PATH the test says so and does nothing.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createFileHost } from '../../src/hosts/file/fileHost';
import { loadInputWorkbook } from '../../src/hosts/file/loadInputWorkbook';
import { segmentThroughHost, type HostRun } from '../filehost/segmentThroughHost';
import { prepareSegmentation, runSegmentation } from '../../src/flows/segmentFlow';
import type { WritePlan } from '../../src/core/layout/writePlan';

const OUTPUT_DIR = path.resolve(__dirname, '../../test-output/libreoffice');

function available(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const hasTools = available('soffice') && available('pdftoppm') && available('pdftotext');

/** 60 customers with heavy-tailed revenue and a potential score, fixed (no randomness). */
function customersCsv(): string {
  const lines = ['Customer,Revenue,Potential'];
  for (let i = 1; i <= 60; i++) {
    const revenue = Math.round(200000 / i ** 1.3) + 37 * i;
    const potential = ((i * 7919) % 97) + 3;
    lines.push(`Customer ${String(i).padStart(2, '0')} Oy,${revenue},${potential}`);
  }
  return lines.join('\n');
}

/**
 * 60 invoice lines of 30 customers in three sectors over two years, with invoice dates: the roles of §8–§11
 * (group, previous period, date). Fixed, no randomness; customer 2 bought last in January (gone quiet).
 */
function invoicesCsv(): string {
  const sectors = ['North', 'South', 'Retail'];
  const lines = ['Date,Customer,Sector,Revenue 2025,Revenue 2026'];
  for (let i = 1; i <= 60; i++) {
    const customer = ((i - 1) % 30) + 1;
    const revenue = Math.round(90000 / customer ** 1.4) + 11 * i;
    const previous = Math.round(70000 / ((customer * 7) % 31 || 1) ** 1.2);
    const month = customer === 2 ? 1 : ((i * 5) % 12) + 1;
    const date = `2026-${String(month).padStart(2, '0')}-${String(((i * 3) % 27) + 1).padStart(2, '0')}`;
    lines.push(
      `${date},Customer ${String(customer).padStart(2, '0')} Oy,${sectors[customer % 3]},${previous},${revenue}`,
    );
  }
  return lines.join('\n');
}

function soffice(profile: string, args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], {
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, HOME: profile },
  });
}

if (!hasTools) {
  test('LibreOffice rendering (soffice/pdftoppm missing: not run)', () => {
    console.warn(
      'soffice, pdftoppm or pdftotext not found on the PATH: the LibreOffice rendering test did nothing',
    );
  });
} else {
  describe('LibreOffice opens and draws the written workbook', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-lo-'));
    const profile = path.join(work, 'profile');
    const written = path.join(work, 'segmented.xlsx');
    let run: HostRun;
    let pdfText = '';

    beforeAll(async () => {
      fs.mkdirSync(OUTPUT_DIR, { recursive: true });
      const csv = path.join(work, 'customers.csv');
      fs.writeFileSync(csv, customersCsv());
      const host = createFileHost(await loadInputWorkbook(csv));
      run = await segmentThroughHost(host, {
        revenue: 'Revenue',
        customer: 'Customer',
        potential: 'Potential',
      });
      await host.showSheet(run.plan.summary.name);
      fs.writeFileSync(written, (await host.save()).bytes);
      fs.copyFileSync(written, path.join(OUTPUT_DIR, 'segmented.xlsx'));
      soffice(profile, ['--convert-to', 'pdf', '--outdir', work, written]);
      pdfText = execFileSync('pdftotext', ['-layout', path.join(work, 'segmented.pdf'), '-']).toString();
    }, 180_000);

    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    test('both charts draw: their titles and series names are in the PDF and the PNG pages are not blank', () => {
      for (const chart of run.plan.charts) {
        expect(pdfText).toContain(chart.title);
        for (const series of chart.series) expect(pdfText).toContain(series.name);
      }
      const pages = pdfText.split('\f');
      const chartPages = pages
        .map((text, index) => ({ text, page: index + 1 }))
        .filter(({ text }) => run.plan.charts.some((chart) => text.includes(chart.title)));
      expect(chartPages.length).toBeGreaterThan(0);
      for (const { page } of chartPages) {
        const prefix = path.join(OUTPUT_DIR, `summary-page`);
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '110',
          '-f',
          String(page),
          '-l',
          String(page),
          path.join(work, 'segmented.pdf'),
          prefix,
        ]);
      }
      const pngs = fs
        .readdirSync(OUTPUT_DIR)
        .filter((name) => name.startsWith('summary-page') && name.endsWith('.png'));
      expect(pngs.length).toBeGreaterThan(0);
      for (const png of pngs) expect(fs.statSync(path.join(OUTPUT_DIR, png)).size).toBeGreaterThan(15_000);
    });

    test('the workbook converts back to .xlsx without error and keeps the classes and the charts', async () => {
      const back = path.join(work, 'back');
      fs.mkdirSync(back);
      soffice(profile, ['--convert-to', 'xlsx', '--outdir', back, written]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(back, 'segmented.xlsx'));
      const sheet = workbook.getWorksheet('customers')!;
      const abcIndex = run.plan.output.columns.findIndex((column) => column.header === 'ABC');
      const abc = run.plan.output.columns[abcIndex];
      const column = run.plan.output.firstColumn + abcIndex + 1;
      const classes = abc.values.map((_, row) => sheet.getCell(row + 2, column).value);
      expect(classes).toEqual(abc.values);
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(back, 'segmented.xlsx')));
      const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
      expect(charts).toHaveLength(run.plan.charts.length);
    }, 120_000);

    describe('LibreOffice draws the groups, periods, computed thresholds and recency (§8–§11)', () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-lo-roles-'));
      const profile = path.join(work, 'profile');
      const written = path.join(work, 'roles.xlsx');
      let plan: WritePlan;
      let pdfText = '';

      beforeAll(async () => {
        fs.mkdirSync(OUTPUT_DIR, { recursive: true });
        const csv = path.join(work, 'roles.csv');
        fs.writeFileSync(csv, invoicesCsv());
        const host = createFileHost(await loadInputWorkbook(csv));
        const preparation = await prepareSegmentation(host, { useSaved: true });
        const writes: WritePlan[] = [];
        const write = host.write.bind(host);
        host.write = async (written, progress) => {
          writes.push(written);
          return write(written, progress);
        };
        const outcome = await runSegmentation(host, preparation, {
          columns: {
            revenue: 'Revenue 2026',
            customer: 'Customer',
            potential: null,
            group: 'Sector',
            previous: 'Revenue 2025',
            date: 'Date',
          },
          options: { ...preparation.options, thresholdMethod: 'computed' },
          outputLocale: 'en',
        });
        plan = writes[0];
        await host.showSheet(outcome.summarySheet);
        fs.writeFileSync(written, (await host.save()).bytes);
        fs.copyFileSync(written, path.join(OUTPUT_DIR, 'roles.xlsx'));
        soffice(profile, ['--convert-to', 'pdf', '--outdir', work, written]);
        pdfText = execFileSync('pdftotext', ['-layout', path.join(work, 'roles.pdf'), '-']).toString();
        const pages = pdfText.split('\f');
        const summaryPage = pages.findIndex((text) => text.includes('Groups by Sector')) + 1;
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '110',
          '-f',
          String(summaryPage),
          '-l',
          String(summaryPage),
          path.join(work, 'roles.pdf'),
          path.join(OUTPUT_DIR, 'roles-summary'),
        ]);
      }, 180_000);

      afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

      test('the summary page shows the group table, the migration since the previous column and the methods', () => {
        expect(pdfText).toContain('Groups by Sector');
        expect(pdfText).toMatch(/North\s/);
        expect(pdfText).toContain('Changes since Revenue 2025');
        expect(pdfText).toContain('Revenue now: previous \\ now');
        expect(pdfText).toContain('Computed from the data');
        expect(pdfText).toMatch(/Gone quiet: no purchase in more than 90 days \(as of 2026-\d\d-\d\d\)/);
        const curve = plan.charts.find((chart) => chart.name === 'ABCCurve')!;
        expect(pdfText).toContain('Computed thresholds');
        expect(curve.series.map((series) => series.name)).toContain('Computed thresholds');
        const png = fs
          .readdirSync(OUTPUT_DIR)
          .find((name) => name.startsWith('roles-summary') && name.endsWith('.png'));
        expect(png).toBeDefined();
        expect(fs.statSync(path.join(OUTPUT_DIR, png!)).size).toBeGreaterThan(15_000);
      });

      test('the output columns survive a round trip: Last purchase a date cell, Growth a number, Group ABC text', async () => {
        const back = path.join(work, 'back');
        fs.mkdirSync(back);
        soffice(profile, ['--convert-to', 'xlsx', '--outdir', back, written]);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(back, 'roles.xlsx'));
        const sheet = workbook.getWorksheet('roles')!;
        const columnOf = (header: string) =>
          plan.output.firstColumn + plan.output.columns.findIndex((column) => column.header === header) + 1;
        const cellOf = (header: string) => sheet.getCell(2, columnOf(header));
        // ExcelJS reads a number cell with a date format as a Date.
        expect(cellOf('Last purchase').value).toBeInstanceOf(Date);
        expect(cellOf('Last purchase').numFmt).toMatch(/yyyy-mm-dd/i);
        expect(typeof sheet.getCell(2, columnOf('Growth')).value).toBe('number');
        expect(['A', 'B', 'C']).toContain(sheet.getCell(2, columnOf('Group ABC')).value);
      }, 120_000);
    });
  });
}
