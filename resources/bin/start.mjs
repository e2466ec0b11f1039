#!/usr/bin/env node
// Builds and starts the desktop app, or says in one line why it cannot.
import { spawnSync } from 'node:child_process';
import { ELECTRON_MISSING_MESSAGE, findElectronBinary } from './electron-binary.mjs';

if (findElectronBinary() === null) {
  process.stderr.write(`${ELECTRON_MISSING_MESSAGE}\n`);
  process.exit(1);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['electron-vite', 'preview'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
