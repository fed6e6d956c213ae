/**
 * A strict in-memory Excel for tests and the browser harness.
 *
 * ```ts
 * const fake = createFakeOffice({ apiVersion: '1.9' });
 * seedTable(fake.workbook, { sheet: 'Sales', name: 'Sales', topLeft: 'B2', rows: [['Customer', 'Revenue'], ['Acme', 10]] });
 * fake.install(globalThis);             // sets globalThis.Excel and globalThis.Office
 * await createExcelHost().locate({ useSaved: false });
 * fake.stats.syncs                      // what each sync sent and received
 * snapshotWorkbook(fake.workbook)       // plain data, for before/after comparison
 * ```
 *
 * `Excel` offers `run` only (plus nothing else: enums are not modelled, pass their string values);
 * `Office` offers `onReady`, `context.requirements.isSetSupported` (ExcelApi, SharedRuntime 1.1),
 * `context.displayLanguage`, `context.contentLanguage`, `context.officeTheme`, `HostType`, `PlatformType`, `actions.associate` and
 * `addin` (`showAsTaskpane`, `hide`, `onVisibilityModeChanged`). Any other member throws NotImplemented, so the code under test cannot
 * lean on something the fake does not check. No Node APIs here: the harness bundles this file for the browser.
 */
import { FakeStats } from './fakeRequestContext';
import { officeError } from './fakeOfficeError';
import { FakeWorkbookModel } from './fakeWorkbookModel';
import { fakeRun } from './fakeWorkbook';

export { FakeWorkbookModel, FakeSheet, PAYLOAD_LIMIT_BYTES, CELL_READ_LIMIT } from './fakeWorkbookModel';
export type { FakeStats, SyncRecord } from './fakeRequestContext';
export { FakeOfficeError } from './fakeOfficeError';
export { seedRange, seedTable, selectRange, snapshotWorkbook, cellsOf } from './fakeWorkbookSeed';
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot } from './fakeWorkbookSeed';

export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set reported and enforced. @default '1.9' */
  apiVersion?: string;
  /** `Office.context.displayLanguage` (the UI language). @default 'en-US' */
  displayLanguage?: string;
  /**
   * `Office.context.contentLanguage` (the editing language: how the user types numbers). @default displayLanguage
   * (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-contentlanguage-member)
   */
  contentLanguage?: string;
  /**
   * The add-in was installed from the Microsoft Marketplace: `Office.addin.showAsTaskpane()` then resolves but
   * does nothing ("Calls to showAsTaskpane are ignored and won't open the task pane", Show or hide the task pane,
   * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). @default false
   */
  marketplace?: boolean;
  /**
   * A command or load on an object navigated from a null object (e.g. `getItemOrNullObject(missing).getRange()`)
   * fails the sync instead of yielding another null object. Microsoft documents only that `*OrNullObject` returns
   * an object with `isNullObject` true ("*OrNullObject methods and properties",
   * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model), not what navigation
   * from it does, so the add-in must cope with both. @default false
   */
  nullNavigationFails?: boolean;
}

export interface FakeOffice {
  /** Stands in for the global `Excel` namespace. */
  Excel: typeof Excel;
  /** Stands in for the global `Office` namespace. */
  Office: typeof Office;
  /** The workbook model: seed it, flip `cellEditMode`, protect sheets, inspect it. */
  workbook: FakeWorkbookModel;
  /** Sync and payload counters, for every `Excel.run` on this workbook. */
  stats: FakeStats;
  /** Forget the counted syncs (e.g. between phases). */
  resetStats(): void;
  /** Set `Excel` and `Office` on a global object (jest's `globalThis`, or the browser `window`). */
  install(target: object): void;
  /** Whether the task pane is visible, as `showAsTaskpane` / `hide` / the user left it. */
  pane: { visible: boolean };
  /** Show or hide the pane as the user does (ribbon button, X): VisibilityModeChanged handlers run. */
  setPaneVisible(visible: boolean): Promise<void>;
}

/** Throw NotImplemented for any member not listed. */
function strict<T extends object>(name: string, members: T): T {
  return new Proxy(members, {
    get(target, key) {
      if (typeof key === 'symbol' || key in target) return Reflect.get(target, key);
      if (key === 'then' || key === 'toJSON' || key === 'asymmetricMatch' || key === '$$typeof')
        return undefined;
      throw officeError('NotImplemented', `fake ${name}.${key} is not implemented`);
    },
  });
}

/** A fresh empty workbook with its fake `Excel` and `Office` namespaces. */
export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const workbook = new FakeWorkbookModel();
  workbook.apiVersion = options.apiVersion ?? '1.9';
  workbook.nullNavigationFails = options.nullNavigationFails ?? false;
  const stats: FakeStats = { syncs: [], runs: 0 };
  const excel = strict('Excel', {
    run: <R>(batch: Parameters<typeof fakeRun<R>>[2]) => fakeRun(workbook, stats, batch),
  });
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const associations = new Map<string, unknown>();
  const pane = { visible: false };
  type VisibilityHandler = (args: { visibilityMode: 'Taskpane' | 'Hidden' }) => void;
  const visibilityHandlers = new Set<VisibilityHandler>();
  // VisibilityModeChanged fires when the visibility changes (Show or hide the task pane, "Handle the visibility
  // changed event"); handlers run asynchronously, after the call that changed it.
  const setPaneVisible = async (visible: boolean): Promise<void> => {
    if (pane.visible === visible) return;
    pane.visible = visible;
    await Promise.resolve();
    for (const handler of [...visibilityHandlers])
      handler({ visibilityMode: visible ? 'Taskpane' : 'Hidden' });
  };
  const office = strict('Office', {
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: strict('Office.context', {
      displayLanguage: options.displayLanguage ?? 'en-US',
      contentLanguage: options.contentLanguage ?? options.displayLanguage ?? 'en-US',
      // Office.context.officeTheme (the colours of the Office theme); the harness replaces it for dark mode.
      officeTheme: {
        bodyBackgroundColor: '#ffffff',
        bodyForegroundColor: '#242424',
        controlBackgroundColor: '#ffffff',
        controlForegroundColor: '#242424',
        isDarkTheme: false,
      },
      requirements: strict('Office.context.requirements', {
        isSetSupported: (name: string, version?: string) =>
          (name === 'ExcelApi' && workbook.supports(version ?? '1.1')) ||
          (name === 'SharedRuntime' && (version ?? '1.1') === '1.1'),
      }),
    }),
    addin: strict('Office.addin', {
      showAsTaskpane: async () => {
        if (!options.marketplace) await setPaneVisible(true);
      },
      hide: async () => setPaneVisible(false),
      onVisibilityModeChanged: async (handler: VisibilityHandler) => {
        visibilityHandlers.add(handler);
        return async () => void visibilityHandlers.delete(handler);
      },
    }),
    HostType: strict('Office.HostType', { Excel: 'Excel' }),
    PlatformType: strict('Office.PlatformType', { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' }),
    actions: strict('Office.actions', {
      associate: (id: string, action: unknown) => void associations.set(id, action),
    }),
  });
  // The single boundary cast: the fakes implement the subset of the Office.js surface that the add-in uses,
  // checked at run time by the strict proxies instead of at compile time.
  const fake = {
    Excel: excel as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    workbook,
    stats,
    resetStats: () => {
      stats.syncs.length = 0;
      stats.runs = 0;
    },
    install: (target: object) => {
      Object.assign(target, { Excel: fake.Excel, Office: fake.Office });
    },
    pane,
    setPaneVisible,
  };
  return fake;
}
