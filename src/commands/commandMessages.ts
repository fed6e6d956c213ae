/**
 * What the ribbon's Segment command says to the user, in the Office display language (English or Finnish).
 * The flows' and hosts' errors carry a catalogue message (src/core/messages), rendered here in that language;
 * this module adds only the command's own sentences and the hint that points to the pane.
 */
import type { Locale } from '../core/types';
import { isSegmentationError, type SegmentationErrorCode } from '../core/segmentationError';
import { renderError } from '../core/messages/renderError';

/** The command's fixed texts, per UI language. */
export interface CommandTexts {
  /** Title of the message dialog. */
  title: string;
  /** The dialog's close button. */
  close: string;
  /** The workbook has no saved segmentation: the first run happens in the pane. */
  noSavedSettings: string;
  /** Saved settings exist but cannot be used (bad JSON, a newer version): followed by the reason. */
  unusableSettings: string;
  /** Appended to errors that a new choice of data or columns in the pane fixes. */
  openPaneHint: string;
  /** Any other failure (an Office error): followed by its message, never a stack trace. */
  unexpected: string;
}

const TEXTS: Record<Locale, CommandTexts> = {
  en: {
    title: 'ABC Segmenter',
    close: 'Close',
    noSavedSettings:
      'This workbook has not been segmented yet. Click Open pane on the Home tab, choose the data and click Segment there; after that, the Segment button repeats the run in one click.',
    unusableSettings: 'The saved segmentation of this workbook cannot be used:',
    openPaneHint: 'Click Open pane on the Home tab to choose the data and columns again.',
    unexpected: 'The segmentation stopped because Excel reported an error:',
  },
  fi: {
    title: 'ABC Segmenter',
    close: 'Sulje',
    noSavedSettings:
      'Tätä työkirjaa ei ole vielä segmentoitu. Valitse Aloitus-välilehdeltä Avaa paneeli, valitse tiedot ja napsauta siellä Segmentoi; sen jälkeen Segmentoi-painike toistaa ajon yhdellä napsautuksella.',
    unusableSettings: 'Tämän työkirjan tallennettua segmentointia ei voi käyttää:',
    openPaneHint: 'Valitse Aloitus-välilehdeltä Avaa paneeli ja valitse tiedot ja sarakkeet uudelleen.',
    unexpected: 'Segmentointi keskeytyi, koska Excel ilmoitti virheestä:',
  },
};

// Errors that a new mapping fixes: the saved source or column is gone, so the pane is the way out.
const FIXED_IN_PANE: ReadonlySet<SegmentationErrorCode> = new Set(['source-changed', 'column-not-found']);

/**
 * The UI language for an Office language tag: `fi-FI` or `fi` → `fi`, anything else (or nothing) → `en`.
 * @example commandLocale('fi-FI') // => 'fi'
 */
export function commandLocale(languageTag: string | null | undefined): Locale {
  return typeof languageTag === 'string' && /^fi(-|$)/i.test(languageTag) ? 'fi' : 'en';
}

/** The command's texts in `locale`. */
export function commandTexts(locale: Locale): CommandTexts {
  return TEXTS[locale];
}

/**
 * The sentence to show for an error thrown by a run: a SegmentationError's catalogue message in `locale` (with the
 * pane hint when choosing again fixes it), else the generic sentence and the error's message – never a stack trace.
 * @example errorMessage(new SegmentationError('no-data', message('no-data-rows', {})), 'fi')
 * // => 'Lähteessä ei ole yhtään tietoriviä.'
 */
export function errorMessage(error: unknown, locale: Locale): string {
  const texts = TEXTS[locale];
  const rendered = renderError(error, locale);
  if (rendered !== null && isSegmentationError(error)) {
    return FIXED_IN_PANE.has(error.code) ? `${rendered} ${texts.openPaneHint}` : rendered;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `${texts.unexpected} ${detail}`.trim();
}
