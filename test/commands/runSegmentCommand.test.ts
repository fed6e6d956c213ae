import { message } from '../../src/core/messages/renderMessage';
import { SegmentationError } from '../../src/core/segmentationError';
import type { Locale } from '../../src/core/types';
import type { WorkbookHost } from '../../src/hosts/workbookHost';
import { commandTexts } from '../../src/commands/commandMessages';
import { runSegmentCommand, type SegmentCommandDependencies } from '../../src/commands/runSegmentCommand';
import { fakeHost, savedSettings, type FakeHost } from './fakeHost';

/** Records what the command did: refreshes, messages and completions, in order. */
function harness(
  host: FakeHost,
  refresh: (host: WorkbookHost) => Promise<{ summarySheet: string }>,
  locale: Locale = 'en',
  paneOpens = false,
) {
  const events: string[] = [];
  const messages: string[] = [];
  const deps: SegmentCommandDependencies = {
    createHost: () => host,
    refresh: async (given) => {
      events.push('refresh');
      expect(given).toBe(host);
      return refresh(given);
    },
    openPane: async () => {
      events.push('openPane');
      return paneOpens;
    },
    notify: async (text) => {
      events.push('notify');
      messages.push(text);
    },
    completed: () => {
      events.push('completed');
    },
    locale,
  };
  return { deps, events, messages };
}

const summaryOf = async (): Promise<{ summarySheet: string }> => ({ summarySheet: 'ABC Summary' });

describe('runSegmentCommand (the ribbon Segment button)', () => {
  test('with saved settings it refreshes (the write shows the summary sheet), says nothing more and completes', async () => {
    const host = fakeHost(savedSettings());
    const { deps, events, messages } = harness(host, summaryOf);
    await expect(runSegmentCommand(deps)).resolves.toBe('segmented');
    expect(host.locateCalls).toEqual([{ useSaved: true }]);
    // No second round trip to show the sheet: the refresh's write has done it.
    expect(host.shownSheets).toEqual([]);
    expect(messages).toEqual([]);
    expect(events).toEqual(['refresh', 'completed']);
  });

  test('without saved settings it does not run but opens the pane, with no message, and completes', async () => {
    const host = fakeHost(null);
    const { deps, events, messages } = harness(host, summaryOf, 'en', true);
    await expect(runSegmentCommand(deps)).resolves.toBe('needs-pane');
    expect(messages).toEqual([]);
    expect(host.shownSheets).toEqual([]);
    expect(events).toEqual(['openPane', 'completed']);
  });

  test('where the pane cannot be opened from a command, it sends the user to Open pane instead', async () => {
    const host = fakeHost(null);
    const { deps, events, messages } = harness(host, summaryOf);
    await expect(runSegmentCommand(deps)).resolves.toBe('needs-pane');
    expect(messages).toEqual([commandTexts('en').noSavedSettings]);
    expect(messages[0]).toMatch(/Open pane/);
    expect(events).toEqual(['openPane', 'notify', 'completed']);
  });

  test('the open-pane message follows the Office display language', async () => {
    const { deps, messages } = harness(fakeHost(null), summaryOf, 'fi');
    await runSegmentCommand(deps);
    expect(messages).toEqual([commandTexts('fi').noSavedSettings]);
    expect(messages[0]).toMatch(/Avaa paneeli/);
  });

  test('unusable saved settings are named in the display language, with the way out through the pane', async () => {
    const host = fakeHost(null, { settingsProblem: message('settings-other-version', { version: '2' }) });
    const { deps, events, messages } = harness(host, summaryOf);
    await expect(runSegmentCommand(deps)).resolves.toBe('needs-pane');
    expect(messages[0]).toContain('saved by another version (version 2)');
    expect(messages[0]).toContain(commandTexts('en').openPaneHint);
    expect(events).toEqual(['openPane', 'notify', 'completed']);
  });

  test('a SegmentationError from the flow is shown as its own sentence, nothing is shown, and it completes', async () => {
    const host = fakeHost(savedSettings());
    const refusal = new SegmentationError(
      'output-occupied',
      'Cell F12 holds data that is not ours: clear column F.',
    );
    const { deps, events, messages } = harness(host, async () => Promise.reject(refusal));
    await expect(runSegmentCommand(deps)).resolves.toBe('failed');
    expect(messages).toEqual(['Cell F12 holds data that is not ours: clear column F.']);
    expect(host.shownSheets).toEqual([]);
    expect(events).toEqual(['refresh', 'notify', 'completed']);
  });

  test('a changed source adds the hint to choose the data again in the pane', async () => {
    const refusal = new SegmentationError('source-changed', 'The table SalesTable no longer exists.');
    const { deps, messages } = harness(fakeHost(savedSettings()), async () => Promise.reject(refusal));
    await runSegmentCommand(deps);
    expect(messages).toEqual([`The table SalesTable no longer exists. ${commandTexts('en').openPaneHint}`]);
  });

  test('an Office error while locating is reported with its message and the command completes', async () => {
    const host = fakeHost(savedSettings(), { locateError: new Error('The workbook is in cell-edit mode.') });
    const { deps, events, messages } = harness(host, summaryOf);
    await expect(runSegmentCommand(deps)).resolves.toBe('failed');
    expect(messages).toEqual([`${commandTexts('en').unexpected} The workbook is in cell-edit mode.`]);
    expect(events).toEqual(['notify', 'completed']);
  });

  test('when even the message cannot be shown, the command still completes and the failure surfaces', async () => {
    const { deps, events } = harness(fakeHost(null), summaryOf);
    deps.notify = async () => Promise.reject(new Error('A dialog is already open.'));
    await expect(runSegmentCommand(deps)).rejects.toThrow('A dialog is already open.');
    expect(events).toEqual(['openPane', 'completed']);
  });

  test('completes exactly once even when creating the host throws', async () => {
    const { deps, events, messages } = harness(fakeHost(null), summaryOf);
    deps.createHost = () => {
      throw new Error('Excel is not available.');
    };
    await expect(runSegmentCommand(deps)).resolves.toBe('failed');
    expect(messages).toEqual([`${commandTexts('en').unexpected} Excel is not available.`]);
    expect(events.filter((event) => event === 'completed')).toHaveLength(1);
  });
});
