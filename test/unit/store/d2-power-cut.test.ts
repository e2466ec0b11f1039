import { describe, expect, it } from 'vitest';
import { CrashFs } from '../../../electron/main/store/durable/crash-fs';
import { DurableJsonFile } from '../../../electron/main/store/durable/durable-json-file';
import type { FsLayer } from '../../../electron/main/store/durable/fs-layer';
import { doc, seeded, validateDoc, type Doc } from './helpers';

const PATH = '/data/store.json';
const SEEDS = 400;

interface Outcome {
  saved: boolean;
  /** Counter after recovery, null for "no file", 'broken' if the store could not be read. */
  after: number | null | 'broken';
}

/** Saves doc(2) over doc(1), cuts power at a random operation, then reopens. */
async function crashOnce(
  seed: number,
  wrapFs: (fs: CrashFs) => FsLayer,
  initial: boolean,
): Promise<Outcome> {
  const random = seeded(seed);
  const crash = new CrashFs();
  await crash.mkdir('/data');
  const fs = wrapFs(crash);
  const file = new DurableJsonFile<Doc>(PATH, { validate: validateDoc, fs });
  await file.read();
  if (initial) {
    await file.write(doc(0));
    await file.write(doc(1));
  }
  crash.crashAfter(1 + Math.floor(random() * 16));
  const saved = await file.write(doc(2)).then(
    () => true,
    () => false,
  );
  crash.powerCut(random);
  const reopened = new DurableJsonFile<Doc>(PATH, { validate: validateDoc, fs });
  try {
    const data = await reopened.read();
    return { saved, after: data === null ? null : data.counter };
  } catch {
    return { saved, after: 'broken' };
  }
}

function violates(outcome: Outcome, initial: boolean): boolean {
  if (outcome.after === 'broken') return true;
  if (outcome.saved) return outcome.after !== 2;
  return !(initial ? [1, 2] : [null, 2]).includes(outcome.after);
}

const noFsync = (fs: CrashFs): FsLayer => ({
  ...bind(fs),
  openForWrite: async (path, exclusive) => ({
    ...(await fs.openForWrite(path, exclusive)),
    sync: async () => undefined,
  }),
});
const noDirFsync = (fs: CrashFs): FsLayer => ({ ...bind(fs), syncDir: async () => undefined });

function bind(fs: CrashFs): FsLayer {
  return {
    openForWrite: (p, e) => fs.openForWrite(p, e),
    readFile: (p) => fs.readFile(p),
    rename: (a, b) => fs.rename(a, b),
    link: (a, b) => fs.link(a, b),
    unlink: (p) => fs.unlink(p),
    readdir: (d) => fs.readdir(d),
    mkdir: (d) => fs.mkdir(d),
    syncDir: (d) => fs.syncDir(d),
  };
}

describe('D2: simulated power cut', () => {
  for (const initial of [true, false]) {
    it(`after any power cut the store is the old or the new state (${initial ? 'existing' : 'first'} save)`, async () => {
      const failures: number[] = [];
      let savedCount = 0;
      for (let seed = 0; seed < SEEDS; seed += 1) {
        const outcome = await crashOnce(seed, bind, initial);
        if (outcome.saved) savedCount += 1;
        if (violates(outcome, initial)) failures.push(seed);
      }
      expect(failures).toEqual([]);
      // The crash points must cover both interrupted and completed saves.
      expect(savedCount).toBeGreaterThan(0);
      expect(savedCount).toBeLessThan(SEEDS);
    });
  }

  // Controls: the same harness must catch a writer that forgets either fsync.
  it('catches a writer that skips the file fsync', async () => {
    let violations = 0;
    for (let seed = 0; seed < SEEDS; seed += 1) {
      if (violates(await crashOnce(seed, noFsync, true), true)) violations += 1;
    }
    expect(violations).toBeGreaterThan(0);
  });

  it('catches a writer that skips the folder fsync', async () => {
    let violations = 0;
    for (let seed = 0; seed < SEEDS; seed += 1) {
      if (violates(await crashOnce(seed, noDirFsync, true), true)) violations += 1;
    }
    expect(violations).toBeGreaterThan(0);
  });
});
