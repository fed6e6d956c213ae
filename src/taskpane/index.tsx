/**
 * Entry of the task pane: once Office is ready, render the pane over the Excel host, in the Office display
 * language and theme. The browser harness runs this same bundle over a fake Office/Excel.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../hosts/excel/excelHost';
import { App } from './App';
import { readOfficeEnvironment } from './officeEnvironment';
import { createSegmentationApi } from './segmentationApi';
import { watchPaneShown } from './paneVisibility';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The task pane page has no element with id "root".');
  const { uiLocale, contentLocale, dark } = readOfficeEnvironment();
  document.documentElement.lang = uiLocale;
  createRoot(container).render(
    <App
      api={createSegmentationApi(createExcelHost(), { uiLocale, contentLocale }, (listener) =>
        watchPaneShown(Office.addin, listener),
      )}
      uiLocale={uiLocale}
      dark={dark}
    />,
  );
});
