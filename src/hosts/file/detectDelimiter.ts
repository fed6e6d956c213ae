/**
 * Which character separates the fields of a CSV text: `,` `;` tab `|` `^` – and, when none of them does, which
 * other character seems to.
 */

/** The delimiters recognised without a `sep=` line, in the order that wins a tie. */
const KNOWN = ['\t', ';', ',', '|', '^'] as const;

/** The delimiters a CSV file may use without saying so. */
type CsvDelimiter = (typeof KNOWN)[number];

/**
 * The delimiter of a CSV text, judged from its first line (the header), counting only characters outside quotes.
 * Rule: the most frequent of tab, `;`, `,`, `|`, `^` wins; on a tie tab beats `;` beats `,` beats `|` beats `^` (a
 * Finnish export `Asiakas;Myynti 1,5` has commas inside values, never tabs); a line with none (one column) gives
 * `,`. O(length of the first line).
 *
 * @example detectDelimiter('Asiakas;Myynti\nA;1,5') // => ';'
 * @example detectDelimiter('id|name|amount\n1|x|2') // => '|'
 * @example detectDelimiter('Inhabitants\n607') // => ','
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = [0, 0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x0a || c === 0x0d) break;
    else if (c === 0x09) counts[0]++;
    else if (c === 0x3b) counts[1]++;
    else if (c === 0x2c) counts[2]++;
    else if (c === 0x7c) counts[3]++;
    else if (c === 0x5e) counts[4]++;
  }
  let best = -1;
  for (let k = 0; k < KNOWN.length; k++)
    if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
  return best < 0 ? ',' : KNOWN[best];
}

/** Characters that are never taken for a delimiter: they occur inside ordinary values. */
const ORDINARY = /[\p{L}\p{N}\s"'.\-_()/%€$£+#&@*]/u;
/** How many leading lines are compared. */
const SAMPLE_LINES = 20;

/**
 * The character that seems to separate fields when none of the known delimiters occurs in the header line.
 * Rule: a character other than letters, digits, spaces, quotes and the punctuation of ordinary values
 * (`. - _ ( ) / % € $ £ + # & @ *`) that occurs the same number of times (at least once) in every non-empty line of
 * the first 20, and in at least two lines; the first such character of the header. Null when the header has a
 * known delimiter or no character qualifies (a one-column file).
 * O(length of the first 20 lines).
 *
 * @example suspectDelimiter('id`name\n1`Bulbasaur\n2`Ivysaur') // => '`'
 * @example suspectDelimiter('Inhabitants\n607\n2779') // => null
 */
export function suspectDelimiter(text: string): string | null {
  const lines = text.split(/\r\n|\n|\r/, SAMPLE_LINES + 1);
  // The text may be the head of a larger file: its last line may be cut short.
  if (lines.length > 2) lines.pop();
  const filled = lines.filter((line) => line !== '');
  if (filled.length < 2) return null;
  const header = filled[0];
  if (KNOWN.some((known) => header.includes(known))) return null;
  const count = (line: string, c: string) => line.split(c).length - 1;
  for (const c of new Set(header)) {
    if (ORDINARY.test(c)) continue;
    const inHeader = count(header, c);
    if (filled.every((line) => count(line, c) === inHeader)) return c;
  }
  return null;
}
