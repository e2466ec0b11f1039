import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../electron/main/store/durable/durable-json-file';
import { DurableWriteError } from '../../../electron/main/store/durable/errors';
import { FaultFs } from '../../../electron/main/store/durable/fault-fs';
import { nodeFsLayer } from '../../../electron/main/store/durable/fs-layer';
import { doc, tempDir, tempFilesIn, validateDoc, type Doc } from './helpers';

/** Mounting a tmpfs needs root and a kernel that allows it (CI containers often do). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = join(tmpdir(), `cs-tmpfs-probe-${process.pid}`);
  try {
    execFileSync('mkdir', ['-p', probe]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    execFileSync('rm', ['-rf', probe]);
  }
}

async function expectDiskFullHandled(dir: string, file: DurableJsonFile<Doc>, big: Doc) {
  const path = file.path;
  const before = await readFile(path);
  const db = new Low<Doc>(file, doc(0));
  await db.read();
  // The app's pattern: change a copy, commit to memory only once the save resolved.
  const next = big;
  const error = await file.write(next).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DurableWriteError);
  expect((error as DurableWriteError).code).toBe('ENOSPC');
  expect((error as DurableWriteError).message).toContain(path);
  expect(Buffer.compare(await readFile(path), before)).toBe(0);
  expect(await tempFilesIn(dir)).toEqual([]);
  expect(db.data).toEqual(doc(1));
}

describe('D3: disk full', () => {
  it('injected ENOSPC: old file intact, error typed, temp removed, next save succeeds', async () => {
    const dir = await tempDir();
    const path = join(dir, 'store.json');
    const faulty = new FaultFs(nodeFsLayer);
    const file = new DurableJsonFile<Doc>(path, { validate: validateDoc, fs: faulty });
    await file.write(doc(1));
    faulty.plan = { quotaBytes: faulty.bytesWritten + 1000 };
    await expectDiskFullHandled(dir, file, doc(2, 3000));
    await expect(file.flush()).rejects.toBeInstanceOf(DurableWriteError);
    faulty.plan = {};
    await file.write(doc(3));
    await file.flush();
    expect((await new DurableJsonFile<Doc>(path, { validate: validateDoc }).read())?.counter).toBe(
      3,
    );
  });

  it.skipIf(!canMountTmpfs())(
    'real tmpfs of 256 KiB (needs root and mount; skipped otherwise)',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cs-tmpfs-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]);
      try {
        const path = join(dir, 'store.json');
        const file = new DurableJsonFile<Doc>(path, { validate: validateDoc });
        await file.write(doc(1));
        await expectDiskFullHandled(dir, file, doc(2, 20_000));
        await file.write(doc(3, 10));
        expect((await file.read())?.counter).toBe(3);
      } finally {
        execFileSync('umount', [dir]);
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
