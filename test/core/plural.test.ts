import { fillTemplate, plural } from '../../src/core/messages/plural';
import { issueMessage } from '../../src/core/issueMessage';
import { headline } from '../../src/core/headline';
import { LAYOUT_TEXT } from '../../src/core/layout/layoutText';
import { segment } from '../../src/core/segment';
import { printReport } from '../../src/cli/printReport';
import { format, STRINGS } from '../../src/taskpane/strings';
import type { Locale } from '../../src/core/types';
import { rows } from './factories';

const customers = { one: '# customer', other: '# customers' };
const asiakas = { one: '# asiakas', other: '# asiakasta' };

describe('count-bearing sentences: 1 customer, 2 customers (fi: 1 asiakas, 2 asiakasta)', () => {
  test('plural says "1 customer" and "2 customers", and the other form for 0', () => {
    expect(plural(1, customers)).toBe('1 customer');
    expect(plural(2, customers)).toBe('2 customers');
    expect(plural(0, customers)).toBe('0 customers');
  });

  test('plural says "1 asiakas" and "2 asiakasta" in Finnish', () => {
    expect(plural(1, asiakas)).toBe('1 asiakas');
    expect(plural(2, asiakas)).toBe('2 asiakasta');
  });

  test('plural writes the count as the caller formats it and leaves a later "#" in data alone', () => {
    expect(plural(1200, customers, '1 200')).toBe('1 200 customers');
    expect(plural(1, { one: '# row in group "#2"', other: '# rows in group "#2"' })).toBe(
      '1 row in group "#2"',
    );
  });

  test('a template picks "1 customer" / "2 customers" by the count, formatted or not', () => {
    const template = '{n, plural, one {# customer} other {# customers}} in {group}';
    expect(fillTemplate(template, { n: 1, group: 'North' })).toBe('1 customer in North');
    expect(fillTemplate(template, { n: '2', group: 'North' })).toBe('2 customers in North');
    expect(fillTemplate(template, { n: '1 000', group: '{n}' })).toBe('1 000 customers in {n}');
    expect(fillTemplate(template, {})).toBe(template);
  });

  test.each([
    ['en', 1, '1 customer has no potential; it gets no value-matrix quadrant.'],
    ['en', 2, '2 customers have no potential; they get no value-matrix quadrant.'],
    ['fi', 1, '1 asiakkaalta puuttuu potentiaali; sille ei anneta arvomatriisin lohkoa.'],
    ['fi', 2, '2 asiakkaalta puuttuu potentiaali; heille ei anneta arvomatriisin lohkoa.'],
  ] as const)('the no-potential issue in %s for %d', (locale: Locale, count, sentence) => {
    expect(issueMessage({ code: 'no-potential', customers: count }, locale)).toBe(sentence);
  });

  test('the rows-without-customer issue says "1 row has" / "2 rows have" (fi "sen" / "niiden")', () => {
    const one = { code: 'rows-without-customer', rows: 1, revenue: 5 } as const;
    const two = { ...one, rows: 2 };
    expect(issueMessage(one, 'en')).toMatch(/^1 row has no customer; its revenue/);
    expect(issueMessage(two, 'en')).toMatch(/^2 rows have no customer; their revenue/);
    expect(issueMessage(one, 'fi')).toMatch(/^1 riviltä puuttuu asiakas; sen liikevaihto/);
    expect(issueMessage(two, 'fi')).toMatch(/^2 riviltä puuttuu asiakas; niiden liikevaihto/);
  });

  test('the summary sheet says "1 customer has no potential" / "2 customers have" and "1 poistunut" / "2 poistunutta"', () => {
    expect(LAYOUT_TEXT.en.withoutPotential(1)).toBe('1 customer has no potential and no quadrant.');
    expect(LAYOUT_TEXT.en.withoutPotential(2)).toBe('2 customers have no potential and no quadrant.');
    expect(LAYOUT_TEXT.en.withoutDate(1)).toBe('1 customer has no dated purchase.');
    expect(LAYOUT_TEXT.en.withoutDate(1200)).toBe('1 200 customers have no dated purchase.');
    expect(LAYOUT_TEXT.fi.gonePart(1)).toBe('1 poistunut');
    expect(LAYOUT_TEXT.fi.gonePart(2)).toBe('2 poistunutta');
    expect(LAYOUT_TEXT.fi.movedPart(1, 'A', 'B', true)).toBe('1 asiakas A→B');
    expect(LAYOUT_TEXT.fi.movedPart(2, 'A', 'B', true)).toBe('2 asiakasta A→B');
    expect(LAYOUT_TEXT.en.recencyHeading(1, '2026-01-31')).toContain('more than 1 day (');
  });

  test('the Finnish headline says "1 asiakas" and "2 asiakasta"', () => {
    expect(headline(1, 5, 8, 10, 'fi')).toMatch(/^1 asiakas 5:stä/);
    expect(headline(2, 5, 8, 10, 'fi')).toMatch(/^2 asiakasta 5:stä/);
  });

  test('the command-line report says "1 customer has no positive revenue" and "1 row has no customer"', () => {
    const result = segment(rows(['a', 100], ['b', -5], [null, 3]));
    const context = {
      input: 'x.csv',
      columns: { revenue: 'B', customer: 'A', potential: null },
      fileIssues: [],
    };
    const en = printReport(result, 'en', context);
    expect(en).toContain('1 customer has no positive revenue (class C).');
    expect(en).toContain('1 row has no customer and is left out.');
    expect(printReport(result, 'fi', context)).toContain('1 riviltä puuttuu asiakas; se jätettiin pois.');
  });

  test('the pane says "1 uusi" / "2 uutta" and "1 row" / "2 rows" of data', () => {
    expect(format(STRINGS.fi.changeNew, { count: 1 })).toBe('1 uusi');
    expect(format(STRINGS.fi.changeNew, { count: 2 })).toBe('2 uutta');
    expect(format(STRINGS.en.sourceRows, { rows: '1' })).toBe('1 row of data');
    expect(format(STRINGS.en.sourceRows, { rows: '1,024' })).toBe('1,024 rows of data');
  });
});
