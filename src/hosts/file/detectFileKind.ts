/**
 * What a file really is, from its first bytes – whatever its name says.
 */

/**
 * The kinds of file the command line tells apart:
 * - `zip`: a zip package (.xlsx, .xlsm – or any other zip);
 * - `cfb`: an OLE2 compound file (.xls, a password-protected .xlsx, or a Word/PowerPoint file);
 * - `biff`: a bare BIFF2–4 stream (Excel 2.x–4.0 .xls, no compound file around it);
 * - `markup`: text starting with `<` (an HTML table or SpreadsheetML 2003 saved as .xls by many ERP systems);
 * - `other`: a known binary format that is no spreadsheet (PDF, images, archives, executables);
 * - `text`: anything else – to be read as CSV, whose reader refuses what is not text.
 */
export type FileKind = 'zip' | 'cfb' | 'biff' | 'markup' | 'other' | 'text';

/** Leading bytes of binary formats that are certainly not spreadsheets. */
const OTHER_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (Windows executable)
];

/**
 * The kind of a file from its first bytes (8 are enough; give up to a few hundred for `markup`).
 * Rule: the zip local-header / empty-archive signatures `PK\3\4` `PK\5\6` `PK\7\8`; the compound-file signature
 * D0 CF 11 E0 A1 B1 1A E1; a BIFF2–4 BOF record (09 00, 09 02, 09 04 with a plausible length); `<` as the first
 * character after an optional UTF-8 BOM and white space; the signatures in OTHER_SIGNATURES; else text.
 * O(head length).
 *
 * @example detectFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // => 'zip'
 * @example detectFileKind(new TextEncoder().encode('Customer,Revenue\n')) // => 'text'
 */
export function detectFileKind(head: Uint8Array): FileKind {
  const starts = (signature: readonly number[]) =>
    head.length >= signature.length && signature.every((byte, i) => head[i] === byte);
  if (
    starts([0x50, 0x4b]) &&
    head.length >= 4 &&
    [0x0304, 0x0506, 0x0708].includes((head[2] << 8) | head[3])
  ) {
    return 'zip';
  }
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (head.length >= 4 && head[0] === 0x09 && [0x00, 0x02, 0x04].includes(head[1])) {
    const recordLength = head[2] | (head[3] << 8);
    if (recordLength >= 4 && recordLength <= 16) return 'biff';
  }
  if (OTHER_SIGNATURES.some(starts)) return 'other';
  let i = starts([0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d))
    i++;
  if (i < head.length && head[i] === 0x3c) return 'markup';
  return 'text';
}
