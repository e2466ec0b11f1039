import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Node and Electron stay out of the page and out of the shared core. */
const platformImportsForbidden = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'Only electron/ may import Electron.' }],
      patterns: [
        { group: ['node:*'], message: 'Only electron/ and test/ may use Node built-ins.' },
        {
          group: ['fs', 'path', 'child_process', 'os', 'crypto'],
          message: 'Node built-ins belong in electron/.',
        },
      ],
    },
  ],
};

export default ts.config(
  { ignores: ['out/', 'node_modules/', 'test-results/', 'playwright-report/', 'docs/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['renderer/**/*.{ts,svelte}', 'src/**/*.ts'],
    rules: { ...platformImportsForbidden, 'svelte/no-at-html-tags': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright fixtures must destructure their dependencies, even when there are none.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/cli/**/*.ts', 'test/bench/**/*.ts', 'resources/bin/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
