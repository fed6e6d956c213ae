// ESLint (flat config): Microsoft's office-addins React rules (sync/load discipline for Office.js), TypeScript,
// Prettier, and the import direction of design.md enforced per folder:
//   core   → nothing of ours outside core, no Office/React/Node
//   hosts  → core (the Excel host: no Node; the file host: no Office/React)
//   flows  → core and the host interface only
//   taskpane, commands → flows, core, the Excel host (their entry points wire it); cli → flows, core, file host,
//   database host (hosts/db: core only)
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'stream',
  'util',
  'zlib',
  'http',
  'https',
  'url',
  'worker_threads',
  'readline',
  'buffer',
  'process',
  'events',
  'assert',
  'perf_hooks',
  'v8',
];
const noNode = {
  regex: `^(node:.*|(${nodeBuiltins.join('|')})(/.*)?)$`,
  message: 'No Node APIs here (design.md).',
};
const noUi = {
  regex: '^(react|react-dom|@fluentui/.*)(/.*)?$',
  message: 'No React/Fluent here (design.md).',
};
const noFileLibs = {
  regex: '^(exceljs|jszip|fflate|@e965/xlsx)(/.*)?$',
  message: 'File formats belong to hosts/file.',
};
const ours = (folder) => ({
  regex: `(^|/)${folder}(/|$)`,
  message: `Import direction (design.md): not ${folder}/ from here.`,
});

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'test-output/', '**/*.js', '!eslint.config.mjs'],
  },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    rules: {
      // typescript-eslint 8.8 (pinned by eslint-plugin-office-addins) reads this rule's options without defaults
      // under ESLint 9.39; passing them explicitly keeps the rule on.
      '@typescript-eslint/no-unused-expressions': [
        'error',
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The new JSX transform (react-jsx) needs no React in scope.
      'react/react-in-jsx-scope': 'off',
      // Props are typed by TypeScript.
      'react/prop-types': 'off',
      // Office.js discipline is an error here, not a warning: a sync in a loop is a bug on a 1M-row workbook.
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['test/**', 'bench/**', 'src/cli/**'],
    rules: { 'no-console': 'off' },
  },
  restrict(
    ['src/core/**'],
    [
      noNode,
      noUi,
      noFileLibs,
      ours('hosts'),
      ours('flows'),
      ours('taskpane'),
      ours('commands'),
      ours('cli'),
      { regex: '^office-js', message: 'No Office here.' },
    ],
  ),
  restrict(
    ['src/hosts/excel/**'],
    [noNode, noUi, noFileLibs, ours('flows'), ours('taskpane'), ours('commands'), ours('cli'), ours('file')],
  ),
  restrict(
    ['src/hosts/file/**'],
    [noUi, ours('flows'), ours('taskpane'), ours('commands'), ours('cli'), ours('excel')],
  ),
  // The database host (issue 10): Node and the database drivers, nothing of the workbook side.
  restrict(
    ['src/hosts/db/**'],
    [
      noUi,
      noFileLibs,
      ours('flows'),
      ours('taskpane'),
      ours('commands'),
      ours('cli'),
      ours('excel'),
      ours('file'),
    ],
  ),
  restrict(
    ['src/hosts/workbookHost.ts'],
    [noNode, noUi, noFileLibs, ours('flows'), ours('taskpane'), ours('commands'), ours('cli')],
  ),
  restrict(
    ['src/flows/**'],
    [noNode, noUi, noFileLibs, ours('taskpane'), ours('commands'), ours('cli'), ours('excel'), ours('file')],
  ),
  restrict(['src/taskpane/**', 'src/commands/**'], [noNode, noFileLibs, ours('cli'), ours('file')]),
  restrict(['src/cli/**'], [noUi, ours('taskpane'), ours('commands'), ours('excel')]),
);
