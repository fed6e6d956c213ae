import { decodeSettings, encodeSettings } from '../../src/core/layout/settingsCodec';
import { renderMessage } from '../../src/core/messages/renderMessage';
import type { Message } from '../../src/core/messages/renderMessage';

const text = (problem: Message | null, locale: 'en' | 'fi' = 'en') =>
  problem ? renderMessage(problem, locale) : '';
import { layoutWritePlan } from '../../src/core/layout/layoutWritePlan';
import { customer, layoutInput, result } from './resultFixture';

const settings = () =>
  layoutWritePlan(layoutInput(result([customer('Alfa', 80, 'A'), customer('Beta', 20, 'B')]))).settings;

describe('settingsCodec', () => {
  test('encode then decode gives the same settings', () => {
    const s = settings();
    expect(decodeSettings(encodeSettings(s), 'en')).toEqual({ settings: s, problem: null });
  });

  test('nothing stored: no settings and no problem', () => {
    expect(decodeSettings(null, 'en')).toEqual({ settings: null, problem: null });
    expect(decodeSettings('', 'fi')).toEqual({ settings: null, problem: null });
  });

  test('malformed JSON gives a problem sentence instead of throwing', () => {
    const decoded = decodeSettings('{"version": 1, ', 'en');
    expect(decoded.settings).toBeNull();
    expect(text(decoded.problem)).toMatch(/not readable.*segment again/);
    expect(text(decodeSettings('[1,2]').problem, 'fi')).toMatch(/ei voi lukea/);
  });

  test('a newer version is refused with a sentence naming it', () => {
    const decoded = decodeSettings(JSON.stringify({ ...settings(), version: 2 }), 'en');
    expect(decoded.settings).toBeNull();
    expect(text(decoded.problem)).toContain('version 2');
  });

  test('a missing or mistyped field is named', () => {
    const s = settings();
    const broken = { ...s, owned: { ...s.owned, headers: 'Rank' } };
    expect(text(decodeSettings(JSON.stringify(broken)).problem)).toContain('owned.headers');
    const noColumns = { ...s, columns: undefined };
    expect(text(decodeSettings(JSON.stringify(noColumns)).problem)).toContain('columns.revenue');
  });

  test('columns written without header cells are recorded as such, and settings from before still load', () => {
    const input = layoutInput(result([customer('Alfa', 80, 'A'), customer('Beta', 20, 'B')]), {
      source: { sheetName: 'Sales', tableName: null, address: 'A1:C2', hasHeader: false },
      placement: { sheetName: 'Sales', tableName: null, firstColumn: 3, headerRow: 0 },
    });
    const headerless = layoutWritePlan(input).settings;
    expect(headerless.owned.headerCells).toBe(false);
    expect(decodeSettings(encodeSettings(headerless)).settings).toEqual(headerless);
    // A run with a header row writes no flag at all: its settings read exactly as before.
    expect('headerCells' in settings().owned).toBe(false);
    const mistyped = { ...headerless, owned: { ...headerless.owned, headerCells: 'no' } };
    expect(text(decodeSettings(JSON.stringify(mistyped)).problem)).toContain('owned.headerCells');
  });

  test('the stored value may be the JSON text, that text quoted once more, or the parsed object', () => {
    const s = settings();
    const json = encodeSettings(s);
    expect(decodeSettings(json).settings).toEqual(s);
    expect(decodeSettings(JSON.stringify(json)).settings).toEqual(s);
    expect(decodeSettings(JSON.parse(json) as unknown).settings).toEqual(s);
  });

  test('a problem is a catalogue message, rendered in the language of whoever shows it', () => {
    const problem = decodeSettings('{').problem;
    expect(problem).toEqual({ key: 'settings-malformed', params: {} });
    expect(text(problem, 'fi')).toMatch(/asetuksia ei voi lukea/);
  });
});
