/**
 * The command line's phase 1: the flows' preparation (saved settings, or the guesses), and the user's word where
 * the guesses find nothing – a revenue column the user named is segmented even when it holds mostly text, its
 * bad cells reported (segmentation.md §2).
 */
import { columnLetter } from '../core/cellAddress';
import { parseCell } from '../core/parseCell';
import { isSegmentationError } from '../core/segmentationError';
import type { Locale } from '../core/types';
import { DEFAULT_OPTIONS, prepareSegmentation, type Preparation } from '../flows/segmentFlow';
import type { FileHost } from '../hosts/file/fileHost';

/**
 * Prepare a run over `host`. Rule: saved settings are used when the workbook has them; when no column holds
 * numbers and the user named the revenue column, the header is the first row when it is all text that does not
 * parse as a number, and no column is guessed.
 *
 * @throws SegmentationError whatever the preparation throws, but for the case above.
 */
export async function prepareRun(
  host: FileHost,
  options: { locale: Locale; revenueNamed: boolean },
): Promise<Preparation> {
  try {
    return await prepareSegmentation(host, { useSaved: true, locale: options.locale });
  } catch (error) {
    if (!(options.revenueNamed && isSegmentationError(error) && error.code === 'column-not-found'))
      throw error;
    const located = await host.locate({ useSaved: false });
    const { source } = located;
    const parseLocale = source.numberConvention ?? options.locale;
    const first = source.topRows[0] ?? [];
    const hasHeader =
      source.headerKnown ??
      first.every(
        (cell) =>
          typeof cell === 'string' && cell.trim() !== '' && parseCell(cell, parseLocale).kind === 'invalid',
      );
    const headers = Array.from({ length: source.columnCount }, (_, i) =>
      hasHeader ? String(first[i] ?? '').trim() : columnLetter(source.firstColumn + i),
    );
    return {
      located,
      hasHeader,
      headers,
      columns: { revenue: '', customer: null, potential: null },
      options: { ...DEFAULT_OPTIONS, parseLocale },
      outputLocale: options.locale,
      saved: null,
      problem: null,
    };
  }
}
