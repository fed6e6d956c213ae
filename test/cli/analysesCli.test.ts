/**
 * The command line with the roles and options of segmentation.md §8–§11, run as a user runs it.
 */
import { expectOneLineError, fixture, runCli, type CliRun } from './runCli';
/* eslint-disable @typescript-eslint/no-explicit-any -- parsed --json output: its shape is what these tests check */

function json(run: CliRun): Record<string, any> {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, any>;
}

const customers = fixture('samples/customers.csv');
const invoices = fixture('samples/invoices.csv');

describe('command line: groups and two periods (§8, §9)', () => {
  test('--group Sector --previous "Revenue 2025" prints the group table and the migration since Revenue 2025', () => {
    const run = runCli([customers, '--group', 'Sector', '--previous', 'Revenue 2025']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('group: Sector; previous-period revenue: Revenue 2025');
    expect(run.stdout).toContain('By Sector (ABC within each group, largest first)');
    expect(run.stdout).toMatch(/Logistics +37 /);
    expect(run.stdout).toContain('Who moved since Revenue 2025');
  });

  test('--json gains groups, previous and the per-customer fields, in the contract order', () => {
    const result = json(runCli([customers, '--group', 'Sector', '--previous', 'Revenue 2025', '--json']));
    expect(Object.keys(result.summary).slice(-2)).toEqual(['groups', 'previous']);
    const groups = result.summary.groups as any[];
    expect(groups.map((g) => g.name)).toEqual([
      'Logistics',
      'Construction',
      'Retail',
      'Public',
      'Industry',
      'Services',
    ]);
    for (const group of groups) {
      expect(Object.keys(group)).toEqual(['name', 'customers', 'revenue', 'classes', 'headline']);
      expect(Object.keys(group.classes.A)).toEqual(['customers', 'revenue']);
    }
    // Every customer is in exactly one sector here, so the group sizes add up to the customers.
    expect(groups.reduce((n, g) => n + g.customers, 0)).toBe(240);
    expect(Object.keys(result.summary.previous)).toEqual(['revenue', 'classes', 'migration']);
    expect(Object.keys(result.summary.previous.migration)).toEqual(['A', 'B', 'C', 'new']);
    const first = result.customers[0];
    expect(Object.keys(first).slice(9)).toEqual([
      'groups',
      'previousRevenue',
      'previousClass',
      'growth',
      'change',
    ]);
    expect(first.groups).toHaveLength(1);
    expect(Object.keys(first.groups[0])).toEqual(['group', 'revenue', 'class']);
  });

  test('none switches a guessed role off: its keys are absent, not null', () => {
    const result = json(runCli([customers, '--group', 'none', '--previous', 'none', '--json']));
    expect(result.summary.groups).toBeUndefined();
    expect(result.summary.previous).toBeUndefined();
    expect('previousClass' in result.customers[0]).toBe(false);
    expect('change' in result.customers[0]).toBe(false);
  });

  test('the Finnish sample gives the same group numbers as the English one', () => {
    const en = json(runCli([customers, '--json'])).summary.groups as any[];
    const fi = json(runCli([fixture('samples/asiakkaat.csv'), '--json'])).summary.groups as any[];
    const numbers = (groups: any[]) => groups.map(({ name: _name, headline: _headline, ...rest }) => rest);
    expect(numbers(fi)).toEqual(numbers(en));
  });
});

describe('command line: recency (§11)', () => {
  test('invoices.csv: the Date column is guessed; by §11 no A customer and three B customers have gone quiet', () => {
    const result = json(runCli([invoices, '--json']));
    expect(result.summary.recency).toEqual({
      asOf: '2026-12-28',
      windowDays: 90,
      quiet: {
        A: { customers: 0, revenue: 0 },
        B: { customers: 3, revenue: expect.any(Number) },
      },
    });
    const quiet = (result.customers as any[]).filter((c) => c.quiet);
    expect(quiet.map((c) => c.class)).toEqual(['B', 'B', 'B']);
    for (const c of quiet) expect(c.daysSincePurchase).toBeGreaterThan(90);
    const b = quiet.reduce((sum, c) => sum + c.revenue, 0);
    expect(result.summary.recency.quiet.B.revenue).toBeCloseTo(b, 6);
  });

  test('the report names the quiet customers; --quiet-days and --as-of change the window and the day', () => {
    const run = runCli([invoices, '--quiet-days', '30', '--as-of', '2027-01-31']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Recency as of 2027-01-31');
    expect(run.stdout).toContain('more than 30 days');
    expect(run.stdout).toContain('Quiet A customers – call them this week:');
  });

  test('--date none: no recency keys', () => {
    const result = json(runCli([invoices, '--date', 'none', '--json']));
    expect(result.summary.recency).toBeUndefined();
    expect('lastPurchase' in result.customers[0]).toBe(false);
  });
});

describe('command line: computed thresholds (§10)', () => {
  test('swiss-inhabitants.csv --thresholds computed gives A 641, B 437, C 1 818', () => {
    const result = json(
      runCli([fixture('external/swiss-inhabitants.csv'), '--thresholds', 'computed', '--json']),
    );
    const { classes, thresholds } = result.summary;
    expect([classes.A.customers, classes.B.customers, classes.C.customers]).toEqual([641, 437, 1818]);
    expect(thresholds.method).toBe('computed');
    expect(thresholds.a).toBeCloseTo(0.690690639876, 9);
    expect(thresholds.b).toBeCloseTo(0.810559122462, 9);
  });

  test.each([
    [['--thresholds', 'median'], '--thresholds must be fixed or computed'],
    [['--thresholds', 'computed', '--a', '70'], 'leave out --a and --b'],
    [['--quiet-days', '-5'], '--quiet-days must be a whole number'],
    [['--as-of', '2026-02-30'], '--as-of must be a date written yyyy-mm-dd'],
    [['--group', 'Nope'], 'No group column "Nope"'],
  ])('%j exits 2 with one line', (args, reason) => {
    const run = runCli([customers, ...args]);
    expect(run.status).toBe(2);
    expectOneLineError(run);
    expect(run.stderr).toContain(reason);
  });
});
