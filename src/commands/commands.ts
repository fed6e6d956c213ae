/**
 * The ribbon's function: registers `segment`, the Segment button's ExecuteFunction. It is bundled into the task
 * pane page, which is the add-in's one shared runtime (manifest <Runtimes>, see README "Runtime"), so the button
 * can open the pane itself; it wires the real dependencies – the Excel host, the refresh flow, the pane and the
 * message dialog – into runSegmentCommand.
 */
import { refreshSegmentation } from '../flows/segmentFlow';
import { createExcelHost } from '../hosts/excel/excelHost';
import { commandLocale } from './commandMessages';
import { messageDialogUrl, showMessageDialog } from './messageDialog';
import { runSegmentCommand } from './runSegmentCommand';
import { openPane } from './openPane';

/**
 * The Segment button: re-runs the saved segmentation and shows the summary sheet, or says why it cannot.
 * Always ends with `event.completed()` (inside runSegmentCommand), or Office shows the command as still running.
 */
export async function segmentCommand(event: Office.AddinCommands.Event): Promise<void> {
  let completed = false;
  const complete = (): void => {
    if (completed) return;
    completed = true;
    event.completed();
  };
  try {
    const locale = commandLocale(Office.context.displayLanguage);
    await runSegmentCommand({
      createHost: () => createExcelHost(),
      refresh: (host) => refreshSegmentation(host, undefined, { locale }),
      openPane: showPane,
      notify: (text) => showMessageDialog(messageDialogUrl(window.location.href, { text, locale })),
      completed: complete,
      locale,
    });
  } catch (error) {
    // Only reached when the dialog itself cannot open (or Office.context was unusable before the run): there is
    // no UI left to tell the user, so log it for whoever opens the developer tools.
    console.error('ABC Segmenter: the Segment command could not show its message.', error);
  } finally {
    // Every path ends the command, errors included, or Office shows it as still running.
    complete();
  }
}

/**
 * Shows the task pane and reports whether it became visible (openPane.ts: a Marketplace install ignores
 * `showAsTaskpane`). SharedRuntime 1.1 is required by the manifest; checked anyway, because a host that ignores
 * that requirement would otherwise throw here.
 */
function showPane(): Promise<boolean> {
  return openPane(Office.addin, {
    sharedRuntime: Office.context.requirements.isSetSupported('SharedRuntime', '1.1'),
  });
}

/**
 * Registers the Segment button's function once Office is ready: no Office call is made before `Office.onReady`
 * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in). `Office.actions.associate` is in
 * SharedRuntime 1.1 (https://learn.microsoft.com/javascript/api/office/office.actions); where a host lacks it the
 * ribbon button cannot work, but the pane in the same page must still start, so its absence is not an error here.
 */
function registerSegmentCommand(): void {
  if (typeof Office.actions?.associate !== 'function') return;
  Office.actions.associate('segment', segmentCommand);
}

void Office.onReady(() => registerSegmentCommand());
