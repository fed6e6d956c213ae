/**
 * Arguments of the two warehouse commands: `abc-segmenter sql …` (print the query) and `abc-segmenter --db …`
 * (run it). Parsed here rather than in parseArguments, whose file commands take an input file instead.
 */
import type { SegmentationSqlRequest } from '../core/sql/segmentationSql';
import { isSqlDialect, SQL_DIALECTS, type SqlDialect } from '../core/sql/sqlDialect';
import type { Locale } from '../core/types';
import { ArgumentError, threshold } from './parseArguments';

/** A warehouse request from the command line: the query's request (table, columns, thresholds) and how to run it. */
export interface WarehouseArguments extends Omit<SegmentationSqlRequest, 'dialect'> {
  /** `sql` only. */
  dialect?: SqlDialect;
  /** `--db` only. */
  db?: string;
  locale?: Locale;
  json: boolean;
  output?: string;
  help: boolean;
}

const VALUE_OPTIONS = {
  '--dialect': 'dialect',
  '--db': 'db',
  '--table': 'table',
  '--customer': 'customer',
  '--revenue': 'revenue',
  '--potential': 'potential',
  '--a': 'a',
  '--b': 'b',
  '--locale': 'locale',
  '-o': 'output',
  '--output': 'output',
} as const;

type ValueKey = (typeof VALUE_OPTIONS)[keyof typeof VALUE_OPTIONS];

/**
 * Parse the arguments of `sql` (`mode` 'sql', argv after the word `sql`) or of a `--db` run (`mode` 'db').
 * Rule: the same option syntax as the file command (`--a 0.8`, `--a=80%`); --table, --customer and --revenue are
 * required (SQL has no header to guess from); `sql` needs --dialect and takes no --db, --json or -o; a `--db` run
 * takes no --dialect (the engine decides it). Names are passed on as given – quoting is the query's job.
 *
 * @throws ArgumentError with a one-line message.
 * @example parseWarehouseArguments(['--dialect', 'duckdb', '--table', 't', '--customer', 'c', '--revenue', 'r'], 'sql').dialect // => 'duckdb'
 */
export function parseWarehouseArguments(argv: readonly string[], mode: 'sql' | 'db'): WarehouseArguments {
  if (argv.includes('--help') || argv.includes('-h')) {
    return { table: '', customer: '', revenue: '', json: false, help: true };
  }
  const values: Partial<Record<ValueKey, string>> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const name = equals > 0 ? argument.slice(0, equals) : argument;
    if (name === '--json' && mode === 'db') {
      json = true;
    } else if (name in VALUE_OPTIONS) {
      const key = VALUE_OPTIONS[name as keyof typeof VALUE_OPTIONS];
      if (mode === 'sql' && (key === 'db' || key === 'output'))
        throw new ArgumentError(`sql prints the query; ${name} belongs to a --db run`);
      if (mode === 'db' && key === 'dialect')
        throw new ArgumentError('--dialect belongs to the sql command; --db runs in the engine it names');
      const value = equals > 0 ? argument.slice(equals + 1) : argv[++i];
      if (value === undefined || value === '') throw new ArgumentError(`${name} needs a value`);
      if (values[key] !== undefined) throw new ArgumentError(`${name} is given twice`);
      values[key] = value;
    } else if (argument.startsWith('-')) {
      throw new ArgumentError(`unknown option ${argument} (see --help)`);
    } else {
      throw new ArgumentError(
        mode === 'sql'
          ? `sql takes options only, not "${argument}" (see abc-segmenter sql --help)`
          : `a --db run reads the table named by --table, not the file "${argument}"`,
      );
    }
  }
  const dialect = values.dialect;
  if (mode === 'sql' && dialect === undefined)
    throw new ArgumentError(`sql needs --dialect ${SQL_DIALECTS.join('|')}`);
  if (dialect !== undefined && !isSqlDialect(dialect)) {
    throw new ArgumentError(`--dialect must be one of ${SQL_DIALECTS.join(', ')}, not "${dialect}"`);
  }
  for (const required of ['table', 'customer', 'revenue'] as const) {
    if (values[required] === undefined)
      throw new ArgumentError(`--${required} is required with ${mode === 'sql' ? 'sql' : '--db'}`);
  }
  const locale = values.locale;
  if (locale !== undefined && locale !== 'en' && locale !== 'fi') {
    throw new ArgumentError(`--locale must be en or fi, not "${locale}"`);
  }
  return {
    dialect,
    db: values.db,
    table: values.table!,
    customer: values.customer!,
    revenue: values.revenue!,
    potential: values.potential,
    a: values.a === undefined ? undefined : threshold('--a', values.a),
    b: values.b === undefined ? undefined : threshold('--b', values.b),
    locale,
    json,
    output: values.output,
    help: false,
  };
}

/**
 * The language to report errors in before the arguments are known to be valid: `--locale fi` (or `--locale=fi`)
 * anywhere in `argv`, else English.
 *
 * @example warehouseLocale(['--db', 'x', '--locale', 'fi']) // => 'fi'
 */
export function warehouseLocale(argv: readonly string[]): Locale {
  const at = argv.indexOf('--locale');
  return argv.includes('--locale=fi') || (at >= 0 && argv[at + 1] === 'fi') ? 'fi' : 'en';
}

/**
 * The query request of these arguments for `dialect`: the one place the command line's names and thresholds become
 * a SegmentationSqlRequest (`sql` prints it, `--db` runs it).
 * @example sqlRequest({ table: 'sales', customer: 'c', revenue: 'r', json: false, help: false }, 'duckdb').dialect // => 'duckdb'
 */
export function sqlRequest(args: WarehouseArguments, dialect: SqlDialect): SegmentationSqlRequest {
  const { table, customer, revenue, potential, a, b } = args;
  return { dialect, table, customer, revenue, potential, a, b };
}
