import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DurableWriteError } from './errors';
import { errorCode, nodeFsLayer, type FsLayer, type WritableFile } from './fs-layer';

const TEMP_MARK = '.cs-tmp-';
let tempCounter = 0;

/**
 * A temp name unique per process and call, so two writers never share one (lowdb's fixed
 * `.name.tmp` made concurrent writers fail with ENOENT, lowdb #555/#581).
 */
export function tempNameFor(fileName: string): string {
  tempCounter += 1;
  const unique = `${process.pid}-${tempCounter}-${randomBytes(4).toString('hex')}`;
  return `.${fileName}${TEMP_MARK}${unique}`;
}

/** True for temp files that writeFileDurably creates for `fileName`. */
export function isTempNameOf(fileName: string, candidate: string): boolean {
  return candidate.startsWith(`.${fileName}${TEMP_MARK}`);
}

/**
 * Removes temp files a killed writer left behind for `fileName`. Call it only while holding
 * the data-folder lock: a live writer's temp file would otherwise vanish under it.
 */
export async function removeStaleTemps(path: string, fs: FsLayer): Promise<number> {
  const dir = dirname(path);
  const name = basename(path);
  let removed = 0;
  for (const entry of await fs.readdir(dir)) {
    if (!isTempNameOf(name, entry)) continue;
    await fs.unlink(join(dir, entry));
    removed += 1;
  }
  return removed;
}

/**
 * Removes every temp file of ours in `dir`, whatever its target. For folders the caller owns
 * entirely (shard and blob folders); same lock rule as removeStaleTemps.
 */
export async function removeAllStaleTemps(dir: string, fs: FsLayer): Promise<number> {
  let removed = 0;
  for (const entry of await fs.readdir(dir)) {
    if (!entry.startsWith('.') || !entry.includes(TEMP_MARK)) continue;
    await fs.unlink(join(dir, entry));
    removed += 1;
  }
  return removed;
}

export interface DurableWriteOptions {
  /** How often to retry a rename that failed with EPERM/EBUSY/EACCES (Windows AV/indexer locks). */
  renameRetries?: number;
  /**
   * Leave the folder fsync to the caller, who writes many files into one folder and syncs it
   * once at the end; until then the new names may not survive a power cut.
   */
  callerSyncsFolder?: boolean;
}

const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old or the new
 * file: write a unique temp file beside it, fsync it, rename it over the target, fsync the folder.
 *
 * Rejects with DurableWriteError (path + fs error code) on any failure; the caller must then
 * treat the data as unsaved. If only the final folder fsync fails, the new content is already
 * visible but not guaranteed to survive a power cut, so that is reported as a failure too.
 */
export async function writeFileDurably(
  path: string,
  content: string | Uint8Array,
  fs: FsLayer = nodeFsLayer,
  options: DurableWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, tempNameFor(basename(path)));
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const retries = options.renameRetries ?? (process.platform === 'win32' ? 10 : 0);
  let created = false;
  try {
    const file = await fs.openForWrite(tmp, true);
    created = true;
    await writeSyncClose(file, bytes);
    await renameWithRetry(fs, tmp, path, retries);
    created = false;
  } catch (error) {
    // Best effort: a temp we cannot remove now is removed by removeStaleTemps at next open.
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw new DurableWriteError(path, errorCode(error), { cause: error });
  }
  if (options.callerSyncsFolder === true) return;
  try {
    await fs.syncDir(dir);
  } catch (error) {
    throw new DurableWriteError(path, errorCode(error), { cause: error });
  }
}

async function writeSyncClose(file: WritableFile, bytes: Uint8Array): Promise<void> {
  try {
    await file.write(bytes);
    await file.sync();
  } catch (error) {
    await file.close().catch(() => undefined);
    throw error;
  }
  // Some file systems (NFS) report deferred write errors only at close, so it must succeed.
  await file.close();
}

async function renameWithRetry(
  fs: FsLayer,
  from: string,
  to: string,
  retries: number,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= retries || !TRANSIENT_RENAME_CODES.has(errorCode(error))) throw error;
      await sleep(100);
    }
  }
}
