import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SegmentOutcome } from '../../flows/segmentFlow';
import { usePaneLanguage } from '../paneContext';
import { ChangesList } from './ChangesList';
import { ClassTable } from './ClassTable';
import { IssuesBar } from './IssuesBar';
import { QuadrantTable } from './QuadrantTable';

export interface ResultViewProps {
  outcome: SegmentOutcome;
  /** Activate the summary sheet. */
  onShowSummary: () => void;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  headline: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: 600,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: 600 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: 600 },
  note: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex' },
});

/** The result: the headline, the class and quadrant tables, the changes, problem cells, "Go to summary". */
export function ResultView({ outcome, onShowSummary }: ResultViewProps) {
  const { strings } = usePaneLanguage();
  const styles = useStyles();
  const { summary, migration, issues } = outcome.result;
  const hasQuadrants = Object.keys(summary.quadrants).length > 0;
  return (
    <section className={styles.section} aria-labelledby="result-heading" data-testid="result">
      <h2 id="result-heading" className={styles.heading}>
        {strings.resultHeading}
      </h2>
      <Text as="p" className={styles.headline} data-testid="headline">
        {summary.headline}
      </Text>
      {outcome.refreshed ? <Text className={styles.note}>{strings.refreshedNote}</Text> : null}
      <div className={styles.actions}>
        <Button onClick={onShowSummary}>{strings.goToSummary}</Button>
      </div>
      <h3 className={styles.subheading}>{strings.classTableCaption}</h3>
      <ClassTable classes={summary.classes} />
      {hasQuadrants ? (
        <>
          <h3 className={styles.subheading}>{strings.quadrantTableCaption}</h3>
          <QuadrantTable quadrants={summary.quadrants} />
        </>
      ) : null}
      {migration === null ? null : (
        <>
          <h3 className={styles.subheading}>{strings.changesHeading}</h3>
          <ChangesList migration={migration} />
        </>
      )}
      <IssuesBar issues={issues} />
    </section>
  );
}
