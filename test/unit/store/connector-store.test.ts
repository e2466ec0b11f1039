import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnectorStore, UnsavedChanges } from '../../../electron/main/store/connector-store';
import { nodeFsLayer } from '../../../electron/main/store/durable';
import { FaultFs } from '../../../electron/main/store/durable/fault-fs';
import { PLAIN_CONNECTORS_FILE } from '../../../electron/main/store/plain-connectors-migration';
import { snapshotFolder } from '../support/folder-snapshot';
import { connector } from './connectors';
import { tempDir } from './helpers';

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>';

const withLogo = (n: number) =>
  connector(n, {
    logo: { svg: LOGO, fileName: 'logo.svg', attachedAt: '2026-01-02T00:00:00.000Z' },
  });

async function writePlainStore(dir: string): Promise<Buffer> {
  const plain = { schemaVersion: 1, connectors: [withLogo(1), connector(2)], bin: [connector(3)] };
  const bytes = Buffer.from(JSON.stringify(plain, null, 2));
  await writeFile(join(dir, PLAIN_CONNECTORS_FILE), bytes);
  return bytes;
}

describe('migration from the plain connectors.json', () => {
  it('moves every connector, logo and binned one, keeps the original bytes, and runs once', async () => {
    const dir = await tempDir();
    const original = await writePlainStore(dir);
    const store = await openConnectorStore(dir, { shardCount: 8 });
    expect(store.all().map((c) => c.id)).toEqual([connector(1).id, connector(2).id]);
    expect(store.binned().map((c) => c.id)).toEqual([connector(3).id]);
    expect(await store.get(connector(1).id)).toEqual(withLogo(1));
    expect(await store.getBinned(connector(3).id)).toEqual(connector(3));
    expect(store.migratedFrom).toBe(join(dir, 'connectors.json.v0.bak'));
    expect(await readFile(join(dir, 'connectors.json.v0.bak'))).toEqual(original);
    expect(await readdir(dir)).not.toContain(PLAIN_CONNECTORS_FILE);
    await store.close();

    const before = await snapshotFolder(dir);
    const again = await openConnectorStore(dir, { shardCount: 8 });
    expect(again.migratedFrom).toBeNull();
    expect(again.all()).toHaveLength(2);
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it('leaves connectors.json untouched when any file operation of the migration fails', async () => {
    for (let n = 1; ; n += 1) {
      const dir = await tempDir();
      const original = await writePlainStore(dir);
      const fs = new FaultFs(nodeFsLayer, { failAt: n, persistent: true, code: 'EIO' });
      const opened = await openConnectorStore(dir, { fs, shardCount: 8 }).catch(() => null);
      if (opened !== null) {
        expect(n, 'the loop reached a run without a failure').toBeGreaterThan(10);
        break;
      }
      const left = await readFile(join(dir, PLAIN_CONNECTORS_FILE)).catch(() => null);
      if (left === null) {
        // Only the final folder fsync, after the unlink, may fail with the migration done.
        expect(fs.ops[n - 1], `failure at op ${n}`).toBe('syncDir');
        expect(await readFile(join(dir, 'connectors.json.v0.bak'))).toEqual(original);
      } else {
        expect(left, `failure at op ${n}`).toEqual(original);
      }
      // The next start, with a working disk, migrates everything.
      const store = await openConnectorStore(dir, { shardCount: 8 });
      expect(store.all().length + store.binned().length, `after failure at op ${n}`).toBe(3);
      expect(await store.get(connector(1).id)).toEqual(withLogo(1));
    }
  });

  it('quarantines a plain file that is not valid and reports it, never rewriting it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, PLAIN_CONNECTORS_FILE), '{"schemaVersion":1,"connectors":[');
    const store = await openConnectorStore(dir, { shardCount: 8 });
    expect(store.damaged).toHaveLength(1);
    expect(store.damaged[0]).toMatchObject({ reason: 'invalid-json', backup: { valid: false } });
    const moved = store.damaged[0]!.quarantinedPath;
    expect(await readFile(moved, 'utf8')).toBe('{"schemaVersion":1,"connectors":[');
  });
});

describe('saves', () => {
  it('a failed save rejects, keeps the stored version, and makes flush reject until a save succeeds', async () => {
    const dir = await tempDir();
    const fs = new FaultFs(nodeFsLayer);
    const store = await openConnectorStore(dir, { fs, shardCount: 8 });
    await store.save(connector(1));
    fs.plan = { failAt: fs.ops.length + 1, persistent: true, code: 'ENOSPC' };
    await expect(store.save(connector(1, { name: 'Renamed' }))).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect((await store.get(connector(1).id))?.name).toBe('Connector 1');
    await expect(store.flush()).rejects.toBeInstanceOf(UnsavedChanges);
    fs.plan = {};
    await store.save(connector(1, { name: 'Renamed' }));
    await expect(store.flush()).resolves.toBeUndefined();
  });

  it('moving to the bin and back is one record write each', async () => {
    const dir = await tempDir();
    const store = await openConnectorStore(dir, { shardCount: 8 });
    await store.saveMany([withLogo(1), connector(2)]);
    await store.moveToBin(connector(1).id);
    expect(store.all().map((c) => c.id)).toEqual([connector(2).id]);
    expect(await store.get(connector(1).id)).toBeUndefined();
    await store.restore(connector(1).id);
    expect(await store.get(connector(1).id)).toEqual(withLogo(1));
  });
});
