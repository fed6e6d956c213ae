/**
 * Measure a whole first run (locate, read, write) of the Excel host on the fake: syncs per phase and the request
 * and response bytes Office.js would carry (JSON of the queued writes and of the loaded values).
 */
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { createFakeOffice, seedTable, selectRange } from '../fakeExcel';
import { handBuiltPlan } from './handBuiltPlan';

export interface PhaseMeasure {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
}

/** Run locate → read (revenue + customer) → write (Rank/Share/ABC) on a `rows`-row table. */
export async function measureExcelRun(
  rows: number,
): Promise<Record<'locate' | 'read' | 'write', PhaseMeasure>> {
  const fake = createFakeOffice();
  fake.install(globalThis);
  seedTable(fake.workbook, {
    sheet: 'Sales',
    name: 'SalesTable',
    rows: [
      ['Customer', 'Region', 'Revenue'],
      ...Array.from({ length: rows }, (_, i) => [
        `Customer ${i + 1}`,
        i % 2 ? 'North' : 'South',
        1000 + i * 0.37,
      ]),
    ],
  });
  selectRange(fake.workbook, 'Sales', ['A2']);
  const host = createExcelHost();
  const measure = (): PhaseMeasure => {
    const s = fake.stats.syncs;
    const m = {
      syncs: s.length,
      requestBytes: s.reduce((t, x) => t + x.requestBytes, 0),
      responseBytes: s.reduce((t, x) => t + x.responseBytes, 0),
      largestRequest: Math.max(0, ...s.map((x) => x.requestBytes)),
      largestResponse: Math.max(0, ...s.map((x) => x.responseBytes)),
    };
    fake.resetStats();
    return m;
  };
  const located = await host.locate({ useSaved: false });
  const locate = measure();
  await host.read({
    source: located.source,
    hasHeader: true,
    columns: [2, 0],
    outputArea: { firstColumn: 3, width: 5 },
  });
  const read = measure();
  await host.write(
    handBuiltPlan({ sheetName: 'Sales', tableName: 'SalesTable', firstColumn: 3, headerRow: 1, rows }),
  );
  const write = measure();
  return { locate, read, write };
}
