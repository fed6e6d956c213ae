/**
 * The ribbon's Segment button, without Office: re-run the workbook's saved segmentation and show its summary
 * sheet; when there is nothing saved, open the pane (where the first run is set up); on any failure, say why. The completion
 * callback runs exactly once, whatever happens – Office keeps the button busy until it does.
 *
 * Everything it touches comes in as a parameter, so tests drive it with fakes and commands.ts wires the
 * Excel host, the flow and the dialog.
 */
import type { Locale } from '../core/types';
import type { Located, WorkbookHost } from '../hosts/workbookHost';
import { isSegmentationError } from '../core/segmentationError';
import { commandTexts, errorMessage } from './commandMessages';
import { renderMessage } from '../core/messages/renderMessage';

/** What the Segment command needs from the outside world. */
export interface SegmentCommandDependencies {
  /** A host over the current workbook (the Excel host in Office). */
  createHost: () => WorkbookHost;
  /** The refresh flow: re-run with the saved settings; its write shows the summary sheet. */
  refresh: (host: WorkbookHost) => Promise<unknown>;
  /**
   * Open the task pane; resolves false where that is not possible (no SharedRuntime 1.1), and the user is then
   * told to click Open pane instead.
   */
  openPane: () => Promise<boolean>;
  /** Show a sentence to the user; resolves when the user has closed it. */
  notify: (text: string) => Promise<void>;
  /** Office's signal that the command has finished (`event.completed`). */
  completed: () => void;
  /** UI language of the messages. */
  locale: Locale;
}

/** How a run of the command ended: the summary is shown, the user was sent to the pane, or an error was shown. */
export type SegmentCommandOutcome = 'segmented' | 'needs-pane' | 'failed';

/**
 * Runs the Segment command once.
 *
 * Nothing saved (never run here, or unusable settings) → the pane opens, where the source and columns are chosen
 * (and an unusable setting is explained); only where the pane cannot be opened from a command, a message says to
 * click Open pane. A run that throws → the error's sentence (the flow writes nothing when it refuses). `completed` is called in `finally`, after the
 * message is closed: ending a function command earlier can close its dialog with it.
 * @throws only when `notify` itself fails (no way left to tell the user); `completed` has still been called.
 */
export async function runSegmentCommand(deps: SegmentCommandDependencies): Promise<SegmentCommandOutcome> {
  try {
    const { outcome, message } = await segmentOrExplain(deps);
    if (message !== null) await deps.notify(message);
    return outcome;
  } finally {
    deps.completed();
  }
}

/**
 * The saved settings, or null when the workbook has none and the selection cannot be read: a locate with
 * `useSaved` needs no selection when settings exist (a chart may be selected), so "select one area" from it means
 * nothing is saved – the first run belongs in the pane, which then asks for cells itself.
 */
async function locateSaved(host: WorkbookHost): Promise<Located | null> {
  try {
    return await host.locate({ useSaved: true });
  } catch (error) {
    if (isSegmentationError(error) && error.key === 'select-one-area') return null;
    throw error;
  }
}

/** The run itself; every failure becomes a message, so that `notify` is called in one place only. */
async function segmentOrExplain(
  deps: SegmentCommandDependencies,
): Promise<{ outcome: SegmentCommandOutcome; message: string | null }> {
  const texts = commandTexts(deps.locale);
  try {
    const host = deps.createHost();
    // Asked before the run so that "nothing saved yet" gets its own guidance instead of an error sentence.
    const located = await locateSaved(host);
    if (located === null || located.settings === null) {
      if (await deps.openPane()) return { outcome: 'needs-pane', message: null };
      const message =
        located === null || located.settingsProblem === null
          ? texts.noSavedSettings
          : `${texts.unusableSettings} ${renderMessage(located.settingsProblem, deps.locale)} ${texts.openPaneHint}`;
      return { outcome: 'needs-pane', message };
    }
    // The refresh's write shows the summary sheet with its headline: the visible feedback of success.
    await deps.refresh(host);
    return { outcome: 'segmented', message: null };
  } catch (error) {
    return { outcome: 'failed', message: errorMessage(error, deps.locale) };
  }
}
