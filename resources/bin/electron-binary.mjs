import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the Electron executable is, or null when it was never downloaded. Reads the electron
 * package's own path file instead of requiring the package, because requiring it starts a
 * download that fails on machines without access to GitHub.
 */
export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_MISSING_MESSAGE =
  'Cannot start: the Electron binary is not installed and could not be downloaded from github.com. ' +
  'Run `npx install-electron` where github.com is reachable (it needs Node.js 22.12 or newer), then `npm start` again.';
