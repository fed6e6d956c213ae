/**
 * A ZIP archive (an .xlsx/.xlsm package) opened for reading without unpacking it: the central directory gives each
 * entry's place, and an entry is inflated only when asked – whole (small XML parts) or as a stream of chunks (a
 * large sheet). An entry's raw, still-compressed bytes can be copied into another archive unchanged
 * (`rawEntry`), which is how `-o` keeps every part that is not ours byte for byte.
 *
 * Inflating is fflate's (maintained, no native code). Plain ZIP and ZIP64 end records are read; encryption and
 * methods other than stored/deflate are refused with a sentence.
 */
import { inflateSync } from 'fflate';
import * as zlib from 'zlib';
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';

/** One entry as the central directory describes it. */
export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  flags: number;
}

/** An entry's compressed bytes with what an archive writer needs to copy it as it is. */
export interface RawEntry {
  info: ZipEntryInfo;
  data: Uint8Array;
}

/** An opened archive. */
export interface ZipArchive {
  /** Entry names in archive order (folders left out). */
  names: string[];
  has(name: string): boolean;
  /** The entry's bytes, or null when there is none. */
  bytes(name: string): Uint8Array | null;
  /** The entry as UTF-8 text (a BOM dropped; UTF-16 parts decoded by their BOM), or null. */
  text(name: string): string | null;
  /** Feed the entry's bytes to `onChunk` in pieces of about `chunkSize` compressed bytes; false when absent. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void, chunkSize?: number): boolean;
  raw(name: string): RawEntry | null;
}

/**
 * Inflated bytes are handed out in pieces this small: their text then lives in V8's young generation, which is
 * collected cheaply, instead of as large strings that only a full collection frees (a 100,000-row refresh
 * peaked 150 MB higher with 4 MB pieces).
 */
const PIECE = 1 << 15;

/** The package, or one part of it, cannot be read. */
function fail(fileName: string): never {
  throw new SegmentationError('unreadable-input', message('file-damaged', { file: fileName }));
}

function endOfDirectory(view: DataView, fileName: string): { count: number; offset: number } {
  const bytes = view.byteLength;
  const lowest = Math.max(0, bytes - 22 - 0xffff);
  for (let at = bytes - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    // ZIP64: the real numbers are in the ZIP64 end record the locator (just before) points at.
    if (
      (count === 0xffff || offset === 0xffffffff) &&
      at >= 20 &&
      view.getUint32(at - 20, true) === 0x07064b50
    ) {
      const record = Number(view.getBigUint64(at - 12, true));
      if (record + 56 > bytes || view.getUint32(record, true) !== 0x06064b50) fail(fileName);
      count = Number(view.getBigUint64(record + 32, true));
      offset = Number(view.getBigUint64(record + 48, true));
    }
    return { count, offset };
  }
  return fail(fileName);
}

function zip64Sizes(view: DataView, extraStart: number, extraEnd: number, info: ZipEntryInfo): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (info.size === 0xffffffff) info.size = next();
      if (info.compressedSize === 0xffffffff) info.compressedSize = next();
      if (info.offset === 0xffffffff) info.offset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Open `bytes` as a ZIP archive. O(entries); nothing is inflated.
 *
 * @throws SegmentationError `unreadable-input` when the bytes are not a readable archive.
 * @example openZip(fs.readFileSync('book.xlsx'), 'book.xlsx').text('xl/workbook.xml')
 */
export function openZip(bytes: Uint8Array, fileName: string): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) fail(fileName);
  const end = endOfDirectory(view, fileName);
  const entries = new Map<string, ZipEntryInfo>();
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  const latin = new TextDecoder('latin1');
  let at = end.offset;
  for (let index = 0; index < end.count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) fail(fileName);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? decoder : latin).decode(nameBytes).replace(/\\/g, '/');
    const info: ZipEntryInfo = {
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      flags,
    };
    zip64Sizes(view, at + 46 + nameLength, at + 46 + nameLength + extraLength, info);
    if (!name.endsWith('/')) {
      // Part names are case-insensitive in OPC; the first spelling wins.
      if (!entries.has(name)) names.push(name);
      entries.set(name, entries.get(name) ?? info);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  const lower = new Map<string, string>();
  for (const name of names) if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), name);
  const find = (name: string) => entries.get(name) ?? entries.get(lower.get(name.toLowerCase()) ?? '');

  const compressed = (info: ZipEntryInfo): Uint8Array => {
    if (info.flags & 1) {
      throw new SegmentationError('unreadable-input', message('file-encrypted', { file: fileName }));
    }
    if (info.method !== 0 && info.method !== 8) fail(fileName);
    const local = info.offset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) fail(fileName);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + info.compressedSize > bytes.length) fail(fileName);
    return bytes.subarray(start, start + info.compressedSize);
  };

  const inflated = (info: ZipEntryInfo): Uint8Array => {
    const data = compressed(info);
    if (info.method === 0) return data;
    try {
      return inflateSync(data, { out: new Uint8Array(info.size) });
    } catch {
      return fail(fileName);
    }
  };

  return {
    names,
    has: (name) => find(name) !== undefined,
    bytes(name) {
      const info = find(name);
      return info ? inflated(info) : null;
    },
    text(name) {
      const info = find(name);
      return info ? decodeXmlBytes(inflated(info)) : null;
    },
    stream(name, onChunk, chunkSize = 1 << 20) {
      const info = find(name);
      if (!info) return false;
      const data = compressed(info);
      if (info.method === 0) {
        for (let offset = 0; offset < data.length; offset += chunkSize)
          onChunk(data.subarray(offset, offset + chunkSize));
        return true;
      }
      // Node's native inflate (fflate's took a third of a large refresh), whole: zlib has no synchronous
      // streaming API. The bytes are handed out in small pieces, so the text is never one string.
      let inflated: Uint8Array;
      try {
        inflated = zlib.inflateRawSync(data);
      } catch {
        return fail(fileName);
      }
      for (let offset = 0; offset < inflated.length; offset += PIECE)
        onChunk(inflated.subarray(offset, offset + PIECE));
      return true;
    },
    raw(name) {
      const info = find(name);
      return info ? { info, data: compressed(info) } : null;
    },
  };
}

/** XML bytes as text: UTF-8 (a BOM dropped), or UTF-16 by its BOM. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
