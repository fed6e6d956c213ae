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

/**
 * Honour the user's "reduce motion" setting everywhere: Fluent's motion components already skip their animations
 * under `prefers-reduced-motion: reduce` (react-motion's useIsReducedMotion); this also stops the CSS transitions
 * of the controls (hover, focus, checked), as WCAG 2.3.3 and the media query's definition ask
 * (https://developer.mozilla.org/docs/Web/CSS/@media/prefers-reduced-motion).
 */
const useReducedMotionStyles = makeStaticStyles(
  '@media (prefers-reduced-motion: reduce) { *, *::before, *::after { ' +
    'animation-duration: 0.001ms !important; animation-iteration-count: 1 !important; ' +
    'transition-duration: 0.001ms !important; transition-delay: 0s !important; scroll-behavior: auto !important; } }',
);

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

/** The pane with its theme and language. */
export function App({ api, uiLocale = 'en', dark = false }: AppProps) {
  useStaticStyles();
  useReducedMotionStyles();
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
