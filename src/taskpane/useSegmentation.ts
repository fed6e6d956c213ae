/**
 * The pane's state and actions: prepare on open, edit the request, run (never twice at once, with progress),
 * show the summary. All workbook work goes through the SegmentationApi it is given.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { SegmentRequest } from '../flows/segmentFlow';
import type { ProgressFn } from '../hosts/workbookHost';
import { errorSentence } from './paneError';
import { usePaneLanguage } from './paneContext';
import type { SegmentationApi } from './segmentationApi';
import {
  canStartRun,
  initialState,
  segmentationReducer,
  type FormState,
  type SegmentationState,
} from './segmentationState';
import type { Strings } from './strings';

export interface SegmentationControls {
  state: SegmentationState;
  /** Locate the source again: the saved one (`useSaved`) or the one around the current selection. */
  prepare: (useSaved: boolean) => Promise<void>;
  setRequest: (request: SegmentRequest) => void;
  /** Start a run; does nothing while one is running or preparing. */
  segment: () => Promise<void>;
  /** Activate the summary sheet of the last run. */
  showSummary: () => Promise<void>;
}

/** Report progress at most every whole percent, so a 1M-row run does not re-render a million times. */
function throttledProgress(
  report: (phase: 'read' | 'write', done: number, total: number) => void,
): ProgressFn {
  let last = '';
  return (phase, done, total) => {
    const key = `${phase}:${total > 0 ? Math.floor((done / total) * 100) : 0}`;
    if (key === last) return;
    last = key;
    report(phase, done, total);
  };
}

export function useSegmentation(api: SegmentationApi, strings: Strings): SegmentationControls {
  const [state, dispatch] = useReducer(segmentationReducer, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  // A ref, not state: two clicks in the same frame both see the state before the first dispatch.
  const busyRef = useRef(false);
  const stringsRef = useRef(strings);
  stringsRef.current = strings;
  // Errors are rendered in the pane's language (the message catalogue), whatever the output language.
  const { locale } = usePaneLanguage();
  const localeRef = useRef(locale);
  localeRef.current = locale;

  const prepare = useCallback(
    async (useSaved: boolean) => {
      if (busyRef.current) return;
      busyRef.current = true;
      dispatch({ type: 'prepareStarted' });
      try {
        const preparation = await api.prepare({ useSaved });
        dispatch({ type: 'prepared', preparation, usedSaved: useSaved });
      } catch (error) {
        dispatch({
          type: 'failed',
          error: { during: 'prepare', message: errorSentence(error, stringsRef.current, localeRef.current) },
        });
      } finally {
        busyRef.current = false;
      }
    },
    [api],
  );

  const segment = useCallback(async () => {
    const current = stateRef.current;
    if (busyRef.current || !canStartRun(current) || current.status === 'idle' || current.form === null)
      return;
    busyRef.current = true;
    const form: FormState = current.form;
    dispatch({ type: 'runStarted', form });
    try {
      let preparation = form.preparation;
      // A refresh: the saved source may have grown since the pane located it (rows pasted below the table).
      if (form.refreshable) {
        preparation = await api.prepare({ useSaved: true });
        dispatch({ type: 'sourceRelocated', preparation });
      }
      const progress = throttledProgress((phase, done, total) =>
        dispatch({ type: 'progress', progress: { phase, done, total } }),
      );
      const outcome = await api.run(preparation, form.request, progress);
      dispatch({ type: 'runFinished', outcome });
    } catch (error) {
      dispatch({
        type: 'failed',
        error: { during: 'run', message: errorSentence(error, stringsRef.current, localeRef.current) },
      });
    } finally {
      busyRef.current = false;
    }
  }, [api]);

  const setRequest = useCallback(
    (request: SegmentRequest) => dispatch({ type: 'requestChanged', request }),
    [],
  );

  const showSummary = useCallback(async () => {
    const current = stateRef.current;
    if (current.status !== 'done') return;
    try {
      await api.showSheet(current.outcome.summarySheet);
    } catch (error) {
      dispatch({
        type: 'failed',
        error: { during: 'run', message: errorSentence(error, stringsRef.current, localeRef.current) },
      });
    }
  }, [api]);

  useEffect(() => {
    void prepare(true);
  }, [prepare]);

  // Reopened in the shared runtime the pane is not reloaded: find the source again (paneVisibility.ts). Not while
  // a run is going: it re-detects itself when it needs to.
  useEffect(
    () =>
      api.onPaneShown?.(() => {
        if (stateRef.current.status !== 'running') void prepare(true);
      }),
    [api, prepare],
  );

  return { state, prepare, setRequest, segment, showSummary };
}
