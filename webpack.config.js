/**
 * Builds the add-in into dist/: the task pane page (taskpane.html, which also holds the ribbon's function – one
 * shared runtime), the Segment command's message dialog (commands-message.html), the icons and the manifest.
 *
 *   npm run build         production: minified; manifest.xml with ADDIN_PUBLIC_URL instead of the dev URL
 *   npm run build:dev     development: source maps, manifest unchanged
 *   npm run dev-server    https://localhost:3000/ with Office's dev certificate (what `npm start` sideloads)
 *   webpack --env harness also builds the browser test harness (test/harness/, harness.html)
 *
 * TypeScript is only transpiled here (ts-loader transpileOnly); `npm run typecheck` is the type check.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { urlDev, productionUrl, toProductionManifest } = require('./scripts/manifestUrls');

/** One HTML page with only its own bundle. */
function page(template, filename, chunk) {
  return new HtmlWebpackPlugin({ template, filename, chunks: [chunk] });
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  // Resolved (and validated) even in development, so a bad ADDIN_PUBLIC_URL fails every build, not only the release.
  const urlProd = productionUrl(process.env);

  const entry = {
    // The shared runtime (manifest <Runtimes>): the ribbon's function and the pane load in the one pane page.
    taskpane: ['./src/commands/commands.ts', './src/taskpane/index.tsx'],
    commandsMessage: './src/commands/messagePage.ts',
  };
  const pages = [
    page('./src/taskpane/taskpane.html', 'taskpane.html', 'taskpane'),
    page('./src/commands/commands-message.html', 'commands-message.html', 'commandsMessage'),
  ];
  if (env.harness) {
    entry.harness = './test/harness/harnessEntry.tsx';
    pages.push(page('./test/harness/harness.html', 'harness.html', 'harness'));
  }

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Hashed names in production: Office caches add-in files, a new name is a new download.
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // tsconfig.json says noEmit (it is the type-check config); the loader must emit.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : toProductionManifest(content.toString('utf8'), urlProd)),
          },
        ],
      }),
    ],
    performance: {
      // The pane bundle (React + Fluent UI) is loaded once per pane opening from the add-in's own server;
      // warn when it grows past what a slow office connection loads in a couple of seconds.
      hints: dev ? false : 'warning',
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};

/** The dev server: https on the dev URL's port with Office's trusted dev certificate, CORS as in the template. */
async function devServer() {
  // Required here, not at the top: only `webpack serve` needs it, and it may install a certificate.
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  return {
    port: Number(new URL(urlDev).port),
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await getHttpsServerOptions() },
  };
}
