#!/usr/bin/env node
/**
 * A tiny static server for the harness build (no packages): `node test/harness/serveHarness.js [dir] [port]`,
 * default test-output/harness-dist/ on http://localhost:3100 – open /harness.html. Local only (binds 127.0.0.1); files outside `dir` are
 * refused. Also used by the browser tests (`startHarnessServer`).
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serve `dir` on 127.0.0.1:`port` (0 = any free port).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function startHarnessServer(dir, port) {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url || '/', 'http://localhost').pathname);
    const file = path.resolve(root, '.' + (pathname === '/' ? '/harness.html' : pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response
        .writeHead(200, {
          'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://localhost:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { startHarnessServer };

if (require.main === module) {
  const dir = process.argv[2] || path.resolve(__dirname, '../../test-output/harness-dist');
  const port = Number(process.argv[3] || process.env.PORT || 3100);
  startHarnessServer(dir, port).then(({ url }) => {
    console.log(`Harness: ${url}/harness.html  (?lang=fi, ?theme=dark, ?fixture=error)`);
  });
}
