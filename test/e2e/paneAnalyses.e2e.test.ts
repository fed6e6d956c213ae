/**
 * The pane's part of groups, two periods, computed thresholds and recency (segmentation.md §8–§11) in a real
 * browser over the harness workbook with an `Order date` column (`fixture=dated`): the new dropdowns, the
 * thresholds choice, the recency options, what the result shows and what is written; axe-core on all of it.
 * Screenshots go to test-output/e2e/.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import {
  CHROMIUM,
  foreignRequests,
  hasChromium,
  openPane,
  outputDir,
  screenshot,
  seriousAxeViolations,
  startSession,
  type PaneSession,
} from './paneBrowser';

type Cell = string | number | boolean;

const readCells = (page: Page, sheet: string, address: string): Promise<Cell[][]> =>
  page.evaluate(([s, a]) => window.harness.readCells(s, a), [sheet, address] as const);

/**
 * Pick `option` in the dropdown labelled `label` (a Fluent combobox), from the keyboard: focus, Enter opens the
 * list. (A mouse click on the combobox did not open it in headless Chromium – see the report.)
 */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(box.textContent()).resolves.toBe(option);
}

/** Check the radio button `name` from the keyboard (focus, Space), as the dropdowns are chosen. */
async function pick(page: Page, name: string): Promise<void> {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio.isChecked()).resolves.toBe(true);
}

async function segment(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForSelector('main[data-state="done"], main[data-state="failed"]', { timeout: 20000 });
}

if (!hasChromium) {
  test('pane §8–§11 in the browser (skipped: no Chromium)', () => {
    console.warn(`${CHROMIUM} is missing (apt-get install chromium): browser tests not run`);
  });
} else {
  describe('task pane: groups, periods, computed thresholds and recency', () => {
    let session: PaneSession;

    beforeAll(async () => {
      session = await startSession();
    }, 240000);

    afterAll(async () => {
      await session?.close();
    });

    test('mapping group, previous and date with computed thresholds: the result and the written columns say it', async () => {
      const opened = await openPane(session, 'fixture=dated');
      const { page } = opened;
      page.setDefaultTimeout(8000);
      await choose(page, 'Group', 'Sector');
      await choose(page, 'Previous period', 'Revenue 2025');
      await choose(page, 'Date', 'Order date');
      await pick(page, 'Computed from the data');
      // Computed thresholds need no A and B fields.
      await expect(page.getByRole('textbox', { name: /A class, % of revenue/ }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'More options' }).click();
      await expect(page.getByRole('textbox', { name: /Gone quiet after/ }).inputValue()).resolves.toBe('90');
      await screenshot(page, 'analyses-form-en');

      await segment(page, 'Segment');
      await expect(page.getByTestId('computed-thresholds').textContent()).resolves.toMatch(
        /^Computed from the data: A up to \d+\.\d%, B up to \d+\.\d%\.$/,
      );
      const groupRows = await page.getByTestId('group-table').locator('tbody tr').allTextContents();
      expect(groupRows.length).toBeGreaterThan(0);
      expect(groupRows.length).toBeLessThanOrEqual(5);
      await expect(page.getByRole('heading', { name: 'Changes since Revenue 2025' }).count()).resolves.toBe(
        1,
      );
      await expect(page.getByTestId('quiet-summary').textContent()).resolves.toMatch(
        /\d+ A and \d+ B customers have bought nothing for more than 90 days \(as of 2026-\d\d-\d\d\)\./,
      );
      await screenshot(page, 'analyses-result-en');
      await page
        .getByTestId('result')
        .screenshot({ path: path.join(outputDir, 'analyses-result-only-en.png') });

      // The output starts right of the table (A:G) at H: Rank, Share, Cumulative share, ABC, Group ABC, …
      const headers = (await readCells(page, 'Sales', 'H1:T1'))[0].filter((cell) => cell !== '');
      expect(headers).toEqual([
        'Rank',
        'Share',
        'Cumulative share',
        'ABC',
        'Group ABC',
        'Value matrix',
        'Previous ABC',
        'Growth',
        'Change',
        'Last purchase',
        'Days since',
        'Gone quiet',
      ]);
      const lastPurchase = await readCells(page, 'Sales', 'Q2:Q241');
      expect(lastPurchase.every(([value]) => typeof value === 'number' && value > 45000)).toBe(true);
      expect(foreignRequests(opened.requests)).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      await page.close();
    });

    test('Finnish: the new choices and the result are in Finnish', async () => {
      const opened = await openPane(session, 'fixture=dated&lang=fi');
      const { page } = opened;
      page.setDefaultTimeout(8000);
      await choose(page, 'Ryhmä', 'Sector');
      await choose(page, 'Päivämäärä', 'Order date');
      await pick(page, 'Laskettu aineistosta');
      await segment(page, 'Segmentoi');
      await expect(page.getByTestId('computed-thresholds').textContent()).resolves.toMatch(
        /^Laskettu aineistosta: A enintään \d+,\d\s%, B enintään \d+,\d\s%\.$/,
      );
      await expect(page.getByTestId('quiet-summary').textContent()).resolves.toContain(
        'päivään (tilanne 2026-',
      );
      await screenshot(page, 'analyses-result-fi');
      await page
        .getByTestId('result')
        .screenshot({ path: path.join(outputDir, 'analyses-result-only-fi.png') });
      await page.close();
    });

    test('a quiet window that is not a whole number is shown under the field and blocks the run', async () => {
      const opened = await openPane(session, 'fixture=dated');
      const { page } = opened;
      page.setDefaultTimeout(8000);
      await choose(page, 'Date', 'Order date');
      await page.getByRole('button', { name: 'More options' }).click();
      const days = page.getByRole('textbox', { name: /Gone quiet after/ });
      await days.fill('12.5');
      await expect(page.getByText('Enter a whole number of days, 1 or more.').count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: 'Segment', exact: true }).isDisabled()).resolves.toBe(
        true,
      );
      await days.fill('30');
      await expect(page.getByRole('button', { name: 'Segment', exact: true }).isDisabled()).resolves.toBe(
        false,
      );
      await page.close();
    });

    test.each([
      ['English, light', 'fixture=dated', 'Segment'],
      ['Finnish, dark', 'fixture=dated&lang=fi&theme=dark', 'Segmentoi'],
    ])(
      'axe-core finds no serious or critical violation with every role mapped (%s)',
      async (_name, query, button) => {
        const opened = await openPane(session, query);
        const { page } = opened;
        page.setDefaultTimeout(8000);
        const fi = query.includes('lang=fi');
        await choose(page, fi ? 'Ryhmä' : 'Group', 'Sector');
        await choose(page, fi ? 'Edellinen kausi' : 'Previous period', 'Revenue 2025');
        await choose(page, fi ? 'Päivämäärä' : 'Date', 'Order date');
        await pick(page, fi ? 'Laskettu aineistosta' : 'Computed from the data');
        await page.getByRole('button', { name: fi ? 'Lisäasetukset' : 'More options' }).click();
        await segment(page, button);
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.close();
      },
    );
  });
}
