/**
 * `-o OUT`: where the written workbook may go, and writing it so that a failed run leaves nothing half-written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { message } from '../core/messages/renderMessage';
import { SegmentationError } from '../core/segmentationError';
import type { Locale, SegmentationResult } from '../core/types';
import { OPTIONAL_ROLES, type OptionalRole } from '../core/columnRoles';

/** The same file, also through a symbolic link or a different spelling of the path. */
function samePath(first: string, second: string): boolean {
  const real = (file: string) => {
    try {
      return fs.realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(first) === real(second);
}

/**
 * Refuse an output that would overwrite the input or that Excel would not open: its extension must be the one of
 * the input's kind (`.xlsm` for a macro-enabled workbook, so its macros stay; `.xlsx` for a CSV).
 *
 * @throws SegmentationError `invalid-option` with one sentence saying what to write instead.
 */
export function checkOutputPath(input: string, output: string, extension?: string): void {
  if (samePath(output, input)) {
    throw new SegmentationError('invalid-option', message('output-is-input', { output }));
  }
  const given = path.extname(output).toLowerCase();
  if (extension === undefined || given === extension) return;
  const macros = extension === '.xlsm' || extension === '.xltm';
  throw new SegmentationError(
    'invalid-option',
    macros
      ? message('output-needs-macro-extension', {
          input: path.basename(input),
          suggestion: `${path.basename(output, path.extname(output))}${extension}`,
        })
      : message('output-extension', { output, extension }),
  );
}

/**
 * Write `bytes` to `output` through a temporary file beside it, renamed when complete.
 *
 * @throws SegmentationError `workbook-refused` when the file cannot be written.
 */
export function writeOutputFile(output: string, bytes: Uint8Array): void {
  const temporary = path.join(
    path.dirname(path.resolve(output)),
    `.${path.basename(output)}.${process.pid}.tmp`,
  );
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, output);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new SegmentationError('workbook-refused', message('output-not-written', { output, reason }));
  }
}

/** A request of the warehouse's `-o` (runDatabase.ts): a CSV it wrote, the columns by name. */
export interface WriteWorkbookRequest {
  input: string;
  output: string;
  /** Absent: guessed (or the saved choice); null: no such column. */
  columns: { revenue?: string } & Partial<Record<OptionalRole, string | null>>;
  options: { a?: number; b?: number; parseLocale?: Locale };
  outputLocale: Locale;
}

/**
 * Segment `request.input` and write the workbook to `request.output` through the command line's one pipeline.
 *
 * @throws SegmentationError whatever the pipeline refuses (nothing is written then).
 */
export async function writeSegmentedWorkbook(
  request: WriteWorkbookRequest,
): Promise<{ result: SegmentationResult }> {
  const { segmentFile } = await import('./segmentFile');
  const name = (column: string | null | undefined) => (column === null ? 'none' : column);
  return segmentFile({
    input: request.input,
    output: request.output,
    columns: {
      revenue: request.columns.revenue,
      ...Object.fromEntries(OPTIONAL_ROLES.map((role) => [role, name(request.columns[role])])),
    },
    a: request.options.a,
    b: request.options.b,
    locale: request.outputLocale,
    parseLocale: request.options.parseLocale,
  });
}
