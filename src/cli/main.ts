/**
 * `abc-segmenter`: the engine without Excel – read a file, segment, print (or write a workbook).
 */
import * as fs from 'fs';
import * as path from 'path';
import { segment } from '../core/segment';
import { isSegmentationError } from '../core/segmentationError';
import { renderError } from '../core/messages/renderError';
import type { Issue, Locale, SegmentationOptions, SegmentationResult } from '../core/types';
import { openSource, type OpenedSource } from './openSource';
import { ArgumentError, parseArguments, type CliArguments } from './parseArguments';
import { printReport } from './printReport';
import { readSourceColumns } from './readSourceColumns';
import { toJson } from './toJson';
import { USAGE } from './usage';
import { warehouseLocale } from './warehouseArguments';

/**
 * Run the command line with `argv` (arguments after the script) and return the exit status.
 * Rule: 0 done; 2 bad input (argument errors and every SegmentationError) with one line on stderr, no stack;
 * 1 an unexpected error: its message, and its stack only when the environment sets ABC_DEBUG.
 * Output goes to stdout in one write: the report, or with `--json` the JSON contract (`toJson`).
 *
 * @example await main(['customers.csv', '--json']) // => 0, with the JSON on stdout
 */
export async function main(argv: readonly string[]): Promise<number> {
  endQuietlyWhenStdoutCloses();
  // The language errors are rendered in (the message catalogue): --locale, else English.
  let messageLocale: Locale = 'en';
  try {
    // The warehouse commands (issue 10) parse their own options: `sql` prints the query, `--db` runs it.
    const warehouseRun = argv.some((argument) => argument === '--db' || argument.startsWith('--db='));
    if (argv[0] === 'sql' || warehouseRun) messageLocale = warehouseLocale(argv);
    if (argv[0] === 'sql') return (await import('./sqlCommand')).sqlCommand(argv.slice(1));
    if (warehouseRun) return await (await import('./runDatabase')).runDatabase(argv);
    const args = parseArguments(argv);
    messageLocale = args.locale ?? 'en';
    if (args.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const outputLocale: Locale = args.locale ?? 'en';
    const source = await openSource(args);
    const { result, fileIssues, dropped } = args.output
      ? { ...(await writeWorkbook(args, source, outputLocale)), fileIssues: [] as Issue[] }
      : { ...runSegmentation(args, source, outputLocale), dropped: [] as string[] };
    const header = (column: number | null) => (column === null ? null : source.headers[column]);
    const names = {
      revenue: source.headers[source.columns.revenue],
      customer: header(source.columns.customer),
      potential: header(source.columns.potential),
      group: header(source.columns.group),
      previous: header(source.columns.previous),
      date: header(source.columns.date),
    };
    if (args.json) {
      writeInChunks(toJson(result, fileIssues));
      process.stdout.write('\n');
    } else {
      process.stdout.write(
        printReport(result, outputLocale, {
          input: args.input,
          columns: names,
          fileIssues,
          output: args.output,
          dropped,
        }),
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof ArgumentError || isSegmentationError(error)) {
      const text = (isSegmentationError(error) ? renderError(error, messageLocale) : null) ?? error.message;
      process.stderr.write(`abc-segmenter: ${oneLine(text)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error && process.env.ABC_DEBUG ? `\n${error.stack}` : '';
    process.stderr.write(
      `abc-segmenter: unexpected error: ${oneLine(message)}${stack || ' (set ABC_DEBUG=1 for details)'}\n`,
    );
    return 1;
  }
}

function runSegmentation(
  args: CliArguments,
  source: OpenedSource,
  outputLocale: Locale,
): { result: SegmentationResult; fileIssues: Issue[] } {
  const read = readSourceColumns(source, outputLocale);
  const previous = source.columns.previous;
  const result = segment(read.columns, {
    a: args.a,
    b: args.b,
    parseLocale: source.parseLocale,
    outputLocale,
    ...analysisOptions(args),
    ...(previous === null ? {} : { previousLabel: source.headers[previous] }),
  });
  return { result, fileIssues: read.fileIssues };
}

/**
 * `-o`: the workbook writer gets the columns this run resolved (header texts, or letters without a header), so the
 * report and the workbook describe the same mapping.
 */
async function writeWorkbook(
  args: CliArguments,
  source: OpenedSource,
  outputLocale: Locale,
): Promise<{ result: SegmentationResult; dropped: string[] }> {
  const output = args.output!;
  if (path.extname(output).toLowerCase() !== '.xlsx') {
    throw new ArgumentError(`-o writes an .xlsx workbook; "${output}" does not end in .xlsx`);
  }
  if (samePath(output, args.input)) {
    throw new ArgumentError(
      `-o ${output} is the input file; the input is never overwritten – choose another name`,
    );
  }
  // The columns this run resolved; null passes "no such column" (--customer none) on, not "guess".
  const name = (column: number | null) => (column === null ? null : source.headers[column]);
  // Loaded on demand: the workbook writer pulls in ExcelJS, which a plain CSV run should not pay for.
  const { writeSegmentedWorkbook } = await import('./writeSegmentedWorkbook');
  const outcome = await writeSegmentedWorkbook({
    input: args.input,
    output,
    sheet: args.sheet,
    columns: {
      revenue: name(source.columns.revenue) ?? undefined,
      customer: name(source.columns.customer),
      potential: name(source.columns.potential),
      group: name(source.columns.group),
      previous: name(source.columns.previous),
      date: name(source.columns.date),
    },
    options: { a: args.a, b: args.b, parseLocale: source.parseLocale, ...analysisOptions(args) },
    outputLocale,
  });
  // What the input held that the new workbook could not carry (charts, pivot tables …), when the writer says.
  const dropped = 'dropped' in outcome && Array.isArray(outcome.dropped) ? outcome.dropped.map(String) : [];
  return { result: outcome.result, dropped };
}

/** The §10–§11 options the command line was given (absent: the engine's defaults, or the saved ones). */
function analysisOptions(
  args: CliArguments,
): Pick<SegmentationOptions, 'thresholdMethod' | 'quietDays' | 'asOf'> {
  return {
    ...(args.thresholds ? { thresholdMethod: args.thresholds } : {}),
    ...(args.quietDays !== undefined ? { quietDays: args.quietDays } : {}),
    ...(args.asOf ? { asOf: args.asOf } : {}),
  };
}

/** The same file, also through a symbolic link or a different spelling of the path. */
function samePath(first: string, second: string): boolean {
  const real = (file: string) => {
    try {
      return fs.realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(first) === real(second);
}

/**
 * Write a long text to stdout in 16 MiB slices. Slices share the text's memory, and stdout to a file or pipe is
 * synchronous on Linux, so only one slice at a time is ever converted to bytes – not a second copy of a 190 MB
 * result (a million customers).
 */
function writeInChunks(text: string): void {
  const chunk = 1 << 24;
  for (let start = 0; start < text.length; start += chunk)
    process.stdout.write(text.slice(start, start + chunk));
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

let watchingStdout = false;

/**
 * A closed stdout (`abc-segmenter x.csv | head -1`) ends the run quietly: whoever read the output has what they
 * wanted, and a stack trace about EPIPE would be noise. Other stdout errors stay errors.
 */
function endQuietlyWhenStdoutCloses(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
