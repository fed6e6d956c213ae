/**
 * A ZIP archive written with fflate: parts copied from the input still compressed (byte for byte, no inflate or
 * deflate), new parts deflated, and a large part streamed in pieces. The archive's bytes are collected in chunks.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import * as zlib from 'zlib';
import type { RawEntry } from './zipArchive';

/** Deflate level: on sheet XML level 1 is about three times as fast as 6 for a file a few per cent larger. */
const LEVEL = 1;
/** Text is encoded in pieces of about this many characters (one per row would be slow). */
const TEXT_BATCH = 1 << 20;

/** A part being streamed into the archive. */
export interface PartStream {
  write(text: string): void;
  end(): void;
}

/** Builds one archive. */
export interface PackageWriter {
  /** An input entry as it is (still compressed). */
  copy(name: string, raw: RawEntry): void;
  /** A new part. */
  add(name: string, content: string | Uint8Array): void;
  /** A new part written in pieces; `end()` it before adding the next part. */
  stream(name: string): PartStream;
  /** The archive's bytes. */
  finish(): Buffer;
}

/** A new archive. @example const writer = packageWriter(); writer.add('a.xml', '<a/>'); writer.finish() */
export function packageWriter(): PackageWriter {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  return {
    copy(name, raw) {
      const file: ZipInputFile = {
        filename: name,
        size: raw.info.size,
        crc: raw.info.crc,
        compression: raw.info.method,
        ondata: undefined,
      };
      zip.add(file);
      file.ondata!(null, raw.data as Uint8Array<ArrayBuffer>, true);
    },
    add(name, content) {
      const file = new ZipDeflate(name, { level: LEVEL });
      zip.add(file);
      file.push(typeof content === 'string' ? encoder.encode(content) : new Uint8Array(content), true);
    },
    stream(name) {
      // Encoded in batches, then deflated natively in one call (fflate's deflate took a fifth of a large refresh).
      const parts: Buffer[] = [];
      let pending: string[] = [];
      let size = 0;
      const flush = () => {
        parts.push(Buffer.from(pending.join(''), 'utf8'));
        pending = [];
        size = 0;
      };
      return {
        write(text) {
          pending.push(text);
          size += text.length;
          if (size >= TEXT_BATCH) flush();
        },
        end() {
          flush();
          const data = Buffer.concat(parts);
          parts.length = 0;
          const compressed = zlib.deflateRawSync(data, { level: 1 });
          const file: ZipInputFile = {
            filename: name,
            size: data.length,
            crc: crc32(data),
            compression: 8,
            ondata: undefined,
          };
          zip.add(file);
          file.ondata!(
            null,
            new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength),
            true,
          );
        },
      };
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      return Buffer.concat(chunks);
    },
  };
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of `data` (the ZIP checksum). O(bytes). */
function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
