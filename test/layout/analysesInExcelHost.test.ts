/**
 * The §8–§11 output through the flows and the Excel host over the strict fake: the workbook shows the plan cell
 * by cell (values, number formats – Last purchase a date serial under `yyyy-mm-dd` – widths, colours), with every
 * role mapped and computed thresholds.
 */
import { seedTable, selectRange } from '../fakeExcel';
import {
  createExcelHost,
  expectedConditionalFormats,
  installFake,
  planMismatches,
  snapshotWorkbook,
} from '../excel/flowOnFake';
import { prepareSegmentation, runSegmentation } from '../../src/flows/segmentFlow';
import type { WritePlan } from '../../src/core/layout/writePlan';
import { columnLetter } from '../../src/core/cellAddress';

/** Invoice lines: customer, region, two years of revenue, an invoice date (serial); fixed values. */
function invoiceRows(): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['Customer', 'Region', 'Revenue 2025', 'Revenue 2026', 'Invoice date'],
  ];
  for (let i = 1; i <= 36; i++) {
    const customer = ((i - 1) % 12) + 1;
    rows.push([
      `Customer ${customer} Oy`,
      customer % 3 === 0 ? 'North' : 'South',
      Math.round(40000 / customer ** 1.1),
      Math.round(50000 / customer ** 1.3) + i,
      // Customer 1 (the largest) last bought in January: gone quiet by December.
      customer === 1 ? 46023 + i : 46300 + ((i * 11) % 60),
    ]);
  }
  return rows;
}

describe('groups, periods, computed thresholds and recency in the Excel host', () => {
  test('the workbook shows the plan cell by cell, Last purchase a real date and Gone quiet coloured', async () => {
    const fake = installFake();
    seedTable(fake.workbook, { sheet: 'Sales', name: 'Invoices', topLeft: 'A1', rows: invoiceRows() });
    selectRange(fake.workbook, 'Sales', ['B2']);
    const host = createExcelHost();
    const writes: WritePlan[] = [];
    const write = host.write.bind(host);
    host.write = (plan, progress) => {
      writes.push(plan);
      return write(plan, progress);
    };
    const preparation = await prepareSegmentation(host, { useSaved: false });
    await runSegmentation(host, preparation, {
      columns: {
        revenue: 'Revenue 2026',
        customer: 'Customer',
        potential: null,
        group: 'Region',
        previous: 'Revenue 2025',
        date: 'Invoice date',
      },
      options: { ...preparation.options, thresholdMethod: 'computed' },
      outputLocale: 'en',
    });
    const plan = writes[0];
    expect(planMismatches(fake.workbook, plan)).toEqual([]);

    const sales = snapshotWorkbook(fake.workbook).sheets.find((sheet) => sheet.name === 'Sales')!;
    const lastPurchase = plan.output.columns.findIndex((column) => column.header === 'Last purchase');
    const letter = columnLetter(plan.output.firstColumn + lastPurchase);
    expect(sales.cells[`${letter}2`]).toMatchObject({ numberFormat: 'yyyy-mm-dd' });
    expect(typeof sales.cells[`${letter}2`].value).toBe('number');
    expect(sales.conditionalFormats).toEqual(expect.arrayContaining(expectedConditionalFormats(plan)));
    const quiet = plan.output.columns.find((column) => column.header === 'Gone quiet')!;
    expect(quiet.values).toContain('Yes');
    const summary = snapshotWorkbook(fake.workbook).sheets.find((sheet) => sheet.name === 'ABC Summary')!;
    expect(Object.values(summary.cells).map((cell) => cell.value)).toEqual(
      expect.arrayContaining(['Quiet A customers – call them this week', 'Changes since Revenue 2025']),
    );
  });
});
