/**
 * `abc-segmenter`: the engine without Excel – one pipeline for every run: the input file is opened once as a
 * file host, the shared flows prepare and run the segmentation on it (saved settings first, then what the user
 * typed), and the result is printed (report or `--json`) and, with `-o`, the edited workbook written.
 */
import { renderError } from '../core/messages/renderError';
import { isSegmentationError } from '../core/segmentationError';
import type { Locale } from '../core/types';
import { ArgumentError, parseArguments } from './parseArguments';
import { printReport } from './printReport';
import { segmentFile } from './segmentFile';
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
    const run = await segmentFile({
      input: args.input,
      output: args.output,
      sheet: args.sheet,
      columns: args,
      a: args.a,
      b: args.b,
      thresholdMethod: args.thresholds,
      quietDays: args.quietDays,
      asOf: args.asOf,
      locale: args.locale,
    });
    const { outputLocale, fileIssues } = run;
    if (args.json) {
      writeInChunks(toJson(run.result, fileIssues));
      process.stdout.write('\n');
    } else {
      process.stdout.write(
        printReport(run.result, outputLocale, {
          input: args.input,
          columns: run.columns,
          fileIssues,
          output: args.output,
          dropped: run.dropped,
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
