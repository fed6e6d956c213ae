import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SegmentRequest } from '../../flows/segmentFlow';
import { usePaneLanguage } from '../paneContext';
import type { FormState } from '../segmentationState';
import type { FormProblems } from '../validation';
import { ColumnMapping } from './ColumnMapping';
import { MoreOptions } from './MoreOptions';
import { SourceSummary } from './SourceSummary';
import { ThresholdFields } from './ThresholdFields';
import { ThresholdMethodChoice } from './ThresholdMethodChoice';

export interface SegmentationFormProps {
  form: FormState;
  problems: FormProblems;
  onRequestChange: (request: SegmentRequest) => void;
  onDetectAgain: () => void;
  /** A run or a preparation is under way. @default false */
  busy?: boolean;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: 600,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Source, columns, thresholds (fixed or computed) and more options: everything a run is asked to do. */
export function SegmentationForm({
  form,
  problems,
  onRequestChange,
  onDetectAgain,
  busy = false,
}: SegmentationFormProps) {
  const { strings } = usePaneLanguage();
  const styles = useStyles();
  const { preparation, request } = form;
  const method = request.options.thresholdMethod ?? 'fixed';
  return (
    <>
      <section className={styles.section} aria-labelledby="source-heading">
        <h2 id="source-heading" className={styles.heading}>
          {strings.sourceHeading}
        </h2>
        <SourceSummary
          located={preparation.located}
          hasHeader={preparation.hasHeader}
          fromSavedSettings={preparation.saved !== null}
          onDetectAgain={onDetectAgain}
          disabled={busy}
        />
      </section>
      <section className={styles.section} aria-labelledby="columns-heading">
        <h2 id="columns-heading" className={styles.heading}>
          {strings.columnsHeading}
        </h2>
        <ColumnMapping
          headers={preparation.headers}
          columns={request.columns}
          disabled={busy}
          onChange={(columns) => onRequestChange({ ...request, columns })}
        />
      </section>
      <section className={styles.section} aria-labelledby="classes-heading">
        <h2 id="classes-heading" className={styles.heading}>
          {strings.thresholdsHeading}
        </h2>
        <ThresholdMethodChoice
          method={method}
          disabled={busy}
          onChange={(thresholdMethod) =>
            onRequestChange({ ...request, options: { ...request.options, thresholdMethod } })
          }
        />
        {method === 'fixed' ? (
          <>
            <Text size={200} className={styles.hint}>
              {strings.thresholdsHint}
            </Text>
            <ThresholdFields
              a={request.options.a}
              b={request.options.b}
              problems={problems}
              disabled={busy}
              onChange={({ a, b }) => onRequestChange({ ...request, options: { ...request.options, a, b } })}
            />
          </>
        ) : null}
      </section>
      <MoreOptions
        options={request.options}
        outputLocale={request.outputLocale}
        hasPotential={request.columns.potential !== null}
        hasDate={(request.columns.date ?? null) !== null}
        problems={problems}
        disabled={busy}
        onOptionsChange={(options) => onRequestChange({ ...request, options })}
        onOutputLocaleChange={(outputLocale) => onRequestChange({ ...request, outputLocale })}
      />
    </>
  );
}
