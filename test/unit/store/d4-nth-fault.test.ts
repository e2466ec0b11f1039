import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../electron/main/store/durable/durable-json-file';
import { DurableWriteError, StoreReadFailed } from '../../../electron/main/store/durable/errors';
import { FaultFs } from '../../../electron/main/store/durable/fault-fs';
import { nodeFsLayer } from '../../../electron/main/store/durable/fs-layer';
import { doc, tempDir, tempFilesIn, validateDoc, type Doc } from './helpers';

const CODES = ['EIO', 'EPERM', 'EBUSY', 'ENOSPC'];

describe('D4: the n-th file operation fails, for every n', () => {
  for (const persistent of [false, true]) {
    it(`a save keeps the old or the new state (${persistent ? 'every op from n on fails' : 'only op n fails'})`, async () => {
      let completedAt = 0;
      for (let n = 1; n < 60 && completedAt === 0; n += 1) {
        const dir = await tempDir();
        const path = join(dir, 'store.json');
        const setup = new DurableJsonFile<Doc>(path, { validate: validateDoc });
        await setup.write(doc(1));
        await setup.write(doc(2));

        const code = CODES[n % CODES.length]!;
        const faulty = new FaultFs(nodeFsLayer, { failAt: n, code, persistent });
        const file = new DurableJsonFile<Doc>(path, { validate: validateDoc, fs: faulty });
        let saved = false;
        try {
          await file.read();
          await file.write(doc(3));
          saved = true;
        } catch (error) {
          // Every failure is reported with the injected code, never swallowed.
          expect(
            error instanceof DurableWriteError || error instanceof StoreReadFailed,
            `n=${n}: ${String(error)}`,
          ).toBe(true);
          expect((error as DurableWriteError | StoreReadFailed).code).toBe(code);
        }
        if (saved && faulty.ops.length < n) completedAt = n;

        const reopened = new DurableJsonFile<Doc>(path, { validate: validateDoc });
        const after = (await reopened.read())?.counter;
        expect(saved ? [3] : [2, 3], `n=${n}`).toContain(after);
        expect(await tempFilesIn(dir), `n=${n}`).toEqual([]);
        await reopened.write(doc(4));
        expect((await reopened.read())?.counter).toBe(4);
        const backup = new DurableJsonFile<Doc>(`${path}.bak`, { validate: validateDoc });
        expect([2, 3]).toContain((await backup.read())?.counter);
      }
      expect(completedAt).toBeGreaterThan(5);
    });
  }

  it('an interrupted migration leaves the original file or the upgraded one', async () => {
    const fixture = join(import.meta.dirname, 'fixtures', 'migrations', 'v0-plain-lowdb.json');
    const original = await readFile(fixture);
    const migrations = [
      {
        from: 0,
        up: (d: unknown) => ({
          counter: (d as { connectors: unknown[] }).connectors.length,
          items: [],
        }),
      },
    ];
    let done = false;
    for (let n = 1; n < 60 && !done; n += 1) {
      const dir = await tempDir();
      const path = join(dir, 'store.json');
      await copyFile(fixture, path);
      const faulty = new FaultFs(nodeFsLayer, { failAt: n });
      const file = new DurableJsonFile<Doc>(path, {
        validate: validateDoc,
        migrations,
        fs: faulty,
      });
      const ok = await file.read().then(
        () => true,
        () => false,
      );
      done = ok && faulty.ops.length < n;
      const bytes = await readFile(path);
      const upgraded = await new DurableJsonFile<Doc>(path, {
        validate: validateDoc,
        migrations,
      }).read();
      // Either way the file is the original or the full upgrade; reopening gives current data.
      if (ok) expect(bytes.equals(original), `n=${n}`).toBe(false);
      expect(upgraded, `n=${n}`).toEqual({ counter: 2, items: [] });
    }
    expect(done).toBe(true);
  });
});
