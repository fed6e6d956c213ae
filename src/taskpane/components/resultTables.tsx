/**
 * What the pane's small result tables share: numbers right-aligned in tabular figures under right-aligned
 * headers, and a name column that wraps at words and takes the room the short numbers do not need.
 */
import { makeStyles, TableHeaderCell } from '@fluentui/react-components';

export const useResultTableStyles = makeStyles({
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  headerNumber: { '& > button, & > div': { justifyContent: 'flex-end' }, textAlign: 'end' },
  name: { overflowWrap: 'break-word' },
  // Names are the longest cells: give them the room the short numbers do not need.
  nameHeader: { width: '40%' },
});

export interface NumberHeaderCellProps {
  /** The header text. */
  children: string;
}

/** A header over a column of numbers, right-aligned like them. */
export function NumberHeaderCell({ children }: NumberHeaderCellProps) {
  const styles = useResultTableStyles();
  return <TableHeaderCell className={styles.headerNumber}>{children}</TableHeaderCell>;
}
