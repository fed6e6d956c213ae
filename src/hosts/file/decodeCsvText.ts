/**
 * Bytes of a CSV file → its text, refusing what is not UTF-8 text with a sentence the user can act on.
 */
import { SegmentationError } from '../../core/segmentationError';

/** How many leading bytes are sampled for control characters (a binary file shows itself early). */
const SAMPLE_BYTES = 65536;

/**
 * Decode CSV bytes as UTF-8 (a leading byte-order mark is dropped).
 * Rule: a NUL byte, or more than 10 % control characters (other than tab, CR, LF) in the first 64 KiB, means a
 * binary file; bytes that are not valid UTF-8 (a Latin-1 / Windows-1252 export) are refused, never guessed.
 * O(n).
 *
 * @throws SegmentationError `unreadable-input` for binary or non-UTF-8 bytes.
 * @example decodeCsvText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // => 'a'
 */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes.indexOf(0) >= 0) {
    throw new SegmentationError(
      'unreadable-input',
      'The file contains NUL bytes: it is a binary file, not CSV text (an .xlsx or .xls renamed to .csv?).',
    );
  }
  const sampleEnd = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < sampleEnd; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  if (sampleEnd > 0 && control / sampleEnd > 0.1) {
    throw new SegmentationError(
      'unreadable-input',
      'The file is mostly control characters: it is a binary file, not CSV text.',
    );
  }
  try {
    // fatal: a wrong byte must stop the run; a replacement character would silently change customer names.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new SegmentationError(
      'unreadable-input',
      `The file is not UTF-8 text (byte 0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')} at ` +
        `offset ${offset}, line ${lineOf(bytes, offset)}; probably Latin-1/Windows-1252): ` +
        'save it as "CSV UTF-8 (Comma delimited)" in Excel and try again.',
    );
  }
}

/** Offset of the first byte that breaks UTF-8 (only called after the decoder refused the bytes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

/** 1-based line number of a byte offset. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
