/**
 * What the pane takes from Office before it renders: the UI language (Office display language), the editing
 * language (Office content language: how the user types numbers) and whether the Office theme is dark. Read once
 * at start; they fall back to English / light outside Office.
 * https://learn.microsoft.com/javascript/api/office/office.context – `displayLanguage` is "the locale (language)
 * … of the UI of the Office application", `contentLanguage` "the locale (language) … for the user's editing".
 */
import type { Locale } from '../core/types';

/** `fi-FI`, `fi` → `fi`; anything else → `en`. */
export function uiLocaleFromLanguageTag(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && /^fi(-|$)/i.test(tag) ? 'fi' : 'en';
}

/**
 * True when a `#RRGGBB` (or `#RGB`) colour is dark: perceived lightness (CIE L*) below 50, i.e. relative
 * luminance below 0.18 – Office's black and dark-grey themes are dark, white and colourful are light.
 * @example isDarkColour('#1f1f1f') // => true
 */
export function isDarkColour(colour: string | undefined | null): boolean {
  if (typeof colour !== 'string') return false;
  let hex = colour.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.18;
}

export interface OfficeEnvironment {
  /** Language of the pane, the messages and a first run's output (Office display language). */
  uiLocale: Locale;
  /** Number convention of text cells on a first run (Office content language: `1 234,50` in Finnish). */
  contentLocale: Locale;
  dark: boolean;
}

/** Read the display language and theme from `Office.context` (call after `Office.onReady`). */
export function readOfficeEnvironment(): OfficeEnvironment {
  const context = typeof Office === 'undefined' ? undefined : Office.context;
  return {
    uiLocale: uiLocaleFromLanguageTag(context?.displayLanguage),
    contentLocale: uiLocaleFromLanguageTag(context?.contentLanguage ?? context?.displayLanguage),
    dark: isDarkColour(context?.officeTheme?.bodyBackgroundColor),
  };
}
