/**
 * `abc-segmenter sql …`: print the segmentation query and the summary query for a warehouse.
 */
import { segmentationSql } from '../core/sql/segmentationSql';
import { parseWarehouseArguments, sqlRequest } from './warehouseArguments';
import { WAREHOUSE_USAGE } from './warehouseUsage';

/**
 * Print the customer query, a blank line and the summary query for the arguments after `sql`; return 0.
 * Errors (arguments, unsafe names, thresholds) are thrown for main to report with exit status 2.
 *
 * @throws ArgumentError, SegmentationError
 * @example sqlCommand(['--dialect', 'duckdb', '--table', 'sales', '--customer', 'Customer', '--revenue', 'Amount']) // => 0
 */
export function sqlCommand(argv: readonly string[]): number {
  const args = parseWarehouseArguments(argv, 'sql');
  if (args.help) {
    process.stdout.write(WAREHOUSE_USAGE);
    return 0;
  }
  const queries = segmentationSql(sqlRequest(args, args.dialect!), args.locale ?? 'en');
  process.stdout.write(`${queries.customers}\n${queries.summary}`);
  return 0;
}
