#!/usr/bin/env node
// Entry of `npx abc-segmenter`: the compiled command line lives in lib/ (built by `npm ci` / `npm install`).
'use strict';
let main;
try {
  ({ main } = require('../lib/src/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('abc-segmenter: not built yet; run `npm run build:cli` (or `npm install`) first\n');
    process.exit(1);
  }
  throw error;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
