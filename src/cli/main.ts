/**
 * `abc-segmenter`: the engine without Excel – one pipeline for every run: the input file is opened once as a
 * file host, the shared flows prepare and run the segmentation on it (saved settings first, then what the user
 * typed), and the result is printed (report or `--json`) and, with `-o`, the edited workbook written.
 */
import type { ColumnChoice, SavedOptions } from '../core/layout/writePlan';
import { isSegmentationError } from '../core/segmentationError';
import type { Issue, Locale } from '../core/types';
import { runSegmentation, type Preparation } from '../flows/segmentFlow';
import type { FileHost } from '../hosts/file/fileHost';
import { openFileHost } from '../hosts/file/openFileHost';
import type { RaggedRow } from '../hosts/file/readCsv';
import { ArgumentError, parseArguments, type CliArguments } from './parseArguments';
import { prepareRun } from './prepareRun';
import { printReport } from './printReport';
import { chooseColumns } from './resolveColumns';
import { toJson } from './toJson';
import { USAGE } from './usage';
import { checkOutputPath, writeOutputFile } from './writeSegmentedWorkbook';

/**
 * Run the command line with `argv` (arguments after the script) and return the exit status.
 * Rule: 0 done; 2 bad input (argument errors and every SegmentationError) with one line on stderr, no stack;
 * 1 an unexpected error: its message, and its stack only when the environment sets ABC_DEBUG.
 * Output goes to stdout in one write: the report, or with `--json` the JSON contract (`toJson`).
 *
 * @example await main(['customers.csv', '--json']) // => 0, with the JSON on stdout
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArguments(argv);
    if (args.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const hostLocale: Locale = args.locale ?? 'en';
    if (args.output) checkOutputPath(args.input, args.output);
    const { host, outputExtension } = await openFileHost(args.input, {
      sheetName: args.sheet,
      locale: hostLocale,
      forOutput: args.output !== undefined,
    });
    if (args.output) checkOutputPath(args.input, args.output, outputExtension);
    const preparation = await prepareRun(host, {
      locale: hostLocale,
      revenueNamed: args.revenue !== undefined,
    });
    const source = preparation.located.source;
    const columns: ColumnChoice = chooseColumns(
      preparation.headers,
      source.firstColumn,
      args,
      preparation.saved ? preparation.columns : guessed(preparation),
    );
    const outputLocale: Locale = args.locale ?? preparation.outputLocale;
    const outcome = await runSegmentation(host, preparation, {
      columns,
      options: chosenOptions(args, preparation.options),
      outputLocale,
    });
    let dropped: string[] = [];
    if (args.output) {
      const saved = host.save();
      writeOutputFile(args.output, saved.bytes);
      dropped = saved.dropped;
    }
    const fileIssues = raggedIssues(host, outputLocale);
    if (args.json) {
      writeInChunks(toJson(outcome.result, fileIssues));
      process.stdout.write('\n');
    } else {
      process.stdout.write(
        printReport(outcome.result, outputLocale, {
          input: args.input,
          columns,
          fileIssues,
          output: args.output,
          dropped,
        }),
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof ArgumentError || isSegmentationError(error)) {
      process.stderr.write(`abc-segmenter: ${oneLine(error.message)}\n`);
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

/** The prepared columns, or none when the preparation found no revenue column (the user must name it). */
function guessed(preparation: Preparation): ColumnChoice | null {
  return preparation.columns.revenue === '' ? null : preparation.columns;
}

/** Saved (or default) options, with the thresholds and number convention the user typed. */
function chosenOptions(args: CliArguments, prepared: SavedOptions): SavedOptions {
  return {
    ...prepared,
    a: args.a ?? prepared.a,
    b: args.b ?? prepared.b,
    parseLocale: args.locale ?? prepared.parseLocale,
  };
}

/** Rows of a CSV with a wrong number of cells, as issues (the engine cannot see them). */
function raggedIssues(host: FileHost, locale: Locale): Issue[] {
  return host.raggedRows().map((ragged): Issue => ({
    code: 'ragged-row',
    cell: null,
    row: ragged.row,
    message: raggedMessage(ragged, locale),
  }));
}

function raggedMessage(ragged: RaggedRow, locale: Locale): string {
  const short = ragged.cells < ragged.expected;
  if (locale === 'fi') {
    return (
      `Rivillä ${ragged.row} on ${ragged.cells} solua, ensimmäisellä rivillä ${ragged.expected}; ` +
      (short ? 'puuttuvat solut luettiin tyhjinä.' : 'ylimääräiset solut jätettiin huomiotta.')
    );
  }
  return (
    `Row ${ragged.row} has ${ragged.cells} cells where the first row has ${ragged.expected}; ` +
    (short ? 'the missing cells were read as blank.' : 'the extra cells were ignored.')
  );
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
