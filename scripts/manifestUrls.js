/**
 * The add-in's URLs at development and at production time, and the rewrite of the manifest between the two.
 * The source manifest names https://localhost:3000/ (the dev server, so `npm start` sideloads it unchanged);
 * the production build copies it with every dev URL replaced, as Microsoft's Office add-in template does.
 * Plain CommonJS because webpack.config.js requires it; the jest tests import it through manifestUrls.d.ts.
 */
'use strict';

/** Where the dev server serves the add-in (webpack serve, `npm start`). */
const urlDev = 'https://localhost:3000/';

/** Placeholder production address, used when ADDIN_PUBLIC_URL is not set: an obviously fake host. */
const defaultUrlProd = 'https://abc-segmenter.example.com/';

/**
 * The production base URL: `ADDIN_PUBLIC_URL` from the environment, else the placeholder.
 * A trailing slash is added because every manifest URL is written as base + file name.
 * @throws {Error} when the value is not an absolute https URL (Office refuses http add-ins).
 * @example productionUrl({ ADDIN_PUBLIC_URL: 'https://addins.contoso.com/abc' }) // => 'https://addins.contoso.com/abc/'
 */
function productionUrl(env) {
  const raw = (env && env.ADDIN_PUBLIC_URL ? String(env.ADDIN_PUBLIC_URL) : defaultUrlProd).trim();
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${raw}"`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(
      `ADDIN_PUBLIC_URL must start with https:// (Office loads add-ins only over https): "${raw}"`,
    );
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must be a plain folder URL without ? or #: "${raw}"`);
  }
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/**
 * The manifest text with every development URL replaced by `prodUrl`: first `https://localhost:3000/…`
 * (page, icon and support URLs) by the base URL, then the bare origin `https://localhost:3000` (AppDomain) by
 * the production origin – AppDomain takes an origin, not a folder.
 * @throws {Error} when a reference to localhost survives (a URL written in another form than the two above).
 * @example toProductionManifest('<a>https://localhost:3000/x.html</a>', 'https://h.example/') // => '<a>https://h.example/x.html</a>'
 */
function toProductionManifest(xml, prodUrl) {
  const base = productionUrl({ ADDIN_PUBLIC_URL: prodUrl });
  const devOrigin = new URL(urlDev).origin;
  const result = xml.split(urlDev).join(base).split(devOrigin).join(new URL(base).origin);
  if (/localhost/i.test(result)) {
    throw new Error(
      'The production manifest still names localhost; write dev URLs as https://localhost:3000/…',
    );
  }
  return result;
}

module.exports = { urlDev, defaultUrlProd, productionUrl, toProductionManifest };
