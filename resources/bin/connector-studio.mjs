#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, both resolved from the package root, so it works
// from any working directory. Exit code and stdio are passed through unchanged.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const loader = pathToFileURL(
  join(dirname(require.resolve('tsx/package.json')), 'dist', 'loader.mjs'),
);
const result = spawnSync(
  process.execPath,
  ['--import', loader.href, join(root, 'electron', 'cli', 'main.ts'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
if (result.error) {
  process.stderr.write(`connector-studio: ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
