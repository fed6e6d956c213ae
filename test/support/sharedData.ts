/**
 * The read-only shared data folder (`<repo>/../shared/data`). A fresh clone without it still passes: tests that
 * need it run as a single test that says why it did nothing.
 */
import * as fs from 'fs';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '../..');
export const sharedDataDir = path.resolve(repoRoot, '../shared/data');
export const hasSharedData = fs.existsSync(sharedDataDir);

/** Path of a file in the shared data folder, e.g. `sharedData('samples/customers.csv')`. */
export function sharedData(relative: string): string {
  return path.join(sharedDataDir, relative);
}

/**
 * `describe` when the shared data is present; otherwise one test that logs that the block was not run
 * (the shared folder is not part of the repository).
 */
export function describeWithSharedData(name: string, body: () => void): void {
  if (hasSharedData) {
    describe(name, body);
  } else {
    test(`${name} (shared data absent: ${sharedDataDir})`, () => {
      console.warn(`shared data absent at ${sharedDataDir}: "${name}" not run`);
    });
  }
}
