import { commandLocale, commandTexts, errorMessage } from '../../src/commands/commandMessages';
import { SegmentationError } from '../../src/core/segmentationError';

describe('commandLocale', () => {
  test.each([
    ['fi-FI', 'fi'],
    ['fi', 'fi'],
    ['FI-fi', 'fi'],
    ['en-US', 'en'],
    ['sv-FI', 'en'],
    ['fil-PH', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('Office display language %s → messages in %s', (tag, locale) => {
    expect(commandLocale(tag)).toBe(locale);
  });
});

describe('command texts', () => {
  test('English and Finnish define the same, non-empty texts', () => {
    const en = commandTexts('en');
    const fi = commandTexts('fi');
    expect(Object.keys(fi).sort()).toEqual(Object.keys(en).sort());
    for (const text of [...Object.values(en), ...Object.values(fi)]) expect(text.trim()).not.toBe('');
  });

  test('the guidance names the ribbon buttons exactly as the manifest labels them', () => {
    expect(commandTexts('en').noSavedSettings).toContain('Open pane');
    expect(commandTexts('en').noSavedSettings).toContain('Segment');
    expect(commandTexts('fi').noSavedSettings).toContain('Avaa paneeli');
    expect(commandTexts('fi').noSavedSettings).toContain('Segmentoi');
  });
});

describe('errorMessage', () => {
  test('a SegmentationError speaks for itself', () => {
    expect(errorMessage(new SegmentationError('no-data', 'The source has no data rows.'), 'en')).toBe(
      'The source has no data rows.',
    );
  });

  test('column-not-found and source-changed point to the pane in the UI language', () => {
    const error = new SegmentationError('column-not-found', 'Sarake Myynti puuttuu.');
    expect(errorMessage(error, 'fi')).toBe(`Sarake Myynti puuttuu. ${commandTexts('fi').openPaneHint}`);
  });

  test('any other error gets the generic sentence and its message, never its stack', () => {
    const error = new Error('Access denied.');
    const message = errorMessage(error, 'en');
    expect(message).toBe(`${commandTexts('en').unexpected} Access denied.`);
    expect(message).not.toContain('at ');
  });

  test('a thrown non-Error value is still described', () => {
    expect(errorMessage('timeout', 'en')).toBe(`${commandTexts('en').unexpected} timeout`);
  });
});
