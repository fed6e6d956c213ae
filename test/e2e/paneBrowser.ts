/**
 * Shared plumbing of the browser tests: Debian's Chromium (never a downloaded one), the harness build and
 * server, a page that records every network request, screenshots and the axe-core check.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../support/sharedData';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
/** Where the harness build is served from; HARNESS_DIST overrides (e.g. a build elsewhere). */
export const distDir = process.env.HARNESS_DIST ?? path.join(repoRoot, 'test-output', 'harness-dist');
export const outputDir = path.join(repoRoot, 'test-output', 'e2e');

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain-JS server shared with `npm run harness`
const { startHarnessServer } = require('../harness/serveHarness.js') as {
  startHarnessServer: (dir: string, port: number) => Promise<{ url: string; close: () => Promise<void> }>;
};

/**
 * Build the production pane with the harness page (`npm run build:harness`, which `npm test` runs first), only
 * when the folder has no harness yet – so `npx jest test/e2e` also works on its own.
 */
export function ensureHarnessBuild(): void {
  if (fs.existsSync(path.join(distDir, 'harness.html'))) return;
  execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'webpack'),
    ['--mode', 'production', '--env', 'harness', '--output-path', distDir],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
}

export interface PaneSession {
  browser: Browser;
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startSession(): Promise<PaneSession> {
  ensureHarnessBuild();
  fs.mkdirSync(outputDir, { recursive: true });
  const server = await startHarnessServer(distDir, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    baseUrl: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenPane {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Errors thrown in the page. */
  pageErrors: string[];
  /** ms from navigation start until the form was ready (source and columns shown). */
  readyAfterMs: number;
}

/** Open the harness (`query` like `lang=fi&theme=dark`) in a task-pane-sized page and wait for the form. */
export async function openPane(session: PaneSession, query = ''): Promise<OpenPane> {
  // Reduced motion, as a user who asked for it: Fluent's motion (the More options collapse) then finishes at once,
  // so no check looks at a half-faded control (an axe colour-contrast flake under load) – and the pane is shown
  // honouring prefers-reduced-motion.
  const page = await session.browser.newPage({
    viewport: { width: 360, height: 900 },
    reducedMotion: 'reduce',
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const params = new URLSearchParams(query);
  await page.goto(`${session.baseUrl}/harness.html?${params.toString()}`);
  await page.waitForSelector('main[data-state="ready"], main[data-state="failed"]', { timeout: 20000 });
  const readyAfterMs = await page.evaluate(() => performance.now());
  return { page, requests, pageErrors, readyAfterMs };
}

/** Requests that did not go to the harness server (localhost) – the pane must make none. */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    const host = new URL(url).hostname;
    return host !== 'localhost' && host !== '127.0.0.1';
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Run axe-core in the page; the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Append a small timing record for the report (not asserted). */
export function recordTiming(name: string, ms: number): void {
  fs.mkdirSync(outputDir, { recursive: true });
  fs.appendFileSync(path.join(outputDir, 'timing.txt'), `${name}\t${ms.toFixed(0)} ms\n`);
}
