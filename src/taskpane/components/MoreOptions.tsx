import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { SavedOptions } from '../../core/layout/writePlan';
import type { HighValueRule, Locale, PotentialSplitRule } from '../../core/types';
import { numberToText } from '../formatters';
import { usePaneLanguage } from '../paneContext';
import type { FormProblems } from '../validation';
import { NumberField } from './NumberField';
import { RecencyOptions } from './RecencyOptions';

export interface MoreOptionsProps {
  options: SavedOptions;
  onOptionsChange: (options: SavedOptions) => void;
  /** Language of what is written into the workbook. */
  outputLocale: Locale;
  onOutputLocaleChange: (locale: Locale) => void;
  /** A potential column is mapped (the value-matrix options apply). */
  hasPotential: boolean;
  /** A date column is mapped (the quiet window and as-of date apply). @default false */
  hasDate?: boolean;
  problems: FormProblems;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

/** A remembered amount for the "revenue at least" rule when the user switches back and forth. */
const DEFAULT_AMOUNT = 10000;

/** High-value rule, potential split, quiet window, as-of date and output language, under "More options". */
export function MoreOptions(props: MoreOptionsProps) {
  const { options, onOptionsChange, outputLocale, onOutputLocaleChange, hasPotential, problems } = props;
  const disabled = props.disabled ?? false;
  const { strings, locale } = usePaneLanguage();
  const styles = useStyles();
  const matrixDisabled = disabled || !hasPotential;
  const amount = options.highValue.rule === 'revenueAtLeast' ? options.highValue.amount : DEFAULT_AMOUNT;
  const splitValue = options.potentialSplit.rule === 'fixed' ? options.potentialSplit.value : 0;

  const setHighValue = (highValue: HighValueRule) => onOptionsChange({ ...options, highValue });
  const setSplit = (potentialSplit: PotentialSplitRule) => onOptionsChange({ ...options, potentialSplit });

  return (
    <Accordion collapsible>
      <AccordionItem value="more">
        <AccordionHeader>{strings.moreOptions}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            {hasPotential ? null : <Text className={styles.note}>{strings.valueMatrixNeedsPotential}</Text>}
            <Field label={strings.highValueLabel}>
              <RadioGroup
                value={options.highValue.rule}
                disabled={matrixDisabled}
                onChange={(_event, data) => {
                  if (data.value === 'A' || data.value === 'AB') setHighValue({ rule: data.value });
                  else setHighValue({ rule: 'revenueAtLeast', amount });
                }}
              >
                <Radio value="A" label={strings.highValueA} />
                <Radio value="AB" label={strings.highValueAB} />
                <Radio value="revenueAtLeast" label={strings.highValueAmount} />
              </RadioGroup>
            </Field>
            {options.highValue.rule === 'revenueAtLeast' ? (
              <NumberField
                label={strings.highValueAmountLabel}
                value={amount}
                toText={(value) => numberToText(value, locale)}
                disabled={matrixDisabled}
                error={problems.amount === undefined ? undefined : strings[problems.amount]}
                onChange={(value) => setHighValue({ rule: 'revenueAtLeast', amount: value })}
              />
            ) : null}
            <Field label={strings.potentialSplitLabel}>
              <RadioGroup
                value={options.potentialSplit.rule}
                disabled={matrixDisabled}
                onChange={(_event, data) =>
                  setSplit(data.value === 'fixed' ? { rule: 'fixed', value: splitValue } : { rule: 'median' })
                }
              >
                <Radio value="median" label={strings.potentialSplitMedian} />
                <Radio value="fixed" label={strings.potentialSplitFixed} />
              </RadioGroup>
            </Field>
            {options.potentialSplit.rule === 'fixed' ? (
              <NumberField
                label={strings.potentialSplitValueLabel}
                value={splitValue}
                toText={(value) => numberToText(value, locale)}
                disabled={matrixDisabled}
                error={problems.split === undefined ? undefined : strings[problems.split]}
                onChange={(value) => setSplit({ rule: 'fixed', value })}
              />
            ) : null}
            <RecencyOptions
              options={options}
              onOptionsChange={onOptionsChange}
              hasDate={props.hasDate ?? false}
              problems={problems}
              disabled={disabled}
            />
            <Field label={strings.outputLanguageLabel}>
              <RadioGroup
                value={outputLocale}
                disabled={disabled}
                layout="horizontal"
                onChange={(_event, data) => onOutputLocaleChange(data.value === 'fi' ? 'fi' : 'en')}
              >
                <Radio value="en" label={strings.languageEnglish} />
                <Radio value="fi" label={strings.languageFinnish} />
              </RadioGroup>
            </Field>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
