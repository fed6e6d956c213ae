/**
 * Entry of the task pane: once Office is ready, render the pane over the Excel host, in the Office display
 * language and theme – or, outside Excel or below ExcelApi 1.7, one sentence saying so (startupCheck).
 * No Office call is made before `Office.onReady` has called back
 * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in). The browser harness runs this same
 * bundle over a fake Office/Excel.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../hosts/excel/excelHost';
import { App } from './App';
import { readOfficeEnvironment } from './officeEnvironment';
import { createSegmentationApi } from './segmentationApi';
import { watchPaneShown } from './paneVisibility';
import { startupMessage, startupProblem } from './startupCheck';

void Office.onReady((info) => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The task pane page has no element with id "root".');
  const { uiLocale, contentLocale, dark } = readOfficeEnvironment();
  document.documentElement.lang = uiLocale;
  const problem = startupProblem(info, (name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  if (problem !== null) {
    // Plain text in place of the pane: nothing below may run without Excel 1.7.
    const sentence = document.createElement('p');
    sentence.setAttribute('role', 'alert');
    sentence.textContent = startupMessage(problem, uiLocale);
    container.replaceChildren(sentence);
    return;
  }
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
