/**
 * Golden files, Script Lab style: every folder here is a case – `input.csv` (or `input.xlsx`), optional `args.json`
 * (extra command-line flags), and `expected.json` (the `--json` output). `error-*` cases expect exit 2 and a line
 * on stderr containing `expected-error.txt`. A case without its expected file FAILS and writes what the command
 * line printed to test-output/golden/<case>.actual.json for review – nothing is accepted unread.
 */
import * as fs from 'fs';
import * as path from 'path';
import { expectOneLineError, repoRoot, runCli } from '../cli/runCli';

const casesDir = __dirname;
const actualDir = path.join(repoRoot, 'test-output/golden');
const cases = fs
  .readdirSync(casesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function argsOf(folder: string): string[] {
  const file = path.join(folder, 'args.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}

function inputOf(folder: string): string {
  const input = ['input.csv', 'input.xlsx']
    .map((name) => path.join(folder, name))
    .find((file) => fs.existsSync(file));
  if (!input) throw new Error(`${folder} has no input.csv or input.xlsx`);
  return input;
}

function saveActual(name: string, text: string): string {
  fs.mkdirSync(actualDir, { recursive: true });
  const file = path.join(actualDir, `${name}.actual.json`);
  fs.writeFileSync(file, text);
  return file;
}

test('the golden folder has cases', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)('golden case %s', (name) => {
  const folder = path.join(casesDir, name);

  if (name.startsWith('error-')) {
    test('exits 2 with the expected one-line reason', () => {
      const run = runCli([inputOf(folder), ...argsOf(folder), '--json']);
      const expectedFile = path.join(folder, 'expected-error.txt');
      if (!fs.existsSync(expectedFile)) {
        const saved = saveActual(name, JSON.stringify({ status: run.status, stderr: run.stderr }, null, 2));
        throw new Error(`no expected-error.txt: review ${saved}\n${run.stderr}`);
      }
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr).toContain(fs.readFileSync(expectedFile, 'utf8').trim());
    });
    return;
  }

  test('prints the expected --json result', () => {
    const run = runCli([inputOf(folder), ...argsOf(folder), '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const actual: unknown = JSON.parse(run.stdout);
    const expectedFile = path.join(folder, 'expected.json');
    if (!fs.existsSync(expectedFile)) {
      const pretty = `${JSON.stringify(actual, null, 2)}\n`;
      const saved = saveActual(name, pretty);
      throw new Error(`no expected.json: review ${saved}, then copy it to ${expectedFile}\n${pretty}`);
    }
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
  });
});
