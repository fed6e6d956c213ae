/**
 * Every real file gets an answer (issue 8, corpus/README.md): the command line over each file of the corpus ends
 * with exit 0 and a result, or exit 2 and one sentence on stderr – never exit 1, a stack trace, a library's own
 * words or a hang. The small selection in test/fixtures/corpus always runs; the whole shared corpus
 * (../shared/data/corpus/poi and csv) runs when it is there.
 *
 * In-process (`main`), so a run costs the reading, not Node's start and the loading of ExcelJS: ~400 files in a
 * minute instead of five. "No hang" is a generous per-file timeout, not a benchmark.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { hasSharedData, sharedData } from '../support/sharedData';

const BUNDLED = path.resolve(__dirname, '../fixtures/corpus');
const SHARED_FOLDERS = ['corpus/poi', 'corpus/csv'];
/** Far above any file's time here (the slowest takes ~2 s): only a hang reaches it. */
const NO_HANG_MS = 60000;

/** Words that only a library or the runtime says – never a sentence written for the user. */
const LIBRARY_WORDS =
  /Cannot (read|set) properties|is not a function|is not defined|undefined entity|Unexpected xml node|parseOpen|unexpected close tag|Bug :|size mismatch|Missing Info|TypeError|RangeError|SyntaxError|ENOENT|EPIPE|\bat .+:\d+:\d+/;

function filesIn(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file).isFile())
    .sort();
}

async function runMain(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** The rule every file must satisfy, asserted with the file named in the failure. */
async function expectAnswer(file: string): Promise<void> {
  const run = await runMain([file, '--json']);
  const answer = { file: path.basename(file), status: run.status, stderr: run.stderr };
  if (run.status === 0) {
    expect(answer).toEqual({ ...answer, stderr: '' });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    return;
  }
  expect(answer).toEqual({ ...answer, status: 2 });
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect({ ...answer, lines: lines.length }).toEqual({ ...answer, lines: 1 });
  expect(lines[0]).toMatch(/^abc-segmenter: \S/);
  expect(lines[0]).not.toMatch(LIBRARY_WORDS);
}

describe('corpus: the bundled selection gets an answer for every file', () => {
  test.each(filesIn(BUNDLED))('%s', (file) => expectAnswer(file), NO_HANG_MS);
});

if (hasSharedData && SHARED_FOLDERS.every((folder) => fs.existsSync(sharedData(folder)))) {
  describe('corpus: every shared corpus file gets an answer', () => {
    const files = SHARED_FOLDERS.flatMap((folder) => filesIn(sharedData(folder)));
    test.each(files)('%s', (file) => expectAnswer(file), NO_HANG_MS);
  });
} else {
  test('corpus: the shared corpus (../shared/data/corpus) is absent – only the bundled selection ran', () => {
    console.warn(`shared corpus absent at ${sharedData('corpus')}: only test/fixtures/corpus was run`);
  });
}
