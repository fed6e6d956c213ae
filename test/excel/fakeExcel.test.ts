/**
 * The fake Excel is strict where a permissive mock would hide bugs (style.md, "Mocks that accept anything").
 */
import { createFakeOffice, seedRange, seedTable, snapshotWorkbook, FakeOffice } from '../fakeExcel';

function fakeWithSales(): FakeOffice {
  const fake = createFakeOffice();
  seedRange(fake.workbook, {
    sheet: 'Sales',
    rows: [
      ['Customer', 'Revenue'],
      ['Acme', 10],
      ['Beta', 20],
    ],
  });
  return fake;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? 'no code';
  }
  return 'no error';
}

test('fake: reading a property before load and sync throws PropertyNotLoaded', async () => {
  const fake = fakeWithSales();
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sales').getRange('A1:B3');
      range.load('values');
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the read before sync is what this test checks
      return range.values;
    }),
  );
  expect(code).toBe('PropertyNotLoaded');
});

test('fake: values are readable after load and sync, empty cells read as ""', async () => {
  const fake = fakeWithSales();
  const values = await fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sales').getRange('A1:C2');
    range.load('values');
    await context.sync();
    return range.values;
  });
  expect(values).toEqual([
    ['Customer', 'Revenue', ''],
    ['Acme', 10, ''],
  ]);
});

test('fake: writing values of the wrong shape fails the sync with InvalidArgument and writes nothing', async () => {
  const fake = fakeWithSales();
  const before = snapshotWorkbook(fake.workbook);
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sales').getRange('D1:E2').values = [['x', 'y']];
      await context.sync();
    }),
  );
  expect(code).toBe('InvalidArgument');
  expect(snapshotWorkbook(fake.workbook)).toEqual(before);
});

test('fake: a member it does not implement throws NotImplemented', async () => {
  const fake = fakeWithSales();
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sales') as unknown as Record<string, () => void>;
      sheet.freezePanes();
    }),
  );
  expect(code).toBe('NotImplemented');
  expect(() => (fake.Office as unknown as Record<string, unknown>).ribbon).toThrow(/not implemented/);
});

test('fake: text starting with = + - becomes a formula unless the cell is formatted as text (@)', async () => {
  const fake = fakeWithSales();
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sales');
    sheet.getRange('D1:D3').values = [['=HYPERLINK("x")'], ['+Acme'], ['-Beta Oy']];
    const safe = sheet.getRange('E1:E3');
    safe.numberFormat = [['@'], ['@'], ['@']];
    safe.values = [['=HYPERLINK("x")'], ['+Acme'], ['-Beta Oy']];
    sheet.getRange('F1:F2').values = [['00123'], ["'00123"]];
    await context.sync();
  });
  const cells = snapshotWorkbook(fake.workbook).sheets[0].cells;
  expect(cells.D1.formula).toBe('=HYPERLINK("x")');
  expect(cells.D2.formula).toBe('=+Acme');
  expect(cells.D3.formula).toBe('=-Beta Oy');
  expect(cells.E1).toEqual({ value: '=HYPERLINK("x")', numberFormat: '@' });
  expect(cells.E3.value).toBe('-Beta Oy');
  expect(cells.F1.value).toBe(123);
  expect(cells.F2.value).toBe('00123');
});

test('fake: null leaves a cell unchanged and "" clears it', async () => {
  const fake = fakeWithSales();
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Sales').getRange('A2:B2').values = [[null, '']];
  });
  const cells = snapshotWorkbook(fake.workbook).sheets[0].cells;
  expect(cells.A2.value).toBe('Acme');
  expect(cells.B2).toBeUndefined();
});

test('fake: a request over 5 MB is refused before anything is written', async () => {
  const fake = createFakeOffice();
  fake.workbook.addSheet('Big');
  const rows = Array.from({ length: 200_000 }, (_, i) => [`customer number ${i}`, i]);
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Big').getRange('A1:B200000').values = rows;
      await context.sync();
    }),
  );
  expect(code).toBe('RequestPayloadSizeLimitExceeded');
  expect(fake.workbook.sheet('Big')!.columns.size).toBe(0);
  expect(fake.stats.syncs[0].requestBytes).toBeGreaterThan(5_000_000);
});

test('fake: a response over 5 MB is refused', async () => {
  const fake = createFakeOffice();
  seedRange(fake.workbook, {
    sheet: 'Big',
    rows: Array.from({ length: 200_000 }, (_, i) => [`customer number ${i}`, i]),
  });
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Big').getRange('A1:B200000').load('values');
      await context.sync();
    }),
  );
  expect(code).toBe('ResponsePayloadSizeLimitExceeded');
});

test('fake: getItemOrNullObject gives a null object after sync; getItem of a missing item fails the sync', async () => {
  const fake = fakeWithSales();
  const isNull = await fake.Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject('nothing');
    setting.load('value');
    const chart = context.workbook.worksheets.getItem('Sales').charts.getItemOrNullObject('Nope');
    await context.sync();
    return [setting.isNullObject, chart.isNullObject];
  });
  expect(isNull).toEqual([true, true]);
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Missing').getRange('A1').load('values');
      await context.sync();
    }),
  );
  expect(code).toBe('ItemNotFound');
});

test('fake: cell-edit mode refuses the batch with InvalidOperationInCellEditMode', async () => {
  const fake = fakeWithSales();
  fake.workbook.cellEditMode = true;
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sales').getRange('C1').values = [['x']];
      await context.sync();
    }),
  );
  expect(code).toBe('InvalidOperationInCellEditMode');
  expect(fake.workbook.sheet('Sales')!.hasContent(0, 2)).toBe(false);
});

test('fake: a protected sheet refuses writes with AccessDenied', async () => {
  const fake = fakeWithSales();
  fake.workbook.sheet('Sales')!.protected = true;
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sales').getRange('C1').values = [['x']];
    }),
  );
  expect(code).toBe('AccessDenied');
});

test('fake: an API newer than the reported requirement set throws ApiNotFound', async () => {
  const fake = createFakeOffice({ apiVersion: '1.7' });
  seedRange(fake.workbook, { sheet: 'S', rows: [[1]] });
  expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  const code = await codeOf(
    fake.Excel.run(async (context) => {
      context.workbook.getSelectedRanges();
    }),
  );
  expect(code).toBe('ApiNotFound');
});

test('fake: tables, nested loads and the used range (values only)', async () => {
  const fake = createFakeOffice();
  seedTable(fake.workbook, {
    sheet: 'S',
    name: 'Sales',
    topLeft: 'B2',
    rows: [
      ['Customer', 'Revenue'],
      ['Acme', 10],
    ],
  });
  fake.workbook.sheet('S')!.column(9).numberFormats[40] = '0.0%';
  const result = await fake.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load(
      'items/name,items/protection/protected,items/charts/items/name',
    );
    const table = context.workbook.tables.getItem('Sales');
    const range = table.getRange().load('address');
    const columns = table.columns.load('items/name');
    const used = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    return {
      sheets: sheets.items.map((s) => [s.name, s.protection.protected, s.charts.items.length]),
      address: range.address,
      columns: columns.items.map((c) => c.name),
      used: used.address,
    };
  });
  expect(result).toEqual({
    sheets: [['S', false, 0]],
    address: 'S!B2:C3',
    columns: ['Customer', 'Revenue'],
    used: 'S!B2:C3',
  });
});

describe('fake: documented Excel behaviour', () => {
  const table = (fake: FakeOffice, options: { totals?: boolean; filtered?: number[] } = {}) =>
    seedTable(fake.workbook, {
      sheet: 'T',
      name: 'Tbl',
      rows: [
        ['Customer', 'Revenue'],
        ['A', 1],
        ['B', 2],
        ['C', 3],
      ],
      ...(options.totals ? { totalRow: ['Total', 6] } : {}),
      ...(options.filtered ? { filteredRows: options.filtered } : {}),
    });

  test('fake: Table.getRange includes a shown total row, getDataBodyRange does not, getTotalRowRange is that row', async () => {
    const fake = createFakeOffice();
    table(fake, { totals: true });
    const addresses = await fake.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem('Tbl');
      const ranges = [t.getRange(), t.getDataBodyRange(), t.getTotalRowRange()].map((r) => r.load('address'));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(['T!A1:B5', 'T!A2:B4', 'T!A5:B5']);
    const withoutTotals = createFakeOffice();
    table(withoutTotals);
    const code = await codeOf(
      withoutTotals.Excel.run(async (context) => {
        context.workbook.tables.getItem('Tbl').getTotalRowRange().load('address');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });

  test('fake: table columns by name or ID with getItem, by position with getItemAt; IDs are not positions and are never reused', async () => {
    const fake = createFakeOffice();
    table(fake);
    const names = await fake.Excel.run(async (context) => {
      const columns = context.workbook.tables.getItem('Tbl').columns;
      const byId = columns.getItem(1).load('name,id');
      const byName = columns.getItem('revenue').load('name,id');
      const byPosition = columns.getItemAt(0).load('name,id');
      const noId = columns.getItemOrNullObject(0);
      await context.sync();
      return [byId.name, byName.name, byPosition.name, String(noId.isNullObject), byName.id];
    });
    expect(names).toEqual(['Customer', 'Revenue', 'Customer', 'true', 2]);
    const ids = await fake.Excel.run(async (context) => {
      const columns = context.workbook.tables.getItem('Tbl').columns;
      columns.getItemAt(1).delete();
      const added = columns.add(undefined, undefined, 'Again').load('id');
      await context.sync();
      return added.id;
    });
    expect(ids).toBe(3);
  });

  test('fake: with a chart selected, getSelectedRange and getActiveCell throw InvalidSelection', async () => {
    const fake = fakeWithSales();
    fake.workbook.selectedObject = 'chart';
    const codes = await Promise.all(
      (['getSelectedRange', 'getActiveCell'] as const).map((get) =>
        codeOf(
          fake.Excel.run(async (context) => {
            context.workbook[get]().load('address');
            await context.sync();
          }),
        ),
      ),
    );
    expect(codes).toEqual(['InvalidSelection', 'InvalidSelection']);
  });

  test('fake: whole columns and whole rows have Excel’s addresses (Sheet!A:F, Sheet!3:5)', async () => {
    const fake = fakeWithSales();
    const addresses = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sales');
      const ranges = [sheet.getRange('A:F'), sheet.getRange('3:5')].map((r) => r.load('address'));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(['Sales!A:F', 'Sales!3:5']);
  });

  test('fake: writing across rows a table filter hides fails with FilteredRangeConflict; rowHidden says so', async () => {
    const fake = createFakeOffice();
    table(fake, { filtered: [2] });
    const hidden = await fake.Excel.run(async (context) => {
      const body = context.workbook.tables.getItem('Tbl').getDataBodyRange().load('rowHidden');
      await context.sync();
      return body.rowHidden;
    });
    expect(hidden).toBeNull();
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('T').getRange('B2:B4').values = [[1], [2], [3]];
        await context.sync();
      }),
    );
    expect(code).toBe('FilteredRangeConflict');
  });

  test('fake: Excel on the web may refuse an oversized response as GeneralException', async () => {
    const fake = createFakeOffice();
    fake.workbook.payloadErrorCode = 'GeneralException';
    seedRange(fake.workbook, { sheet: 'Big', rows: Array.from({ length: 20_000 }, () => ['x'.repeat(300)]) });
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Big').getRange('A1:A20000').load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
  });

  test('fake: content language is separate from display language', () => {
    const fake = createFakeOffice({ displayLanguage: 'en-US', contentLanguage: 'fi-FI' });
    expect([fake.Office.context.displayLanguage, fake.Office.context.contentLanguage]).toEqual([
      'en-US',
      'fi-FI',
    ]);
  });
});
