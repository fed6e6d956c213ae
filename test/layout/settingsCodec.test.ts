import { decodeSettings, encodeSettings } from '../../src/core/layout/settingsCodec';
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
    expect(decoded.problem).toMatch(/not readable.*segment again/);
    expect(decodeSettings('[1,2]', 'fi').problem).toMatch(/ei voi lukea/);
  });

  test('a newer version is refused with a sentence naming it', () => {
    const decoded = decodeSettings(JSON.stringify({ ...settings(), version: 2 }), 'en');
    expect(decoded.settings).toBeNull();
    expect(decoded.problem).toContain('version 2');
  });

  test('a missing or mistyped field is named', () => {
    const s = settings();
    const broken = { ...s, owned: { ...s.owned, headers: 'Rank' } };
    expect(decodeSettings(JSON.stringify(broken), 'en').problem).toContain('owned.headers');
    const noColumns = { ...s, columns: undefined };
    expect(decodeSettings(JSON.stringify(noColumns), 'en').problem).toContain('columns.revenue');
  });
});
