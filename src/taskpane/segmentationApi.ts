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

export interface SegmentationApi {
  /** Locate the source and guess (or recall, with `useSaved`) the mapping. */
  prepare(options: { useSaved: boolean }): Promise<Preparation>;
  /** Read, segment and write; rejects with a SegmentationError (nothing written) on any refusal. */
  run(preparation: Preparation, request: SegmentRequest, progress?: ProgressFn): Promise<SegmentOutcome>;
  /** Activate a sheet (the summary after a run). */
  showSheet(name: string): Promise<void>;
}

/** The production wiring: the segment flow over a workbook host. */
export function createSegmentationApi(host: WorkbookHost): SegmentationApi {
  return {
    prepare: (options) => prepareSegmentation(host, options),
    run: (preparation, request, progress) => runSegmentation(host, preparation, request, progress),
    showSheet: (name) => host.showSheet(name),
  };
}
