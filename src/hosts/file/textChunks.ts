/**
 * A package part inflated and decoded to text piece by piece: UTF-8 (its BOM dropped), or UTF-16 when the part
 * starts with a UTF-16 byte-order mark.
 */
import { TextDecoder } from 'util';
import type { ZipArchive } from './zipArchive';

/**
 * Call `consume` with the text of part `path` in pieces (the last call has `final` true). A character split
 * between two inflated chunks is held back until it is whole.
 *
 * @returns false when the part does not exist.
 */
export function decodeXmlBytesChunked(
  archive: ZipArchive,
  path: string,
  consume: (text: string, final: boolean) => void,
): boolean {
  let decoder: TextDecoder | null = null;
  const found = archive.stream(path, (chunk) => {
    if (!decoder) {
      const utf16 =
        chunk[0] === 0xff && chunk[1] === 0xfe
          ? 'utf-16le'
          : chunk[0] === 0xfe && chunk[1] === 0xff
            ? 'utf-16be'
            : null;
      decoder = new TextDecoder(utf16 ?? 'utf-8');
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') consume(text, false);
  });
  if (!found) return false;
  const rest = decoder ? (decoder as TextDecoder).decode() : '';
  consume(rest, true);
  return true;
}
