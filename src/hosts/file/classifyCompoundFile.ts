/**
 * What an OLE2 compound file holds: an Excel 97–2003 workbook, one protected by a password, a password-protected
 * .xlsx, or something else entirely.
 */
import type * as Sheetjs from '@e965/xlsx';

/**
 * - `workbook`: a BIFF workbook (`Workbook` or `Book` stream) without encryption;
 * - `encrypted-workbook`: the same with a FILEPASS record (opened only with its password);
 * - `encrypted-package`: an .xlsx/.xlsm encrypted by Excel ("Encrypt with Password"): `EncryptionInfo` and
 *   `EncryptedPackage` streams (MS-OFFCRYPTO §2.3.4);
 * - `not-a-workbook`: a readable compound file without a workbook (a Word .doc, a PowerPoint .ppt …);
 * - `damaged`: not readable as a compound file at all.
 */
type CompoundFileKind =
  'workbook' | 'encrypted-workbook' | 'encrypted-package' | 'not-a-workbook' | 'damaged';

/** BIFF record types met while looking for FILEPASS in the workbook globals. */
const FILEPASS = 0x002f;
const EOF = 0x000a;

/**
 * Classify a compound file (bytes starting D0 CF 11 E0) with SheetJS's CFB reader.
 * Rule: EncryptionInfo + EncryptedPackage → encrypted package; a Workbook/Book stream (in any letter case) whose globals substream
 * holds a FILEPASS record before its EOF record → encrypted workbook; a Workbook/Book stream otherwise →
 * workbook; no such stream → not a workbook; a CFB reader error → damaged.
 * O(size of the directory + globals substream).
 *
 * @example classifyCompoundFile(sheetjs, bytesOf('50833.xls')) // => 'encrypted-workbook'
 */
export function classifyCompoundFile(sheetjs: typeof Sheetjs, bytes: Uint8Array): CompoundFileKind {
  let names: string[];
  // CFB is typed `any` by SheetJS; only `read`, `find` and the entries' names and contents are used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SheetJS declares CFB as any
  let container: any;
  try {
    container = sheetjs.CFB.read(bytes, { type: 'buffer' });
    names = (container.FileIndex as { name: string }[]).map((entry) => entry.name);
  } catch {
    return 'damaged';
  }
  if (names.includes('EncryptionInfo') && names.includes('EncryptedPackage')) return 'encrypted-package';
  // Excel writes `Workbook` (BIFF8) or `Book` (BIFF5); other writers spell them in capitals, which Excel accepts.
  const stream =
    names.find((name) => name.toLowerCase() === 'workbook') ??
    names.find((name) => name.toLowerCase() === 'book') ??
    null;
  if (stream === null) return 'not-a-workbook';
  const entry = sheetjs.CFB.find(container, stream) as { content?: ArrayLike<number> } | null;
  const content = entry?.content;
  if (!content) return 'damaged';
  return hasFilePass(content) ? 'encrypted-workbook' : 'workbook';
}

/** A FILEPASS record among the records of the workbook globals (up to their EOF record). */
function hasFilePass(stream: ArrayLike<number>): boolean {
  let position = 0;
  while (position + 4 <= stream.length) {
    const type = stream[position] | (stream[position + 1] << 8);
    const length = stream[position + 2] | (stream[position + 3] << 8);
    if (type === FILEPASS) return true;
    if (type === EOF) return false;
    position += 4 + length;
  }
  return false;
}
