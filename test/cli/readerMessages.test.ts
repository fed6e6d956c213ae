import { SegmentationError } from '../../src/core/segmentationError';
import {
  inLocale,
  READER_MESSAGES,
  readerError,
  renderReaderMessage,
} from '../../src/hosts/file/readerMessages';

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
      const render = (locale: 'en' | 'fi') =>
        renderReaderMessage(key as keyof typeof READER_MESSAGES, params as never, locale);
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
    const tab = { file: 'x.csv', delimiter: '\t' };
    expect(renderReaderMessage('csv-unknown-delimiter', tab, 'en')).toMatch(/with tab,/);
    expect(renderReaderMessage('csv-unknown-delimiter', tab, 'fi')).toMatch(/merkillä sarkain,/);
  });

  test('a reader error is shown in Finnish with --locale fi; other errors stay as they are', () => {
    const error = readerError('no-data', 'file-empty', { file: 'x.csv' });
    expect(error.message).toBe('x.csv is empty: there is no table to segment.');
    const fi = inLocale(error, 'fi') as SegmentationError;
    expect({ code: fi.code, message: fi.message }).toEqual({
      code: 'no-data',
      message: 'x.csv on tyhjä: siinä ei ole segmentoitavaa taulukkoa.',
    });
    const other = new SegmentationError('no-data', 'The source has no data rows.');
    expect(inLocale(other, 'fi')).toBe(other);
    expect(inLocale(error, 'en')).toBe(error);
  });
});
