import { ownedColumnsAt, outputAreaRows, ownsOutputArea, ownsSheet } from '../../src/flows/checkOwnership';
import type { SavedSettings } from '../../src/core/layout/writePlan';

function settings(owned: Partial<SavedSettings['owned']> = {}): SavedSettings {
  return {
    version: 1,
    source: { sheetName: 'Sales', tableName: null, address: 'A1:C11', hasHeader: true },
    columns: { revenue: 'Revenue', customer: 'Customer', potential: null },
    options: {
      a: 0.8,
      b: 0.95,
      highValue: { rule: 'A' },
      potentialSplit: { rule: 'median' },
      parseLocale: 'en',
    },
    outputLocale: 'en',
    owned: {
      sheetName: 'Sales',
      firstColumn: 3,
      headers: ['Rank', 'Share', 'Cumulative share', 'ABC'],
      rowCount: 10,
      summarySheet: 'ABC Summary',
      charts: [],
      ...owned,
    },
    lastRun: '2026-12-01T00:00:00Z',
  } as SavedSettings;
}

describe('the ownership decision', () => {
  const area = { sheetName: 'Sales', firstColumn: 3 };

  test('ownership: the area is ours when the settings claim it and the header row still shows our headers', () => {
    expect(ownsOutputArea(settings(), area, ['Rank', 'Share', 'Cumulative share', 'ABC', ''])).toBe(true);
    expect(ownsOutputArea(settings(), area, ['Rank', 'Share', 'Notes', 'ABC'])).toBe(false);
    expect(
      ownsOutputArea(settings(), { ...area, firstColumn: 4 }, ['Rank', 'Share', 'Cumulative share', 'ABC']),
    ).toBe(false);
    expect(ownsOutputArea(null, area, ['Rank'])).toBe(false);
  });

  test('ownership: a source region cut at its right edge is compared on the headers it shows', () => {
    expect(ownsOutputArea(settings(), area, ['Rank', 'Share'], { visibleOnly: true })).toBe(true);
    expect(ownsOutputArea(settings(), area, ['Rank', 'Share'])).toBe(false);
    expect(ownsOutputArea(settings(), area, [], { visibleOnly: true })).toBe(false);
  });

  test('ownership: the claim, the summary sheet (case-insensitive) and the rows of the area come from the same settings', () => {
    expect(ownedColumnsAt(settings(), 'Sales', 3)?.headers).toHaveLength(4);
    expect(ownedColumnsAt(settings(), 'Other', 3)).toBeNull();
    expect(ownsSheet(settings(), 'abc summary')).toBe(true);
    expect(ownsSheet(null, 'ABC Summary')).toBe(false);
    expect(outputAreaRows(settings({ rowCount: 12 }), area, 8)).toBe(12);
    expect(outputAreaRows(settings({ rowCount: 12 }), { ...area, sheetName: 'Other' }, 8)).toBe(8);
  });
});
