/**
 * Which text encoding a CSV file uses, from its first bytes.
 */

/** An encoding the CSV reader decodes, and how many leading bytes are its byte-order mark. */
export interface CsvEncoding {
  name: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Bytes to skip before the text: the byte-order mark (3 for UTF-8, 2 for UTF-16), 0 without one. */
  bomLength: number;
}

/** How many leading bytes are looked at to recognise UTF-16 without a byte-order mark. */
const SAMPLE = 4096;

/**
 * The encoding of a CSV file from its first bytes.
 * Rule: a byte-order mark decides (EF BB BF UTF-8, FF FE UTF-16 LE – Excel's "Unicode Text" –, FE FF UTF-16 BE);
 * without one, text whose every other byte is NUL in the first 4 KiB (at least 90 % of the odd or of the even
 * bytes, and under 10 % of the others) is UTF-16 of mostly Latin letters, little- or big-endian by where the NULs
 * are; anything else is read as UTF-8 (whose decoder refuses what is not UTF-8, see `CsvTextReader`).
 * O(min(n, 4 KiB)).
 *
 * @example detectCsvEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00])) // => { name: 'utf-16le', bomLength: 2 }
 * @example detectCsvEncoding(new TextEncoder().encode('a,b')) // => { name: 'utf-8', bomLength: 0 }
 */
export function detectCsvEncoding(head: Uint8Array): CsvEncoding {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { name: 'utf-8', bomLength: 3 };
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', bomLength: 2 };
  const end = Math.min(head.length, SAMPLE) & ~1;
  if (end >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < end; i += 2) {
      if (head[i] === 0) evenNul++;
      if (head[i + 1] === 0) oddNul++;
    }
    const pairs = end / 2;
    if (oddNul >= 0.9 * pairs && evenNul < 0.1 * pairs) return { name: 'utf-16le', bomLength: 0 };
    if (evenNul >= 0.9 * pairs && oddNul < 0.1 * pairs) return { name: 'utf-16be', bomLength: 0 };
  }
  return { name: 'utf-8', bomLength: 0 };
}
