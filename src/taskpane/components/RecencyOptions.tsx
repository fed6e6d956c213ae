import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SavedOptions } from '../../core/layout/writePlan';
import { numberToText } from '../formatters';
import { usePaneLanguage } from '../paneContext';
import type { FormProblems } from '../validation';
import { NumberField } from './NumberField';

export interface RecencyOptionsProps {
  options: SavedOptions;
  onOptionsChange: (options: SavedOptions) => void;
  /** A date column is mapped; without one a note says what the fields need instead of showing them. */
  hasDate: boolean;
  problems: FormProblems;
  /** @default false */
  disabled?: boolean;
}

/** The quiet window of segmentation.md §11 when the saved options do not say. */
const DEFAULT_QUIET_DAYS = 90;

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
  date: { width: '100%', minWidth: 0 },
});

/**
 * The quiet window in days (default 90) and the as-of date (empty: the latest date in the data, never today's
 * date, so the same data always gives the same answer). The date is typed or picked in the browser's date field,
 * whose value is always `yyyy-mm-dd` whatever the display language.
 */
export function RecencyOptions(props: RecencyOptionsProps) {
  const { options, onOptionsChange, hasDate, problems } = props;
  const disabled = props.disabled ?? false;
  const { strings, locale } = usePaneLanguage();
  const styles = useStyles();
  // Without a date the fields would only be greyed out; the note says what they need instead.
  if (!hasDate) return <Text className={styles.note}>{strings.recencyNeedsDate}</Text>;
  return (
    <>
      <NumberField
        label={strings.quietDaysLabel}
        value={options.quietDays ?? DEFAULT_QUIET_DAYS}
        toText={(value) => numberToText(value, locale)}
        unit={strings.daysUnit}
        disabled={disabled}
        error={problems.quietDays === undefined ? undefined : strings[problems.quietDays]}
        onChange={(quietDays) => onOptionsChange({ ...options, quietDays })}
      />
      <Field
        label={strings.asOfLabel}
        hint={strings.asOfHint}
        validationMessage={problems.asOf === undefined ? undefined : strings[problems.asOf]}
        validationState={problems.asOf === undefined ? 'none' : 'error'}
      >
        <Input
          className={styles.date}
          type="date"
          value={options.asOf ?? ''}
          disabled={disabled}
          onChange={(_event, data) =>
            onOptionsChange({ ...options, asOf: data.value === '' ? null : data.value })
          }
        />
      </Field>
    </>
  );
}
