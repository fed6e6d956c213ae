/**
 * Jest: every test under test/, TypeScript compiled by ts-jest (transpile only: `npm run typecheck` is the type
 * check). Browser (e2e) and spreadsheet-app tests live in the same run; they skip with a message when Chromium or
 * LibreOffice is missing.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          jsx: 'react-jsx',
          esModuleInterop: true,
          // With isolatedModules ts-jest transpiles file by file (fast); `npm run typecheck` does the type check.
          isolatedModules: true,
        },
      },
    ],
  },
  testTimeout: 30000,
};
