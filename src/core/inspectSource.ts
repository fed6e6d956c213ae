/**
 * First look at a source (segmentation.md §1, design.md "First run"): is there a header row, what are the
 * columns called, and which columns are probably revenue, customer and potential.
 */
import type { CellValue, Locale } from './types';
import { parseCell } from './parseCell';
import { columnLetter } from './cellAddress';
import { SegmentationError } from './segmentationError';
import { parseDateCell } from './parseDateCell';
import { slashOrderOf } from './slashOrderOf';
import { comparePeriods, earlierPeriodColumn, headerPeriod } from './headerPeriod';
import { message } from './messages/renderMessage';

/** What `inspectSource` found. Column guesses are 0-based indexes into the rows. */
export interface SourceInspection {
  hasHeader: boolean;
  headers: string[];
  guess: {
    revenue: number;
    customer: number | null;
    potential: number | null;
    /** §8: a text column named like region/alue/salesperson/myyjä/sector/toimiala/segment. */
    group: number | null;
    /** §9: a numeric column named like the revenue column in an earlier year or period. */
    previous: number | null;
    /** §11: a column named like date/päivä/pvm whose cells read as dates. */
    date: number | null;
  };
}

const REVENUE_NAME = /revenue|sales|myynti|liikevaihto|amount|summa|turnover|dollar/i;
const CUSTOMER_NAME = /customer|asiakas|name|nimi|client|company|yritys/i;
const POTENTIAL_NAME = /potential|potentiaali|growth|kasvu/i;
const GROUP_NAME =
  /region|alue|sales ?person|sales rep|myyjä|sector|toimiala|segment|territory|piiri|district|branch|store|myymälä/i;
/** Named like a date ("Sales date", "Myyntipäivä", "pvm"): not revenue by name even when it holds numbers. */
const DATE_NAME = /date|datum|päivä|paiva|pvm/i;

/**
 * Detects the header row and guesses the column mapping from the first rows of a source.
 *
 * Rules: with `headerKnown` null, the first row is a header when its cell in the revenue column is text that
 * does not parse as a number (mostly-numeric = at least a quarter of the filled cells are numbers). Headers are the trimmed header texts (an empty one
 * becomes its column letter), or the column letters without a header. Revenue = the LAST mostly-numeric column
 * named like revenue/sales/myynti/liikevaihto/amount/summa, else the last mostly-numeric column that is not the
 * customer or potential guess; customer = the first column named like customer/asiakas/name/nimi/client (text
 * preferred, a numeric CustomerID counts); potential = the first mostly-numeric column named like
 * potential/potentiaali/growth/kasvu, else null. A column the host reports as dates (`facts.dateColumns`: date
 * cells arrive as serial numbers) is not numeric for these guesses, and a column named like a date
 * (date/päivä/pvm) is never revenue by name. With a header row also (segmentation.md §8–§11): date = the first
 * column named like a date, or reported as dates, whose filled cells are at least half dates (never revenue);
 * group = the first text column (not the customer) named like region/alue/salesperson/myyjä/sector/toimiala/
 * segment; previous = the numeric column naming the revenue's measure in the latest earlier period ("Revenue
 * 2025" beside "Revenue 2026"; `headerPeriod`) – and of several periods of one measure the latest is revenue.
 * Complexity: O(rows × columns) parses.
 * @throws SegmentationError 'no-data' when the source is at most one row, all of it text (a header with nothing
 *   under it); 'column-not-found' when no column holds numbers.
 * @example inspectSource([['Customer', 'Sales'], ['A Oy', 10]], null, 'en').guess // => { revenue: 1, customer: 0, potential: null, group: null, previous: null, date: null }
 */
export function inspectSource(
  topRows: CellValue[][],
  headerKnown: boolean | null,
  locale: Locale,
  facts: SourceFacts = {},
): SourceInspection {
  const width = topRows.reduce((max, row) => Math.max(max, row.length), 0);
  const guessColumns = (rows: CellValue[][], header: boolean, w: number, l: Locale) =>
    guessColumnsOf(rows, header, w, l, facts.dateColumns ?? []);
  const withHeader = guessColumns(topRows, true, width, locale);
  let hasHeader = headerKnown ?? false;
  if (headerKnown === null && withHeader) {
    const cell = topRows[0][withHeader.revenue];
    hasHeader = typeof cell === 'string' && parseCell(cell, locale).kind === 'invalid';
  }
  const guess = hasHeader ? withHeader : guessColumns(topRows, false, width, locale);
  const filled = topRows.filter((row) =>
    row.some((cell) => cell !== null && cell !== undefined && cell !== ''),
  );
  if (!guess && filled.length <= 1) {
    throw new SegmentationError('no-data', message('header-only', {}), locale);
  }
  if (!guess) {
    throw new SegmentationError('column-not-found', message('no-numeric-column', {}), locale);
  }
  const headers = Array.from({ length: width }, (_, c) => {
    const text = hasHeader ? String(topRows[0][c] ?? '').trim() : '';
    return text === '' ? columnLetter(c) : text;
  });
  return { hasHeader, headers, guess };
}

/** What the host knows about the columns beyond their values. */
export interface SourceFacts {
  /**
   * Per column: its numbers are dates (a date number format; see dateColumns). A date column is never guessed as
   * revenue or potential, whatever its name ("Sales date", "Myyntipäivä").
   */
  dateColumns?: readonly boolean[];
}

type Guess = SourceInspection['guess'];

function guessColumnsOf(
  rows: CellValue[][],
  header: boolean,
  width: number,
  locale: Locale,
  dates: readonly boolean[],
): Guess | null {
  const data = header ? rows.slice(1) : rows;
  const names = Array.from({ length: width }, (_, c) => (header ? String(rows[0]?.[c] ?? '') : ''));
  const numeric: boolean[] = [];
  const text: boolean[] = [];
  for (let c = 0; c < width; c++) {
    let numbers = 0;
    let filled = 0;
    for (const row of data) {
      const kind = parseCell(row[c], locale).kind;
      if (kind !== 'blank') filled++;
      if (kind === 'number') numbers++;
    }
    // A revenue column full of error values (bad/errors-and-text) is still the revenue column.
    numeric.push(numbers > 0 && numbers * 4 >= filled && dates[c] !== true);
    text.push(filled > 0 && numbers * 2 < filled);
  }
  const dated = (c: number) =>
    (DATE_NAME.test(names[c]) || dates[c] === true) &&
    mostlyDates(
      data.map((row) => row[c]),
      locale,
    );
  const date = Array.from({ length: width }, (_, c) => c).find(dated) ?? null;
  const columns = Array.from({ length: width }, (_, c) => c);
  const named = (pattern: RegExp, c: number) => pattern.test(names[c]);
  const customer =
    columns.find((c) => text[c] && named(CUSTOMER_NAME, c)) ??
    columns.find((c) => numeric[c] && named(CUSTOMER_NAME, c) && /id|nr|no|numero|number/i.test(names[c])) ??
    null;
  const potential = columns.find((c) => numeric[c] && c !== customer && named(POTENTIAL_NAME, c)) ?? null;
  // A date column is never revenue, whatever its name says ("Sales date") or its serials look like.
  const candidates = columns.filter((c) => numeric[c] && c !== customer && c !== potential && c !== date);
  const byName = candidates.filter(
    (c) => named(REVENUE_NAME, c) && !named(POTENTIAL_NAME, c) && !named(DATE_NAME, c),
  );
  const revenue = latestPeriod(
    names,
    byName.length > 0 ? byName[byName.length - 1] : candidates[candidates.length - 1],
    byName,
  );
  const none = { group: null, previous: null, date: null };
  if (revenue === undefined) {
    const anyNumeric = columns.filter((c) => numeric[c]);
    if (anyNumeric.length === 0) return null;
    return { revenue: anyNumeric[anyNumeric.length - 1], customer, potential: null, ...none };
  }
  const group = columns.find((c) => text[c] && c !== customer && c !== date && named(GROUP_NAME, c)) ?? null;
  const previous = header ? earlierPeriodColumn(names, revenue, candidates) : null;
  return { revenue, customer, potential, group, previous, date: header ? date : null };
}

/** Of the columns naming the same measure as `revenue` in different periods ("Revenue 2025", "Revenue 2026"), the latest. */
function latestPeriod(
  names: readonly string[],
  revenue: number | undefined,
  byName: readonly number[],
): number | undefined {
  if (revenue === undefined) return undefined;
  const chosen = headerPeriod(names[revenue]);
  let best = revenue;
  let bestPeriod = chosen.period;
  for (const c of byName) {
    const other = headerPeriod(names[c]);
    if (
      other.measure === chosen.measure &&
      other.period.length > 0 &&
      comparePeriods(other.period, bestPeriod) > 0
    ) {
      best = c;
      bestPeriod = other.period;
    }
  }
  return best;
}

/** At least half of the filled cells read as dates (§11), the slash order decided over these cells. */
function mostlyDates(cells: CellValue[], locale: Locale): boolean {
  const order = slashOrderOf(cells, locale).order;
  let filled = 0;
  let dates = 0;
  for (const cell of cells) {
    const kind = parseDateCell(cell, order).kind;
    if (kind !== 'blank') filled++;
    if (kind === 'date') dates++;
  }
  return dates > 0 && dates * 2 >= filled;
}
