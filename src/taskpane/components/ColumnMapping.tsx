import { Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { ColumnChoice } from '../../core/layout/writePlan';
import { usePaneLanguage } from '../paneContext';

const NONE = 'none';

export interface ColumnMappingProps {
  /** Header texts of the source (column letters when it has no header row). */
  headers: readonly string[];
  /** The mapped columns by header text. */
  columns: ColumnChoice;
  onChange: (columns: ColumnChoice) => void;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dropdown: { minWidth: 'unset', width: '100%' },
});

interface ColumnDropdownProps {
  label: string;
  hint: string;
  headers: readonly string[];
  /** Selected header text, or null for "none". */
  selected: string | null;
  /** Offer "None" (optional columns). */
  optional: boolean;
  onSelect: (header: string | null) => void;
  disabled: boolean;
}

/** Option values are column positions, so two columns with the same header text stay distinct. */
function ColumnDropdown(props: ColumnDropdownProps) {
  const { label, hint, headers, selected, optional, onSelect, disabled } = props;
  const { strings } = usePaneLanguage();
  const styles = useStyles();
  const index = selected === null ? -1 : headers.indexOf(selected);
  const value = selected === null ? (optional ? strings.noneOption : '') : index >= 0 ? selected : '';
  const selectedOptions = index >= 0 ? [String(index)] : selected === null && optional ? [NONE] : [];
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        className={styles.dropdown}
        value={value}
        selectedOptions={selectedOptions}
        disabled={disabled}
        onOptionSelect={(_event, data) => {
          const chosen = data.optionValue;
          if (chosen === undefined) return;
          onSelect(chosen === NONE ? null : (headers[Number(chosen)] ?? null));
        }}
      >
        {optional ? <Option value={NONE}>{strings.noneOption}</Option> : null}
        {headers.map((header, position) => (
          <Option key={position} value={String(position)}>
            {header}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * Revenue (required), then customer, potential, group, previous period and date (optional) as dropdowns of the
 * source's headers; the optional ones offer "None".
 */
export function ColumnMapping(props: ColumnMappingProps) {
  const { headers, columns, onChange, disabled = false } = props;
  const { strings } = usePaneLanguage();
  const styles = useStyles();
  return (
    <div className={styles.group}>
      <ColumnDropdown
        label={strings.revenueColumn}
        hint={strings.revenueHint}
        headers={headers}
        selected={columns.revenue}
        optional={false}
        disabled={disabled}
        onSelect={(header) => header !== null && onChange({ ...columns, revenue: header })}
      />
      <ColumnDropdown
        label={strings.customerColumn}
        hint={strings.customerHint}
        headers={headers}
        selected={columns.customer}
        optional
        disabled={disabled}
        onSelect={(header) => onChange({ ...columns, customer: header })}
      />
      <ColumnDropdown
        label={strings.potentialColumn}
        hint={strings.potentialHint}
        headers={headers}
        selected={columns.potential}
        optional
        disabled={disabled}
        onSelect={(header) => onChange({ ...columns, potential: header })}
      />
      <ColumnDropdown
        label={strings.groupColumn}
        hint={strings.groupHint}
        headers={headers}
        selected={columns.group ?? null}
        optional
        disabled={disabled}
        onSelect={(header) => onChange({ ...columns, group: header })}
      />
      <ColumnDropdown
        label={strings.previousColumn}
        hint={strings.previousHint}
        headers={headers}
        selected={columns.previous ?? null}
        optional
        disabled={disabled}
        onSelect={(header) => onChange({ ...columns, previous: header })}
      />
      <ColumnDropdown
        label={strings.dateColumn}
        hint={strings.dateHint}
        headers={headers}
        selected={columns.date ?? null}
        optional
        disabled={disabled}
        onSelect={(header) => onChange({ ...columns, date: header })}
      />
    </div>
  );
}
