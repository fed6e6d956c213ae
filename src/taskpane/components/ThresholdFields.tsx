import { makeStyles, tokens } from '@fluentui/react-components';
import { fractionToPercentText } from '../formatters';
import { usePaneLanguage } from '../paneContext';
import type { FormProblems } from '../validation';
import { NumberField } from './NumberField';

export interface ThresholdFieldsProps {
  /** A threshold as a fraction (0.8 = 80 %); NaN while not a number. */
  a: number;
  /** B threshold as a fraction (0.95 = 95 %). */
  b: number;
  onChange: (thresholds: { a: number; b: number }) => void;
  /** Problems of the form; only `a` and `b` are shown here. */
  problems: FormProblems;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
});

/** The A and B thresholds in percent, validated 0 < A < B ≤ 100. */
export function ThresholdFields(props: ThresholdFieldsProps) {
  const { a, b, onChange, problems, disabled = false } = props;
  const { strings, locale } = usePaneLanguage();
  const styles = useStyles();
  const toText = (percent: number) => fractionToPercentText(percent / 100, locale);
  return (
    <div className={styles.row}>
      <NumberField
        label={strings.thresholdA}
        value={a * 100}
        toText={toText}
        unit="%"
        disabled={disabled}
        error={problems.a === undefined ? undefined : strings[problems.a]}
        onChange={(percent) => onChange({ a: percent / 100, b })}
      />
      <NumberField
        label={strings.thresholdB}
        value={b * 100}
        toText={toText}
        unit="%"
        disabled={disabled}
        error={problems.b === undefined ? undefined : strings[problems.b]}
        onChange={(percent) => onChange({ a, b: percent / 100 })}
      />
    </div>
  );
}
