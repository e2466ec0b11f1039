import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';
import { LOCK_FILE_NAME } from '../main/store/data-folder-lock';
import { userPath } from './user-path';

/** The variable the app reads too (electron/main/index.ts). */
export const DATA_DIR_VARIABLE = 'CONNECTOR_STUDIO_DATA_DIR';

const PRODUCT_NAME = 'Connector Studio';

/**
 * The folder the app keeps its data in when nothing overrides it: Electron's userData for the
 * product name, computed without Electron so the command line finds the same folder.
 */
export function appDefaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return win32.join(env['APPDATA'] ?? win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), PRODUCT_NAME);
}

/** The data folder a command works on: --data-dir, else the variable, else the app's default. */
export function chooseDataDir(option: string | undefined): string {
  if (option !== undefined) return userPath(option);
  const fromEnv = process.env[DATA_DIR_VARIABLE];
  if (fromEnv) return userPath(fromEnv);
  return appDefaultDataDir();
}

/** Entries only a Connector Studio data folder has; any one of them is enough. */
const DATA_FOLDER_MARKERS = ['connectors', 'connectors.json', 'settings.json', LOCK_FILE_NAME];

export type DataFolderState = 'data-folder' | 'missing' | 'empty' | 'file' | 'other-folder';

/** What is at `dir`, without creating or changing anything. */
export async function inspectDataFolder(dir: string): Promise<DataFolderState> {
  try {
    if (!(await stat(dir)).isDirectory()) return 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  const entries = await readdir(dir);
  if (entries.some((entry) => DATA_FOLDER_MARKERS.includes(entry))) return 'data-folder';
  return entries.length === 0 ? 'empty' : 'other-folder';
}

/** Why `dir` cannot be read as a data folder, in one sentence; null when it can. */
export function notADataFolder(dir: string, state: DataFolderState): string | null {
  if (state === 'data-folder') return null;
  if (state === 'file') return `no Connector Studio data folder at ${dir}: it is a file.`;
  if (state === 'other-folder') {
    return `no Connector Studio data folder at ${dir}: it holds other files.`;
  }
  return `no Connector Studio data folder at ${dir}.`;
}

export const DATA_DIR_HELP = `      --data-dir <dir>  the Connector Studio data folder; without it, $${DATA_DIR_VARIABLE},
                        else the app's own folder (Linux ~/.config/Connector Studio, macOS
                        ~/Library/Application Support/Connector Studio, Windows
                        %APPDATA%\\Connector Studio)`;
