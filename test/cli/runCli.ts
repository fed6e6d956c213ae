/**
 * Runs the real command line (`node bin/abc-segmenter.js …`) as a user does. lib/ must be built
 * (`npm test` builds it first; alone: `npx tsc -p tsconfig.cli.json`).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '../..');
const bin = path.join(repoRoot, 'bin/abc-segmenter.js');
const builtMain = path.join(repoRoot, 'lib/src/cli/main.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Path of a file in the repository's own fixtures. */
export function fixture(relative: string): string {
  return path.join(repoRoot, 'test/fixtures', relative);
}

/** Run the command line with `args`; throws a clear message when lib/ is not built. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  if (!fs.existsSync(builtMain)) {
    throw new Error(
      `${builtMain} is missing: build the command line first with \`npx tsc -p tsconfig.cli.json\``,
    );
  }
  const child = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ABC_DEBUG: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** A stderr of exactly one line with no stack trace. */
export function expectOneLineError(run: CliRun): void {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(lines[0]).toMatch(/^abc-segmenter: /);
}
