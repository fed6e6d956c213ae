/**
 * `abc-segmenter IN -o OUT.xlsx`: the add-in's output (columns, summary sheet, charts, settings) written to a new
 * workbook through the file host and the shared flows. Running it on a workbook it wrote (or the add-in wrote) is
 * a refresh: the saved source, columns and options are used, the output is rewritten in place and the Change
 * column filled.
 */
import * as fs from 'fs';
import * as path from 'path';
import { columnIndex } from '../core/cellAddress';
import type { OptionalRole } from '../core/columnRoles';
import type { ColumnChoice, SavedOptions } from '../core/layout/writePlan';
import { SegmentationError } from '../core/segmentationError';
import { message } from '../core/messages/renderMessage';
import type { Locale, SegmentationOptions } from '../core/types';
import {
  prepareSegmentation,
  runSegmentation,
  type Preparation,
  type SegmentOutcome,
} from '../flows/segmentFlow';
import { createFileHost } from '../hosts/file/fileHost';
import { loadInputWorkbook } from '../hosts/file/loadInputWorkbook';

export interface WriteWorkbookRequest {
  /** Input .xlsx or .csv path. */
  input: string;
  /** Output .xlsx path; must differ from the input. */
  output: string;
  /** Worksheet name for .xlsx input (default: the first sheet). */
  sheet?: string;
  /** Columns as the user named them (header text, case-insensitive, or a column letter); guessed when absent. */
  /** Absent: guessed (or the saved choice); null: no such column (e.g. `--customer none`). */
  columns: { revenue?: string } & Partial<Record<OptionalRole, string | null>>;
  options: Pick<SegmentationOptions, 'a' | 'b' | 'parseLocale' | 'thresholdMethod' | 'quietDays' | 'asOf'>;
  outputLocale: Locale;
}

/** The flows' outcome plus what the input held that the written workbook could not carry. */
export interface WrittenWorkbookOutcome extends SegmentOutcome {
  /** E.g. `1 chart on sheet Notes`, `1 pivot table on sheet Pivot`; empty when nothing was lost. */
  dropped: string[];
  /** Path written. */
  output: string;
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The header text the user means by `named`: a header equal to it ignoring case, else a column letter of the
 * sheet inside the source. Header text wins, so a column headed "B" is found by its name.
 *
 * @throws SegmentationError `column-not-found` naming the headers there are.
 */
export function resolveColumnName(named: string, preparation: Preparation): string {
  const wanted = named.trim().toLowerCase();
  const byHeader = preparation.headers.find((header) => header.trim().toLowerCase() === wanted);
  if (byHeader !== undefined) return byHeader;
  const index = columnIndex(named.trim());
  const offset = index - preparation.located.source.firstColumn;
  if (index >= 0 && offset >= 0 && offset < preparation.headers.length) return preparation.headers[offset];
  throw new SegmentationError(
    'column-not-found',
    message('no-column-named', { name: named, columns: preparation.headers.join(', ') }),
  );
}

/** The roles of §8, §9 and §11, which a ColumnChoice saved before them does not hold. */
const ANALYSIS_ROLES = ['group', 'previous', 'date'] as const;

function chosenColumns(request: WriteWorkbookRequest, preparation: Preparation): ColumnChoice {
  const { columns } = request;
  const pick = (named: string | null | undefined, fallback: string | null) =>
    named === undefined ? fallback : named === null ? null : resolveColumnName(named, preparation);
  const chosen: ColumnChoice = {
    revenue: pick(columns.revenue, preparation.columns.revenue) ?? preparation.columns.revenue,
    customer: pick(columns.customer, preparation.columns.customer),
    potential: pick(columns.potential, preparation.columns.potential),
  };
  for (const role of ANALYSIS_ROLES) chosen[role] = pick(columns[role], preparation.columns[role] ?? null);
  return chosen;
}

function chosenOptions(request: WriteWorkbookRequest, preparation: Preparation): SavedOptions {
  return {
    ...preparation.options,
    a: request.options.a ?? preparation.options.a,
    b: request.options.b ?? preparation.options.b,
    parseLocale: request.options.parseLocale ?? preparation.options.parseLocale,
    ...(request.options.thresholdMethod ? { thresholdMethod: request.options.thresholdMethod } : {}),
    ...(request.options.quietDays !== undefined ? { quietDays: request.options.quietDays } : {}),
    ...(request.options.asOf ? { asOf: request.options.asOf } : {}),
  };
}

/**
 * Segment `request.input` and write the result to `request.output` (a new file; written to a temporary name
 * beside it first, then renamed, so a failed run leaves no half-written workbook).
 * Rule: the output language of a workbook that has settings stays the saved one (a shared workbook does not
 * switch language with whoever refreshes it); otherwise `request.outputLocale`.
 *
 * @throws SegmentationError `invalid-option` when the output is the input; whatever the flows throw (nothing is
 *   written then).
 */
export async function writeSegmentedWorkbook(request: WriteWorkbookRequest): Promise<WrittenWorkbookOutcome> {
  if (realPath(request.output) === realPath(request.input)) {
    throw new SegmentationError('invalid-option', message('output-is-input', { output: request.output }));
  }
  const input = await loadInputWorkbook(request.input);
  const host = createFileHost(input, { sheetName: request.sheet, locale: request.outputLocale });
  const preparation = await prepareSegmentation(host, { useSaved: true });
  const outcome = await runSegmentation(host, preparation, {
    columns: chosenColumns(request, preparation),
    options: chosenOptions(request, preparation),
    outputLocale: preparation.saved ? preparation.outputLocale : request.outputLocale,
  });
  const { bytes, dropped } = await host.save();
  const temporary = path.join(
    path.dirname(path.resolve(request.output)),
    `.${path.basename(request.output)}.${process.pid}.tmp`,
  );
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, request.output);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new SegmentationError(
      'workbook-refused',
      message('output-not-written', { output: request.output, reason }),
    );
  }
  return { ...outcome, dropped, output: request.output };
}
