/**
 * The browser harness: an in-memory workbook in place of Excel, then the pane.
 *
 * 1. Seed the fake workbook (`?fixture=customers|error|dated`).
 * 2. Install `Office` (display language `?lang=fi`, theme `?theme=dark`, `onReady`) and the fake `Excel`
 *    on `globalThis` – before any pane code runs. office.js is never fetched.
 * 3. Expose `window.harness` (append rows, read cells, active sheet) for the browser tests.
 * 4. Load the production pane: the `<script>` bundles listed in `taskpane.html`, unchanged.
 */
import type { CellValue } from '../../src/core/types';
import type { FakeValue } from '../fakeExcel/fakeWorkbookModel';
import { appendRows, readCells, seedWorkbook, type HarnessFixture } from './harnessWorkbook';
import { installOffice } from './installOffice';

/** What the browser tests can call on the page. */
export interface HarnessHooks {
  /** Paste rows under the source table; returns the table's new address. */
  appendRows: (rows: CellValue[][]) => string;
  /** Values of a range, row-major, empty cells as `''`. */
  readCells: (sheetName: string, address: string) => FakeValue[][];
  activeSheet: () => string | null;
  sheetNames: () => string[];
  /** Hide or show the task pane as the user does in the shared runtime (the page is not reloaded). */
  setPaneVisible: (visible: boolean) => Promise<void>;
  /** Resolves when the pane's code is loaded. */
  loaded: Promise<void>;
}

declare global {
  interface Window {
    harness: HarnessHooks;
  }
}

const params = new URLSearchParams(window.location.search);
const fixtureParam = params.get('fixture');
const fixture: HarnessFixture =
  fixtureParam === 'error' || fixtureParam === 'dated' ? fixtureParam : 'customers';
const fake = installOffice({
  displayLanguage: params.get('lang') === 'fi' ? 'fi-FI' : 'en-US',
  dark: params.get('theme') === 'dark',
});
const model = fake.workbook;
// The harness page is the pane, open.
fake.pane.visible = true;
seedWorkbook(model, fixture);

/** Load the bundles the production page lists (everything but office.js), in order. */
async function loadProductionPane(): Promise<void> {
  const response = await fetch('taskpane.html');
  if (!response.ok) throw new Error(`taskpane.html: HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const sources = [...page.querySelectorAll('script[src]')]
    .map((script) => script.getAttribute('src') ?? '')
    .filter((src) => src !== '' && !/office\.js|appsforoffice/i.test(src));
  if (sources.length === 0) throw new Error('taskpane.html lists no pane bundle');
  for (const src of sources) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.body.appendChild(script);
    });
  }
}

window.harness = {
  appendRows: (rows) => appendRows(model, rows),
  readCells: (sheetName, address) => readCells(model, sheetName, address),
  activeSheet: () => model.activeSheet?.name ?? null,
  sheetNames: () => model.sheets.map((sheet) => sheet.name),
  setPaneVisible: (visible) => fake.setPaneVisible(visible),
  loaded: loadProductionPane(),
};
window.harness.loaded.catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.body.setAttribute('data-harness-error', message);
  console.error(`harness: ${message}`);
});
