import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SegmentOutcome } from '../../flows/segmentFlow';
import { usePaneLanguage } from '../paneContext';
import { ChangesList } from './ChangesList';
import { ClassTable } from './ClassTable';
import { IssuesBar } from './IssuesBar';
import { QuadrantTable } from './QuadrantTable';
import { GroupTable } from './GroupTable';
import { QuietCustomers } from './QuietCustomers';
import { format } from '../strings';

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

/**
 * The result: the headline, the class table (with the computed thresholds' values), the quiet customers, the
 * groups, the quadrant table, the changes (since the previous column or the last run), problem cells, "Go to
 * summary".
 */
export function ResultView({ outcome, onShowSummary }: ResultViewProps) {
  const { strings, formatters } = usePaneLanguage();
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
      {summary.thresholds.method === 'computed' ? (
        <Text data-testid="computed-thresholds">
          {format(strings.computedThresholds, {
            a: formatters.percent(summary.thresholds.a),
            b: formatters.percent(summary.thresholds.b),
          })}
        </Text>
      ) : null}
      {summary.recency ? (
        <>
          <h3 className={styles.subheading}>{strings.quietHeading}</h3>
          <QuietCustomers recency={summary.recency} />
        </>
      ) : null}
      {summary.groups ? (
        <>
          <h3 className={styles.subheading}>{strings.groupTableCaption}</h3>
          <GroupTable groups={summary.groups} />
        </>
      ) : null}
      {hasQuadrants ? (
        <>
          <h3 className={styles.subheading}>{strings.quadrantTableCaption}</h3>
          <QuadrantTable quadrants={summary.quadrants} />
        </>
      ) : null}
      {migration === null ? null : (
        <>
          <h3 className={styles.subheading}>
            {summary.previous
              ? format(strings.changesSinceHeading, { label: summary.previous.label })
              : strings.changesHeading}
          </h3>
          <ChangesList migration={migration} />
        </>
      )}
      <IssuesBar issues={issues} />
    </section>
  );
}
