/**
 * A message shown from a function command. A function command has no UI of its own and, in separate runtimes,
 * cannot open the task pane, so it opens a small dialog: commands-message.html, a local page served with the
 * add-in (no network), which reads the text from its query string and closes itself on the user's click.
 */
import type { Locale } from '../core/types';

/** File name of the dialog page, next to the page that opens it (taskpane.html). */
export const MESSAGE_PAGE = 'commands-message.html';

/** Query parameters of the dialog page: the sentence and the UI language of the page's own texts. */
export interface MessagePageQuery {
  text: string;
  locale: Locale;
}

/**
 * The dialog page's absolute URL for `text`, relative to the page that opens it (Office requires the dialog on
 * the add-in's own domain, so it is derived from the function file's URL, never configured).
 * @example messageDialogUrl('https://h.example/taskpane.html', { text: 'Hi & bye', locale: 'en' })
 * // => 'https://h.example/commands-message.html?text=Hi+%26+bye&locale=en'
 */
export function messageDialogUrl(openerUrl: string, query: MessagePageQuery): string {
  const url = new URL(MESSAGE_PAGE, openerUrl);
  url.search = new URLSearchParams({ text: query.text, locale: query.locale }).toString();
  return url.href;
}

/**
 * Reads the dialog page's query; unknown locales fall back to English and a missing text to an empty string.
 * @example readMessageQuery('?text=Hei&locale=fi') // => { text: 'Hei', locale: 'fi' }
 */
export function readMessageQuery(search: string): MessagePageQuery {
  const params = new URLSearchParams(search);
  return { text: params.get('text') ?? '', locale: params.get('locale') === 'fi' ? 'fi' : 'en' };
}

/** What the dialog page sends to its opener when the user closes it. */
export const CLOSE_MESSAGE = 'close';

/**
 * Opens the message dialog over Excel and resolves when it is closed – by its Close button (the page sends
 * CLOSE_MESSAGE) or by the dialog's own X (Office reports a DialogEventReceived).
 * @throws (rejects) when Office cannot open the dialog, e.g. another dialog of this add-in is already open.
 */
export function showMessageDialog(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Dialogs are DialogApi 1.1 (https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets),
    // which the manifest does not require: without it the command has no way to speak, so it says so by rejecting.
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      reject(new Error('The message dialog could not open: DialogApi 1.1 is not supported here.'));
      return;
    }
    // displayInIframe: Office on the web would otherwise open a browser pop-up, which pop-up blockers stop.
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(
          new Error(`The message dialog could not open: ${result.error.message} (${result.error.code})`),
        );
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
