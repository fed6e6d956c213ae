/**
 * Phase 1 of a run: find the source, detect its header, and guess (or recall) the column mapping.
 */
import type { Locale } from '../core/types';
import type { ColumnChoice, SavedOptions, SourceRef } from '../core/layout/writePlan';
import type { LocatedSource, WorkbookHost } from '../hosts/workbookHost';
import { inspectSource } from '../core/inspectSource';
import { isSegmentationError } from '../core/segmentationError';
import type { Preparation } from './segmentFlow';
import { sourceWithoutOutput } from './sourceWithoutOutput';
import { resolveColumns } from './resolveColumns';
import { messageOfError } from '../core/messages/renderError';

/**
 * The options of a first run: fixed thresholds 80 % / 95 %, high value = class A, median potential split, a quiet
 * window of 90 days counted to the latest date in the data.
 */
export const DEFAULT_OPTIONS: SavedOptions = {
  a: 0.8,
  b: 0.95,
  highValue: { rule: 'A' },
  potentialSplit: { rule: 'median' },
  parseLocale: 'en',
  thresholdMethod: 'fixed',
  quietDays: 90,
};

/**
 * Locates the source and proposes the mapping. Rule: when the workbook's settings are about this source, their
 * columns (found again by header text), options and output language are proposed; otherwise the guesses of
 * `inspectSource`, the defaults and the host's language. The previous run's output columns are never part of the
 * source. A saved column that is gone throws `source-changed` when `useSaved` (a refresh cannot guess); in the
 * pane (`useSaved` false) the guesses are proposed instead and `problem` says why.
 *
 * @throws SegmentationError 'source-changed' (refresh with a renamed column), 'column-not-found' (no numbers).
 * @example (await prepareSegmentation(host, { useSaved: false })).columns // => { revenue: 'Sales', customer: 'Customer', potential: null }
 */
export async function prepareSegmentation(
  host: WorkbookHost,
  options: { useSaved: boolean; locale?: Locale; parseLocale?: Locale },
): Promise<Preparation> {
  const hostLocale = options.locale ?? 'en';
  // The number convention of a first run: the host's editing language when it knows one, else its UI language.
  const hostParseLocale = options.parseLocale ?? hostLocale;
  const found = await host.locate({ useSaved: options.useSaved });
  const source = sourceWithoutOutput(found.source, found.settings);
  const located = { ...found, source };
  const saved = found.settings && isSameSource(found.settings.source, source) ? found.settings : null;
  const parseLocale = saved?.options.parseLocale ?? hostParseLocale;
  const inspection = inspectSource(
    source.topRows,
    saved ? saved.source.hasHeader : source.headerKnown,
    parseLocale,
    { dateColumns: source.dateColumns },
  );
  const header = (column: number | null) => (column === null ? null : inspection.headers[column]);
  const { guess } = inspection;
  const guessed: ColumnChoice = {
    revenue: inspection.headers[guess.revenue],
    customer: header(guess.customer),
    potential: header(guess.potential),
    group: header(guess.group),
    previous: header(guess.previous),
    date: header(guess.date),
  };
  let columns = guessed;
  let problem = found.settingsProblem;
  if (saved) {
    try {
      resolveColumns(inspection.headers, saved.columns, {
        saved: true,
        sourceAddress: `${source.sheetName}!${source.address}`,
        locale: saved.outputLocale,
      });
      columns = { ...saved.columns };
    } catch (error) {
      if (options.useSaved || !isSegmentationError(error)) throw error;
      problem = messageOfError(error);
    }
  }
  return {
    located,
    hasHeader: inspection.hasHeader,
    headers: inspection.headers,
    columns,
    options: saved ? { ...saved.options } : { ...DEFAULT_OPTIONS, parseLocale: hostParseLocale },
    outputLocale: saved?.outputLocale ?? hostLocale,
    saved,
    problem,
  };
}

/** Settings are about a source when it is the same Excel table, or a range on the same sheet with the same top-left. */
function isSameSource(saved: SourceRef, source: LocatedSource): boolean {
  if (saved.sheetName !== source.sheetName) return false;
  if (saved.tableName !== null || source.tableName !== null) return saved.tableName === source.tableName;
  return topLeft(saved.address) === topLeft(source.address);
}

function topLeft(address: string): string {
  return address.split(':')[0].replace(/\$/g, '').toUpperCase();
}
