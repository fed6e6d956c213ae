import { message, renderMessage } from '../../src/core/messages/renderMessage';
import { READER_MESSAGES } from '../../src/core/messages/readerMessages';
import { renderError } from '../../src/core/messages/renderError';
import { SegmentationError } from '../../src/core/segmentationError';

/** Parameters that fit every reader message (extra ones are ignored by an entry). */
const params = {
  file: 'sales.csv',
  extension: '.xlsx',
  reason: 'missing',
  sheet: 'Sheet1',
  other: 'Data',
  sheets: '"Sheet1", "Data"',
  byte: '0xC4',
  offset: 15,
  line: 2,
  row: 7,
  delimiter: '`',
};

describe('reader messages', () => {
  test.each(Object.keys(READER_MESSAGES))(
    '%s: one English and one Finnish sentence, each naming the file',
    (key) => {
      const render = (locale: 'en' | 'fi') => renderMessage({ key, params }, locale);
      for (const locale of ['en', 'fi'] as const) {
        const sentence = render(locale);
        expect(sentence).toContain('sales.csv');
        expect(sentence).not.toMatch(/undefined|\[object/);
        expect(sentence).not.toMatch(/\n/);
      }
      expect(render('fi')).not.toBe(render('en'));
    },
  );

  test('a tab is named as a word, not an invisible character', () => {
    const tab = message('csv-unknown-delimiter', { file: 'x.csv', delimiter: '\t' });
    expect(renderMessage(tab, 'en')).toMatch(/with tab,/);
    expect(renderMessage(tab, 'fi')).toMatch(/merkillä sarkain,/);
  });

  test('a reader refusal renders in the language of the place that shows it', () => {
    const error = new SegmentationError('unreadable-input', message('file-encrypted', { file: 'x.xlsx' }));
    expect(renderError(error, 'en')).toMatch(/^x\.xlsx is protected with a password/);
    expect(renderError(error, 'fi')).toMatch(/^x\.xlsx on suojattu salasanalla/);
  });
});
