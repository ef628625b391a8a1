// `npm run lint`: ESLint's and typescript-eslint's recommended rules, import cycles, and the
// package boundaries: a package is used through its name (`@ioc/kit`, `@ioc/testing`,
// `@ioc/<subgraph>`), never through another package's src/ or dist/ files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/** Paths into a package's inside: `@ioc/x/src/...`, `../../gateway/src/...`, `@apollo/subgraph/dist/...`. */
const intoPackage = [
  { regex: '^@ioc/[^/]+/(src|dist)(/|$)', message: 'Import the package by its name (@ioc/<name>), not its src/ or dist/ files.' },
  { regex: '^(\\.\\./)+(kit|gateway|testing|subgraphs/[^/]+)/(src|dist)(/|$)', message: 'Import the package by its name (@ioc/<name>), not its src/ or dist/ files.' },
  { regex: '^(@[^/]+/)?[^@./][^/]*/dist(/|$)', message: "A library's dist/ files are its inside: use what its entry point exports." },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '.tools/', '.data/', 'bench/results/', 'dashboard/vendor/', 'coverage/', '**/generated/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
    },
    languageOptions: { globals: globals.node },
    rules: {
      'import-x/no-cycle': 'error',
      'no-restricted-imports': ['error', { patterns: intoPackage }],
      // `_`-prefixed names mark a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tracing's SDK is loaded by a synchronous require, only when tracing is on, before the driver loads.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^@opentelemetry/'] }],
      // The regexes that edit compose files and SDL match their indentation as written there.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Tests walk untyped JSON answers (GraphQL over HTTP, ingest summaries), and benches and scripts read
    // data files as they come. The ingest engine and the rollups hold feeds of every record type in one
    // list (`Feed<any>[]`); their owners type those when the engine's rewrite lands.
    files: ['**/test/**', '**/bench/**', 'scripts/**', 'kit/src/ingest/**', 'kit/src/rollups/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The project's own tools at the root (`npm start`, bench, compose) read the kit's modules one by
    // one so that a script loads only what it runs; they are not a package other code imports.
    files: ['scripts/*.ts', 'scripts/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: intoPackage.slice(0, 1).concat(intoPackage.slice(2)) }] },
  },
  {
    files: ['dashboard/js/**/*.js', 'gateway/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser, echarts: 'readonly', React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly' }, sourceType: 'module' },
  },
  {
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
