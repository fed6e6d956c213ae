/**
 * The command line's one pipeline: the input file opened once as a file host, the shared flows prepare and run
 * the segmentation on it (saved settings first, then what the user typed), and with an output the edited
 * workbook written. `main`, the warehouse's `-o` and the tests all go through here.
 */
import { plural } from '../core/messages/plural';
import { isSegmentationError } from '../core/segmentationError';
import { columnLetter } from '../core/cellAddress';
import type { ColumnChoice, SavedOptions } from '../core/layout/writePlan';
import { OPTIONAL_ROLES } from '../core/columnRoles';
import type { Issue, Locale, SourceColumns, ThresholdMethod } from '../core/types';
import { runSegmentation, type Preparation, type SegmentOutcome } from '../flows/segmentFlow';
import { resolveColumns } from '../flows/resolveColumns';
import type { FileHost } from '../hosts/file/fileHost';
import { openFileHost } from '../hosts/file/openFileHost';
import type { RaggedRow } from '../hosts/file/readCsv';
import { prepareRun } from './prepareRun';
import { chooseColumns, type ColumnNames } from './resolveColumns';
import { checkOutputPath, writeOutputFile } from './writeSegmentedWorkbook';

/** A run as the user asked for it; only what is given overrides the workbook's saved settings. */
export interface FileRun {
  input: string;
  /** `-o`: the workbook to write (never the input). */
  output?: string;
  sheet?: string;
  columns: ColumnNames;
  a?: number;
  b?: number;
  /** §10 `--thresholds`, §11 `--quiet-days` and `--as-of`: given, they override the saved options. */
  thresholdMethod?: ThresholdMethod;
  quietDays?: number;
  asOf?: string;
  /** `--locale`: output language and number convention. */
  locale?: Locale;
  /** The number convention when it differs from `locale` (the warehouse writes plain decimal points). */
  parseLocale?: Locale;
}

/** What a run did. */
export interface FileRunOutcome extends SegmentOutcome {
  /** The columns used, by header text. */
  columns: ColumnChoice;
  outputLocale: Locale;
  /** What the written workbook could not keep of the input (empty when nothing). */
  dropped: string[];
  /** Rows of a CSV with a wrong number of cells. */
  fileIssues: Issue[];
}

async function prepared(
  run: FileRun,
): Promise<{ host: FileHost; preparation: Preparation; columns: ColumnChoice }> {
  if (run.output) checkOutputPath(run.input, run.output);
  const hostLocale: Locale = run.locale ?? 'en';
  const { host, outputExtension, noNumbersCause } = await openFileHost(run.input, {
    sheetName: run.sheet,
    locale: hostLocale,
    forOutput: run.output !== undefined,
  });
  if (run.output) checkOutputPath(run.input, run.output, outputExtension);
  const preparation = await prepareRun(host, {
    locale: hostLocale,
    revenueNamed: run.columns.revenue !== undefined,
  }).catch((error: unknown) => {
    // "No column holds numbers" would hide a cause the reader knows (an unknown delimiter): name that instead.
    throw noNumbersCause && isSegmentationError(error) && error.code === 'column-not-found'
      ? noNumbersCause
      : error;
  });
  const prepared = preparation.saved || preparation.columns.revenue !== '' ? preparation.columns : null;
  const columns = chooseColumns(
    preparation.headers,
    preparation.located.source.firstColumn,
    run.columns,
    prepared,
  );
  return { host, preparation, columns };
}

/**
 * Segment `run.input` and, with `run.output`, write the edited workbook (through a temporary file: a failed run
 * leaves nothing half-written).
 *
 * @throws SegmentationError for every refusal (nothing is written then); ArgumentError-like sentences come as
 *   SegmentationError `invalid-option`.
 * @example (await segmentFile({ input: 'sales.csv', columns: {} })).result.summary.customers // => 240
 */
export async function segmentFile(run: FileRun): Promise<FileRunOutcome> {
  const { host, preparation, columns } = await prepared(run);
  const outputLocale: Locale = run.locale ?? preparation.outputLocale;
  const outcome = await runSegmentation(host, preparation, {
    columns,
    options: chosenOptions(run, preparation.options),
    outputLocale,
  });
  let dropped: string[] = [];
  if (run.output) {
    const saved = host.save();
    writeOutputFile(run.output, saved.bytes);
    dropped = saved.dropped;
  }
  return {
    ...outcome,
    columns,
    outputLocale,
    dropped,
    fileIssues: raggedIssues(host.raggedRows(), outputLocale),
  };
}

/**
 * The mapped columns of a file as the engine receives them, without segmenting (for tests that feed the same
 * cells to another engine).
 *
 * @example (await readFileColumns({ input: 'sales.csv', columns: { revenue: 'Sales' } })).columns.revenue.length
 */
export async function readFileColumns(
  run: FileRun,
): Promise<{ columns: SourceColumns; parseLocale: Locale }> {
  const { host, preparation, columns: choice } = await prepared(run);
  const { source } = preparation.located;
  const options = chosenOptions(run, preparation.options);
  const offsets = resolveColumns(preparation.headers, choice, {
    saved: false,
    sourceAddress: source.address,
    locale: 'en',
  });
  const requested = [offsets.revenue, ...OPTIONAL_ROLES.map((role) => offsets[role])].filter(
    (o): o is number => o !== null,
  );
  const read = await host.read({
    source,
    hasHeader: preparation.hasHeader,
    columns: requested,
    outputArea: { firstColumn: source.firstColumn + source.columnCount, width: 0 },
    parseLocale: options.parseLocale,
    dateColumns: offsets.date === null ? [] : [offsets.date],
  });
  const column = (offset: number | null) =>
    offset === null ? undefined : read.columns[requested.indexOf(offset)];
  const letter = (offset: number | null) =>
    offset === null ? undefined : columnLetter(source.firstColumn + offset);
  const columns: SourceColumns = {
    revenue: column(offsets.revenue) ?? [],
    addressing: {
      firstRow: source.firstRow + (preparation.hasHeader ? 1 : 0),
      revenueColumn: letter(offsets.revenue)!,
    },
  };
  for (const role of OPTIONAL_ROLES) {
    if (offsets[role] === null) continue;
    columns[role] = column(offsets[role]);
    columns.addressing[`${role}Column`] = letter(offsets[role]);
  }
  return { columns, parseLocale: options.parseLocale };
}

/** Saved (or default) options, with the thresholds and number convention the user typed. */
function chosenOptions(run: FileRun, prepared: SavedOptions): SavedOptions {
  return {
    ...prepared,
    a: run.a ?? prepared.a,
    b: run.b ?? prepared.b,
    ...(run.thresholdMethod !== undefined ? { thresholdMethod: run.thresholdMethod } : {}),
    ...(run.quietDays !== undefined ? { quietDays: run.quietDays } : {}),
    ...(run.asOf !== undefined ? { asOf: run.asOf } : {}),
    parseLocale: run.parseLocale ?? run.locale ?? prepared.parseLocale,
  };
}

/** Rows of a CSV with a wrong number of cells, as issues (the engine cannot see them). */
function raggedIssues(rows: readonly RaggedRow[], locale: Locale): Issue[] {
  return rows.map((ragged): Issue => {
    const short = ragged.cells < ragged.expected;
    const text =
      locale === 'fi'
        ? `Rivillä ${ragged.row} on ${plural(ragged.cells, { one: '# solu', other: '# solua' })}, ensimmäisellä rivillä ${ragged.expected}; ` +
          (short ? 'puuttuvat solut luettiin tyhjinä.' : 'ylimääräiset solut jätettiin huomiotta.')
        : `Row ${ragged.row} has ${plural(ragged.cells, { one: '# cell', other: '# cells' })} where the first row has ${ragged.expected}; ` +
          (short ? 'the missing cells were read as blank.' : 'the extra cells were ignored.');
    return { code: 'ragged-row', cell: null, row: ragged.row, message: text };
  });
}
