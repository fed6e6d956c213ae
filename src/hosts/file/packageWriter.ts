/**
 * A ZIP archive written with fflate: parts copied from the input still compressed (byte for byte, no inflate or
 * deflate), new parts deflated, and a large part streamed in pieces. The archive's bytes are collected in chunks.
 */
import { Zip, type ZipInputFile } from 'fflate';
import * as zlib from 'zlib';
import type { RawEntry } from './zipArchive';

/** Deflate level: on sheet XML level 1 is several times as fast as 6 for a file a few per cent larger. */
const LEVEL = 1;
/** Text is encoded in pieces of about this many characters (one per row would be slow). */
const TEXT_BATCH = 1 << 18;

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

/** A fixed time stamp (1980-01-01, the first ZIP date) makes the same input give the same bytes. */
const STAMP = new Date(1980, 0, 1).getTime();

/**
 * A new archive. Parts are deflated by Node's native zlib (fflate's JavaScript deflate took a fifth of a large
 * refresh) in pieces: each piece ends with a sync flush, so the pieces form one deflate stream without the whole
 * part ever being in memory at once; fflate writes the archive around them.
 *
 * @example const writer = packageWriter(); writer.add('a.xml', '<a/>'); writer.finish()
 */
export function packageWriter(): PackageWriter {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const deflated = (data: Uint8Array, final: boolean): Uint8Array => {
    const out = zlib.deflateRawSync(data, {
      level: LEVEL,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  };
  const open = (name: string): { file: ZipInputFile; push(data: Uint8Array, final: boolean): void } => {
    const file: ZipInputFile = {
      filename: name,
      size: 0,
      crc: 0,
      compression: 8,
      mtime: STAMP,
      ondata: undefined,
    };
    zip.add(file);
    let crc = 0;
    let size = 0;
    return {
      file,
      push(data, final) {
        crc = crc32(data, crc);
        size += data.length;
        if (final) {
          file.crc = crc;
          file.size = size;
        }
        file.ondata!(null, deflated(data, final) as Uint8Array<ArrayBuffer>, final);
      },
    };
  };
  return {
    copy(name, raw) {
      const file: ZipInputFile = {
        filename: name,
        size: raw.info.size,
        crc: raw.info.crc,
        compression: raw.info.method,
        mtime: STAMP,
        ondata: undefined,
      };
      zip.add(file);
      file.ondata!(null, raw.data as Uint8Array<ArrayBuffer>, true);
    },
    add(name, content) {
      open(name).push(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, true);
    },
    stream(name) {
      const part = open(name);
      let pending: string[] = [];
      let size = 0;
      const flush = (final: boolean) => {
        part.push(Buffer.from(pending.join(''), 'utf8'), final);
        pending = [];
        size = 0;
      };
      return {
        write(text) {
          pending.push(text);
          size += text.length;
          if (size >= TEXT_BATCH) flush(false);
        },
        end: () => flush(true),
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

/** CRC-32 (the ZIP checksum) of `data`, continuing from the CRC of the bytes before it. O(bytes). */
function crc32(data: Uint8Array, previous = 0): number {
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
