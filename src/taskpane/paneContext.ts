/**
 * The UI language of the pane, its strings and number formats, for every component below the App.
 */
import { createContext, useContext } from 'react';
import type { Locale } from '../core/types';
import { createFormatters, type Formatters } from './formatters';
import { STRINGS, type Strings } from './strings';

export interface PaneLanguage {
  locale: Locale;
  strings: Strings;
  formatters: Formatters;
}

export function paneLanguage(locale: Locale): PaneLanguage {
  return { locale, strings: STRINGS[locale], formatters: createFormatters(locale) };
}

export const PaneLanguageContext = createContext<PaneLanguage>(paneLanguage('en'));

export function usePaneLanguage(): PaneLanguage {
  return useContext(PaneLanguageContext);
}
