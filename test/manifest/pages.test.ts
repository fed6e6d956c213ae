/**
 * The add-in's HTML pages: office.js from Microsoft's CDN in <head> before any bundle (Office requires the CDN
 * copy for published add-ins), and a Content-Security-Policy that lets scripts come only from the add-in and
 * that CDN and lets the page connect only to its own origin – no data leaves the workbook.
 */
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '../..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const pages = ['src/taskpane/taskpane.html', 'src/commands/commands-message.html'];

/** The CSP of a page as directive → sources. */
function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error('no Content-Security-Policy meta tag');
  return new Map(
    meta[1]
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name, sources] as const),
  );
}

describe.each(pages)('%s', (page) => {
  const html = fs.readFileSync(path.join(repoRoot, page), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));

  test('loads office.js from the Microsoft CDN in <head>, as the only script in the source page', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual([OFFICE_JS]);
    expect(head).toContain(`src="${OFFICE_JS}"`);
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
  });

  test('its CSP allows scripts only from itself and the office.js CDN, and connections only to itself', () => {
    const csp = contentSecurityPolicy(head);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", new URL(OFFICE_JS).origin]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    // Fluent UI's Griffel and office.js insert <style> elements at run time.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  });

  test('declares its language, character set and a title', () => {
    expect(html).toMatch(/<html lang="en">/);
    expect(head).toMatch(/<meta charset="UTF-8"/);
    expect(head).toMatch(/<title>[^<]+<\/title>/);
  });
});

test('the task pane page has the root element the pane renders into', () => {
  const html = fs.readFileSync(path.join(repoRoot, 'src/taskpane/taskpane.html'), 'utf8');
  expect(html).toMatch(/<div id="root">/);
});
