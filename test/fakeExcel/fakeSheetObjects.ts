/**
 * Fake worksheets, tables and table columns (`Excel.Worksheet`, `WorksheetCollection`, `WorksheetProtection`,
 * `Table`, `TableCollection`, `TableColumnCollection`, `TableColumn`).
 *
 * Tables are modelled as a rectangle plus column names and IDs; their cells are ordinary sheet cells. Adding or
 * deleting a table column is supported at the right end of the table only (the add-in's own columns live there);
 * anywhere else the fake throws NotImplemented rather than pretend to shift cells.
 *
 * As documented (https://learn.microsoft.com/javascript/api/excel/excel.table,
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection):
 * - `getRange()` is the entire table, the total row included when `showTotals`; `getDataBodyRange()` is without
 *   header and total rows; `getTotalRowRange()` is the total row (InvalidOperation when it is not shown);
 * - `columns.getItem(key)` takes "a column name or ID" – an ID is not a position, so `getItem(0)` is not the first
 *   column; `getItemAt(index)` takes the position. IDs are never reused after a delete.
 */
import { ClassSpec, FakeObject } from './fakeRequestContext';
import { officeError } from './fakeOfficeError';
import {
  FakeRect,
  FakeSheet,
  FakeTable,
  MAX_COLUMNS,
  MAX_ROWS,
  OPERATION_CELL_LIMIT,
  parseRect,
} from './fakeWorkbookModel';
import { RangeTarget, assertWritable, rangeSpec } from './fakeRange';
import { chartCollectionSpec } from './fakeCharts';

function tableRect(t: FakeTable): FakeRect {
  return { r0: t.r0, c0: t.c0, r1: t.r0 + t.rowCount - 1, c1: t.c0 + t.columnNames.length - 1 };
}

/** The data rows only: without the header row and the total row. */
function bodyRect(t: FakeTable): FakeRect {
  const rect = tableRect(t);
  return { ...rect, r0: rect.r0 + (t.showHeaders ? 1 : 0), r1: rect.r1 - (t.showTotals ? 1 : 0) };
}

interface ColumnTarget {
  table: FakeTable;
  index: number;
}

const tableColumnSpec: ClassSpec<ColumnTarget> = {
  name: 'TableColumn',
  properties: {
    name: {
      get: (c) => c.table.columnNames[c.index],
      set: (c, v) => {
        if (typeof v !== 'string' || v === '')
          throw officeError('InvalidArgument', 'a column name must be text');
        assertWritable(c.table.sheet);
        c.table.columnNames[c.index] = v;
        if (c.table.showHeaders) {
          const col = c.table.sheet.column(c.table.c0 + c.index);
          col.values[c.table.r0] = v;
          col.formulas[c.table.r0] = undefined;
        }
      },
    },
    index: { get: (c) => c.index },
    id: { get: (c) => c.table.columnIds[c.index] },
  },
  methods: {
    delete: (o) =>
      o.command((c) => {
        assertWritable(c.table.sheet);
        if (c.index !== c.table.columnNames.length - 1) {
          throw officeError('NotImplemented', 'fake: only the last table column can be deleted');
        }
        const col = c.table.sheet.columns.get(c.table.c0 + c.index);
        for (let r = c.table.r0; col && r < c.table.r0 + c.table.rowCount; r += 1) {
          col.values[r] = undefined;
          col.formulas[r] = undefined;
          col.numberFormats[r] = undefined;
          col.styles[r] = undefined;
        }
        c.table.columnNames.pop();
        c.table.columnIds.pop();
      }),
    getDataBodyRange: (o) =>
      o.child(rangeSpec, (c) => {
        const body = bodyRect(c.table);
        const col = c.table.c0 + c.index;
        return { sheet: c.table.sheet, rect: { ...body, c0: col, c1: col } };
      }).proxy,
  },
};

/** Position of the column with this name or ID (TableColumnCollection.getItem: "a column name or ID"), or -1. */
function findColumn(table: FakeTable, key: string | number): number {
  if (typeof key === 'number') return table.columnIds.indexOf(key);
  return table.columnNames.findIndex((n) => n.toLowerCase() === key.toLowerCase());
}

const tableColumnCollectionSpec: ClassSpec<FakeTable> = {
  name: 'TableColumnCollection',
  properties: { count: { get: (t) => t.columnNames.length } },
  items: {
    list: (t) => t.columnNames.map((_, index) => index),
    make: (o, index) =>
      FakeObject.existing(tableColumnSpec, o.context, { table: o.resolved(), index: index as number }),
  },
  methods: {
    getItem: (o, key: string | number) =>
      o.child(tableColumnSpec, (t) => {
        const index = findColumn(t, key);
        if (index < 0)
          throw officeError('ItemNotFound', `The requested table column '${key}' does not exist.`);
        return { table: t, index };
      }).proxy,
    getItemOrNullObject: (o, key: string | number) =>
      o.child(tableColumnSpec, (t) => {
        const index = findColumn(t, key);
        return index < 0 ? null : { table: t, index };
      }).proxy,
    getItemAt: (o, index: number) =>
      o.child(tableColumnSpec, (t) => {
        if (!Number.isInteger(index) || index < 0 || index >= t.columnNames.length)
          throw officeError('InvalidArgument', `There is no table column at position ${index}.`);
        return { table: t, index };
      }).proxy,
    add: (o, index?: number | null, values?: unknown, name?: string) => {
      o.context.enqueue(() => undefined, { index, values, name });
      return o.child(tableColumnSpec, (t) => {
        assertWritable(t.sheet);
        if (index !== undefined && index !== null && index !== -1 && index !== t.columnNames.length) {
          throw officeError('NotImplemented', 'fake: table columns can be added at the end only');
        }
        if (values !== undefined && values !== null) {
          throw officeError('NotImplemented', 'fake: add the column without values, then write its range');
        }
        const c = t.c0 + t.columnNames.length;
        if (c >= MAX_COLUMNS) throw officeError('InvalidArgument', 'no room for another column');
        const sheetColumn = t.sheet.column(c);
        // Excel inserts the column, shifting every cell right of the table in its rows; past 33,554,000 moved cells
        // Excel on the web refuses with OperationCellsExceedLimit – "check for data in the right-most columns"
        // (Excel-specific error codes, application-specific-api-error-handling). Shifting is not modelled.
        const right = t.sheet.usedRect(false, {
          r0: t.r0,
          c0: c,
          r1: t.r0 + t.rowCount - 1,
          c1: MAX_COLUMNS - 1,
        });
        if (right && t.rowCount * (right.c1 - c + 1) > OPERATION_CELL_LIMIT) {
          throw officeError(
            'OperationCellsExceedLimit',
            'The attempted operation affects more than the limit of 33554000 cells.',
          );
        }
        for (let r = t.r0; r < t.r0 + t.rowCount; r += 1) {
          if (t.sheet.hasContent(r, c)) {
            // Excel would insert cells and shift the neighbours; the add-in only adds into empty columns.
            throw officeError('NotImplemented', `fake: the cells right of table ${t.name} are not empty`);
          }
        }
        let columnName = name ?? `Column${t.columnNames.length + 1}`;
        for (let n = 2; findColumn(t, columnName) >= 0; n += 1) columnName = `${name ?? 'Column'}${n}`;
        t.columnNames.push(columnName);
        t.columnIds.push(t.nextColumnId);
        t.nextColumnId += 1;
        if (t.showHeaders) sheetColumn.values[t.r0] = columnName;
        return { table: t, index: t.columnNames.length - 1 };
      }).proxy;
    },
  },
};

/** The `Excel.Table` spec. */
export const tableSpec: ClassSpec<FakeTable> = {
  name: 'Table',
  properties: {
    name: { get: (t) => t.name },
    showHeaders: { get: (t) => t.showHeaders },
    showTotals: {
      get: (t) => t.showTotals,
      set: (t, v) => {
        if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'showTotals must be true or false');
        if (v === t.showTotals) return;
        assertWritable(t.sheet);
        const below = t.r0 + t.rowCount;
        if (v) {
          for (let c = t.c0; c < t.c0 + t.columnNames.length; c += 1) {
            if (t.sheet.hasContent(below, c))
              throw officeError('NotImplemented', 'fake: the row under the table is not empty');
          }
          t.rowCount += 1;
        } else {
          for (let c = t.c0; c < t.c0 + t.columnNames.length; c += 1) {
            const col = t.sheet.columns.get(c);
            if (col) col.values[below - 1] = undefined;
          }
          t.rowCount -= 1;
        }
        t.showTotals = v;
      },
    },
  },
  navigation: {
    columns: (o) => (o as FakeObject<FakeTable>).navigation('columns', tableColumnCollectionSpec, (t) => t),
    worksheet: (o) => (o as FakeObject<FakeTable>).navigation('worksheet', worksheetSpec, (t) => t.sheet),
  },
  methods: {
    getRange: (o) => o.child(rangeSpec, (t): RangeTarget => ({ sheet: t.sheet, rect: tableRect(t) })).proxy,
    getHeaderRowRange: (o) =>
      o.child(rangeSpec, (t): RangeTarget => {
        if (!t.showHeaders) throw officeError('InvalidOperation', 'the table has no header row');
        const rect = tableRect(t);
        return { sheet: t.sheet, rect: { ...rect, r1: rect.r0 } };
      }).proxy,
    getDataBodyRange: (o) =>
      o.child(rangeSpec, (t): RangeTarget => ({ sheet: t.sheet, rect: bodyRect(t) })).proxy,
    getTotalRowRange: (o) =>
      o.child(rangeSpec, (t): RangeTarget => {
        if (!t.showTotals) throw officeError('InvalidOperation', 'the table has no total row');
        const rect = tableRect(t);
        return { sheet: t.sheet, rect: { ...rect, r0: rect.r1 } };
      }).proxy,
  },
};

/** Tables of the workbook, or of one sheet when `sheet` is given. */
export function tableCollectionSpec(
  sheetOnly: boolean,
): ClassSpec<{ tables: FakeTable[]; sheet: FakeSheet | null }> {
  const visible = (t: { tables: FakeTable[]; sheet: FakeSheet | null }): FakeTable[] =>
    sheetOnly ? t.tables.filter((x) => x.sheet === t.sheet) : t.tables;
  return {
    name: sheetOnly ? 'TableCollection (worksheet)' : 'TableCollection',
    properties: { count: { get: (t) => visible(t).length } },
    items: {
      list: (t) => visible(t),
      make: (o, item) => FakeObject.existing(tableSpec, o.context, item as FakeTable),
    },
    methods: {
      getItem: (o, key: string) =>
        o.child(tableSpec, (t) => {
          const found = visible(t).find((x) => x.name.toLowerCase() === key.toLowerCase());
          if (!found) throw officeError('ItemNotFound', `The requested table '${key}' does not exist.`);
          return found;
        }).proxy,
      getItemOrNullObject: (o, key: string) =>
        o.child(tableSpec, (t) => visible(t).find((x) => x.name.toLowerCase() === key.toLowerCase()) ?? null)
          .proxy,
    },
    methodSince: { getItemOrNullObject: '1.4' },
  };
}

const protectionSpec: ClassSpec<FakeSheet> = {
  name: 'WorksheetProtection',
  properties: { protected: { get: (s) => s.protected, since: '1.2' } },
};

/** The `Excel.Worksheet` spec. */
export const worksheetSpec: ClassSpec<FakeSheet> = {
  name: 'Worksheet',
  properties: {
    name: {
      get: (s) => s.name,
      set: (s, v, o) => {
        if (typeof v !== 'string' || v === '' || o.context.model.sheet(v))
          throw officeError('InvalidArgument', `bad sheet name ${String(v)}`);
        s.name = v;
      },
    },
    position: { get: (s, o) => o.context.model.sheets.indexOf(s) },
  },
  navigation: {
    protection: (o) => (o as FakeObject<FakeSheet>).navigation('protection', protectionSpec, (s) => s),
    charts: (o) => (o as FakeObject<FakeSheet>).navigation('charts', chartCollectionSpec, (s) => s),
    tables: (o) =>
      (o as FakeObject<FakeSheet>).navigation('tables', tableCollectionSpec(true), (s) => ({
        tables: o.context.model.tables,
        sheet: s,
      })),
  },
  methods: {
    getRange: (o, address?: string) =>
      o.child(rangeSpec, (s): RangeTarget => {
        if (address === undefined)
          return { sheet: s, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
        const rect = parseRect(address);
        if (!rect)
          throw officeError('InvalidArgument', `'${address}' is not an address the fake understands`);
        return { sheet: s, rect };
      }).proxy,
    getRangeByIndexes: (o, startRow: number, startColumn: number, rowCount: number, columnCount: number) =>
      o.child(rangeSpec, (s): RangeTarget => {
        const ok =
          [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
          startRow >= 0 &&
          startColumn >= 0 &&
          rowCount >= 1 &&
          columnCount >= 1 &&
          startRow + rowCount <= MAX_ROWS &&
          startColumn + columnCount <= MAX_COLUMNS;
        if (!ok)
          throw officeError(
            'InvalidArgument',
            `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`,
          );
        return {
          sheet: s,
          rect: {
            r0: startRow,
            c0: startColumn,
            r1: startRow + rowCount - 1,
            c1: startColumn + columnCount - 1,
          },
        };
      }).proxy,
    getCell: (o, row: number, column: number) =>
      o.child(rangeSpec, (s): RangeTarget => ({
        sheet: s,
        rect: { r0: row, c0: column, r1: row, c1: column },
      })).proxy,
    getUsedRangeOrNullObject: (o, valuesOnly?: boolean) =>
      o.child(rangeSpec, (s): RangeTarget | null => {
        const rect = s.usedRect(valuesOnly === true);
        return rect ? { sheet: s, rect } : null;
      }).proxy,
    activate: (o) =>
      o.command((s) => {
        o.context.model.activeSheet = s;
        o.context.model.selection = [{ r0: 0, c0: 0, r1: 0, c1: 0 }];
        o.context.model.activeCell = { r: 0, c: 0 };
      }),
  },
  methodSince: { getRangeByIndexes: '1.7', getUsedRangeOrNullObject: '1.4' },
};

/** `context.workbook.worksheets`. */
export const worksheetCollectionSpec: ClassSpec<FakeSheet[]> = {
  name: 'WorksheetCollection',
  properties: {},
  items: {
    list: (sheets) => sheets,
    make: (o, item) => FakeObject.existing(worksheetSpec, o.context, item as FakeSheet),
  },
  methods: {
    getItem: (o, key: string) =>
      o.child(worksheetSpec, () => {
        const s = o.context.model.sheet(key);
        if (!s) throw officeError('ItemNotFound', `The requested worksheet '${key}' does not exist.`);
        return s;
      }).proxy,
    getItemOrNullObject: (o, key: string) =>
      o.child(worksheetSpec, () => o.context.model.sheet(key) ?? null).proxy,
    getActiveWorksheet: (o) =>
      o.child(worksheetSpec, () => {
        const s = o.context.model.activeSheet;
        if (!s) throw officeError('ItemNotFound', 'no active worksheet');
        return s;
      }).proxy,
    add: (o, name?: string) => {
      o.context.enqueue(() => undefined, { name });
      return o.child(worksheetSpec, () => {
        const m = o.context.model;
        const sheetName = name ?? `Sheet${m.sheets.length + 1}`;
        if (m.sheet(sheetName))
          throw officeError('ItemAlreadyExists', `A worksheet named '${sheetName}' already exists.`);
        if (/[:\\/?*[\]]/.test(sheetName) || sheetName.length > 31)
          throw officeError('InvalidArgument', `bad sheet name ${sheetName}`);
        return m.addSheet(sheetName);
      }).proxy;
    },
  },
  methodSince: { getItemOrNullObject: '1.4' },
};
