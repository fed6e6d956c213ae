import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { RecencySummary } from '../../core/types';
import { usePaneLanguage } from '../paneContext';
import { NumberHeaderCell, useResultTableStyles } from './resultTables';
import { format } from '../strings';

export interface QuietCustomersProps {
  /** Recency of segmentation.md §11. */
  recency: RecencySummary;
  /** How many quiet A customers to name. @default 5 */
  limit?: number;
}

/**
 * How many A and B customers have gone quiet, and the top quiet A customers by revenue – the first calls to
 * make. The summary sheet lists more.
 */
export function QuietCustomers({ recency, limit = 5 }: QuietCustomersProps) {
  const { strings, formatters } = usePaneLanguage();
  const styles = useResultTableStyles();
  if (recency.asOf === null) return <Text>{strings.quietNoDate}</Text>;
  const top = recency.quietA.slice(0, limit);
  return (
    <>
      <Text data-testid="quiet-summary">
        {format(strings.quietSummary, {
          a: formatters.count(recency.quiet.A.customers),
          b: formatters.count(recency.quiet.B.customers),
          days: formatters.count(recency.windowDays),
          asOf: recency.asOf,
        })}
      </Text>
      {top.length === 0 ? (
        <Text>{strings.noQuietA}</Text>
      ) : (
        <Text weight="semibold">{strings.quietTopCaption}</Text>
      )}
      {top.length === 0 ? null : (
        <Table size="extra-small" aria-label={strings.quietTopCaption} data-testid="quiet-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.nameHeader}>{strings.quietCustomerColumn}</TableHeaderCell>
              <NumberHeaderCell>{strings.revenueColumnHeader}</NumberHeaderCell>
              <NumberHeaderCell>{strings.quietDaysColumn}</NumberHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {top.map((customer) => (
              <TableRow key={customer.key}>
                <TableCell className={styles.name}>{customer.name}</TableCell>
                <TableCell className={styles.number}>{formatters.money(customer.revenue)}</TableCell>
                <TableCell className={styles.number}>{formatters.count(customer.daysSince)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
