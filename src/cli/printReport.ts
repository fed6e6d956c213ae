/**
 * The human report of a run: headline, class table, value-matrix table with actions, and the first issues.
 */
import { ROLE_WORDS } from '../core/messages/roleWords';
import { plural, type PluralForms } from '../core/messages/plural';
import { CLASS_NAMES, QUADRANT_ACTIONS, QUADRANT_LABELS } from '../core/labels';
import { printAnalyses } from './printAnalyses';
import type { AbcClass, Issue, Locale, QuadrantCode, SegmentationResult } from '../core/types';
import type { ColumnChoice } from '../core/layout/writePlan';

/** What the report says about where the numbers came from. */
export interface ReportContext {
  /** The input file as the user named it. */
  input: string;
  /** Header texts (or letters) of the columns used. */
  columns: ColumnChoice;
  /** Issues found while reading the file (ragged rows), listed after the engine's. */
  fileIssues: readonly Issue[];
  /** The workbook written with -o, if any. */
  output?: string;
  /** What the input workbook held that the written one could not carry (e.g. `1 chart on sheet Notes`). */
  dropped?: readonly string[];
}

/** How many issues the report lists before "… and N more" (the JSON has them all). */
const ISSUES_SHOWN = 10;

const WORDS = {
  en: {
    source: 'Source',
    revenue: 'revenue',
    customer: 'customer',
    potential: 'potential',
    none: 'none (each row is a customer)',
    class: 'Class',
    customers: 'Customers',
    customerShare: '% customers',
    revenueTotal: 'Revenue',
    revenueShare: '% revenue',
    total: 'Total',
    matrix: 'Value matrix (high value = class A; high potential = potential ≥ {split})',
    quadrant: 'Quadrant',
    action: 'What to do',
    issues: 'Issues',
    more: { one: '… and # more (all in --json)', other: '… and # more (all in --json)' },
    noPositive: {
      one: '# customer has no positive revenue (class C).',
      other: '# customers have no positive revenue (class C).',
    },
    unclassified: {
      one: '# customer has no valid revenue (unclassified).',
      other: '# customers have no valid revenue (unclassified).',
    },
    withoutCustomer: {
      one: '# row has no customer and is left out.',
      other: '# rows have no customer and are left out.',
    },
    row: 'row',
    written: 'Written',
    dropped: 'Not carried over to the new workbook',
  },
  fi: {
    source: 'Lähde',
    // The role words and the revenue heading are the workbook's (ROLE_WORDS, layoutText): one Finnish word.
    revenue: ROLE_WORDS.fi.revenue,
    customer: ROLE_WORDS.fi.customer,
    potential: ROLE_WORDS.fi.potential,
    none: 'ei (jokainen rivi on asiakas)',
    class: 'Luokka',
    customers: 'Asiakkaita',
    customerShare: '% asiakkaista',
    revenueTotal: 'Liikevaihto',
    revenueShare: '% liikevaihdosta',
    total: 'Yhteensä',
    matrix: 'Arvomatriisi (arvokas = luokka A; potentiaali korkea = potentiaali ≥ {split})',
    quadrant: 'Lohko',
    action: 'Toimenpide',
    issues: 'Huomiot',
    more: {
      one: '… ja # muu (kaikki --json-tulosteessa)',
      other: '… ja # muuta (kaikki --json-tulosteessa)',
    },
    // "{n} asiakkaan liikevaihto" and "{n} asiakkaalla" read right for every count.
    noPositive: {
      one: '# asiakkaan liikevaihto ei ole positiivinen (luokka C).',
      other: '# asiakkaan liikevaihto ei ole positiivinen (luokka C).',
    },
    unclassified: {
      one: '# asiakkaalla ei ole kelvollista liikevaihtoa (luokittelematta).',
      other: '# asiakkaalla ei ole kelvollista liikevaihtoa (luokittelematta).',
    },
    withoutCustomer: {
      one: '# riviltä puuttuu asiakas; se jätettiin pois.',
      other: '# riviltä puuttuu asiakas; ne jätettiin pois.',
    },
    row: 'rivi',
    written: 'Kirjoitettu',
    dropped: 'Ei siirtynyt uuteen työkirjaan',
  },
} as const;

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];
const QUADRANTS: readonly QuadrantCode[] = ['++', '+-', '-+', '--'];

/**
 * The report text, in the output language (ends with a newline).
 * Rule: numbers in the locale's convention (fi: `1 234,5`); customer names appear only inside issue messages and
 * in the list of quiet A customers (§11), as data text on one line without control characters (a terminal runs no
 * formulas); then the §8–§11 sections (`printAnalyses`); at most 10 issues with their cells, then a count.
 *
 * @example printReport(result, 'en', context).split('\n')[1] // => '38 of 200 customers (19 %) bring 80.4 % of revenue.'
 */
export function printReport(result: SegmentationResult, locale: Locale, context: ReportContext): string {
  const words = WORDS[locale];
  const { summary } = result;
  const tag = locale === 'fi' ? 'fi-FI' : 'en-US';
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = (forms: PluralForms, n: number): string => plural(n, forms, number.format(n));
  const percent = new Intl.NumberFormat(tag, {
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const lines: string[] = [];
  const columns = context.columns;
  const roles = ROLE_WORDS[locale];
  const more = (['group', 'previous', 'date'] as const)
    .map((role) => (columns[role] ? `; ${roles[role]}: ${columns[role]}` : ''))
    .join('');
  lines.push(
    `${words.source}: ${context.input} – ${words.revenue}: ${columns.revenue}; ${words.customer}: ` +
      `${columns.customer ?? words.none}${columns.potential ? `; ${words.potential}: ${columns.potential}` : ''}${more}`,
  );
  lines.push(summary.headline, '');

  const classRows = CLASSES.map((abc) => {
    const row = summary.classes[abc];
    return [
      `${abc} (${CLASS_NAMES[locale][abc]})`,
      number.format(row.customers),
      percent.format(row.customerShare),
      money.format(row.revenue),
      percent.format(row.revenueShare),
    ];
  });
  classRows.push([words.total, number.format(summary.customers), '', money.format(summary.revenue), '']);
  lines.push(
    ...table(
      [words.class, words.customers, words.customerShare, words.revenueTotal, words.revenueShare],
      classRows,
    ),
  );

  const present = QUADRANTS.filter((code) => summary.quadrants[code] !== undefined);
  if (present.length > 0) {
    lines.push(
      '',
      words.matrix.replace(
        '{split}',
        summary.potentialSplit === null ? '–' : number.format(summary.potentialSplit),
      ),
    );
    const quadrantRows = present.map((code) => {
      const row = summary.quadrants[code]!;
      return [
        `${code} ${QUADRANT_LABELS[locale][code]}`,
        number.format(row.customers),
        money.format(row.revenue),
        QUADRANT_ACTIONS[locale][code],
      ];
    });
    lines.push(
      ...table([words.quadrant, words.customers, words.revenueTotal, words.action], quadrantRows, 3),
    );
  }

  lines.push(...printAnalyses(result, locale, { number, money, percent }, columns, table));

  const notes: string[] = [];
  if (summary.customersWithoutPositiveRevenue > 0) {
    notes.push(count(words.noPositive, summary.customersWithoutPositiveRevenue));
  }
  if (summary.unclassifiedCustomers > 0) {
    notes.push(count(words.unclassified, summary.unclassifiedCustomers));
  }
  if (summary.rows.withoutCustomer > 0) {
    notes.push(count(words.withoutCustomer, summary.rows.withoutCustomer));
  }
  if (notes.length > 0) lines.push('', ...notes);

  const issues = [...result.issues, ...context.fileIssues];
  if (issues.length > 0) {
    lines.push('', `${words.issues} (${number.format(issues.length)}):`);
    for (const issue of issues.slice(0, ISSUES_SHOWN)) {
      lines.push(
        `  ${(issue.cell ?? (issue.row === null ? '' : `${words.row} ${issue.row}`)).padEnd(8)} ${oneLine(issue.message)}`,
      );
    }
    if (issues.length > ISSUES_SHOWN) {
      lines.push(`  ${count(words.more, issues.length - ISSUES_SHOWN)}`);
    }
  }
  if (context.output) lines.push('', `${words.written}: ${context.output}`);
  if (context.dropped && context.dropped.length > 0)
    lines.push(`${words.dropped}: ${context.dropped.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Columns padded to their widest cell; all but the first (and from `leftFrom` on) are right-aligned numbers.
 */
function table(header: readonly string[], rows: readonly string[][], leftFrom = Infinity): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const render = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column >= leftFrom ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return all.map(render);
}

/**
 * Data text in a message may hold line breaks or terminal escape sequences: one issue per line, and no control
 * character from a file ever reaches the terminal.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
