import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { renderMessage } from '../../core/messages/renderMessage';
import { usePaneLanguage } from '../paneContext';
import type { SegmentationApi } from '../segmentationApi';
import type { SegmentationState } from '../segmentationState';
import { format, type Strings } from '../strings';
import { useSegmentation } from '../useSegmentation';
import { isValid, validateRequest } from '../validation';
import { LiveRegion } from './LiveRegion';
import { ResultView } from './ResultView';
import { RunControls } from './RunControls';
import { SegmentationForm } from './SegmentationForm';

export interface SegmentationPaneProps {
  /** The workbook operations (production: the flows over the Excel host; tests: fakes). */
  api: SegmentationApi;
}

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '560px',
  },
});

/** What a screen reader hears when the state changes. */
function announcement(state: SegmentationState, strings: Strings): string {
  switch (state.status) {
    case 'running':
      return strings.running;
    case 'done':
      return format(strings.doneAnnouncement, { headline: state.outcome.result.summary.headline });
    case 'failed':
      return state.error.message;
    default:
      return '';
  }
}

/** The whole pane: prepare on open, the form, Segment, progress, errors and the result. */
export function SegmentationPane({ api }: SegmentationPaneProps) {
  const { strings, locale } = usePaneLanguage();
  const styles = useStyles();
  const { state, prepare, setRequest, segment, showSummary } = useSegmentation(api, strings);
  const resultRef = useRef<HTMLDivElement>(null);
  const form = state.status === 'idle' ? null : state.form;
  const problems = form === null ? {} : validateRequest(form.request);
  const busy = state.status === 'running' || state.status === 'preparing';
  const problemMessage =
    form === null ? null : (form.preparation.problem ?? form.preparation.located.settingsProblem);
  // Rendered here, in the pane's language (the message catalogue, src/core/messages).
  const preparationProblem = problemMessage ? renderMessage(problemMessage, locale) : null;

  useEffect(() => {
    if (state.status === 'done') resultRef.current?.scrollIntoView({ block: 'start' });
  }, [state.status]);

  return (
    <main className={styles.pane} data-state={state.status}>
      {form === null && (state.status === 'idle' || state.status === 'preparing') ? (
        <Spinner size="small" label={strings.preparing} />
      ) : null}
      {preparationProblem ? (
        <MessageBar intent="warning" layout="multiline" data-testid="preparation-problem">
          <MessageBarBody>
            <MessageBarTitle>{strings.settingsProblemTitle}</MessageBarTitle>
            {preparationProblem}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {form !== null ? (
        <SegmentationForm
          form={form}
          problems={problems}
          busy={busy}
          onRequestChange={setRequest}
          onDetectAgain={() => void prepare(false)}
        />
      ) : null}
      {form !== null ? (
        <RunControls
          running={busy}
          invalid={!isValid(problems)}
          progress={state.status === 'running' ? state.progress : null}
          onSegment={() => void segment()}
        />
      ) : null}
      {state.status === 'failed' ? (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>
              {state.error.during === 'prepare' ? strings.prepareErrorTitle : strings.errorTitle}
            </MessageBarTitle>
            {state.error.message}
          </MessageBarBody>
          {form === null ? (
            <MessageBarActions>
              <Button onClick={() => void prepare(false)}>{strings.tryAgain}</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {state.status === 'done' ? (
        <div ref={resultRef}>
          <ResultView outcome={state.outcome} onShowSummary={() => void showSummary()} />
        </div>
      ) : null}
      <LiveRegion message={announcement(state, strings)} />
    </main>
  );
}
