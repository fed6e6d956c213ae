/**
 * commands.ts over a minimal Office: the Segment function is registered only after Office.onReady, and the
 * command is completed on every path, even when Office.context cannot be read.
 */
type Registered = (event: { completed: () => void }) => Promise<void>;

/** `Office.onReady(callback)` as documented: calls back and resolves once `ready` has. */
function onReadyAfter(ready: Promise<void>) {
  return (callback?: (info: { host: string }) => void) =>
    ready.then(() => {
      callback?.({ host: 'Excel' });
      return { host: 'Excel' };
    });
}

async function loadCommands(office: object): Promise<void> {
  Object.assign(globalThis, { Office: office });
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('the ribbon function', () => {
  test('is associated only after Office.onReady has resolved', async () => {
    let ready: () => void = () => undefined;
    const onReadyPromise = new Promise<void>((resolve) => (ready = resolve));
    const associate = jest.fn();
    await loadCommands({ onReady: onReadyAfter(onReadyPromise), actions: { associate } });
    await Promise.resolve();
    expect(associate).not.toHaveBeenCalled();
    ready();
    await onReadyPromise;
    await Promise.resolve();
    expect(associate).toHaveBeenCalledWith('segment', expect.any(Function));
  });

  test('a host without Office.actions still loads the page (the pane shares it)', async () => {
    const onReadyPromise = Promise.resolve();
    await expect(loadCommands({ onReady: onReadyAfter(onReadyPromise) })).resolves.toBeUndefined();
    await onReadyPromise;
    await Promise.resolve();
  });

  test('completes the event exactly once even when Office.context cannot be read', async () => {
    const onReadyPromise = Promise.resolve();
    const associate = jest.fn();
    const office = { onReady: onReadyAfter(onReadyPromise), actions: { associate } };
    Object.defineProperty(office, 'context', {
      get() {
        throw new Error('Office.context is not available');
      },
    });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await loadCommands(office);
    await onReadyPromise;
    await Promise.resolve();
    const segment = associate.mock.calls[0][1] as Registered;
    const completed = jest.fn();
    await expect(segment({ completed })).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
