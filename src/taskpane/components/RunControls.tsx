import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { RunProgress } from '../segmentationState';
import { usePaneLanguage } from '../paneContext';
import { format } from '../strings';

export interface RunControlsProps {
  /** A run is under way: the button is disabled (but keeps focus) and progress shows. */
  running: boolean;
  /** The form has a problem: the button is disabled. @default false */
  invalid?: boolean;
  /** Progress of the run, or null before the first report (indeterminate bar). @default null */
  progress?: RunProgress | null;
  onSegment: () => void;
}

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { alignSelf: 'stretch' },
});

/** The Segment button and, while running, a progress bar fed by the flow's progress reports. */
export function RunControls({ running, invalid = false, progress = null, onSegment }: RunControlsProps) {
  const { strings, formatters } = usePaneLanguage();
  const styles = useStyles();
  const progressText =
    progress === null
      ? strings.running
      : format(progress.phase === 'read' ? strings.progressRead : strings.progressWrite, {
          done: formatters.count(progress.done),
          total: formatters.count(progress.total),
        });
  return (
    <div className={styles.box}>
      <Button
        appearance="primary"
        size="large"
        className={styles.button}
        disabledFocusable={running || invalid}
        onClick={onSegment}
      >
        {strings.segmentButton}
      </Button>
      {running ? (
        <Field validationMessage={progressText} validationState="none">
          <ProgressBar
            aria-label={strings.running}
            value={progress === null || progress.total === 0 ? undefined : progress.done / progress.total}
          />
        </Field>
      ) : null}
    </div>
  );
}
