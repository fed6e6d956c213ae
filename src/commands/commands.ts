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
  const locale = commandLocale(Office.context.displayLanguage);
  try {
    await runSegmentCommand({
      createHost: () => createExcelHost(),
      refresh: (host) => refreshSegmentation(host, undefined, { locale }),
      openPane: showPane,
      notify: (text) => showMessageDialog(messageDialogUrl(window.location.href, { text, locale })),
      completed: () => event.completed(),
      locale,
    });
  } catch (error) {
    // Only reached when the dialog itself cannot open: there is no UI left to tell the user, so log it for
    // whoever opens the developer tools (the command has been completed already).
    console.error('ABC Segmenter: the Segment command could not show its message.', error);
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

// Registered at load time, as Microsoft's function-file sample does: Office looks the name up as soon as the
// function file has loaded, and office.js (loaded synchronously in <head>) already provides Office.actions.
Office.actions.associate('segment', segmentCommand);
