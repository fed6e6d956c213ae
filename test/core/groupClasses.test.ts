import { segment } from '../../src/core/segment';
import { table } from './analysisFactories';

const byName = <T extends { name: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.name, x]));

describe('groups (segmentation.md §8)', () => {
  test('a customer can be A in one group and C in another: the unit is the pair (group, customer)', () => {
    const result = segment(
      table(
        { customer: 'Alfa', revenue: 90, group: 'Store 1' },
        { customer: 'Beta', revenue: 10, group: 'Store 1' },
        { customer: 'Alfa', revenue: 1, group: 'Store 2' },
        { customer: 'Gamma', revenue: 60, group: 'Store 2' },
        { customer: 'Delta', revenue: 39, group: 'Store 2' },
      ),
    );
    const alfa = byName(result.customers).Alfa;
    expect(alfa.groups).toEqual([
      { group: 'Store 1', revenue: 90, class: 'A' },
      { group: 'Store 2', revenue: 1, class: 'C' },
    ]);
    expect(Array.from(result.rowGroupClass!)).toEqual([0, 1, 2, 0, 0]);
  });

  test('the overall classes are those of a run without the group column', () => {
    const rows = table(
      { customer: 'Alfa', revenue: 90, group: 'N' },
      { customer: 'Beta', revenue: 10, group: 'S' },
      { customer: 'Alfa', revenue: 30, group: 'S' },
    );
    const { group: _group, ...withoutGroup } = rows;
    const plain = segment({ ...withoutGroup, addressing: { ...rows.addressing, groupColumn: undefined } });
    expect(segment(rows).customers.map((c) => [c.name, c.class])).toEqual(
      plain.customers.map((c) => [c.name, c.class]),
    );
  });

  test('groups are listed by their positive revenue T_g, largest first, with share, classes and headline', () => {
    const { summary } = segment(
      table(
        { customer: 'a', revenue: 10, group: 'South' },
        { customer: 'b', revenue: 80, group: 'North' },
        { customer: 'c', revenue: 20, group: 'North' },
        { customer: 'd', revenue: -5, group: 'South' },
      ),
    );
    const [north, south] = summary.groups!;
    expect(north).toMatchObject({ name: 'North', customers: 2, revenue: 100, share: 100 / 110 });
    expect(north.headline).toBe("1 of 2 customers (50 %) bring 80 % of North's revenue.");
    expect(south).toMatchObject({
      name: 'South',
      customers: 2,
      revenue: 10,
      customersWithoutPositiveRevenue: 1,
    });
    expect(south.classes.A.customers).toBe(1);
    expect(south.classes.C).toMatchObject({ customers: 1, revenue: -5 });
  });

  test('a group without positive revenue is reported, its pairs are C, and the run goes on', () => {
    const result = segment(
      table(
        { customer: 'a', revenue: 50, group: 'Good' },
        { customer: 'b', revenue: -20, group: 'Returns' },
        { customer: 'c', revenue: 0, group: 'Returns' },
      ),
    );
    const returns = byName(result.summary.groups!).Returns;
    expect(returns.revenue).toBe(0);
    expect(returns.classes.C.customers).toBe(2);
    expect(returns.headline).toBe("0 of 2 customers (0 %) bring 0 % of Returns' revenue.");
    expect(result.issues.map((i) => i.code)).toContain('group-without-positive-revenue');
  });

  test('blank group cells form the group "(blank)" / "(tyhjä)", counted in an issue', () => {
    const rows = table(
      { customer: 'a', revenue: 50, group: '  ' },
      { customer: 'b', revenue: 20, group: null },
      { customer: 'c', revenue: 30, group: 'X' },
    );
    const en = segment(rows);
    expect(en.summary.groups!.map((g) => [g.name, g.blank, g.customers])).toEqual([
      ['(blank)', true, 2],
      ['X', false, 1],
    ]);
    expect(en.issues.find((i) => i.code === 'blank-group')!.message).toContain('2 rows');
    expect(segment(rows, { outputLocale: 'fi' }).summary.groups![0].name).toBe('(tyhjä)');
  });

  test('one customer in the blank group and in named ones has a pair in each; a group met only on rows without a customer is none', () => {
    const result = segment(
      table(
        { customer: 'a', revenue: 10, group: null },
        { customer: null, revenue: 99, group: 'Only cash' },
        { customer: 'a', revenue: 30, group: 'X' },
        { customer: 'a', revenue: 5, group: '' },
        { customer: 'b', revenue: 200, group: 'X' },
      ),
    );
    expect(byName(result.summary.groups!)['(blank)'].revenue).toBe(15);
    expect(result.summary.groups!.map((g) => g.name).sort()).toEqual(['(blank)', 'X']);
    expect(byName(result.customers).a.groups).toEqual([
      { group: '(blank)', revenue: 15, class: 'A' },
      { group: 'X', revenue: 30, class: 'B' },
    ]);
    expect(Array.from(result.rowGroupClass!)).toEqual([0, 255, 1, 0, 0]);
  });

  test('group names compare like customer keys (NFC, trimmed, case-folded); the first spelling is shown', () => {
    const { summary } = segment(
      table(
        { customer: 'a', revenue: 5, group: 'Pohjoinen ' },
        { customer: 'b', revenue: 5, group: 'POHJOINEN' },
        { customer: 'c', revenue: 5, group: 'Ra\u0308ma\u0308' },
        { customer: 'd', revenue: 5, group: 'Rämä' },
      ),
    );
    expect(summary.groups!.map((g) => [g.name, g.customers])).toEqual([
      ['Pohjoinen', 2],
      ['Ra\u0308ma\u0308', 2],
    ]);
  });

  test('a row whose pair has no valid revenue cell shows no group class (255)', () => {
    const result = segment(
      table(
        { customer: 'a', revenue: 5, group: 'N' },
        { customer: 'a', revenue: 'n/a', group: 'S' },
        { revenue: 7, group: 'N' },
      ),
    );
    expect(Array.from(result.rowGroupClass!)).toEqual([0, 255, 255]);
    expect(result.customers[0].groups).toEqual([{ group: 'N', revenue: 5, class: 'A' }]);
  });

  test('group names fold like customer keys: "STRASSE" and "Straße" are one group', () => {
    const { summary } = segment(
      table({ customer: 'a', revenue: 5, group: 'Straße' }, { customer: 'b', revenue: 5, group: 'STRASSE' }),
    );
    expect(summary.groups!.map((g) => [g.name, g.customers])).toEqual([['Straße', 2]]);
  });

  test('a pair (group, customer) without a valid revenue cell is reported naming customer and group, in English and Finnish', () => {
    const rows = table(
      { customer: 'A', revenue: 10, group: 'North' },
      { customer: 'A', revenue: null, group: 'South' },
    );
    const en = segment(rows);
    expect(en.customers[0].groups).toEqual([{ group: 'North', revenue: 10, class: 'A' }]);
    expect(en.issues.filter((i) => i.code === 'unclassified-pair').map((i) => i.message)).toEqual([
      'Customer "A" has no valid revenue cell on the rows of group "South"; it is not classified in that group.',
    ]);
    const fi = segment(rows, { outputLocale: 'fi' });
    expect(fi.issues.find((i) => i.code === 'unclassified-pair')!.message).toBe(
      'Asiakkaalla "A" ei ole ryhmän "South" riveillä yhtään kelvollista liikevaihtosolua; sitä ei luokitella siinä ryhmässä.',
    );
  });

  test('a group whose pairs are all unclassified stays listed with 0 customers, after the others', () => {
    const { summary, issues } = segment(
      table(
        { customer: 'A', revenue: 10, group: 'North' },
        { customer: 'A', revenue: null, group: 'South' },
        { customer: 'B', revenue: 'n/a', group: 'South' },
      ),
    );
    expect(summary.groups!.map((g) => [g.name, g.customers, g.revenue, g.share])).toEqual([
      ['North', 1, 10, 1],
      ['South', 0, 0, 0],
    ]);
    const south = summary.groups![1];
    expect([south.classes.A.customers, south.classes.B.customers, south.classes.C.customers]).toEqual([
      0, 0, 0,
    ]);
    expect(issues.filter((i) => i.code === 'unclassified-pair')).toHaveLength(2);
    expect(issues.map((i) => i.code)).not.toContain('group-without-positive-revenue');
  });

  test('without a customer column a row without valid revenue is reported by its cell, not again as a pair', () => {
    const result = segment(table({ revenue: 10, group: 'North' }, { revenue: null, group: 'South' }));
    expect(result.summary.groups!.map((g) => [g.name, g.customers])).toEqual([
      ['North', 1],
      ['South', 0],
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['blank-revenue']);
  });

  test('without a group column nothing about groups is in the result', () => {
    const result = segment(table({ customer: 'a', revenue: 5 }));
    expect(result.summary.groups).toBeUndefined();
    expect(result.rowGroupClass).toBeUndefined();
    expect('groups' in result.customers[0]).toBe(false);
  });
});
