/**
 * The ribbon's Segment: run again with the settings saved in the workbook.
 */
import type { Locale } from '../core/types';
import { SegmentationError } from '../core/segmentationError';
import type { ProgressFn, WorkbookHost } from '../hosts/workbookHost';
import type { SegmentOutcome } from './segmentFlow';
import { prepareSegmentation } from './prepareSegmentation';
import { runSegmentation } from './runSegmentation';
import { message } from '../core/messages/renderMessage';

/**
 * Refreshes the segmentation with the saved source, columns, options and output language. Rule: the saved
 * source is located again (grown or shrunk – the write clears rows no longer there), its columns are found by
 * header text; without usable settings nothing is run.
 *
 * @throws SegmentationError 'source-changed' without settings or with a renamed column; any error of a run.
 * @example (await refreshSegmentation(host)).refreshed // => true
 */
export async function refreshSegmentation(
  host: WorkbookHost,
  progress?: ProgressFn,
  options: { locale?: Locale } = {},
): Promise<SegmentOutcome> {
  const preparation = await prepareSegmentation(host, { useSaved: true, locale: options.locale });
  if (!preparation.saved) {
    const locale = options.locale ?? 'en';
    throw new SegmentationError(
      'source-changed',
      message('no-settings', { problem: preparation.problem ?? null }),
      locale,
    );
  }
  return runSegmentation(
    host,
    preparation,
    { columns: preparation.columns, options: preparation.options, outputLocale: preparation.outputLocale },
    progress,
  );
}
