import { MESSAGE_PAGE, messageDialogUrl, readMessageQuery } from '../../src/commands/messageDialog';

describe('message dialog URL', () => {
  test('the dialog page sits next to the function file, on the same origin (Office requires the add-in domain)', () => {
    const url = new URL(
      messageDialogUrl('https://addins.contoso.com/abc/taskpane.html', { text: 'Hi', locale: 'en' }),
    );
    expect(url.origin).toBe('https://addins.contoso.com');
    expect(url.pathname).toBe(`/abc/${MESSAGE_PAGE}`);
  });

  test('any text survives the round trip through the query string, including &, #, = and line breaks', () => {
    const text = 'Cell F12 holds "R&D #1 = x".\nClear column F? 100 % – ä';
    const url = new URL(messageDialogUrl('https://localhost:3000/taskpane.html', { text, locale: 'fi' }));
    expect(url.hash).toBe('');
    expect(readMessageQuery(url.search)).toEqual({ text, locale: 'fi' });
  });

  test('an unknown or missing locale reads as English and a missing text as empty', () => {
    expect(readMessageQuery('?locale=sv')).toEqual({ text: '', locale: 'en' });
    expect(readMessageQuery('')).toEqual({ text: '', locale: 'en' });
  });
});
