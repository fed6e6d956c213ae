/**
 * The command line's arguments → a typed request, or a one-line reason why not.
 */
import type { Locale, ThresholdMethod } from '../core/types';
import { isoSerial } from '../core/excelSerial';

/** A request from the command line. */
export interface CliArguments {
  input: string;
  sheet?: string;
  customer?: string;
  revenue?: string;
  potential?: string;
  /** Group column (§8): header text or letter; `none` for no group. */
  group?: string;
  /** Previous-period revenue column (§9); `none` for none. */
  previous?: string;
  /** Date column (§11); `none` for none. */
  date?: string;
  /** §10: fixed (`--a`, `--b`) or computed from the data. */
  thresholds?: ThresholdMethod;
  /** §11 quiet window in whole days. */
  quietDays?: number;
  /** §11 as-of date, `yyyy-mm-dd`. */
  asOf?: string;
  /** A threshold as given (the engine checks 0 < a < b ≤ 1). */
  a?: number;
  b?: number;
  /** Given: output language and number convention; absent: English output, convention from the file. */
  locale?: Locale;
  json: boolean;
  output?: string;
  help: boolean;
}

/** An argument the command line cannot use: exit 2 with this one-line message. */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

type ValueOption =
  | 'sheet'
  | 'customer'
  | 'revenue'
  | 'potential'
  | 'group'
  | 'previous'
  | 'date'
  | 'thresholds'
  | 'quietDays'
  | 'asOf'
  | 'a'
  | 'b'
  | 'locale'
  | 'output';

const VALUE_OPTIONS: Record<string, ValueOption> = {
  '--sheet': 'sheet',
  '--customer': 'customer',
  '--revenue': 'revenue',
  '--potential': 'potential',
  '--group': 'group',
  '--previous': 'previous',
  '--date': 'date',
  '--thresholds': 'thresholds',
  '--quiet-days': 'quietDays',
  '--as-of': 'asOf',
  '--a': 'a',
  '--b': 'b',
  '--locale': 'locale',
  '-o': 'output',
  '--output': 'output',
};

/**
 * Parse `argv` (without `node` and the script).
 * Rule: one input file; options take their value as the next argument or after `=` (`--a=0.7`); thresholds accept
 * a fraction (`0.8`) or a percentage (`80` or `80%`, anything above 1 is read as percent); `--thresholds` is
 * `fixed` or `computed`, and `computed` with `--a`/`--b` is a contradiction; `--quiet-days` is a whole number of
 * days ≥ 0; `--as-of` a real `yyyy-mm-dd` date; `--help` wins over every other problem. Unknown options, a missing value, a second file or no file are ArgumentErrors.
 *
 * @throws ArgumentError with a one-line message.
 * @example parseArguments(['sales.csv', '--a', '70%', '--json']) // => { input: 'sales.csv', a: 0.7, json: true, help: false }
 */
export function parseArguments(argv: readonly string[]): CliArguments {
  if (argv.includes('--help') || argv.includes('-h')) return { input: '', json: false, help: true };
  const values: Partial<Record<ValueOption, string>> = {};
  let input: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const name = equals > 0 ? argument.slice(0, equals) : argument;
    if (name === '--json') {
      json = true;
    } else if (name in VALUE_OPTIONS) {
      const value = equals > 0 ? argument.slice(equals + 1) : argv[++i];
      if (value === undefined || value === '') throw new ArgumentError(`${name} needs a value`);
      const key = VALUE_OPTIONS[name];
      if (values[key] !== undefined) throw new ArgumentError(`${name} is given twice`);
      values[key] = value;
    } else if (argument.startsWith('-') && argument !== '-') {
      throw new ArgumentError(`unknown option ${argument} (see --help)`);
    } else if (input === undefined) {
      input = argument;
    } else {
      throw new ArgumentError(`one input file only: got "${input}" and "${argument}"`);
    }
  }
  if (input === undefined)
    throw new ArgumentError('no input file: abc-segmenter FILE.xlsx|FILE.csv (see --help)');
  const locale = values.locale;
  if (locale !== undefined && locale !== 'en' && locale !== 'fi') {
    throw new ArgumentError(`--locale must be en or fi, not "${locale}"`);
  }
  const method = values.thresholds?.trim().toLowerCase();
  if (method !== undefined && method !== 'fixed' && method !== 'computed') {
    throw new ArgumentError(`--thresholds must be fixed or computed, not "${values.thresholds}"`);
  }
  if (method === 'computed' && (values.a !== undefined || values.b !== undefined)) {
    throw new ArgumentError('--thresholds computed finds a and b in the data: leave out --a and --b');
  }
  const days = values.quietDays?.trim();
  if (days !== undefined && !/^\d+$/.test(days)) {
    throw new ArgumentError(
      `--quiet-days must be a whole number of days such as 90, not "${values.quietDays}"`,
    );
  }
  const asOf = values.asOf?.trim();
  if (asOf !== undefined && Number.isNaN(isoSerial(asOf))) {
    throw new ArgumentError(
      `--as-of must be a date written yyyy-mm-dd such as 2026-06-30, not "${values.asOf}"`,
    );
  }
  return {
    input,
    sheet: values.sheet,
    customer: values.customer,
    revenue: values.revenue,
    potential: values.potential,
    ...(values.group === undefined ? {} : { group: values.group }),
    ...(values.previous === undefined ? {} : { previous: values.previous }),
    ...(values.date === undefined ? {} : { date: values.date }),
    ...(method === undefined ? {} : { thresholds: method }),
    ...(days === undefined ? {} : { quietDays: Number(days) }),
    ...(asOf === undefined ? {} : { asOf }),
    a: values.a === undefined ? undefined : threshold('--a', values.a),
    b: values.b === undefined ? undefined : threshold('--b', values.b),
    locale,
    json,
    output: values.output,
    help: false,
  };
}

export function threshold(name: string, text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const number = Number((percent ? trimmed.slice(0, -1) : trimmed).replace(',', '.'));
  if (trimmed === '' || !Number.isFinite(number))
    throw new ArgumentError(`${name} must be a number such as 0.8, not "${text}"`);
  // "80" and "80%" both mean 80 %: nobody means a threshold of eighty times the revenue.
  return percent || number > 1 ? number / 100 : number;
}
