import { basename, dirname, join } from 'node:path';
import { StoreReadFailed, StoreRecoveryNeeded, type CorruptionReason } from './errors';
import { errorCode, type FsLayer } from './fs-layer';

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

/**
 * Quarantines the store file and sets its backup aside, and returns the StoreRecoveryNeeded
 * that tells the user where both are. `usable` decides whether the backup can be restored.
 * Throws StoreReadFailed if the file cannot even be moved (it then stays, untouched).
 */
export async function quarantineWithBackup(
  path: string,
  backupPath: string,
  fs: FsLayer,
  now: Date,
  usable: (bytes: Uint8Array) => boolean,
  reason: CorruptionReason,
  detail: string,
): Promise<StoreRecoveryNeeded> {
  let quarantined: string;
  try {
    quarantined = await quarantineFile(path, fs, now);
  } catch (error) {
    throw new StoreReadFailed(path, errorCode(error), { cause: error });
  }
  // A backup that cannot be moved is still offered where it is: the user must hear about the
  // quarantine either way.
  const aside = await setBackupAside(backupPath, quarantined, fs).catch(() => backupPath);
  let valid = false;
  if (aside !== null) {
    const bytes = await fs.readFile(aside).catch(() => null);
    valid = bytes !== null && usable(bytes);
  }
  const backup = { path: aside ?? `${quarantined}.bak`, exists: aside !== null, valid };
  return new StoreRecoveryNeeded(path, quarantined, reason, backup, detail);
}
