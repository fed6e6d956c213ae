/**
 * A refresh whose saved table or sheet is gone, on an Office that fails a sync navigating from a null object
 * (`getItemOrNullObject(missing).getRange()`) as well as on one that yields null objects: Microsoft documents
 * only `isNullObject` on the `*OrNullObject` result (application-specific-api-model, "*OrNullObject methods and
 * properties"), so both must end in the same "gone" message.
 */
import { createExcelHost } from '../../src/hosts/excel/excelHost';
import { prepareSegmentation, refreshSegmentation, runSegmentation } from '../../src/flows/segmentFlow';
import { createFakeOffice, seedRange, seedTable, selectRange, type FakeOffice } from '../fakeExcel';

const HEADER = ['Customer', 'Revenue'];
const rows = Array.from({ length: 6 }, (_, i) => [`Customer ${i + 1}`, 1000 * (6 - i)]);

async function firstRun(): Promise<void> {
  const host = createExcelHost();
  const preparation = await prepareSegmentation(host, { useSaved: false });
  await runSegmentation(host, preparation, {
    columns: { ...preparation.columns, group: null, potential: null },
    options: preparation.options,
    outputLocale: 'en',
  });
}

async function refreshKey(): Promise<string | null> {
  try {
    await refreshSegmentation(createExcelHost());
  } catch (error) {
    return (error as { key?: string | null }).key ?? null;
  }
  return 'no error';
}

describe.each([false, true])('navigation from a null object fails the sync: %s', (nullNavigationFails) => {
  function fakeWith(): FakeOffice {
    const fake = createFakeOffice({ nullNavigationFails });
    fake.install(globalThis);
    return fake;
  }

  test('the saved table renamed away: "table gone"', async () => {
    const fake = fakeWith();
    seedTable(fake.workbook, { sheet: 'Sales', name: 'SalesTable', rows: [HEADER, ...rows] });
    selectRange(fake.workbook, 'Sales', ['A2']);
    await firstRun();
    fake.workbook.table('SalesTable')!.name = 'Renamed';
    expect(await refreshKey()).toBe('table-gone');
  });

  test('the saved range’s sheet renamed away: "range gone"', async () => {
    const fake = fakeWith();
    seedRange(fake.workbook, { sheet: 'Sales', topLeft: 'A1', rows: [HEADER, ...rows] });
    selectRange(fake.workbook, 'Sales', ['A2']);
    await firstRun();
    fake.workbook.sheet('Sales')!.name = 'Renamed';
    expect(await refreshKey()).toBe('range-gone');
  });
});
