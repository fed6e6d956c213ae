/**
 * `-o` loses nothing of a real workbook: for every .xlsx/.xlsm of the corpus that the plain run accepts, the
 * written package holds every part of the input, byte for byte, except the parts a run must edit (the source
 * sheet, its table, the workbook part and its relationships, the content types and the style sheet); sheets,
 * notes, names, links, validations, merges, charts, pivots, media, macros, query tables, XML maps and chart
 * sheets are all parts, so all are compared. A refusal is allowed only as exit 2 with one sentence.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { decodeSettings } from '../../src/core/layout/settingsCodec';
import type { SavedSettings } from '../../src/core/layout/writePlan';
import { SETTINGS_SHEET_NAME } from '../../src/hosts/file/settingsSheet';
import { openXlsxBook, relsPathOf } from '../../src/hosts/file/xlsxBook';
import { openZip } from '../../src/hosts/file/zipArchive';
import { hasSharedData, repoRoot, sharedData } from '../support/sharedData';

const inRepo = path.join(repoRoot, 'test/fixtures/corpus-xlsx');
const shared = sharedData('corpus/poi');
const workbooks = (folder: string) =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((name) => /\.xls[xm]$/i.test(name))
        .map((name) => path.join(folder, name))
    : [];
const files = [...workbooks(inRepo), ...(hasSharedData ? workbooks(shared) : [])];
if (!hasSharedData || workbooks(shared).length === 0) {
  console.warn(
    `corpus folder absent (${shared}): only the ${workbooks(inRepo).length} files of test/fixtures/corpus-xlsx are compared`,
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));

/** What became of each file, printed at the end: how many were written and compared, and why the others were not. */
const outcomes = { plainRefused: 0, written: 0, withoutHeaderCells: 0, refused: new Map<string, number>() };
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  const refused = [...outcomes.refused].map(([reason, count]) => `  ${count} × ${reason}`).join('\n');
  console.log(
    `corpus -o over ${files.length} workbooks: ${outcomes.written} written and compared ` +
      `(${outcomes.withoutHeaderCells} of them without header cells: no header row, data from row 1), ` +
      `${outcomes.plainRefused} refused by the plain run, ${files.length - outcomes.written - outcomes.plainRefused} refused by -o` +
      (refused ? `:\n${refused}` : ''),
  );
});

/** A refusal without its file, sheet and cell names, so that equal causes count together. */
const reasonOf = (stderr: string) =>
  stderr
    .trim()
    .replace(/^abc-segmenter: /, '')
    .replace(/^The source .+?![A-Z]+\d+(?::[A-Z]+\d+)? /, 'The source X ')
    .replace(/^Cells \S+ /, 'Cells X ')
    .slice(0, 80);

async function run(argv: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(argv), stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** The settings a run saved in the workbook it wrote. */
function settingsOf(output: Uint8Array): SavedSettings {
  const after = openXlsxBook(openZip(output, 'out'), 'out');
  const settingsSheet = after.worksheets().find((sheet) => sheet.name === SETTINGS_SHEET_NAME)!;
  const json = after.cellsOf(settingsSheet).valueAt(1, 1);
  return decodeSettings(typeof json === 'string' ? json : null, 'en').settings!;
}

/** The parts a run may change: the source sheet, its table, workbook, workbook rels, content types, styles. */
function editedParts(input: string, output: Uint8Array): Set<string> {
  const before = openXlsxBook(openZip(fs.readFileSync(input), 'in'), 'in');
  const settings = settingsOf(output);
  const source = before.worksheets().find((sheet) => sheet.name === settings.source.sheetName)!;
  const edited = new Set([
    source.path,
    before.workbookPath,
    relsPathOf(before.workbookPath),
    '[Content_Types].xml',
    ...before
      .relationshipsOf(before.workbookPath)
      .filter((r) => r.type === 'styles')
      .map((r) => r.target),
  ]);
  for (const table of before.tablesOf(source))
    if (table.name === settings.source.tableName) edited.add(table.path);
  return edited;
}

describe.each(files.map((file) => [path.basename(file), file]))('corpus %s', (name, file) => {
  test('-o keeps every part of the input that a run does not edit, byte for byte', async () => {
    const plain = await run([file, '--json']);
    expect([0, 2]).toContain(plain.status);
    if (plain.status !== 0) {
      outcomes.plainRefused++;
      return;
    }
    const output = path.join(dir, `out-${name}`);
    const written = await run([file, '-o', output]);
    expect(written.stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect([0, 2]).toContain(written.status);
    if (written.status !== 0) {
      expect(written.stderr.trim().split('\n')).toHaveLength(1);
      // A range without a header row on row 1 is written without header cells, not refused.
      expect(written.stderr).not.toMatch(/no header row and starts on row 1/);
      const reason = reasonOf(written.stderr);
      outcomes.refused.set(reason, (outcomes.refused.get(reason) ?? 0) + 1);
      return;
    }
    const bytes = fs.readFileSync(output);
    const input = openZip(fs.readFileSync(file), name);
    const out = openZip(bytes, name);
    const edited = editedParts(file, bytes);
    const changed = input.names.filter((part) => {
      if (!out.has(part)) return true;
      return !edited.has(part) && !Buffer.from(out.bytes(part)!).equals(Buffer.from(input.bytes(part)!));
    });
    expect(changed).toEqual([]);
    outcomes.written++;
    // The written workbook reads back, and a second run refreshes it: the same columns, not a second set.
    const againPath = path.join(dir, `again-${name}`);
    const again = await run([output, '-o', againPath]);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    const [once, twice] = [settingsOf(bytes).owned, settingsOf(fs.readFileSync(againPath)).owned];
    expect([twice.sheetName, twice.firstColumn, twice.headerCells]).toEqual([
      once.sheetName,
      once.firstColumn,
      once.headerCells,
    ]);
    if (once.headerCells === false) outcomes.withoutHeaderCells++;
  });
});
