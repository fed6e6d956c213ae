import type { Preparation, SegmentOutcome } from '../../src/flows/segmentFlow';
import {
  canStartRun,
  initialState,
  segmentationReducer,
  type SegmentationAction,
  type SegmentationState,
} from '../../src/taskpane/segmentationState';
import { DEFAULT_OPTIONS } from '../../src/flows/prepareSegmentation';

function preparation(saved: boolean): Preparation {
  return {
    located: {
      settings: null,
      settingsProblem: null,
      source: {
        sheetName: 'Sales',
        tableName: 'Sales',
        address: 'A1:C4',
        firstRow: 1,
        firstColumn: 0,
        rowCount: 4,
        columnCount: 3,
        headerKnown: true,
        topRows: [],
      },
      sheetNames: ['Sales'],
    },
    hasHeader: true,
    headers: ['Customer', 'Revenue', 'Potential'],
    columns: { revenue: 'Revenue', customer: 'Customer', potential: null },
    options: { ...DEFAULT_OPTIONS },
    outputLocale: 'en',
    saved: saved ? ({} as Preparation['saved']) : null,
  };
}

const outcome = { summarySheet: 'ABC Summary', refreshed: false } as SegmentOutcome;
const run = (state: SegmentationState, ...actions: SegmentationAction[]) =>
  actions.reduce(segmentationReducer, state);
const prepared = (saved = false): SegmentationAction => ({
  type: 'prepared',
  preparation: preparation(saved),
  usedSaved: true,
});

describe('pane state machine', () => {
  test('opening goes idle → preparing → ready with the preparation as the request', () => {
    const state = run(initialState, { type: 'prepareStarted' }, prepared());
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.form.request.columns.revenue).toBe('Revenue');
    expect(state.form.request.options.a).toBe(0.8);
  });

  test('a run cannot start while one is running', () => {
    const ready = run(initialState, { type: 'prepareStarted' }, prepared());
    if (ready.status !== 'ready') throw new Error('not ready');
    const running = segmentationReducer(ready, { type: 'runStarted', form: ready.form });
    expect(running.status).toBe('running');
    expect(canStartRun(running)).toBe(false);
    expect(segmentationReducer(running, { type: 'runStarted', form: ready.form })).toBe(running);
  });

  test('a failed run keeps the form so the user can fix it and run again', () => {
    const ready = run(initialState, { type: 'prepareStarted' }, prepared());
    if (ready.status !== 'ready') throw new Error('not ready');
    const failed = run(
      ready,
      { type: 'runStarted', form: ready.form },
      { type: 'failed', error: { during: 'run', message: 'Cell G5 holds data.' } },
    );
    expect(failed.status).toBe('failed');
    expect(canStartRun(failed)).toBe(true);
  });

  test('a failed preparation has no form and cannot run', () => {
    const failed = run(
      initialState,
      { type: 'prepareStarted' },
      { type: 'failed', error: { during: 'prepare', message: 'Select a cell in your sales table.' } },
    );
    expect(canStartRun(failed)).toBe(false);
  });

  test('after a finished run the next run re-locates the saved source (it may have grown)', () => {
    const ready = run(initialState, { type: 'prepareStarted' }, prepared(false));
    if (ready.status !== 'ready') throw new Error('not ready');
    expect(ready.form.refreshable).toBe(false);
    const done = run(ready, { type: 'runStarted', form: ready.form }, { type: 'runFinished', outcome });
    expect(done.status === 'done' && done.form.refreshable).toBe(true);
  });

  test('progress is kept only while running', () => {
    const ready = run(initialState, { type: 'prepareStarted' }, prepared());
    const progress = { type: 'progress', progress: { phase: 'read', done: 1, total: 2 } } as const;
    expect(segmentationReducer(ready, progress)).toBe(ready);
  });
});
