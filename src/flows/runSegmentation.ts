/**
 * Phases 2 and 3 of a run: read, segment, lay out, check ownership, write.
 */
import type { CellValue, DictionaryColumn, SourceColumns } from '../core/types';
import { columnLetter } from '../core/cellAddress';
import { COLUMN_ROLES, OPTIONAL_ROLES } from '../core/columnRoles';
import { segment } from '../core/segment';
import { SegmentationError } from '../core/segmentationError';
import { layoutWritePlan } from '../core/layout/layoutWritePlan';
import { LAYOUT_TEXT } from '../core/layout/layoutText';
import { outputColumnCount } from '../core/layout/outputHeaders';
import type { ProgressFn, WorkbookHost } from '../hosts/workbookHost';
import type { Preparation, SegmentOutcome, SegmentRequest } from './segmentFlow';
import { resolveColumns } from './resolveColumns';
import { previousClasses } from './previousClasses';
import {
  checkOwnership,
  ownedColumnsAt,
  outputAreaRows,
  ownsOutputArea,
  type OutputArea,
} from './checkOwnership';
import { message } from '../core/messages/renderMessage';

/**
 * Runs a segmentation. Rule: the output area (right of the source, as wide as this run's columns and at least as
 * wide as what the last run owned) is read with the mapped columns; when it is ours its ABC column gives the
 * previous classes (and so the Change column); the plan is laid out, then checked against the ownership rule
 * before the single write. Every refusal throws before `host.write`, so nothing is written.
 *
 * @throws SegmentationError from the engine ('no-positive-revenue', …), 'column-not-found', 'output-occupied'.
 * @example (await runSegmentation(host, preparation, { columns, options, outputLocale: 'en' })).summarySheet // => 'ABC Summary'
 */
export async function runSegmentation(
  host: WorkbookHost,
  preparation: Preparation,
  request: SegmentRequest,
  progress?: ProgressFn,
): Promise<SegmentOutcome> {
  const { source, sheetNames } = preparation.located;
  const settings = preparation.located.settings;
  const locale = request.outputLocale;
  const sourceAddress = `${source.sheetName}!${source.address}`;
  const offsets = resolveColumns(preparation.headers, request.columns, {
    saved: false,
    sourceAddress,
    locale,
  });
  const hasHeader = preparation.hasHeader;
  const firstDataRow = source.firstRow + (hasHeader ? 1 : 0);
  // The row above a source without a header row takes the output headers; on row 1 there is none, and the
  // columns are written without header cells (headerRow 0; the settings record whose they are). An Excel table
  // without a header row on row 1 is refused as before: its output columns are table columns, not cells beside it.
  const headerRow = hasHeader ? source.firstRow : source.firstRow - 1;
  if (headerRow < 1 && source.tableName !== null && host.willWrite !== false) {
    throw new SegmentationError(
      'workbook-refused',
      message('no-header-room', { source: sourceAddress }),
      locale,
    );
  }
  const area: OutputArea = {
    sheetName: source.sheetName,
    firstColumn: source.firstColumn + source.columnCount,
    headerRow,
    firstDataRow,
  };
  const ownedHere = ownedColumnsAt(settings, area.sheetName, area.firstColumn);
  const width = Math.max(
    outputColumnCount({
      potential: request.columns.potential !== null,
      change: ownedHere !== null,
      group: (request.columns.group ?? null) !== null,
      previous: (request.columns.previous ?? null) !== null,
      date: (request.columns.date ?? null) !== null,
    }),
    ownedHere ? ownedHere.headers.length : 0,
  );
  const dataRowCount = source.rowCount - (hasHeader ? 1 : 0);
  // Every mapped role is read, whatever its role: the hosts read offsets, not roles.
  const requested = COLUMN_ROLES.map((role) => offsets[role]).filter((o): o is number => o !== null);
  const read = await host.read(
    {
      source,
      hasHeader,
      columns: requested,
      outputArea: {
        firstColumn: area.firstColumn,
        width,
        rowCount: outputAreaRows(settings, area, dataRowCount),
      },
      parseLocale: request.options.parseLocale,
      textColumns: [offsets.customer, offsets.group].filter((o): o is number => o !== null),
      dateColumns: offsets.date === null ? [] : [offsets.date],
      numberColumns: [offsets.revenue, offsets.potential, offsets.previous, offsets.date].filter(
        (o): o is number => o !== null,
      ),
    },
    progress,
  );
  const anyColumn = (offset: number | null): CellValue[] | DictionaryColumn | undefined =>
    offset === null
      ? undefined
      : (read.dictionaries?.[requested.indexOf(offset)] ?? read.columns[requested.indexOf(offset)]);
  // Only key columns may come dictionary-encoded (`textColumns`).
  const column = (offset: number | null): CellValue[] | undefined => {
    const values = anyColumn(offset);
    return values === undefined || Array.isArray(values)
      ? values
      : Array.from(values.codes, (code) => values.values[code]);
  };
  // Measures and dates may come as Float64Arrays (`numberColumns`); the engine reads them like plain cells.
  const measure = (offset: number | null): ArrayLike<CellValue> | undefined =>
    (offset === null ? undefined : read.numbers?.[requested.indexOf(offset)]) ?? column(offset);

  const ours = ownsOutputArea(settings, area, read.outputHeaders);
  const dataRows = source.rowCount - (hasHeader ? 1 : 0);
  const previous = ours
    ? previousClasses(settings, column(offsets.customer) ?? null, read.outputColumns, dataRows)
    : null;

  const letter = (offset: number | null) =>
    offset === null ? undefined : columnLetter(source.firstColumn + offset);
  const columns: SourceColumns = {
    revenue: measure(offsets.revenue) ?? [],
    addressing: { firstRow: firstDataRow, revenueColumn: columnLetter(source.firstColumn + offsets.revenue) },
  };
  for (const role of OPTIONAL_ROLES) {
    if (offsets[role] === null) continue;
    // Key columns (customer, group) may stay dictionary-encoded; the engine takes them either way.
    if (role === 'customer' || role === 'group') columns[role] = anyColumn(offsets[role]);
    else columns[role] = measure(offsets[role]);
    columns.addressing[`${role}Column`] = letter(offsets[role]);
  }
  const result = segment(columns, {
    a: request.options.a,
    b: request.options.b,
    highValue: request.options.highValue,
    potentialSplit: request.options.potentialSplit,
    parseLocale: request.options.parseLocale,
    outputLocale: locale,
    thresholdMethod: request.options.thresholdMethod ?? 'fixed',
    quietDays: request.options.quietDays ?? 90,
    asOf: request.options.asOf ?? null,
    ...(request.columns.previous ? { previousLabel: request.columns.previous } : {}),
    ...(previous ? { previousClasses: previous } : {}),
    ...(previous && settings?.owned.classCounts ? { previousClassCounts: settings.owned.classCounts } : {}),
  });

  // A host that never writes (a command-line run without -o) needs no plan: laying out a million rows' output
  // columns would be a quarter of such a run.
  if (host.willWrite === false) {
    return { result, summarySheet: LAYOUT_TEXT[locale].summarySheet, refreshed: ours };
  }
  const plan = layoutWritePlan({
    result,
    source: { sheetName: source.sheetName, tableName: source.tableName, address: source.address, hasHeader },
    placement: {
      sheetName: source.sheetName,
      tableName: source.tableName,
      firstColumn: area.firstColumn,
      headerRow,
    },
    columns: { ...request.columns },
    options: { ...request.options },
    outputLocale: locale,
    runTime: new Date().toISOString(),
    previous: ours ? settings : null,
  });
  checkOwnership({ area, read, settings, summarySheet: plan.summary.name, sheetNames, locale });
  // The write also shows the summary sheet (in its own round trip, not one more).
  await host.write(plan, progress);
  return { result, summarySheet: plan.summary.name, refreshed: ours };
}
