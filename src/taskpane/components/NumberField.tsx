import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { parseTypedNumber } from '../validation';

export interface NumberFieldProps {
  /** Visible label of the field. */
  label: string;
  /** The number shown; NaN while the typed text is not a number. */
  value: number;
  /** Text for a value in the UI language (e.g. `80`, `95,5`). */
  toText: (value: number) => string;
  /** Called with the parsed number, or NaN when the text is not a number. */
  onChange: (value: number) => void;
  /** Error sentence shown under the field. @default undefined (no error) */
  error?: string;
  /** Help text under the field. @default undefined */
  hint?: string;
  /** Unit after the input, e.g. `%`. @default undefined */
  unit?: string;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  input: { width: '100%', minWidth: 0 },
});

const sameNumber = (x: number, y: number): boolean =>
  (Number.isNaN(x) && Number.isNaN(y)) || Math.abs(x - y) < 1e-9;

/** A decimal number typed freely (`,` or `.`), parsed on every keystroke, with its problem shown below. */
export function NumberField(props: NumberFieldProps) {
  const { label, value, toText, onChange, error, hint, unit, disabled = false } = props;
  const styles = useStyles();
  const [text, setText] = useState(() => toText(value));

  // A new value from outside (another preparation) replaces the text unless the text already means it;
  // deliberately only on a change of `value`, not of `text`.
  useEffect(() => {
    if (!sameNumber(parseTypedNumber(text), value)) setText(toText(value));
  }, [value]);

  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error === undefined ? 'none' : 'error'}
    >
      <Input
        className={styles.input}
        value={text}
        inputMode="decimal"
        disabled={disabled}
        contentAfter={unit}
        onChange={(_event, data) => {
          setText(data.value);
          onChange(parseTypedNumber(data.value));
        }}
      />
    </Field>
  );
}
