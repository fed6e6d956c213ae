/**
 * The data sets every engine is checked on: the repository's fixtures (always), the shared samples and public
 * data sets (when ../shared/data is present), and a table of the awkward cases built here.
 */
import * as fs from 'fs';
import { fixture } from '../cli/runCli';
import { sharedData } from '../support/sharedData';
import type { SourceColumns } from '../../src/core/types';
import { readTestTable, type TestTable } from './loadTable';
import type { Thresholds } from './agreement';

export interface WarehouseCase {
  name: string;
  thresholds: Thresholds;
  load(): Promise<TestTable>;
}

const fromFile = (file: string, names: { customer?: string; revenue: string; potential?: string }) => () =>
  readTestTable(file, names);

/**
 * Blank and whitespace-only customers (left out, counted), a customer whose only revenue is blank (unclassified),
 * credit notes outweighing sales (revenue ≤ 0), NaN and ±Infinity revenue (invalid), the same customer as NFC and
 * NFD and behind a no-break space and an ideographic space, ties across the A boundary, an even number of
 * potentials (median = mean of the two middle ones), a final sigma (ΟΔΟΣ = οδος) and a dotless ı (IŞIK = ışık),
 * which every engine's lower(upper()) folds as the core does.
 */
function awkwardTable(): TestTable {
  const rows: [string | null, number | null, number | null][] = [
    ['Café Oy', 40, 5],
    ['Cafe\u0301 oy\u00a0', 10, 7],
    ['\u3000CAFÉ OY', null, null],
    ['Tie 1', 20, 1],
    ['Tie 2', 20, 2],
    ['Small', 5, 3],
    ['Credit', 10, 9],
    ['Credit', -25, null],
    ['Nothing', null, 4],
    [null, 99, 1],
    ['   ', 7, 1],
    ['Bad', NaN, 2],
    ['Bad', 3, null],
    ['Inf', Infinity, 8],
    ['Zero', 0, 6],
    ['ΟΔΟΣ', 12, 3],
    ['οδος', 1, null],
    ['IŞIK', 2, 4],
    ['ışık', 1, null],
  ];
  const revenueCells = rows.map(([, revenue]) =>
    revenue === null ? null : Number.isNaN(revenue) ? 'NaN' : revenue === Infinity ? 'Infinity' : revenue,
  );
  const columns: SourceColumns = {
    customer: rows.map(([customer]) => customer),
    revenue: revenueCells,
    potential: rows.map(([, , potential]) => potential),
    addressing: { firstRow: 2, revenueColumn: 'B', customerColumn: 'A', potentialColumn: 'C' },
  };
  return {
    customer: rows.map(([customer]) => customer),
    revenue: rows.map(([, revenue]) => revenue),
    potential: rows.map(([, , potential]) => potential),
    columns,
    parseLocale: 'en',
  };
}

/** Every case; the shared ones only when their file exists. */
export function warehouseCases(): WarehouseCase[] {
  const cases: WarehouseCase[] = [
    {
      name: 'samples/customers.csv with potential',
      thresholds: {},
      load: fromFile(fixture('samples/customers.csv'), {
        customer: 'Customer',
        revenue: 'Revenue 2026',
        potential: 'Potential (EUR)',
      }),
    },
    {
      name: 'samples/asiakkaat.csv (Finnish numbers) at a = 70 %, b = 90 %',
      thresholds: { a: 0.7, b: 0.9 },
      load: fromFile(fixture('samples/asiakkaat.csv'), {
        customer: 'Asiakas',
        revenue: 'Myynti 2026',
        potential: 'Potentiaalipisteet',
      }),
    },
    ...[
      'ties-at-boundary',
      'thresholds-exact',
      'case-and-space-duplicates',
      'errors-and-text',
      'formula-injection',
      'single-customer',
    ].map((bad): WarehouseCase => ({
      name: `bad/${bad}.csv`,
      thresholds: {},
      load: fromFile(fixture(`bad/${bad}.csv`), { customer: 'Customer', revenue: 'Revenue' }),
    })),
    {
      name: 'bad/ties-at-boundary.csv at a = 50 %',
      thresholds: { a: 0.5, b: 0.9 },
      load: fromFile(fixture('bad/ties-at-boundary.csv'), { customer: 'Customer', revenue: 'Revenue' }),
    },
    {
      name: 'awkward cases (blank keys, credit notes, NaN, NFC, ties)',
      thresholds: {},
      load: async () => awkwardTable(),
    },
  ];
  const shared: [string, string, { customer?: string; revenue: string; potential?: string }][] = [
    ['samples/invoices.csv', 'samples/invoices.csv', { customer: 'Customer', revenue: 'Amount' }],
    [
      'external/online-retail-2010-12.csv',
      'external/online-retail-2010-12.csv',
      { customer: 'CustomerID', revenue: 'Revenue' },
    ],
    [
      'external/cdnow-master.csv',
      'external/cdnow-master.csv',
      { customer: 'customer_id', revenue: 'dollar_value' },
    ],
    [
      'external/swiss-inhabitants.csv (each row a customer)',
      'external/swiss-inhabitants.csv',
      { revenue: 'Inhabitants' },
    ],
  ];
  for (const [name, file, names] of shared) {
    const path = sharedData(file);
    if (fs.existsSync(path)) cases.push({ name, thresholds: {}, load: fromFile(path, names) });
  }
  return cases;
}
