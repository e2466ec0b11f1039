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

/**
 * Electron and DOM settings that open a hole, as syntax: each one is an error everywhere. A
 * reviewed exception carries an eslint-disable comment with its reason where it lives.
 */
const securityRestrictedSyntax = [
  [
    'Property[key.name=/^(sandbox|contextIsolation|webSecurity)$/][value.value=false]',
    'keeps a renderer protection off',
  ],
  ['Property[key.name=/^nodeIntegration/][value.value=true]', 'gives web content Node'],
  [
    'Property[key.name=/^(allowRunningInsecureContent|experimentalFeatures|webviewTag)$/][value.value=true]',
    'weakens the renderer',
  ],
  ['Property[key.name="enableBlinkFeatures"]', 'turns on untested Blink features'],
  [
    'MemberExpression[object.name="shell"][property.name="openExternal"]',
    'bypasses openExternalSafe',
  ],
  [
    'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    'writes an HTML string into the page',
  ],
  [
    'CallExpression[callee.object.name="document"][callee.property.name=/^(write|writeln)$/]',
    'writes an HTML string into the page',
  ],
  [
    'CallExpression[callee.property.name="insertAdjacentHTML"]',
    'writes an HTML string into the page',
  ],
  [
    'CallExpression[callee.property.name="exposeInMainWorld"][arguments.1.name="ipcRenderer"]',
    'hands the page a generic IPC bridge',
  ],
].map(([selector, why]) => ({ selector, message: `Security: this ${why}.` }));

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
    files: ['**/*.{js,mjs,ts,svelte}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...securityRestrictedSyntax],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    // Hostile test corpora spell out script URLs on purpose.
    files: ['test/**/*.ts'],
    rules: { 'no-script-url': 'off' },
  },
  {
    files: ['test/gates/**/*.mjs'],
    rules: { 'no-console': 'off' },
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
