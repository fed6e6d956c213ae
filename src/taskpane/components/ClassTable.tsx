import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { AbcClass, ClassSummary } from '../../core/types';
import { usePaneLanguage } from '../paneContext';
import { NumberHeaderCell, useResultTableStyles } from './resultTables';

export interface ClassTableProps {
  /** Customers and revenue per class (segmentation.md §6). */
  classes: Readonly<Record<AbcClass, ClassSummary>>;
}

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

const useClassStyles = makeStyles({
  classCell: { fontWeight: 600, width: '44px' },
});

/** A, B and C: customers, % of customers, revenue, % of revenue. */
export function ClassTable({ classes }: ClassTableProps) {
  const { strings, formatters } = usePaneLanguage();
  const styles = { ...useResultTableStyles(), ...useClassStyles() };
  return (
    <Table size="extra-small" aria-label={strings.classTableCaption} data-testid="class-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.classCell}>{strings.classColumn}</TableHeaderCell>
          <NumberHeaderCell>{strings.customersColumn}</NumberHeaderCell>
          <NumberHeaderCell>{strings.customerShareColumn}</NumberHeaderCell>
          <NumberHeaderCell>{strings.revenueColumnHeader}</NumberHeaderCell>
          <NumberHeaderCell>{strings.revenueShareColumn}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {CLASSES.map((code) => {
          const row = classes[code];
          return (
            <TableRow key={code}>
              <TableCell className={styles.classCell}>{code}</TableCell>
              <TableCell className={styles.number}>{formatters.count(row.customers)}</TableCell>
              <TableCell className={styles.number}>{formatters.percent(row.customerShare)}</TableCell>
              <TableCell className={styles.number}>{formatters.money(row.revenue)}</TableCell>
              <TableCell className={styles.number}>{formatters.percent(row.revenueShare)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
