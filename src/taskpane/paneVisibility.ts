/**
 * The pane in the shared runtime is shown and hidden, not reloaded: "The hide() and showAsTaskpane() methods only
 * change the visibility of the task pane. They do not unload or reload it" (Show or hide the task pane of your
 * Office Add-in, https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). What it showed when it
 * was hidden may be stale when it comes back (rows pasted, another table selected), so the pane re-detects the
 * source whenever Office reports it visible again (`Office.addin.onVisibilityModeChanged`, "Taskpane").
 */

/** What this needs of `Office.addin`. */
interface VisibilityEvents {
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/**
 * Calls `onShown` each time the pane becomes visible; returns the function that stops watching. Where the event
 * is not available (no shared runtime, outside Office) nothing is watched and nothing fails.
 *
 * @example const stop = watchPaneShown(Office.addin, () => void prepare(true)); … stop();
 */
export function watchPaneShown(events: VisibilityEvents | undefined, onShown: () => void): () => void {
  let stopped = false;
  let deregister: (() => Promise<void>) | null = null;
  try {
    events
      ?.onVisibilityModeChanged((args) => {
        if (!stopped && args.visibilityMode === 'Taskpane') onShown();
      })
      .then(
        (remove) => {
          deregister = remove;
          if (stopped) void remove().catch(() => undefined);
        },
        () => undefined,
      );
  } catch {
    // No VisibilityModeChanged here (SharedRuntime missing): the pane is then reloaded when reopened anyway.
  }
  return () => {
    stopped = true;
    void deregister?.().catch(() => undefined);
  };
}
