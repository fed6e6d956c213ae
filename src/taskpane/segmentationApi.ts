/**
 * The workbook operations the pane needs, as one small interface. Production wires it to the flows over the
 * Excel host (`createSegmentationApi`); tests and the browser harness pass their own.
 */
import {
  prepareSegmentation,
  runSegmentation,
  type Preparation,
  type SegmentOutcome,
  type SegmentRequest,
} from '../flows/segmentFlow';
import type { ProgressFn, WorkbookHost } from '../hosts/workbookHost';
import type { Locale } from '../core/types';

export interface SegmentationApi {
  /** Locate the source and guess (or recall, with `useSaved`) the mapping. */
  prepare(options: { useSaved: boolean }): Promise<Preparation>;
  /** Read, segment and write; rejects with a SegmentationError (nothing written) on any refusal. */
  run(preparation: Preparation, request: SegmentRequest, progress?: ProgressFn): Promise<SegmentOutcome>;
  /** Activate a sheet (the summary after a run). */
  showSheet(name: string): Promise<void>;
  /**
   * Watch for the pane becoming visible again (shared runtime: it is not reloaded); returns the unsubscribe.
   * Absent where the pane is always freshly loaded (tests).
   */
  onPaneShown?(listener: () => void): () => void;
}

/** The languages the flows get from Office (officeEnvironment). */
interface FlowLanguages {
  /** Output language of a first run (the Office display language). */
  uiLocale: Locale;
  /** Number convention for text cells on a first run (the Office content language). */
  contentLocale: Locale;
}

/**
 * The production wiring: the segment flow over a workbook host, in the Office languages – so that a Finnish
 * Office writes Finnish output and reads `1 234,50` on its very first run (saved settings win after that).
 */
export function createSegmentationApi(
  host: WorkbookHost,
  languages: FlowLanguages = { uiLocale: 'en', contentLocale: 'en' },
  paneShown?: (listener: () => void) => () => void,
): SegmentationApi {
  return {
    ...(paneShown ? { onPaneShown: paneShown } : {}),
    prepare: (options) =>
      prepareSegmentation(host, {
        ...options,
        locale: languages.uiLocale,
        parseLocale: languages.contentLocale,
      }),
    run: (preparation, request, progress) => runSegmentation(host, preparation, request, progress),
    showSheet: (name) => host.showSheet(name),
  };
}
