/**
 * Script of commands-message.html, the dialog that the Segment command opens: shows the sentence from the
 * query string as plain text (textContent – the text may quote cell contents, so it is never parsed as HTML)
 * and tells the opener to close the dialog when the user clicks Close or presses Escape.
 */
import { commandTexts } from './commandMessages';
import { CLOSE_MESSAGE, readMessageQuery } from './messageDialog';

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`commands-message.html has no #${id}`);
  return element;
}

void Office.onReady(() => {
  const { text, locale } = readMessageQuery(window.location.search);
  const texts = commandTexts(locale);
  document.documentElement.lang = locale;
  document.title = texts.title;
  requireElement('title').textContent = texts.title;
  requireElement('message').textContent = text;
  const close = requireElement('close');
  close.textContent = texts.close;
  // messageParent is DialogApi 1.1; where it is missing the dialog's own X still closes it.
  const closeDialog = (): void => Office.context.ui?.messageParent?.(CLOSE_MESSAGE);
  close.addEventListener('click', closeDialog);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDialog();
  });
  close.focus();
});
