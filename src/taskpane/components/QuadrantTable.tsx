import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { QUADRANT_ACTIONS, QUADRANT_LABELS } from '../../core/labels';
import type { QuadrantCode, QuadrantSummary } from '../../core/types';
import { usePaneLanguage } from '../paneContext';

export interface QuadrantTableProps {
  /** Customers and revenue per quadrant; empty without a potential column. */
  quadrants: Readonly<Partial<Record<QuadrantCode, QuadrantSummary>>>;
}

const QUADRANTS: readonly QuadrantCode[] = ['++', '+-', '-+', '--'];

const useStyles = makeStyles({
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', verticalAlign: 'top' },
  headerNumber: { textAlign: 'end', '& > button, & > div': { justifyContent: 'flex-end' } },
  group: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  countColumn: { width: '72px' },
  revenueColumn: { width: '88px' },
});

/** The value matrix: each quadrant's label and what to do, with its customers and revenue. */
export function QuadrantTable({ quadrants }: QuadrantTableProps) {
  const { strings, formatters, locale } = usePaneLanguage();
  const styles = useStyles();
  return (
    <Table size="small" aria-label={strings.quadrantTableCaption} data-testid="quadrant-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.quadrantColumn}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.headerNumber, styles.countColumn)}>
            {strings.customersColumn}
          </TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.headerNumber, styles.revenueColumn)}>
            {strings.revenueColumnHeader}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {QUADRANTS.map((code) => {
          const row = quadrants[code] ?? { customers: 0, revenue: 0 };
          return (
            <TableRow key={code}>
              <TableCell className={styles.group}>
                <TableCellLayout description={QUADRANT_ACTIONS[locale][code]}>
                  {QUADRANT_LABELS[locale][code]}
                </TableCellLayout>
              </TableCell>
              <TableCell className={styles.number}>{formatters.count(row.customers)}</TableCell>
              <TableCell className={styles.number}>{formatters.money(row.revenue)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
