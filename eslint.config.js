import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noUserFacingLiterals from './scripts/eslint/noUserFacingLiterals.mjs';

/** Node and Electron modules, which code that runs in the browser cannot load. */
const nodeOnly = {
  group: ['node:*', 'fs', 'path', 'electron'],
  message: 'Browser-side code cannot use Node or Electron modules.',
};

/** One no-restricted-imports entry per folder: Node modules, and relative imports into the forbidden top-level folders. */
function boundaries(rules) {
  return rules.map(({ files, forbidden, message }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeOnly, { regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message }] },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-test/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.groundwork-data/**',
      // Mutation testing's sandboxes (copies of the whole project) and reports, while a run is going.
      '.stryker-tmp/**',
      'reports/**',
      'packets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'curriculum/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Import boundaries. `common/` is what both sides share; `core/` and `electron/` are the Node
  // side. The renderer and the lesson components (which run in it) import only `common/`,
  // `curriculum/` and their own files; `common/` imports only itself. Each folder gets one
  // rule entry, because a later entry for the same files replaces an earlier one.
  ...boundaries([
    {
      files: ['renderer/**/*.{ts,tsx}', 'curriculum/**/*.{ts,tsx}'],
      forbidden: ['core', 'electron', 'devhost', 'scripts', 'tests'],
      message: 'The renderer and lesson components import only common/ and curriculum/: move shared logic to common/.',
    },
    {
      files: ['common/**/*.{ts,tsx}'],
      forbidden: ['core', 'electron', 'devhost', 'scripts', 'tests', 'renderer', 'curriculum'],
      message: 'common/ is shared by both sides and imports only common/.',
    },
  ]),
  // Every sentence a person sees comes from common/i18n/ (scripts/eslint/noUserFacingLiterals.mjs).
  // It does not run on: common/i18n/ (where the words live), tests/ (they quote what a person sees),
  // scripts/ and devhost/ (developer tools: their words go to a terminal, never to a participant).
  {
    files: ['{common,core,electron,renderer,curriculum}/**/*.{ts,tsx}'],
    ignores: ['common/i18n/**'],
    plugins: { groundwork: { rules: { 'no-user-facing-literals': noUserFacingLiterals } } },
    rules: { 'groundwork/no-user-facing-literals': 'error' },
  },
  {
    files: ['{renderer,curriculum}/**/*.{ts,tsx}'],
    rules: { 'groundwork/no-user-facing-literals': ['error', { errors: true }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'groundwork/no-user-facing-literals': ['error', { windowTitles: true }] },
  },
  {
    files: ['scripts/**', 'devhost/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
