import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One writer per data folder, across processes: the Electron app and the command line must
 * never write the same store at once (two lowdb writers silently lost half their updates,
 * lowdb #333). The lock is a file created with O_EXCL holding the owner's pid, host and a
 * random token.
 *
 * Why not proper-lockfile: it decides staleness by an mtime it refreshes on a timer, so a
 * relaunch right after a crash is refused for the stale period, and a missed refresh (laptop
 * sleep) throws from the timer. A pid check frees a crashed owner's lock at once.
 */

export const LOCK_FILE_NAME = '.connector-studio.lock';

/** A lock file still being written by its creator is left alone for this long. */
const UNREADABLE_GRACE_MS = 5_000;

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  startedAt: string;
  /** Which program holds it: "app", "cli", ... */
  purpose: string;
}

/** Another Connector Studio process writes this data folder; nothing was written. */
export class DataFolderInUse extends Error {
  override readonly name = 'DataFolderInUse';
  constructor(
    readonly dir: string,
    readonly lockPath: string,
    readonly owner: LockOwner | null,
  ) {
    const who = owner === null ? 'pid unknown' : `pid ${owner.pid}`;
    const where = owner !== null && owner.host !== hostname() ? ` on ${owner.host}` : '';
    super(
      `data folder ${dir} is in use by another Connector Studio process (${who}${where}). ` +
        `If no other Connector Studio is running, delete ${lockPath}.`,
    );
  }
}

export interface DataFolderLock {
  readonly dir: string;
  readonly lockPath: string;
  readonly owner: LockOwner;
  /** Removes the lock if it is still ours. Also happens on process exit. */
  release(): Promise<void>;
}

// Tokens of locks this process holds, so a second lock in the same process is refused too.
const heldTokens = new Set<string>();

/**
 * Takes the lock on `dir` (creating the folder if needed) or throws DataFolderInUse.
 * A lock left by a dead process on this host is taken over.
 */
export async function lockDataFolder(dir: string, purpose = 'app'): Promise<DataFolderLock> {
  await mkdir(dir, { recursive: true });
  const lockPath = join(dir, LOCK_FILE_NAME);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    startedAt: new Date().toISOString(),
    purpose,
  };
  let holder: LockOwner | null = null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await tryCreate(lockPath, owner)) return held(dir, lockPath, owner);
    const seen = await readOwner(lockPath);
    if (seen === 'gone') continue;
    holder = seen.owner;
    if (seen.owner === null && seen.ageMs < UNREADABLE_GRACE_MS) break;
    if (seen.owner !== null && isAlive(seen.owner)) break;
    await takeOverStale(lockPath, seen.text);
  }
  throw new DataFolderInUse(dir, lockPath, holder);
}

async function tryCreate(lockPath: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx', 0o644);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

type Seen = 'gone' | { text: string; owner: LockOwner | null; ageMs: number };

async function readOwner(lockPath: string): Promise<Seen> {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    return { text, owner: parseOwner(text), ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return 'gone';
    throw error;
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    if (typeof value.token !== 'string') return null;
    return value as LockOwner;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // LIMITATION: a lock from another host (a shared network folder) cannot be checked, so it
  // is treated as live; the message tells the user which file to delete.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return heldTokens.has(owner.token);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the pid exists but belongs to another user, so it is alive.
    // LIMITATION: a dead owner's pid reused by an unrelated process keeps the lock "live".
    return (error as { code?: string }).code !== 'ESRCH';
  }
}

/**
 * Moves a stale lock away atomically. If what was moved is not the stale lock we inspected
 * (another process took over in between), it is put back with link(), which never replaces a
 * lock created meanwhile.
 */
async function takeOverStale(lockPath: string, staleText: string): Promise<void> {
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8');
  if (moved !== staleText) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside);
}

function held(dir: string, lockPath: string, owner: LockOwner): DataFolderLock {
  heldTokens.add(owner.token);
  const releaseSync = (): void => {
    if (!heldTokens.delete(owner.token)) return;
    try {
      if (parseOwner(readFileSync(lockPath, 'utf8'))?.token === owner.token) unlinkSync(lockPath);
    } catch {
      // Already gone or unreadable: nothing of ours to remove.
    }
  };
  // 'exit' handlers must be synchronous. A SIGKILL skips them; the pid check covers that.
  process.once('exit', releaseSync);
  return {
    dir,
    lockPath,
    owner,
    release: async () => {
      process.removeListener('exit', releaseSync);
      releaseSync();
    },
  };
}
