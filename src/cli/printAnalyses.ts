/**
 * The report's sections for segmentation.md §8–§11: computed thresholds, the groups, the migration since the
 * previous period, and the customers who have gone quiet.
 */
import type { AbcClass, Locale, SegmentationResult } from '../core/types';
import { ROLE_WORDS } from '../core/messages/roleWords';
import { plural } from '../core/messages/plural';

/** Number formats of the report, in its locale. */
export interface ReportFormats {
  number: Intl.NumberFormat;
  money: Intl.NumberFormat;
  percent: Intl.NumberFormat;
}

/** How many quiet A customers the report names (the JSON flags every customer). */
const QUIET_SHOWN = 10;

const WORDS = {
  en: {
    computed:
      'Thresholds computed from the data (computed ABC analysis, Ultsch & Lötsch): A up to {a} of revenue, B up to {b}.',
    groups: 'By {column} (ABC within each group, largest first)',
    group: 'Group',
    customers: 'Customers',
    revenue: 'Revenue',
    ofAll: '% of all',
    headline: 'Headline',
    migration: 'Who moved since {label} (customers: rows = class in {label}, columns = class now)',
    from: 'Was',
    new: 'new',
    gone: 'gone',
    recency: {
      one: 'Recency as of {asOf}: gone quiet = class A or B without a purchase in more than # day',
      other: 'Recency as of {asOf}: gone quiet = class A or B without a purchase in more than # days',
    },
    noAsOf: 'Recency: no valid date in the data, so nobody can be counted as quiet',
    quietLine: {
      one: 'Quiet {cls}: # customer, revenue {revenue}',
      other: 'Quiet {cls}: # customers, revenue {revenue}',
    },
    quietA: 'Quiet A customers – call them this week:',
    lastPurchase: 'Last purchase',
    daysSince: 'Days since',
    moreQuiet: { one: '… and # more (all in --json)', other: '… and # more (all in --json)' },
  },
  fi: {
    computed:
      'Rajat laskettu aineistosta (laskennallinen ABC-analyysi, Ultsch & Lötsch): A enintään {a} liikevaihdosta, B enintään {b}.',
    groups: 'Ryhmittäin: {column} (ABC kunkin ryhmän sisällä, suurin ensin)',
    group: 'Ryhmä',
    customers: 'Asiakkaita',
    revenue: 'Liikevaihto',
    ofAll: '% kaikista',
    headline: 'Tiivistys',
    migration: 'Kuka siirtyi: {label} → nyt (asiakkaita: rivit = luokka ({label}), sarakkeet = luokka nyt)',
    from: 'Oli',
    new: 'uusi',
    gone: 'poissa',
    recency: {
      one: 'Ostoaktiivisuus {asOf}: hiljentynyt = luokka A tai B, eikä ostoja yli # päivään',
      other: 'Ostoaktiivisuus {asOf}: hiljentynyt = luokka A tai B, eikä ostoja yli # päivään',
    },
    noAsOf: 'Ostoaktiivisuus: aineistossa ei ole kelvollista päivämäärää, joten hiljentyneitä ei voi laskea',
    quietLine: {
      one: 'Hiljentyneet {cls}: # asiakas, liikevaihto {revenue}',
      other: 'Hiljentyneet {cls}: # asiakasta, liikevaihto {revenue}',
    },
    quietA: 'Hiljentyneet A-asiakkaat – soita heille tällä viikolla:',
    lastPurchase: 'Viimeisin osto',
    daysSince: 'Päiviä',
    moreQuiet: {
      one: '… ja # muu (kaikki --json-tulosteessa)',
      other: '… ja # muuta (kaikki --json-tulosteessa)',
    },
  },
} as const;

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * The §8–§11 lines of the report (each section starts with an empty line); none without those roles.
 * Rule: group and customer names are data text, printed on one line without control characters.
 *
 * @example printAnalyses(result, 'en', formats, { group: 'Sector', previous: 'Revenue 2025' })[1] // => 'By Sector (ABC within each group, largest first)'
 */
export function printAnalyses(
  result: SegmentationResult,
  locale: Locale,
  formats: ReportFormats,
  columns: { group?: string | null },
  table: (header: readonly string[], rows: readonly string[][], leftFrom?: number) => string[],
): string[] {
  const words = WORDS[locale];
  const { number, money, percent } = formats;
  const { summary } = result;
  const lines: string[] = [];
  if (summary.thresholds.method === 'computed') {
    lines.push(
      '',
      words.computed
        .replace('{a}', percent.format(summary.thresholds.a))
        .replace('{b}', percent.format(summary.thresholds.b)),
    );
  }
  if (summary.groups) {
    lines.push('', words.groups.replace('{column}', columns.group ?? ROLE_WORDS[locale].group));
    const rows = summary.groups.map((group) => [
      safe(group.name),
      number.format(group.customers),
      money.format(group.revenue),
      percent.format(group.share),
      ...CLASSES.map((cls) => number.format(group.classes[cls].customers)),
      safe(group.headline),
    ]);
    lines.push(
      ...table(
        [words.group, words.customers, words.revenue, words.ofAll, 'A', 'B', 'C', words.headline],
        rows,
        7,
      ),
    );
  }
  if (summary.previous) {
    const previous = summary.previous;
    const label = safe(previous.label);
    lines.push('', words.migration.replaceAll('{label}', label));
    const rows = (['A', 'B', 'C', 'new'] as const).map((from) => [
      from === 'new' ? words.new : from,
      ...CLASSES.map((cls) => number.format(previous.migration[from][cls])),
      from === 'new' ? '' : number.format(previous.gone[from]),
    ]);
    lines.push(...table([words.from, 'A', 'B', 'C', words.gone], rows));
  }
  if (summary.recency) {
    const recency = summary.recency;
    if (recency.asOf === null) {
      lines.push('', words.noAsOf);
    } else {
      lines.push(
        '',
        plural(recency.windowDays, words.recency, number.format(recency.windowDays)).replace(
          '{asOf}',
          recency.asOf,
        ),
      );
      for (const cls of ['A', 'B'] as const) {
        lines.push(
          plural(recency.quiet[cls].customers, words.quietLine, number.format(recency.quiet[cls].customers))
            .replace('{cls}', cls)
            .replace('{revenue}', money.format(recency.quiet[cls].revenue)),
        );
      }
      if (recency.quietA.length > 0) {
        lines.push(words.quietA);
        const rows = recency.quietA
          .slice(0, QUIET_SHOWN)
          .map((customer) => [
            safe(customer.name),
            money.format(customer.revenue),
            customer.lastPurchase,
            number.format(customer.daysSince),
          ]);
        lines.push(
          ...table(['', words.revenue, words.lastPurchase, words.daysSince], rows).map((line) => `  ${line}`),
        );
        if (recency.quietA.length > QUIET_SHOWN) {
          lines.push(
            `  ${plural(recency.quietA.length - QUIET_SHOWN, words.moreQuiet, number.format(recency.quietA.length - QUIET_SHOWN))}`,
          );
        }
      }
    }
  }
  return lines;
}

/** Data text on one line, without control characters (a file must not drive the terminal). */
function safe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
