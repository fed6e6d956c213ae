/**
 * The command line's arguments → a typed request, or a one-line reason why not.
 */
import type { Locale } from '../core/types';

/** A request from the command line. */
export interface CliArguments {
  input: string;
  sheet?: string;
  customer?: string;
  revenue?: string;
  potential?: string;
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

const VALUE_OPTIONS: Record<
  string,
  'sheet' | 'customer' | 'revenue' | 'potential' | 'a' | 'b' | 'locale' | 'output'
> = {
  '--sheet': 'sheet',
  '--customer': 'customer',
  '--revenue': 'revenue',
  '--potential': 'potential',
  '--a': 'a',
  '--b': 'b',
  '--locale': 'locale',
  '-o': 'output',
  '--output': 'output',
};

/**
 * Parse `argv` (without `node` and the script).
 * Rule: one input file; options take their value as the next argument or after `=` (`--a=0.7`); thresholds accept
 * a fraction (`0.8`) or a percentage (`80` or `80%`, anything above 1 is read as percent); `--help` wins over every
 * other problem. Unknown options, a missing value, a second file or no file are ArgumentErrors.
 *
 * @throws ArgumentError with a one-line message.
 * @example parseArguments(['sales.csv', '--a', '70%', '--json']) // => { input: 'sales.csv', a: 0.7, json: true, help: false }
 */
export function parseArguments(argv: readonly string[]): CliArguments {
  if (argv.includes('--help') || argv.includes('-h')) return { input: '', json: false, help: true };
  const values: Partial<Record<(typeof VALUE_OPTIONS)[string], string>> = {};
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
  return {
    input,
    sheet: values.sheet,
    customer: values.customer,
    revenue: values.revenue,
    potential: values.potential,
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
