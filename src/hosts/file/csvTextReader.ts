/**
 * A CSV file as a sequence of text chunks: read a few megabytes at a time, decoded by its encoding, refusing what
 * is not text – so that a file of any size is read without ever holding it whole.
 */
import * as fs from 'fs';
import { isAscii } from 'buffer';
import { TextDecoder } from 'util';
import * as path from 'path';
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import { detectCsvEncoding, type CsvEncoding } from './csvEncoding';

/** Bytes read per chunk. Large enough that the per-chunk costs vanish, small enough to stay out of the way. */
const CHUNK_BYTES = 8 << 20;
/** How many leading bytes are sampled for control characters (a binary file shows itself early). */
const SAMPLE_BYTES = 65536;

/** Where the bytes come from: `read` fills `buffer` from byte `position` and returns how many it read (0 at the end). */
export interface ByteSource {
  /** The file's name as the user knows it, for messages. */
  name: string;
  read(buffer: Uint8Array, position: number): number;
  /** Release what `read` opened (it opens again when read again). */
  close?(): void;
}

/**
 * A byte source over a file, opened at the first read and closed by `close` (positional reads: the file can be
 * read again from the start, as the CSV reader does once for the top rows and once for the columns).
 * @example fileBytes('sales.csv').read(new Uint8Array(3), 0) // => 3
 */
export function fileBytes(file: string): ByteSource {
  let fd: number | null = null;
  return {
    name: path.basename(file),
    read: (buffer, position) => {
      fd ??= fs.openSync(file, 'r');
      return fs.readSync(fd, buffer, 0, buffer.length, position);
    },
    close: () => {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}

/**
 * A byte source over bytes already in memory.
 * @example memoryBytes(new Uint8Array([1, 2])).read(new Uint8Array(8), 1) // => 1
 */
export function memoryBytes(bytes: Uint8Array, name = 'CSV'): ByteSource {
  return {
    name,
    read: (buffer, position) => {
      const count = Math.max(0, Math.min(buffer.length, bytes.length - position));
      buffer.set(bytes.subarray(position, position + count));
      return count;
    },
  };
}

/**
 * Reads a CSV byte source as text chunks, from the start, one `next()` at a time.
 * Rule: the encoding comes from the first bytes (`detectCsvEncoding`); its byte-order mark is dropped. UTF-8 text
 * with a NUL byte, or with more than 10 % control characters (other than tab, CR, LF) in its first 64 KiB, is a
 * binary file; bytes that are not UTF-8 (a Latin-1 / Windows-1252 export) are refused, never guessed – a wrong
 * guess would silently change customer names. A chunk may end inside a line; the caller joins the pieces.
 * O(n) over all chunks; memory O(chunk).
 *
 * @throws SegmentationError `unreadable-input` for binary or non-UTF-8 bytes.
 * @example new CsvTextReader(memoryBytes(new TextEncoder().encode('a,b'))).next() // => 'a,b'
 */
export class CsvTextReader {
  readonly encoding: CsvEncoding;
  private readonly source: ByteSource;
  private readonly buffer: Buffer;
  private readonly decoder: TextDecoder;
  private position: number;
  /** The decoder may hold the first bytes of a character split between two chunks. */
  private decoderMayHoldBytes = false;
  private ended = false;

  constructor(source: ByteSource, chunkBytes = CHUNK_BYTES) {
    this.source = source;
    this.buffer = Buffer.allocUnsafe(chunkBytes);
    const head = new Uint8Array(Math.min(chunkBytes, SAMPLE_BYTES));
    const headLength = source.read(head, 0);
    this.encoding = detectCsvEncoding(head.subarray(0, headLength));
    this.position = this.encoding.bomLength;
    // fatal: a wrong byte must stop the run; a replacement character would silently change customer names.
    this.decoder = new TextDecoder(this.encoding.name, { fatal: true });
    if (this.encoding.name === 'utf-8') refuseBinary(head.subarray(0, headLength), source.name);
  }

  /** The next chunk of text, or null at the end of the file. */
  next(): string | null {
    if (this.ended) return null;
    const start = this.position;
    const count = this.source.read(this.buffer, start);
    this.position += count;
    const bytes = this.buffer.subarray(0, count);
    if (count === 0) {
      this.ended = true;
      const rest = this.decode(bytes, start, false);
      return rest === '' ? null : rest;
    }
    if (this.encoding.name === 'utf-8' && bytes.indexOf(0) >= 0) {
      throw new SegmentationError('unreadable-input', message('csv-binary', { file: this.source.name }));
    }
    // Plain ASCII (most exports) needs no decoder: latin1 is the same characters, at memory speed.
    if (this.encoding.name === 'utf-8' && !this.decoderMayHoldBytes && isAscii(bytes)) {
      return this.buffer.toString('latin1', 0, count);
    }
    const text = this.decode(bytes, start, true);
    this.decoderMayHoldBytes = this.encoding.name !== 'utf-8' || bytes[count - 1] >= 0x80;
    return text;
  }

  private decode(bytes: Uint8Array, start: number, stream: boolean): string {
    try {
      return this.decoder.decode(bytes, { stream });
    } catch {
      if (this.encoding.name !== 'utf-8') {
        throw new SegmentationError(
          'unreadable-input',
          message('csv-bad-utf16', { file: this.source.name, offset: start }),
        );
      }
      const offset = start + firstInvalidUtf8(bytes);
      const byte = readByte(this.source, offset);
      throw new SegmentationError(
        'unreadable-input',
        message('csv-not-utf8', {
          file: this.source.name,
          byte: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`,
          offset,
          line: lineOf(this.source, offset),
        }),
      );
    }
  }
}

/** A NUL byte, or mostly control characters, early in the file: not text at all. */
function refuseBinary(head: Uint8Array, file: string): void {
  if (head.indexOf(0) >= 0) throw new SegmentationError('unreadable-input', message('csv-binary', { file }));
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  if (head.length > 0 && control / head.length > 0.1) {
    throw new SegmentationError('unreadable-input', message('csv-control-characters', { file }));
  }
}

/**
 * Offset within `bytes` of the first byte that breaks UTF-8 (only called after the decoder refused them); a chunk
 * that starts with the continuation of a character begun in the chunk before counts those bytes as valid.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && i < 3 && (bytes[i] & 0xc0) === 0x80) i++;
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

function readByte(source: ByteSource, offset: number): number {
  const one = new Uint8Array(1);
  source.read(one, offset);
  return one[0];
}

/** 1-based line number of a byte offset (only on the error path: reads the file up to it again). */
function lineOf(source: ByteSource, offset: number): number {
  const buffer = new Uint8Array(1 << 20);
  let line = 1;
  for (let position = 0; position < offset;) {
    const count = source.read(buffer.subarray(0, Math.min(buffer.length, offset - position)), position);
    if (count === 0) break;
    for (let i = 0; i < count; i++) if (buffer[i] === 0x0a) line++;
    position += count;
  }
  return line;
}
