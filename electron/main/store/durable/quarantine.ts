import { basename, dirname, join } from 'node:path';
import type { FsLayer } from './fs-layer';

/** A file-name-safe timestamp (no ':' so the name also works on Windows). */
function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves an unreadable store file to `<file>.corrupt-<time>` so its bytes are kept for the user
 * (bitwarden/jslib #291, electron-store #35: a reset destroyed the evidence). Never
 * overwrites an earlier quarantined file. Returns the new path.
 */
export async function quarantineFile(path: string, fs: FsLayer, now: Date): Promise<string> {
  const dir = dirname(path);
  const taken = new Set(await fs.readdir(dir));
  const base = `${basename(path)}.corrupt-${stamp(now)}`;
  let name = base;
  for (let n = 1; taken.has(name) || taken.has(`${name}.bak`); n += 1) name = `${base}-${n}`;
  const target = join(dir, name);
  await fs.rename(path, target);
  await fs.syncDir(dir);
  return target;
}

/**
 * Moves the backup next to the quarantined file, so the saves that follow (of defaults, say)
 * cannot rotate over the one good copy we are offering (daintree #6035). Returns the new path,
 * or null when there was no backup.
 */
export async function setBackupAside(
  backupPath: string,
  quarantinedPath: string,
  fs: FsLayer,
): Promise<string | null> {
  const target = `${quarantinedPath}.bak`;
  try {
    await fs.rename(backupPath, target);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  await fs.syncDir(dirname(backupPath));
  return target;
}
