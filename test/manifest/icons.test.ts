/**
 * The icons in assets/ are committed sources drawn by scripts/makeIcons.mjs; this keeps the two in step, so a
 * change to the design is a change to the script, not a hand-edited PNG.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '../..');

test('every committed icon is byte for byte what scripts/makeIcons.mjs draws', () => {
  // The generator is an ES module; a child Node process imports it and prints each PNG as base64.
  const script = `
    import { ICON_SIZES, encodePng, renderIcon } from './scripts/makeIcons.mjs';
    const out = {};
    for (const size of ICON_SIZES) out[size] = encodePng(size, size, renderIcon(size)).toString('base64');
    process.stdout.write(JSON.stringify(out));`;
  const drawn = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
    }),
  ) as Record<string, string>;
  expect(Object.keys(drawn).map(Number)).toEqual([16, 32, 64, 80, 128]);
  for (const [size, base64] of Object.entries(drawn)) {
    const committed = fs.readFileSync(path.join(repoRoot, 'assets', `icon-${size}.png`)).toString('base64');
    expect(committed).toBe(base64);
  }
});
