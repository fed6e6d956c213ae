import { openPane } from '../../src/commands/openPane';
import { createFakeOffice } from '../fakeExcel';

describe('openPane', () => {
  test('a sideloaded or centrally deployed add-in: the pane opens and Office reports it visible', async () => {
    const fake = createFakeOffice();
    await expect(openPane(fake.Office.addin, { sharedRuntime: true, timeoutMs: 200 })).resolves.toBe(true);
    expect(fake.pane.visible).toBe(true);
  });

  test('a Marketplace install ignores showAsTaskpane: reported as not opened, so the user is told to click Open pane', async () => {
    const fake = createFakeOffice({ marketplace: true });
    await expect(openPane(fake.Office.addin, { sharedRuntime: true, timeoutMs: 30 })).resolves.toBe(false);
    expect(fake.pane.visible).toBe(false);
  });

  test('without the shared runtime the pane is not asked for at all', async () => {
    const fake = createFakeOffice();
    await expect(openPane(fake.Office.addin, { sharedRuntime: false })).resolves.toBe(false);
    expect(fake.pane.visible).toBe(false);
  });
});
