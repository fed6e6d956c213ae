/**
 * Fake `Excel.Workbook` (selection, active cell, worksheets, tables, settings, application) and `Excel.run`.
 *
 * `Excel.run(callback)` makes a new request context, awaits the callback, then syncs whatever is still queued –
 * as the real `Excel.run` does – and rejects with the first error. While the model's `cellEditMode` is on, every
 * batch is refused with `InvalidOperationInCellEditMode`.
 */
import { ClassSpec, FakeObject, FakeRequestContext, FakeStats } from './fakeRequestContext';
import { officeError } from './fakeOfficeError';
import { FakeWorkbookModel } from './fakeWorkbookModel';
import { RangeTarget, rangeAreasSpec } from './fakeRange';
import { rangeSpec } from './fakeRange';
import { tableCollectionSpec, worksheetCollectionSpec } from './fakeSheetObjects';

interface SettingTarget {
  key: string;
}

function settingsOf(o: FakeObject<unknown>): Map<string, unknown> {
  return o.context.model.settings;
}

const settingSpec: ClassSpec<SettingTarget> = {
  name: 'Setting',
  properties: {
    key: { get: (t) => t.key },
    value: {
      get: (t, o) => settingsOf(o as FakeObject<unknown>).get(t.key),
      set: (t, v, o) => void settingsOf(o as FakeObject<unknown>).set(t.key, JSON.parse(JSON.stringify(v))),
    },
  },
  methods: { delete: (o) => o.command((t) => void settingsOf(o as FakeObject<unknown>).delete(t.key)) },
};

const settingCollectionSpec: ClassSpec<Map<string, unknown>> = {
  name: 'SettingCollection',
  properties: {},
  items: {
    list: (m) => [...m.keys()],
    make: (o, key) => FakeObject.existing(settingSpec, o.context, { key: key as string }),
  },
  methods: {
    add: (o, key: string, value: unknown) => {
      if (typeof key !== 'string' || key === '')
        throw officeError('InvalidArgument', 'a setting key must be text');
      o.context.enqueue(() => undefined, { key, value });
      return o.child(settingSpec, (m) => {
        // Settings hold JSON-compatible values; the stored copy is independent of the caller's object.
        m.set(key, JSON.parse(JSON.stringify(value)));
        return { key };
      }).proxy;
    },
    getItem: (o, key: string) =>
      o.child(settingSpec, (m) => {
        if (!m.has(key)) throw officeError('ItemNotFound', `The setting '${key}' does not exist.`);
        return { key };
      }).proxy,
    getItemOrNullObject: (o, key: string) => o.child(settingSpec, (m) => (m.has(key) ? { key } : null)).proxy,
  },
};

const applicationSpec: ClassSpec<FakeWorkbookModel> = {
  name: 'Application',
  properties: {},
  methods: {
    suspendScreenUpdatingUntilNextSync: (o) => o.command(() => undefined),
  },
  methodSince: { suspendScreenUpdatingUntilNextSync: '1.9' },
};

/** The `Excel.Workbook` spec. */
const workbookSpec: ClassSpec<FakeWorkbookModel> = {
  name: 'Workbook',
  properties: {},
  navigation: {
    worksheets: (o) =>
      (o as FakeObject<FakeWorkbookModel>).navigation('worksheets', worksheetCollectionSpec, (m) => m.sheets),
    tables: (o) =>
      (o as FakeObject<FakeWorkbookModel>).navigation('tables', tableCollectionSpec(false), (m) => ({
        tables: m.tables,
        sheet: null,
      })),
    settings: (o) =>
      (o as FakeObject<FakeWorkbookModel>).navigation('settings', settingCollectionSpec, (m) => m.settings),
    application: (o) =>
      (o as FakeObject<FakeWorkbookModel>).navigation('application', applicationSpec, (m) => m),
  },
  methods: {
    // getSelectedRange, getSelectedRanges and getActiveCell throw InvalidSelection while a chart or shape is
    // selected – "by design according to our API contract" (office-js issue #2268; also #8).
    getSelectedRange: (o) =>
      o.child(rangeSpec, (m): RangeTarget => {
        if (m.selectedObject)
          throw officeError('InvalidSelection', 'The current selection is invalid for this operation.');
        if (!m.activeSheet || m.selection.length === 0)
          throw officeError('InvalidSelection', 'nothing is selected');
        if (m.selection.length > 1) {
          throw officeError(
            'InvalidSelection',
            'The current selection is invalid for this operation (several areas).',
          );
        }
        return { sheet: m.activeSheet, rect: { ...m.selection[0] } };
      }).proxy,
    getSelectedRanges: (o) =>
      o.child(rangeAreasSpec, (m) => {
        if (m.selectedObject)
          throw officeError('InvalidSelection', 'The current selection is invalid for this operation.');
        if (!m.activeSheet || m.selection.length === 0)
          throw officeError('InvalidSelection', 'nothing is selected');
        return { sheet: m.activeSheet, rects: m.selection.map((r) => ({ ...r })) };
      }).proxy,
    getActiveCell: (o) =>
      o.child(rangeSpec, (m): RangeTarget => {
        if (!m.activeSheet || m.selectedObject)
          throw officeError('InvalidSelection', 'The current selection is invalid for this operation.');
        const { r, c } = m.activeCell;
        return { sheet: m.activeSheet, rect: { r0: r, c0: c, r1: r, c1: c } };
      }).proxy,
  },
  methodSince: { getSelectedRanges: '1.9', getActiveCell: '1.7' },
};

/** A request context whose `workbook` is the fake workbook. */
export function createContext(model: FakeWorkbookModel, stats: FakeStats): FakeRequestContext {
  const context = new FakeRequestContext(model, stats);
  context.workbook = FakeObject.existing(workbookSpec, context, model).proxy;
  return context;
}

/** The fake `Excel.run(batch)`; the options-first overloads of the real API are not modelled. */
export async function fakeRun<R>(
  model: FakeWorkbookModel,
  stats: FakeStats,
  batch: (context: FakeRequestContext) => Promise<R>,
): Promise<R> {
  if (typeof batch !== 'function')
    throw officeError('NotImplemented', 'fake Excel.run takes the batch function only');
  stats.runs += 1;
  const context = createContext(model, stats);
  const result = await batch(context);
  if (context.pending) await context.sync();
  return result;
}
