/**
 * Fake `Excel.Range` and what hangs off it: format (fill, font, column width), conditional formats, and the
 * `RangeAreas` of a multi-area selection.
 *
 * Writing `values` follows the Excel.Range.values reference: the array must match the range's shape
 * (else InvalidArgument); `null` leaves a cell unchanged and `''` clears it ("Blank and null values in Excel
 * add-ins"); a string that starts with `=`, `+`, `-` (or `@`) becomes a formula and a number-like string becomes a
 * number – unless the cell's number format is text (`@`), or the string starts with an apostrophe.
 */
import { ClassSpec, FakeObject } from './fakeRequestContext';
import { officeError } from './fakeOfficeError';
import {
  CELL_READ_LIMIT,
  FakeCellStyle,
  FakeConditionalFormat,
  FakeRect,
  FakeSheet,
  FakeTable,
  FakeValue,
  intersect,
  parseRect,
  rectAddress,
  sheetPrefix,
  surroundingRegion,
} from './fakeWorkbookModel';

/** What a range proxy points at. */
export interface RangeTarget {
  sheet: FakeSheet;
  rect: FakeRect;
}

/** Sheet-qualified address as `Range.address` returns it. */
export function qualifiedAddress(t: RangeTarget): string {
  return sheetPrefix(t.sheet.name) + rectAddress(t.rect);
}

/** Refuse changes to a protected sheet, as Excel does. */
export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) {
    throw officeError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
    );
  }
}

/**
 * Refuse writing into rows a table's filter hides. Writing a range across filtered-out rows is not reliable in
 * Excel (values land in the wrong rows, the filter breaks: office-js issue #224, "has workaround": clear the
 * filter first); the fake refuses it with the documented Excel code FilteredRangeConflict ("The attempted
 * operation causes a conflict with a filtered range", application-specific-api-error-handling), so that code
 * that writes into a filtered table fails loudly here instead of silently in Excel.
 */
function assertNotFiltered(t: RangeTarget, tables: readonly FakeTable[]): void {
  if (t.sheet.hiddenRows.size === 0) return;
  for (const table of tables) {
    if (table.sheet !== t.sheet || !table.filtered) continue;
    const rect = intersect(t.rect, {
      r0: table.r0,
      c0: table.c0,
      r1: table.r0 + table.rowCount - 1,
      c1: table.c0 + table.columnNames.length - 1,
    });
    if (!rect) continue;
    for (let r = rect.r0; r <= rect.r1; r += 1) {
      if (t.sheet.hiddenRows.has(r)) {
        throw officeError(
          'FilteredRangeConflict',
          `The attempted operation causes a conflict with a filtered range (table ${table.name}).`,
        );
      }
    }
  }
}

/**
 * Range.rowHidden (ExcelApi 1.2): true when every row is hidden, false when none is, null when mixed
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
 */
function rowHidden(t: RangeTarget): boolean | null {
  let hidden = 0;
  for (const r of t.sheet.hiddenRows) if (r >= t.rect.r0 && r <= t.rect.r1) hidden += 1;
  if (hidden === 0) return false;
  return hidden === t.rect.r1 - t.rect.r0 + 1 ? true : null;
}

function cellCount(rect: FakeRect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}

function assertReadable(rect: FakeRect): void {
  if (cellCount(rect) > CELL_READ_LIMIT) {
    throw officeError(
      'ResponsePayloadSizeLimitExceeded',
      `A get of ${cellCount(rect)} cells exceeds the ${CELL_READ_LIMIT} cell limit.`,
    );
  }
}

/** Read a 2-D grid of one cell attribute. */
function grid<V>(t: RangeTarget, read: (r: number, c: number) => V): V[][] {
  assertReadable(t.rect);
  const out: V[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r += 1) {
    const row: V[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c += 1) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

/** InvalidArgument unless `value` is a rows × columns array, like Excel. */
function assertShape(t: RangeTarget, value: unknown, property: string): unknown[][] {
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const cols = t.rect.c1 - t.rect.c0 + 1;
  const ok =
    Array.isArray(value) &&
    value.length === rows &&
    value.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    throw officeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format: ${property} must be a ${rows}×${cols} array for ${qualifiedAddress(t)}.`,
    );
  }
  return value as unknown[][];
}

const NUMBER_LIKE = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Store one written value the way Excel interprets typed-in input. */
function writeValue(sheet: FakeSheet, r: number, c: number, v: unknown): void {
  if (v === null) return;
  const col = sheet.column(c);
  if (v === '') {
    col.values[r] = undefined;
    col.formulas[r] = undefined;
    return;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw officeError('InvalidArgument', `${v} is not a valid cell value`);
    col.values[r] = v;
    col.formulas[r] = undefined;
    return;
  }
  if (typeof v === 'boolean') {
    col.values[r] = v;
    col.formulas[r] = undefined;
    return;
  }
  if (typeof v !== 'string')
    throw officeError('InvalidArgument', `unsupported cell value ${JSON.stringify(v)}`);
  col.formulas[r] = undefined;
  if (col.numberFormats[r] === '@') {
    col.values[r] = v;
  } else if (v.startsWith("'")) {
    col.values[r] = v.slice(1);
  } else if (NUMBER_LIKE.test(v)) {
    col.values[r] = Number(v);
  } else if (/^(TRUE|FALSE)$/i.test(v)) {
    col.values[r] = v.toUpperCase() === 'TRUE';
  } else if (/^[=+\-@]/.test(v) && v.length > 1) {
    // Excel.Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
    // Excel interprets this value as a formula." The fake does not evaluate it.
    col.formulas[r] = v.startsWith('=') ? v : `=${v}`;
    col.values[r] = '#NAME?';
  } else {
    col.values[r] = v;
  }
}

function styleOf(sheet: FakeSheet, r: number, c: number): FakeCellStyle | undefined {
  return sheet.columns.get(c)?.styles[r];
}

function setStyle(t: RangeTarget, patch: FakeCellStyle): void {
  assertWritable(t.sheet);
  for (let c = t.rect.c0; c <= t.rect.c1; c += 1) {
    const col = t.sheet.column(c);
    for (let r = t.rect.r0; r <= t.rect.r1; r += 1) col.styles[r] = { ...col.styles[r], ...patch };
  }
}

/** The common value of a style attribute over the range, or null when mixed (as Excel reports). */
function commonStyle<K extends keyof FakeCellStyle>(t: RangeTarget, key: K): FakeCellStyle[K] | null {
  const first = styleOf(t.sheet, t.rect.r0, t.rect.c0)?.[key];
  for (let c = t.rect.c0; c <= t.rect.c1; c += 1) {
    for (let r = t.rect.r0; r <= t.rect.r1; r += 1) if (styleOf(t.sheet, r, c)?.[key] !== first) return null;
  }
  return first ?? null;
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw officeError('InvalidArgument', `${what} must be a string`);
  return v;
}

const fillSpec: ClassSpec<RangeTarget> = {
  name: 'RangeFill',
  properties: {
    color: { get: (t) => commonStyle(t, 'fill'), set: (t, v) => setStyle(t, { fill: str(v, 'fill.color') }) },
  },
};

const fontSpec: ClassSpec<RangeTarget> = {
  name: 'RangeFont',
  properties: {
    bold: { get: (t) => commonStyle(t, 'bold') ?? false, set: (t, v) => setStyle(t, { bold: Boolean(v) }) },
    italic: {
      get: (t) => commonStyle(t, 'italic') ?? false,
      set: (t, v) => setStyle(t, { italic: Boolean(v) }),
    },
    size: { get: (t) => commonStyle(t, 'size') ?? 11, set: (t, v) => setStyle(t, { size: Number(v) }) },
    color: {
      get: (t) => commonStyle(t, 'fontColor') ?? '#000000',
      set: (t, v) => setStyle(t, { fontColor: str(v, 'font.color') }),
    },
  },
};

const formatSpec: ClassSpec<RangeTarget> = {
  name: 'RangeFormat',
  properties: {
    columnWidth: {
      get: (t) => t.sheet.columnWidths.get(t.rect.c0) ?? 48,
      set: (t, v) => {
        assertWritable(t.sheet);
        for (let c = t.rect.c0; c <= t.rect.c1; c += 1) t.sheet.columnWidths.set(c, Number(v));
      },
    },
    wrapText: {
      get: (t) => commonStyle(t, 'wrapText') ?? false,
      set: (t, v) => setStyle(t, { wrapText: Boolean(v) }),
    },
    // Excel.HorizontalAlignment (https://learn.microsoft.com/javascript/api/excel/excel.horizontalalignment): any
    // other value is rejected with InvalidArgument, as Excel does.
    horizontalAlignment: {
      get: (t) => commonStyle(t, 'horizontalAlignment') ?? 'General',
      set: (t, v) => {
        const value = str(v, 'format.horizontalAlignment');
        const allowed = [
          'General',
          'Left',
          'Center',
          'Right',
          'Fill',
          'Justify',
          'CenterAcrossSelection',
          'Distributed',
        ];
        if (!allowed.includes(value)) throw officeError('InvalidArgument', `horizontalAlignment ${value}`);
        setStyle(t, { horizontalAlignment: value });
      },
    },
  },
  navigation: {
    fill: (o) => (o as FakeObject<RangeTarget>).navigation('fill', fillSpec, (t) => t),
    font: (o) => (o as FakeObject<RangeTarget>).navigation('font', fontSpec, (t) => t),
  },
};

const cfFillSpec: ClassSpec<FakeConditionalFormat> = {
  name: 'ConditionalFill',
  properties: { color: { get: (cf) => cf.fill, set: (cf, v) => void (cf.fill = str(v, 'fill.color')) } },
};
const cfFontSpec: ClassSpec<FakeConditionalFormat> = {
  name: 'ConditionalRangeFont',
  properties: {
    color: { get: (cf) => cf.fontColor, set: (cf, v) => void (cf.fontColor = str(v, 'font.color')) },
  },
};
const cfRangeFormatSpec: ClassSpec<FakeConditionalFormat> = {
  name: 'ConditionalRangeFormat',
  properties: {},
  navigation: {
    fill: (o) => (o as FakeObject<FakeConditionalFormat>).navigation('fill', cfFillSpec, (cf) => cf),
    font: (o) => (o as FakeObject<FakeConditionalFormat>).navigation('font', cfFontSpec, (cf) => cf),
  },
};

function ruleSpec(name: string, type: FakeConditionalFormat['type']): ClassSpec<FakeConditionalFormat> {
  return {
    name,
    properties: {
      rule: {
        get: (cf) => cf.rule,
        set: (cf, v) => {
          if (typeof v !== 'object' || v === null)
            throw officeError('InvalidArgument', `${name}.rule must be an object`);
          const rule = v as Record<string, unknown>;
          const valid =
            type === 'CellValue'
              ? typeof rule.formula1 === 'string' && typeof rule.operator === 'string'
              : typeof rule.text === 'string' && typeof rule.operator === 'string';
          if (!valid) throw officeError('InvalidArgument', `${name}.rule ${JSON.stringify(v)} is incomplete`);
          cf.rule = { ...rule };
        },
      },
    },
    navigation: {
      format: (o) =>
        (o as FakeObject<FakeConditionalFormat>).navigation('format', cfRangeFormatSpec, (cf) => cf),
    },
  };
}
const cellValueSpec = ruleSpec('CellValueConditionalFormat', 'CellValue');
const textComparisonSpec = ruleSpec('TextConditionalFormat', 'ContainsText');

const conditionalFormatSpec: ClassSpec<FakeConditionalFormat> = {
  name: 'ConditionalFormat',
  properties: { type: { get: (cf) => cf.type } },
  navigation: {
    cellValue: (o) =>
      (o as FakeObject<FakeConditionalFormat>).navigation('cellValue', cellValueSpec, (cf) => {
        if (cf.type !== 'CellValue')
          throw officeError('InvalidOperation', 'not a CellValue conditional format');
        return cf;
      }),
    textComparison: (o) =>
      (o as FakeObject<FakeConditionalFormat>).navigation('textComparison', textComparisonSpec, (cf) => {
        if (cf.type !== 'ContainsText')
          throw officeError('InvalidOperation', 'not a ContainsText conditional format');
        return cf;
      }),
  },
};

const conditionalFormatsSpec: ClassSpec<RangeTarget> = {
  name: 'ConditionalFormatCollection',
  properties: {},
  methods: {
    add: (o, type: string) => {
      if (type !== 'CellValue' && type !== 'ContainsText') {
        throw officeError('NotImplemented', `fake conditional format type ${type} is not modelled`);
      }
      return o.child(conditionalFormatSpec, (t) => {
        assertWritable(t.sheet);
        const cf: FakeConditionalFormat = {
          rect: { ...t.rect },
          type,
          rule: null,
          fill: null,
          fontColor: null,
        };
        t.sheet.conditionalFormats.push(cf);
        return cf;
      }).proxy;
    },
    clearAll: (o) =>
      o.command((t) => {
        assertWritable(t.sheet);
        const keep = t.sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, t.rect));
        t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
      }),
  },
};

/** Resolve a range argument: a range proxy of the same context or an address on `sheet`. */
function rectArgument(sheet: FakeSheet, arg: unknown): FakeRect {
  if (typeof arg === 'string') {
    const rect = parseRect(arg);
    if (!rect) throw officeError('InvalidArgument', `'${arg}' is not an address the fake understands`);
    return rect;
  }
  const other = FakeObject.of(arg).resolved() as RangeTarget;
  if (other.sheet !== sheet) throw officeError('InvalidArgument', 'ranges are on different sheets');
  return other.rect;
}

function sub(t: RangeTarget, rect: FakeRect): RangeTarget {
  if (rect.r0 < 0 || rect.c0 < 0) throw officeError('InvalidArgument', 'the range would start before A1');
  return { sheet: t.sheet, rect };
}

/** The `Excel.Range` spec. */
export const rangeSpec: ClassSpec<RangeTarget> = {
  name: 'Range',
  properties: {
    address: { get: (t) => qualifiedAddress(t) },
    rowIndex: { get: (t) => t.rect.r0 },
    columnIndex: { get: (t) => t.rect.c0 },
    rowCount: { get: (t) => t.rect.r1 - t.rect.r0 + 1 },
    columnCount: { get: (t) => t.rect.c1 - t.rect.c0 + 1 },
    cellCount: { get: (t) => cellCount(t.rect) },
    values: {
      get: (t) => grid<FakeValue>(t, (r, c) => t.sheet.valueAt(r, c)),
      set: (t, v, o) => {
        const rows = assertShape(t, v, 'values');
        assertWritable(t.sheet);
        assertNotFiltered(t, o.context.model.tables);
        rows.forEach((row, i) =>
          row.forEach((cell, j) => writeValue(t.sheet, t.rect.r0 + i, t.rect.c0 + j, cell)),
        );
      },
    },
    numberFormat: {
      get: (t) => grid<string>(t, (r, c) => t.sheet.columns.get(c)?.numberFormats[r] ?? 'General'),
      set: (t, v) => {
        const rows = assertShape(t, v, 'numberFormat');
        assertWritable(t.sheet);
        rows.forEach((row, i) =>
          row.forEach((cell, j) => {
            if (cell === null) return;
            if (typeof cell !== 'string')
              throw officeError('InvalidArgument', 'a number format must be a string');
            t.sheet.column(t.rect.c0 + j).numberFormats[t.rect.r0 + i] =
              cell === '' || cell === 'General' ? undefined : cell;
          }),
        );
      },
    },
    formulas: {
      get: (t) => grid<FakeValue>(t, (r, c) => t.sheet.columns.get(c)?.formulas[r] ?? t.sheet.valueAt(r, c)),
    },
    rowHidden: { get: (t) => rowHidden(t), since: '1.2' },
  },
  navigation: {
    format: (o) => (o as FakeObject<RangeTarget>).navigation('format', formatSpec, (t) => t),
    conditionalFormats: (o) =>
      (o as FakeObject<RangeTarget>).navigation('cf', conditionalFormatsSpec, (t) => t),
  },
  methods: {
    getCell: (o, row: number, column: number) =>
      o.child(rangeSpec, (t) =>
        sub(t, { r0: t.rect.r0 + row, c0: t.rect.c0 + column, r1: t.rect.r0 + row, c1: t.rect.c0 + column }),
      ).proxy,
    getRow: (o, row: number) =>
      o.child(rangeSpec, (t) => sub(t, { ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row })).proxy,
    getResizedRange: (o, deltaRows: number, deltaColumns: number) =>
      o.child(rangeSpec, (t) => {
        const rect = { ...t.rect, r1: t.rect.r1 + deltaRows, c1: t.rect.c1 + deltaColumns };
        if (rect.r1 < rect.r0 || rect.c1 < rect.c0)
          throw officeError('InvalidArgument', 'resized range would be empty');
        return sub(t, rect);
      }).proxy,
    getOffsetRange: (o, rowOffset: number, columnOffset: number) =>
      o.child(rangeSpec, (t) =>
        sub(t, {
          r0: t.rect.r0 + rowOffset,
          c0: t.rect.c0 + columnOffset,
          r1: t.rect.r1 + rowOffset,
          c1: t.rect.c1 + columnOffset,
        }),
      ).proxy,
    getIntersectionOrNullObject: (o, other: unknown) =>
      o.child(rangeSpec, (t) => {
        const rect = intersect(t.rect, rectArgument(t.sheet, other));
        return rect ? { sheet: t.sheet, rect } : null;
      }).proxy,
    getSurroundingRegion: (o) =>
      o.child(rangeSpec, (t) => ({ sheet: t.sheet, rect: surroundingRegion(t.sheet, t.rect) })).proxy,
    getUsedRangeOrNullObject: (o, valuesOnly?: boolean) =>
      o.child(rangeSpec, (t) => {
        const rect = t.sheet.usedRect(valuesOnly === true, t.rect);
        return rect ? { sheet: t.sheet, rect } : null;
      }).proxy,
    clear: (o, applyTo?: string) =>
      o.command(
        (t) => {
          const what = applyTo ?? 'All';
          if (!['All', 'Contents', 'Formats'].includes(what))
            throw officeError('NotImplemented', `clear(${what})`);
          assertWritable(t.sheet);
          for (let c = t.rect.c0; c <= t.rect.c1; c += 1) {
            const col = t.sheet.columns.get(c);
            if (!col) continue;
            const to = Math.min(
              t.rect.r1,
              Math.max(col.values.length, col.numberFormats.length, col.styles.length, col.formulas.length) -
                1,
            );
            for (let r = t.rect.r0; r <= to; r += 1) {
              if (what !== 'Formats') {
                col.values[r] = undefined;
                col.formulas[r] = undefined;
              }
              if (what !== 'Contents') {
                col.numberFormats[r] = undefined;
                col.styles[r] = undefined;
              }
            }
          }
          if (what !== 'Contents') {
            const keep = t.sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, t.rect));
            t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
          }
        },
        { applyTo },
      ),
    select: (o) =>
      o.command((t) => {
        o.context.model.activeSheet = t.sheet;
        o.context.model.selection = [{ ...t.rect }];
        o.context.model.activeCell = { r: t.rect.r0, c: t.rect.c0 };
      }),
  },
  methodSince: {
    getResizedRange: '1.2',
    getIntersectionOrNullObject: '1.4',
    getUsedRangeOrNullObject: '1.4',
    getSurroundingRegion: '1.7',
  },
};

/** `Excel.RangeAreas` (ExcelApi 1.9): only what a selection check needs. */
export const rangeAreasSpec: ClassSpec<{ sheet: FakeSheet; rects: FakeRect[] }> = {
  name: 'RangeAreas',
  properties: {
    areaCount: { get: (t) => t.rects.length },
    address: { get: (t) => t.rects.map((rect) => sheetPrefix(t.sheet.name) + rectAddress(rect)).join(',') },
  },
};
