import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../electron/main/store/durable/durable-json-file';
import { DurableWriteError } from '../../../electron/main/store/durable/errors';
import { FaultFs } from '../../../electron/main/store/durable/fault-fs';
import { nodeFsLayer, type FsLayer } from '../../../electron/main/store/durable/fs-layer';
import { doc, tempDir, validateDoc, type Doc } from './helpers';

/** A disk whose fsync is slow, so writes are still pending when quit arrives. */
const slowDisk: FsLayer = {
  ...nodeFsLayer,
  openForWrite: async (path, exclusive) => {
    const file = await nodeFsLayer.openForWrite(path, exclusive);
    return {
      write: (data) => file.write(data),
      sync: async () => {
        await sleep(20);
        await file.sync();
      },
      close: () => file.close(),
    };
  },
};

/** Stands in for Electron's app: before-quit may be cancelled, then quit is called again. */
function fakeApp() {
  const app = new EventEmitter() as EventEmitter & { quitted: boolean; askedUser: string[] };
  app.quitted = false;
  app.askedUser = [];
  return app;
}

function onBeforeQuit(app: ReturnType<typeof fakeApp>, file: DurableJsonFile<Doc>) {
  app.once('before-quit', (event: { preventDefault: () => void }) => {
    event.preventDefault();
    file.flush().then(
      () => {
        app.quitted = true;
      },
      (error: unknown) => {
        app.askedUser.push(String(error));
      },
    );
  });
}

describe('D9: flush waits for pending writes', () => {
  it('an edit made just before quit is on disk when quit proceeds', async () => {
    const dir = await tempDir();
    const path = join(dir, 'store.json');
    const file = new DurableJsonFile<Doc>(path, { validate: validateDoc, fs: slowDisk });
    const app = fakeApp();
    onBeforeQuit(app, file);
    const writes = [1, 2, 3, 4, 5].map((n) => file.write(doc(n)));
    app.emit('before-quit', { preventDefault: () => undefined });
    expect(app.quitted).toBe(false);
    await file.flush();
    await Promise.all(writes);
    expect(app.quitted).toBe(true);
    const fresh = new DurableJsonFile<Doc>(path, { validate: validateDoc });
    expect((await fresh.read())?.counter).toBe(5);
  });

  it('whenIdle resolves after pending writes; flush reports a failed last write', async () => {
    const dir = await tempDir();
    const path = join(dir, 'store.json');
    const faulty = new FaultFs(slowDisk);
    const file = new DurableJsonFile<Doc>(path, { validate: validateDoc, fs: faulty });
    await file.write(doc(1));
    faulty.plan = { failAt: faulty.ops.length + 1, persistent: true, code: 'EIO' };
    const app = fakeApp();
    onBeforeQuit(app, file);
    const pending = file.write(doc(2)).catch((e: unknown) => e);
    app.emit('before-quit', { preventDefault: () => undefined });
    await file.whenIdle();
    expect(await pending).toBeInstanceOf(DurableWriteError);
    await sleep(0);
    expect(app.quitted).toBe(false);
    expect(app.askedUser[0]).toContain('EIO');
    expect(await readFile(path, 'utf8')).toContain('"counter":1');
  });
});
