import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
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
  // On a div inside the provider, not on the provider: FluentProvider gives its className to every portal's
  // mount node too (applyStylesToPortals), and a 100vh portal node lay over the whole pane, white, catching the
  // mouse whenever a dropdown had focus. The provider paints the theme's background itself.
  root: { minHeight: '100vh' },
});

/** The pane with its theme and language. */
export function App({ api, uiLocale = 'en', dark = false }: AppProps) {
  useStaticStyles();
  useReducedMotionStyles();
  const styles = useStyles();
  const language = useMemo(() => paneLanguage(uiLocale), [uiLocale]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={uiLocale}>
      <div className={styles.root}>
        <PaneLanguageContext.Provider value={language}>
          <SegmentationPane api={api} />
        </PaneLanguageContext.Provider>
      </div>
    </FluentProvider>
  );
}
