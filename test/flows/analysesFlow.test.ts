/**
 * The roles and options of segmentation.md §8–§11 through the flows: guessed, read, saved, and kept on refresh.
 */
import { prepareSegmentation, refreshSegmentation, runSegmentation } from '../../src/flows/segmentFlow';
/* eslint-disable @typescript-eslint/no-explicit-any -- stored settings are edited as plain JSON here, as a hand edit would */
import { decodeSettings } from '../../src/core/layout/settingsCodec';
import { isSegmentationError } from '../../src/core/segmentationError';
import { MemoryHost, type Grid } from './memoryHost';

const grid = (): Grid => [
  ['Invoice date', 'Customer', 'Region', 'Sales 2025', 'Sales 2026'],
  ['2026-01-10', 'Alfa', 'North', 100, 80],
  ['2026-02-15', 'Beta', 'North', 10, 15],
  ['2026-06-30', 'Alfa', 'South', null, 5],
  ['2026-03-01', 'Gamma', 'South', 50, 60],
  ['2026-05-20', 'Delta', 'East', 20, 30],
];

const newHost = () => new MemoryHost({ Sales: grid() }, { sheet: 'Sales', row: 2, column: 1 });

async function firstRun(host: MemoryHost, quietDays = 90) {
  const preparation = await prepareSegmentation(host, { useSaved: false });
  return runSegmentation(host, preparation, {
    columns: preparation.columns,
    options: { ...preparation.options, thresholdMethod: 'fixed', quietDays, asOf: '2026-07-31' },
    outputLocale: preparation.outputLocale,
  });
}

describe('groups, periods and recency through the flows', () => {
  test('prepare guesses the group, previous-period and date columns', async () => {
    const preparation = await prepareSegmentation(newHost(), { useSaved: false });
    expect(preparation.columns).toEqual({
      revenue: 'Sales 2026',
      customer: 'Customer',
      potential: null,
      group: 'Region',
      previous: 'Sales 2025',
      date: 'Invoice date',
    });
    expect(preparation.options).toMatchObject({ thresholdMethod: 'fixed', quietDays: 90 });
  });

  test('a run reads every mapped role: groups, the previous period and recency are in the result', async () => {
    const { result } = await firstRun(newHost());
    expect(result.summary.groups!.map((g) => g.name)).toEqual(['North', 'South', 'East']);
    expect(result.summary.previous!.label).toBe('Sales 2025');
    expect(result.summary.recency).toMatchObject({ asOf: '2026-07-31', windowDays: 90 });
    const alfa = result.customers.find((c) => c.name === 'Alfa')!;
    expect(alfa.lastPurchase).toBe('2026-06-30');
    expect(alfa.groups!.map((g) => g.group)).toEqual(['North', 'South']);
  });

  test('the settings keep the roles and options, and a refresh uses them', async () => {
    const host = newHost();
    await firstRun(host, 30);
    const settings = decodeSettings(host.settingsJson, 'en').settings!;
    expect(settings.columns).toMatchObject({ group: 'Region', previous: 'Sales 2025', date: 'Invoice date' });
    expect(settings.options).toMatchObject({ thresholdMethod: 'fixed', quietDays: 30, asOf: '2026-07-31' });
    const outcome = await refreshSegmentation(host);
    expect(outcome.result.summary.groups).toBeDefined();
    expect(outcome.result.summary.previous!.label).toBe('Sales 2025');
    expect(outcome.result.summary.recency).toMatchObject({ asOf: '2026-07-31', windowDays: 30 });
  });

  test('switched off in the pane (null), a role stays off on refresh', async () => {
    const host = newHost();
    const preparation = await prepareSegmentation(host, { useSaved: false });
    await runSegmentation(host, preparation, {
      columns: { ...preparation.columns, group: null, date: null },
      options: preparation.options,
      outputLocale: 'en',
    });
    const outcome = await refreshSegmentation(host);
    expect(outcome.result.summary.groups).toBeUndefined();
    expect(outcome.result.summary.recency).toBeUndefined();
    expect(outcome.result.summary.previous).toBeDefined();
  });

  test('a renamed group column: refresh says which column and role, nothing written', async () => {
    const host = newHost();
    await firstRun(host);
    host.setCell('Sales', 1, 2, 'Area');
    const writes = host.writes;
    try {
      await refreshSegmentation(host);
      throw new Error('the refresh was not refused');
    } catch (error) {
      expect(isSegmentationError(error) && error.code).toBe('source-changed');
      expect((error as Error).message).toContain('group column "Region"');
    }
    expect(host.writes).toBe(writes);
  });

  test('computed thresholds through the flows are named in the result', async () => {
    const host = newHost();
    const preparation = await prepareSegmentation(host, { useSaved: false });
    const { result } = await runSegmentation(host, preparation, {
      columns: preparation.columns,
      options: { ...preparation.options, thresholdMethod: 'computed' },
      outputLocale: 'en',
    });
    expect(result.summary.thresholds.method).toBe('computed');
  });
});

describe('saved settings of §8–§11', () => {
  async function savedJson(): Promise<Record<string, any>> {
    const host = newHost();
    await firstRun(host);
    return JSON.parse(host.settingsJson!) as Record<string, any>;
  }

  test('settings saved before the new roles and options (none of them present) are still usable', async () => {
    const json = await savedJson();
    for (const role of ['group', 'previous', 'date']) delete json.columns[role];
    for (const option of ['thresholdMethod', 'quietDays', 'asOf']) delete json.options[option];
    expect(decodeSettings(JSON.stringify(json), 'en').settings).not.toBeNull();
  });

  test.each([
    ['options.thresholdMethod', 'median'],
    ['options.quietDays', -3],
    ['options.asOf', '31.7.2026'],
    ['columns.group', 5],
  ])('a stored %s of %p makes the settings unusable, said as a problem', async (path, value) => {
    const json = await savedJson();
    const [part, field] = path.split('.');
    json[part][field] = value;
    const decoded = decodeSettings(JSON.stringify(json), 'en');
    expect(decoded.settings).toBeNull();
    expect(decoded.problem).not.toBeNull();
  });
});
