import { SAME_IN_BOTH_LANGUAGES, STRINGS, format } from '../../src/taskpane/strings';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();

describe('pane strings', () => {
  const enKeys = Object.keys(STRINGS.en).sort();
  const fiKeys = Object.keys(STRINGS.fi).sort();

  test('every English string has a Finnish twin and every Finnish string an English one', () => {
    expect(fiKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !fiKeys.includes(key))).toEqual([]);
  });

  test('no string is empty in either language', () => {
    for (const locale of ['en', 'fi'] as const) {
      const empty = Object.entries(STRINGS[locale]).filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  test('Finnish differs from English except for whitelisted names', () => {
    const untranslated = enKeys.filter(
      (key) =>
        STRINGS.en[key as keyof typeof STRINGS.en] === STRINGS.fi[key as keyof typeof STRINGS.fi] &&
        !SAME_IN_BOTH_LANGUAGES.includes(key as keyof typeof STRINGS.en),
    );
    expect(untranslated).toEqual([]);
  });

  test('twins use the same placeholders', () => {
    const mismatched = enKeys.filter(
      (key) =>
        placeholders(STRINGS.en[key as keyof typeof STRINGS.en]).join() !==
        placeholders(STRINGS.fi[key as keyof typeof STRINGS.fi]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  test('the Segment button is "Segment" in English and "Segmentoi" in Finnish', () => {
    expect(STRINGS.en.segmentButton).toBe('Segment');
    expect(STRINGS.fi.segmentButton).toBe('Segmentoi');
  });

  test('format fills named placeholders and leaves unknown ones', () => {
    expect(format('{count} new, {x}', { count: 12 })).toBe('12 new, {x}');
  });
});
