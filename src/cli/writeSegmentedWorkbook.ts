/**
 * `abc-segmenter IN -o OUT.xlsx`: the add-in's output (columns, summary sheet, charts) written to a new workbook
 * through the file host and the shared flows. PLACEHOLDER – being implemented.
 */
import type { Locale, SegmentationOptions } from '../core/types';
import type { SegmentOutcome } from '../flows/segmentFlow';

export interface WriteWorkbookRequest {
  /** Input .xlsx or .csv path. */
  input: string;
  /** Output .xlsx path; must differ from the input. */
  output: string;
  /** Worksheet name for .xlsx input (default: the first sheet). */
  sheet?: string;
  /** Columns as the user named them (header text, case-insensitive, or a column letter); guessed when absent. */
  columns: { revenue?: string; customer?: string; potential?: string };
  options: Pick<SegmentationOptions, 'a' | 'b' | 'parseLocale'>;
  outputLocale: Locale;
}

export async function writeSegmentedWorkbook(request: WriteWorkbookRequest): Promise<SegmentOutcome> {
  throw new Error(`writing ${request.output} is not implemented yet`);
}
