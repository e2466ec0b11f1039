#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, both resolved from the package root, so it works
// from any working directory. Exit code and stdio are passed through unchanged.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
let tsxPackage;
try {
  tsxPackage = require.resolve('tsx/package.json');
} catch {
  // tsx is a dev dependency: the command runs from a checkout after `npm install` there.
  process.stderr.write(
    `connector-studio: tsx is not installed in ${root}; run "npm install" there first.\n`,
  );
  process.exit(1);
}
const loader = pathToFileURL(join(dirname(tsxPackage), 'dist', 'loader.mjs'));
const result = spawnSync(
  process.execPath,
  ['--import', loader.href, join(root, 'electron', 'cli', 'main.ts'), ...process.argv.slice(2)],
  // Relative paths are the user's, from here; an INIT_CWD left by an outer npm script is not.
  { stdio: 'inherit', env: { ...process.env, INIT_CWD: process.cwd() } },
);
if (result.error) {
  process.stderr.write(`connector-studio: ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
