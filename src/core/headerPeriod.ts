/**
 * What period a column header names (segmentation.md §9: the previous column is "the revenue header with an
 * earlier year or period"): "Revenue 2025" and "Revenue 2026" are one measure in two periods.
 */

/** A header split into the measure it names and the period it names. */
export interface HeaderPeriod {
  /** The header without its period: lower case, digits runs as `#`, words of "earlier" removed, spaces single. */
  measure: string;
  /** The period as a sort key: years (four digits) first, then the other numbers; -1 for "previous"/"last year". */
  period: number[];
}

/** Words that say "the earlier period" (and the period words around them). */
const EARLIER = /(?:^|\s)(previous|prior|last|edellinen|edellisen|viime)(?=\s|$)/i;
const PERIOD_WORDS =
  /(?:^|\s)(previous|prior|last|edellinen|edellisen|viime|year|vuosi|vuoden|period|kausi|kauden)(?=\s|$)/gi;

/**
 * Splits a header into measure and period.
 *
 * Rule: the period is the header's numbers, a four-digit year (1900–2199) first so that "Q4 2025" < "Q1 2026";
 * a header that says previous/prior/last/edellinen/viime has period [-1] (before any numbered one) and those words
 * (with a following "year"/"vuosi") leave the measure.
 * Complexity O(length).
 * @throws never
 * @example headerPeriod('Revenue 2025') // => { measure: 'revenue #', period: [2025] }
 * @example headerPeriod('Sales last year') // => { measure: 'sales', period: [-1] }
 */
export function headerPeriod(header: string): HeaderPeriod {
  const lower = header.toLowerCase();
  if (EARLIER.test(lower)) {
    const measure = lower.replace(PERIOD_WORDS, ' ').replace(PERIOD_WORDS, ' ').replace(/\s+/g, ' ').trim();
    return { measure, period: [-1] };
  }
  const runs = lower.match(/\d+/g) ?? [];
  const numbers = runs.map(Number);
  const isYear = (n: number, text: string) => text.length === 4 && n >= 1900 && n < 2200;
  const years = numbers.filter((n, i) => isYear(n, runs[i]));
  const others = numbers.filter((n, i) => !isYear(n, runs[i]));
  return { measure: lower.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim(), period: [...years, ...others] };
}

/**
 * Compares two periods: negative when `x` is earlier, 0 when equal, positive when later. "Previous" ([-1]) is
 * before everything; otherwise number by number, and a longer period after its prefix.
 * @example comparePeriods([2025], [2026]) // => -1
 */
export function comparePeriods(x: readonly number[], y: readonly number[]): number {
  // "Last year" is before every other period, also before a header that names none ("Sales").
  const earlier = (p: readonly number[]) => p.length === 1 && p[0] === -1;
  if (earlier(x) !== earlier(y)) return earlier(x) ? -1 : 1;
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

/**
 * The header among `candidates` that names the same measure as `revenue` in the latest earlier period, or null.
 * A header without any period (the current one, e.g. "Sales") counts as later than "Sales last year".
 * @example earlierPeriodColumn(['Revenue 2025', 'Revenue 2026'], 1, [0]) // => 0
 */
export function earlierPeriodColumn(
  headers: readonly string[],
  revenue: number,
  candidates: readonly number[],
): number | null {
  const current = headerPeriod(headers[revenue]);
  let best: number | null = null;
  let bestPeriod: number[] = [];
  for (const c of candidates) {
    if (c === revenue) continue;
    const other = headerPeriod(headers[c]);
    if (other.measure !== current.measure || other.period.length === 0) continue;
    if (current.period.length > 0 && comparePeriods(other.period, current.period) >= 0) continue;
    if (best === null || comparePeriods(other.period, bestPeriod) > 0) {
      best = c;
      bestPeriod = other.period;
    }
  }
  return best;
}
