import { openPane } from '../../src/commands/openPane';
import { createFakeOffice, seedRange } from '../fakeExcel';
import { runSegmentCommand } from '../../src/commands/runSegmentCommand';
import { commandTexts } from '../../src/commands/commandMessages';
import { createExcelHost } from '../../src/hosts/excel/excelHost';

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

test('the ribbon’s Segment in a Marketplace install with nothing saved and a chart selected tells the user to click Open pane', async () => {
  const fake = createFakeOffice({ marketplace: true });
  fake.install(globalThis);
  seedRange(fake.workbook, {
    sheet: 'Sales',
    rows: [
      ['Customer', 'Revenue'],
      ['A', 1],
    ],
  });
  fake.workbook.selectedObject = 'chart';
  const messages: string[] = [];
  const outcome = await runSegmentCommand({
    createHost: () => createExcelHost(),
    refresh: async () => undefined,
    openPane: () => openPane(fake.Office.addin, { sharedRuntime: true, timeoutMs: 30 }),
    notify: async (text) => void messages.push(text),
    completed: () => undefined,
    locale: 'fi',
  });
  expect(outcome).toBe('needs-pane');
  expect(messages).toEqual([commandTexts('fi').noSavedSettings]);
  expect(messages[0]).toMatch(/Avaa paneeli/);
});
