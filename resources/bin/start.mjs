#!/usr/bin/env node
// Builds and starts the desktop app. The electron package downloads its binary on first use, so
// a fresh install fetches it here; when that is impossible this says so in one line.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ELECTRON_MISSING_MESSAGE, findElectronBinary } from './electron-binary.mjs';

function downloadElectron() {
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  process.stdout.write('Downloading the Electron binary (first start only)…\n');
  const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 300_000 });
  return result.status === 0;
}

if (findElectronBinary() === null && (!downloadElectron() || findElectronBinary() === null)) {
  process.stderr.write(`${ELECTRON_MISSING_MESSAGE}\n`);
  process.exit(1);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['electron-vite', 'preview'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
