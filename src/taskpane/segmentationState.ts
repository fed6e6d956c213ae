/**
 * The pane's state machine, pure so that it can be tested without React:
 *
 * idle → preparing → ready → running → done
 *                 ↘ failed     ↘ failed (the form stays, so the user can fix a column and run again)
 *
 * `ready`, `done` and a `failed` that has a preparation can start a run; a run cannot start while one is
 * running or preparing.
 */
import type { Preparation, SegmentOutcome, SegmentRequest } from '../flows/segmentFlow';

/** Progress of a run: `fraction` 0..1, or null before the first report (indeterminate). */
export interface RunProgress {
  phase: 'read' | 'write';
  done: number;
  total: number;
}

/** What the form is about: the preparation and the user's edits of it. */
export interface FormState {
  preparation: Preparation;
  /**
   * The saved settings describe this source (prepared from them, or a run here saved them): a run locates the
   * saved source again first, because rows may have been added since.
   */
  refreshable: boolean;
  request: SegmentRequest;
}

export type SegmentationState =
  | { status: 'idle' }
  | { status: 'preparing'; form: FormState | null }
  | { status: 'ready'; form: FormState }
  | { status: 'running'; form: FormState; progress: RunProgress | null }
  | { status: 'done'; form: FormState; outcome: SegmentOutcome }
  | { status: 'failed'; form: FormState | null; error: PaneError };

/** An error as the pane shows it: a sentence, and whether it came from preparing or running. */
export interface PaneError {
  during: 'prepare' | 'run';
  message: string;
}

export type SegmentationAction =
  | { type: 'prepareStarted' }
  | { type: 'prepared'; preparation: Preparation; usedSaved: boolean }
  | { type: 'requestChanged'; request: SegmentRequest }
  | { type: 'runStarted'; form: FormState }
  | { type: 'sourceRelocated'; preparation: Preparation }
  | { type: 'progress'; progress: RunProgress }
  | { type: 'runFinished'; outcome: SegmentOutcome }
  | { type: 'failed'; error: PaneError };

export const initialState: SegmentationState = { status: 'idle' };

/** The request a fresh preparation suggests: its columns, options and output language. */
export function requestFromPreparation(preparation: Preparation): SegmentRequest {
  return {
    columns: { ...preparation.columns },
    options: { ...preparation.options },
    outputLocale: preparation.outputLocale,
  };
}

/** The form of a state, when it has one. */
export function formOf(state: SegmentationState): FormState | null {
  return state.status === 'idle' ? null : state.form;
}

/** A run may start from `ready`, `done` and from a `failed` that kept its form. */
export function canStartRun(state: SegmentationState): boolean {
  return (
    state.status === 'ready' || state.status === 'done' || (state.status === 'failed' && state.form !== null)
  );
}

export function segmentationReducer(state: SegmentationState, action: SegmentationAction): SegmentationState {
  switch (action.type) {
    case 'prepareStarted':
      return state.status === 'running' ? state : { status: 'preparing', form: formOf(state) };
    case 'prepared':
      return {
        status: 'ready',
        form: {
          preparation: action.preparation,
          refreshable: action.usedSaved && action.preparation.saved !== null,
          request: requestFromPreparation(action.preparation),
        },
      };
    case 'requestChanged': {
      if (state.status === 'idle' || state.status === 'running' || state.form === null) return state;
      const form = { ...state.form, request: action.request };
      // Editing after a result keeps the result on screen until the next run replaces it.
      return { ...state, form } as SegmentationState;
    }
    case 'runStarted':
      return canStartRun(state) ? { status: 'running', form: action.form, progress: null } : state;
    case 'sourceRelocated':
      return state.status === 'running'
        ? { ...state, form: { ...state.form, preparation: action.preparation } }
        : state;
    case 'progress':
      return state.status === 'running' ? { ...state, progress: action.progress } : state;
    case 'runFinished':
      return state.status === 'running'
        ? { status: 'done', form: { ...state.form, refreshable: true }, outcome: action.outcome }
        : state;
    case 'failed':
      return { status: 'failed', form: formOf(state), error: action.error };
  }
}
