import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { GroupSummary } from '../../core/types';
import { usePaneLanguage } from '../paneContext';
import { NumberHeaderCell, useResultTableStyles } from './resultTables';
import { format } from '../strings';

export interface GroupTableProps {
  /** The groups of segmentation.md §8, largest revenue first. */
  groups: readonly GroupSummary[];
  /** How many groups to list; the rest are counted. @default 5 */
  limit?: number;
}

const useNoteStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * The groups briefly: name, customers, A customers and share of all revenue, the largest first. The summary
 * sheet has the full table with each group's headline.
 */
export function GroupTable({ groups, limit = 5 }: GroupTableProps) {
  const { strings, formatters } = usePaneLanguage();
  const styles = { ...useResultTableStyles(), ...useNoteStyles() };
  const shown = groups.slice(0, limit);
  return (
    <>
      <Table size="extra-small" aria-label={strings.groupTableCaption} data-testid="group-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nameHeader}>{strings.groupColumnHeader}</TableHeaderCell>
            <NumberHeaderCell>{strings.customersColumn}</NumberHeaderCell>
            <NumberHeaderCell>{strings.groupAColumn}</NumberHeaderCell>
            <NumberHeaderCell>{strings.groupShareColumn}</NumberHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((group) => (
            <TableRow key={group.name}>
              <TableCell className={styles.name}>{group.name}</TableCell>
              <TableCell className={styles.number}>{formatters.count(group.customers)}</TableCell>
              <TableCell className={styles.number}>{formatters.count(group.classes.A.customers)}</TableCell>
              <TableCell className={styles.number}>{formatters.percent(group.share)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {groups.length > shown.length ? (
        <Text size={200} className={styles.note}>
          {format(strings.groupsMore, { count: formatters.count(groups.length - shown.length) })}
        </Text>
      ) : null}
    </>
  );
}
