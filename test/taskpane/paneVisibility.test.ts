import { watchPaneShown } from '../../src/taskpane/paneVisibility';
import { createFakeOffice } from '../fakeExcel';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchPaneShown', () => {
  test('the pane reopened in the shared runtime (not reloaded) is reported each time it becomes visible', async () => {
    const fake = createFakeOffice();
    let shown = 0;
    const stop = watchPaneShown(fake.Office.addin, () => (shown += 1));
    await settle();
    await fake.setPaneVisible(true);
    await fake.setPaneVisible(false);
    await fake.setPaneVisible(true);
    await settle();
    expect(shown).toBe(2);
    stop();
    await fake.setPaneVisible(false);
    await fake.setPaneVisible(true);
    await settle();
    expect(shown).toBe(2);
  });

  test('outside Office (no Office.addin) nothing is watched and nothing fails', () => {
    expect(() => watchPaneShown(undefined, () => undefined)()).not.toThrow();
  });
});
