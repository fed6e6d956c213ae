import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Located } from '../../hosts/workbookHost';
import { usePaneLanguage } from '../paneContext';
import { format } from '../strings';

export interface SourceSummaryProps {
  located: Located;
  /** The source's header row counts as a row of the source but not of the data. */
  hasHeader: boolean;
  /** The source is the one saved by the last run. */
  fromSavedSettings: boolean;
  /** Locate the source around the current selection instead. */
  onDetectAgain: () => void;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  place: { fontWeight: 600 },
  note: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', paddingTop: tokens.spacingVerticalXS },
});

/** Where the data is: table or range, sheet, number of data rows. */
export function SourceSummary(props: SourceSummaryProps) {
  const { located, hasHeader, fromSavedSettings, onDetectAgain, disabled = false } = props;
  const { strings, formatters } = usePaneLanguage();
  const styles = useStyles();
  const { source } = located;
  const place =
    source.tableName === null
      ? format(strings.sourceRange, { address: source.address, sheet: source.sheetName })
      : format(strings.sourceTable, { table: source.tableName, sheet: source.sheetName });
  const dataRows = Math.max(0, source.rowCount - (hasHeader ? 1 : 0));
  return (
    <div className={styles.box} data-testid="source">
      <Text className={styles.place}>{place}</Text>
      <Text>{format(strings.sourceRows, { rows: formatters.count(dataRows) })}</Text>
      {fromSavedSettings ? <Text className={styles.note}>{strings.sourceSaved}</Text> : null}
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" onClick={onDetectAgain} disabled={disabled}>
          {strings.detectAgain}
        </Button>
      </div>
    </div>
  );
}
