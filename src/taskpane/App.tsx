import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Locale } from '../core/types';
import { SegmentationPane } from './components/SegmentationPane';
import { PaneLanguageContext, paneLanguage } from './paneContext';
import type { SegmentationApi } from './segmentationApi';

export interface AppProps {
  /** The workbook operations (production: the flows over the Excel host; the harness: the same over a fake). */
  api: SegmentationApi;
  /** UI language (Office display language). @default 'en' */
  uiLocale?: Locale;
  /** Office theme is dark. @default false */
  dark?: boolean;
}

const useStaticStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

/** The pane with its theme and language. */
export function App({ api, uiLocale = 'en', dark = false }: AppProps) {
  useStaticStyles();
  const styles = useStyles();
  const language = useMemo(() => paneLanguage(uiLocale), [uiLocale]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root} lang={uiLocale}>
      <PaneLanguageContext.Provider value={language}>
        <SegmentationPane api={api} />
      </PaneLanguageContext.Provider>
    </FluentProvider>
  );
}
