/**
 * The SQL engines the segmentation query is written for, and what differs between them: type names, identifier
 * quoting and the functions of the customer key (segmentation.md §3). Every function used is checked against the
 * engine's documentation; the pages are listed in test/sql/dialectFunctions.test.ts.
 */

/** An engine the `sql` command writes for. */
export type SqlDialect = 'duckdb' | 'postgres' | 'bigquery' | 'snowflake' | 'spark';

/** Every dialect, in the order the usage lists them. */
export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'spark'];

/**
 * The characters JavaScript's `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator): the
 * core trims customer cells with it, so the SQL trims exactly this set instead of the engines' default (spaces only).
 */
const TRIMMED_CODE_POINTS: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** What the query generator needs to know about one engine. */
export interface DialectTraits {
  /** The engine's name for an IEEE double. */
  double: string;
  /** The engine's name for text. */
  text: string;
  /** The character that opens and closes a quoted identifier. */
  quote: '"' | '`';
  /** `text` with the characters of `TRIMMED_CODE_POINTS` removed at both ends. */
  trim(text: string): string;
  /** Unicode NFC of `text`, or null where the engine has no such function. */
  nfc(text: string): string | null;
  /**
   * The case folding of `text` as near §3 as the engine gets: lower(upper(text)), which is what the core does
   * before its ß → ss and ς → σ step (`customerKey`); where the engine's result differs, a note says how.
   */
  fold(text: string): string;
  /**
   * Revenue sums in two steps – per spelling, then per customer over the spellings' partial sums – as exactly
   * as the engine can (the core uses Neumaier's compensated sum).
   */
  partialSum(values: string): string;
  finalSum(partials: string): string;
  /** Where this engine's key folding can differ from §3, one comment line each. */
  notes: readonly string[];
}

const chrList = (fn: string) => TRIMMED_CODE_POINTS.map((code) => `${fn}(${code})`).join(' || ');
const escapedLiteral = (prefix: string) =>
  `'${TRIMMED_CODE_POINTS.map((code) => (code === 0x20 ? ' ' : `${prefix}${code.toString(16).toUpperCase().padStart(4, '0')}`)).join('')}'`;

/**
 * Per dialect: types, quoting, key functions and notes.
 *
 * @example DIALECTS.postgres.nfc('x') // => 'normalize(x, NFC)'
 */
export const DIALECTS: Readonly<Record<SqlDialect, DialectTraits>> = {
  duckdb: {
    double: 'DOUBLE',
    text: 'VARCHAR',
    quote: '"',
    trim: (text) => `trim(${text}, ${chrList('chr')})`,
    nfc: (text) => `nfc_normalize(${text})`,
    fold: (text) => `lower(upper(${text}))`,
    partialSum: (values) => `fsum(${values})`,
    finalSum: (partials) => `fsum(${partials})`,
    notes: [
      'upper() and lower() map each character on its own (simple case mapping), so unlike the core ß and ẞ stay ß (core: ss), ligatures such as ﬁ stay (core: fi), İ becomes i (core: i + U+0307) and ᾳ stays (core: αι); ς, Σ and σ are all σ and ı is i, as in the core.',
    ],
  },
  postgres: {
    double: 'DOUBLE PRECISION',
    text: 'TEXT',
    quote: '"',
    trim: (text) => `btrim(${text}, ${chrList('chr')})`,
    nfc: (text) => `normalize(${text}, NFC)`,
    fold: (text) => `lower(upper(${text}))`,
    // float8 values are summed as numeric (exact), then rounded once – as close as SQL gets to a compensated sum.
    partialSum: (values) => `SUM(CAST(${values} AS NUMERIC))`,
    finalSum: (partials) => `CAST(SUM(${partials}) AS DOUBLE PRECISION)`,
    notes: [
      'normalize(…, NFC) and chr() above 127 need a UTF8 database (PostgreSQL 13 or later).',
      'upper() and lower() follow the database\'s LC_CTYPE: under the "C" locale they map only A–Z, so "ÄLFA" and "älfa" stay two customers.',
      'Under a UTF8 locale they map each character on its own (simple case mapping), so unlike the core ß and ẞ stay ß (core: ss), ligatures such as ﬁ stay (core: fi), İ becomes i (core: i + U+0307); ς, Σ and σ are all σ and ı is i, as in the core.',
      'float8 revenues are summed as numeric, which keeps 15 significant digits of each value.',
    ],
  },
  bigquery: {
    double: 'FLOAT64',
    text: 'STRING',
    quote: '`',
    trim: (text) => `TRIM(${text}, ${escapedLiteral('\\u')})`,
    nfc: (text) => `NORMALIZE(${text}, NFC)`,
    fold: (text) => `LOWER(UPPER(${text}))`,
    partialSum: (values) => `SUM(${values})`,
    finalSum: (partials) => `SUM(${partials})`,
    notes: [
      'UPPER() and LOWER() map each character on its own, so unlike the core ß and ẞ may stay ß (core: ss) and İ may become i (core: i + U+0307); ς, Σ and σ are all σ, as in the core.',
      'SUM over FLOAT64 is not compensated and its order is not fixed: sums can differ from the workbook in the last bits.',
    ],
  },
  snowflake: {
    double: 'DOUBLE',
    text: 'VARCHAR',
    quote: '"',
    trim: (text) => `TRIM(${text}, ${chrList('CHR')})`,
    nfc: () => null,
    fold: (text) => `LOWER(UPPER(${text}))`,
    partialSum: (values) => `SUM(${values})`,
    finalSum: (partials) => `SUM(${partials})`,
    notes: [
      'Snowflake has no Unicode normalization function: keys are not NFC-normalised, so a name typed with a combining accent (e + ◌́) and one with é stay two customers.',
      'UPPER() and LOWER() may map each character on its own, so unlike the core ß and ẞ may stay ß (core: ss) and İ may become i (core: i + U+0307).',
      'SUM over DOUBLE is not compensated: sums can differ from the workbook in the last bits.',
    ],
  },
  spark: {
    double: 'DOUBLE',
    text: 'STRING',
    quote: '`',
    trim: (text) => `trim(BOTH ${escapedLiteral('\\u')} FROM ${text})`,
    nfc: () => null,
    fold: (text) => `lower(upper(${text}))`,
    partialSum: (values) => `SUM(${values})`,
    finalSum: (partials) => `SUM(${partials})`,
    notes: [
      'Spark SQL has no Unicode normalization function: keys are not NFC-normalised, so a name typed with a combining accent (e + ◌́) and one with é stay two customers.',
      "upper() and lower() use Java's case mapping (full, with the final-sigma rule): ß is ss as in the core, but ẞ stays ß (core: ss), and a word-final Σ is keyed ς where the core writes σ (the same customers, another key text).",
      'The trim set is written with \\u escapes, which need spark.sql.parser.escapedStringLiterals=false (the default).',
      'SUM over DOUBLE is not compensated and its order is not fixed: sums can differ from the workbook in the last bits.',
    ],
  },
};

/**
 * True for a dialect name the `sql` command knows.
 *
 * @example isSqlDialect('postgres') // => true
 */
export function isSqlDialect(name: string): name is SqlDialect {
  return (SQL_DIALECTS as readonly string[]).includes(name);
}
