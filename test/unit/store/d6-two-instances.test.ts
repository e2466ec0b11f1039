import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import {
  DataFolderInUse,
  LOCK_FILE_NAME,
  lockDataFolder,
} from '../../../electron/main/store/data-folder-lock';
import { tempDir } from './helpers';

const holderScript = join(import.meta.dirname, 'fixtures', 'lock-holder.ts');

async function startHolder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, 'line')) as [string];
  expect(line).toBe(`locked ${child.pid}`);
  return child;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

describe('D6: one writer per data folder', () => {
  it('a second process is refused with the owner pid and writes nothing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'connectors.json'), '{"keep":"me"}');
    const child = await startHolder(dir);
    try {
      const before = await snapshot(dir);
      const error = await lockDataFolder(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataFolderInUse);
      expect((error as DataFolderInUse).owner?.pid).toBe(child.pid);
      expect((error as Error).message).toBe(
        `data folder ${dir} is in use by another Connector Studio process (pid ${child.pid}). ` +
          `If no other Connector Studio is running, delete ${join(dir, LOCK_FILE_NAME)}.`,
      );
      expect(await snapshot(dir)).toEqual(before);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a lock left by a killed process is taken over at once', async () => {
    const dir = await tempDir();
    const child = await startHolder(dir);
    child.kill('SIGKILL');
    await once(child, 'exit');
    const lock = await lockDataFolder(dir);
    expect(JSON.parse(await readFile(lock.lockPath, 'utf8')).pid).toBe(process.pid);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a process that exits normally releases its lock', async () => {
    const dir = await tempDir();
    const child = await startHolder(dir);
    child.stdin!.end();
    await once(child, 'exit');
    expect(await readdir(dir)).toEqual([]);
  });

  it('a second lock in the same process is refused until the first is released', async () => {
    const dir = await tempDir();
    const first = await lockDataFolder(dir);
    await expect(lockDataFolder(dir, 'cli')).rejects.toBeInstanceOf(DataFolderInUse);
    await first.release();
    const second = await lockDataFolder(dir, 'cli');
    await second.release();
  });

  it('a half-written lock file is respected briefly, then treated as stale', async () => {
    const dir = await tempDir();
    const lockPath = join(dir, LOCK_FILE_NAME);
    await writeFile(lockPath, '{"pid":');
    const error = await lockDataFolder(dir).catch((e: unknown) => e);
    expect((error as DataFolderInUse).message).toContain('pid unknown');
    const { utimes } = await import('node:fs/promises');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    const lock = await lockDataFolder(dir);
    await lock.release();
  });
});
