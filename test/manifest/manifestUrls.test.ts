import * as fs from 'fs';
import * as path from 'path';
import { defaultUrlProd, productionUrl, toProductionManifest, urlDev } from '../../scripts/manifestUrls';

const manifestXml = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

describe('productionUrl (ADDIN_PUBLIC_URL)', () => {
  test('without ADDIN_PUBLIC_URL the placeholder example.com address is used', () => {
    expect(productionUrl({})).toBe(defaultUrlProd);
    expect(new URL(defaultUrlProd).hostname.endsWith('.example.com')).toBe(true);
  });

  test('a folder URL gets its trailing slash, so base + file name is a valid URL', () => {
    expect(productionUrl({ ADDIN_PUBLIC_URL: 'https://addins.contoso.com/abc' })).toBe(
      'https://addins.contoso.com/abc/',
    );
    expect(productionUrl({ ADDIN_PUBLIC_URL: ' https://addins.contoso.com/ ' })).toBe(
      'https://addins.contoso.com/',
    );
  });

  test.each([
    ['http (Office refuses it)', 'http://addins.contoso.com/'],
    ['not a URL', 'addins.contoso.com'],
    ['a query string', 'https://addins.contoso.com/?v=2'],
  ])('refuses %s', (_case, value) => {
    expect(() => productionUrl({ ADDIN_PUBLIC_URL: value })).toThrow(/ADDIN_PUBLIC_URL/);
  });
});

describe('toProductionManifest (the production build copies manifest.xml through it)', () => {
  const prod = toProductionManifest(manifestXml, 'https://addins.contoso.com/abc/');

  test('replaces every dev URL: nothing names localhost afterwards', () => {
    expect(manifestXml).toContain(urlDev);
    expect(prod).not.toMatch(/localhost/);
  });

  test('page, icon and support URLs keep their file path under the production folder', () => {
    expect(prod).toContain('DefaultValue="https://addins.contoso.com/abc/taskpane.html"');
    expect(prod).toContain('DefaultValue="https://addins.contoso.com/abc/assets/support.html"');
    expect(prod).toContain('DefaultValue="https://addins.contoso.com/abc/assets/icon-80.png"');
    expect(prod.match(/https:\/\/addins\.contoso\.com\/abc\//g)?.length).toBe(
      manifestXml.match(new RegExp(urlDev.replace(/[.]/g, '\\.'), 'g'))?.length,
    );
  });

  test('AppDomain becomes the production origin, without the folder', () => {
    expect(prod).toContain('<AppDomain>https://addins.contoso.com</AppDomain>');
  });

  test('changes nothing but URLs', () => {
    const strip = (xml: string): string => xml.replace(/https:\/\/[^"<]*/g, 'URL');
    expect(strip(prod)).toBe(strip(manifestXml));
  });

  test('refuses a manifest where a localhost URL in another form would survive', () => {
    expect(() => toProductionManifest('<a>http://localhost:3000/x</a>', 'https://h.example/')).toThrow(
      /localhost/,
    );
  });
});
