import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ThresholdMethod } from '../../core/types';
import { usePaneLanguage } from '../paneContext';

export interface ThresholdMethodChoiceProps {
  /** Fixed thresholds (the A and B fields) or computed from the data (segmentation.md §10). */
  method: ThresholdMethod;
  onChange: (method: ThresholdMethod) => void;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * "Thresholds: Fixed / Computed from the data". With computed thresholds a sentence says where A and B end
 * instead of the fields; the result shows the values the data gave.
 */
export function ThresholdMethodChoice({ method, onChange, disabled = false }: ThresholdMethodChoiceProps) {
  const { strings } = usePaneLanguage();
  const styles = useStyles();
  return (
    <>
      <Field label={strings.thresholdMethodLabel}>
        <RadioGroup
          value={method}
          layout="horizontal"
          disabled={disabled}
          onChange={(_event, data) => onChange(data.value === 'computed' ? 'computed' : 'fixed')}
        >
          <Radio value="fixed" label={strings.thresholdMethodFixed} />
          <Radio value="computed" label={strings.thresholdMethodComputed} />
        </RadioGroup>
      </Field>
      {method === 'computed' ? (
        <Text size={200} className={styles.hint} data-testid="computed-hint">
          {strings.thresholdComputedHint}
        </Text>
      ) : null}
    </>
  );
}
