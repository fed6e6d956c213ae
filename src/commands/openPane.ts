/**
 * Opening the task pane from the ribbon's function command, and knowing whether it opened.
 *
 * `Office.addin.showAsTaskpane()` needs the shared runtime (SharedRuntime 1.1), and for add-ins from the Microsoft
 * Marketplace it is ignored: "Calls to showAsTaskpane are ignored and won't open the task pane … only applies to
 * add-ins that are centrally deployed or sideloaded" (Show or hide the task pane of your Office Add-in,
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). The promise resolves either way, so the
 * pane counts as opened only when Office reports it visible – the VisibilityModeChanged event with
 * `visibilityMode` "Taskpane", which Office fires when code changes the pane's visibility (same page). Otherwise
 * the caller tells the user to click **Open pane**.
 */

/** What this needs of `Office.addin`. */
interface PaneControl {
  showAsTaskpane(): Promise<void>;
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/** How long to wait for Office to report the pane visible after asking for it. */
const PANE_SHOWN_TIMEOUT_MS = 2_000;

/**
 * Asks Office to show the task pane; resolves true when Office reports it visible within `timeoutMs`, false when
 * the shared runtime is missing, the call fails, or nothing happens (a Marketplace install).
 *
 * @example await openPane(Office.addin, { sharedRuntime: true }) // => true (sideloaded or centrally deployed)
 */
export async function openPane(
  addin: PaneControl | undefined,
  options: { sharedRuntime: boolean; timeoutMs?: number },
): Promise<boolean> {
  if (!options.sharedRuntime || !addin) return false;
  let reportShown: () => void = () => undefined;
  const shown = new Promise<boolean>((resolve) => (reportShown = () => resolve(true)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), options.timeoutMs ?? PANE_SHOWN_TIMEOUT_MS);
  });
  let deregister: (() => Promise<void>) | null = null;
  try {
    deregister = await addin.onVisibilityModeChanged((args) => {
      if (args.visibilityMode === 'Taskpane') reportShown();
    });
    await addin.showAsTaskpane();
    return await Promise.race([shown, timedOut]);
  } catch {
    // A host without the API, or one that refuses: the user is sent to Open pane instead.
    return false;
  } finally {
    clearTimeout(timer);
    await deregister?.().catch(() => undefined);
  }
}
