/**
 * A WorkbookHost fake for the ribbon command: `locate` answers with the given settings (or throws the given
 * error), `showSheet` records the sheet; `read` and `write` belong to the flow, which the command receives as a
 * separate fake, so they throw – a command that reached them directly would be a bug.
 */
import type { SavedSettings } from '../../src/core/layout/writePlan';
import type { Located, WorkbookHost } from '../../src/hosts/workbookHost';
import type { Message } from '../../src/core/messages/renderMessage';
import { DEFAULT_OPTIONS } from '../../src/flows/prepareSegmentation';

export interface FakeHost extends WorkbookHost {
  shownSheets: string[];
  locateCalls: { useSaved: boolean }[];
}

/** Saved settings as the pane writes them after a first run. */
export function savedSettings(): SavedSettings {
  return {
    version: 1,
    source: { sheetName: 'Sales', tableName: 'SalesTable', address: 'A1:D201', hasHeader: true },
    columns: { revenue: 'Revenue', customer: 'Customer', potential: null },
    options: { ...DEFAULT_OPTIONS },
    outputLocale: 'en',
    owned: {
      sheetName: 'Sales',
      firstColumn: 4,
      headers: ['Rank', 'Share', 'Cumulative share', 'ABC'],
      rowCount: 200,
      summarySheet: 'ABC Summary',
      charts: ['ABCCurve'],
    },
    lastRun: '2025-01-31T12:00:00.000Z',
  };
}

/** A host whose workbook has `settings` (null: never segmented); `locateError` makes `locate` throw. */
export function fakeHost(
  settings: SavedSettings | null,
  options: { settingsProblem?: Message; locateError?: Error } = {},
): FakeHost {
  const host: FakeHost = {
    shownSheets: [],
    locateCalls: [],
    async locate(request) {
      host.locateCalls.push(request);
      if (options.locateError) throw options.locateError;
      const located: Located = {
        settings,
        settingsProblem: options.settingsProblem ?? null,
        source: {
          sheetName: 'Sales',
          tableName: 'SalesTable',
          address: 'A1:D201',
          firstRow: 1,
          firstColumn: 0,
          rowCount: 201,
          columnCount: 4,
          headerKnown: true,
          topRows: [['Customer', 'Region', 'Revenue', 'Potential']],
        },
        sheetNames: ['Sales'],
      };
      return located;
    },
    async read() {
      throw new Error('fakeHost.read: the command must not read; the flow does');
    },
    async write() {
      throw new Error('fakeHost.write: the command must not write; the flow does');
    },
    async showSheet(name) {
      host.shownSheets.push(name);
    },
  };
  return host;
}
