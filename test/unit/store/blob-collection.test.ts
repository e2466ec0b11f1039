import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector';
import { openConnectorStore } from '../../../electron/main/store/connector-store';
import { nodeFsLayer, type FsLayer } from '../../../electron/main/store/durable';
import { fsError } from '../../../electron/main/store/durable/fs-layer';
import { ShardedRecordStore } from '../../../electron/main/store/durable/sharded-records';
import { connector } from './connectors';
import { seeded, tempDir } from './helpers';
import { rec, validateRec, type Rec } from './records';

const readmeOf = (label: string) =>
  `# ${label}\n\n${'A readme long enough to live in its own file. '.repeat(12)}`;
const withReadme = (n: number, label: string): Connector =>
  connector(n, { readme: readmeOf(label) });

async function blobNames(dir: string, folder: string): Promise<string[]> {
  return (await readdir(join(dir, 'connectors', folder)).catch(() => [])).sort();
}

/** The real disk, except that every write into a shard folder fails: a crash between the blob and the record. */
const shardWritesFail: FsLayer = {
  ...nodeFsLayer,
  openForWrite: async (path, exclusive) => {
    if (path.includes('shards-')) throw fsError('EIO', `injected failure on ${path}`);
    return nodeFsLayer.openForWrite(path, exclusive);
  },
};

describe('collecting unreferenced blobs', () => {
  it('removes blobs no file names and keeps the referenced ones (sharded store)', async () => {
    const dir = await tempDir();
    const store = await ShardedRecordStore.open<Rec>(dir, { validate: validateRec, shardCount: 4 });
    const kept = await store.putBlob('<svg id="kept"/>');
    const orphan = await store.putBlob('<svg id="orphan"/>');
    await store.put({ ...rec(1), logo: kept });
    // Stored by this process: protected, because a record may be about to name it.
    expect(await store.collectGarbage()).toBe(0);

    const next = await ShardedRecordStore.open<Rec>(dir, { validate: validateRec });
    expect(await next.collectGarbage()).toBe(1);
    expect(await readdir(join(dir, 'logos'))).toEqual([`${kept}.svg`]);
    expect(await next.getBlob(kept)).toBe('<svg id="kept"/>');
    expect(await next.getBlob(orphan)).toBeNull();
  });

  it('a crash between the readme file and the record leaves an orphan that the next start removes', async () => {
    const dir = await tempDir();
    const first = await openConnectorStore(dir, { shardCount: 4 });
    await first.save(withReadme(1, 'saved'));
    await first.close();

    const crashing = await openConnectorStore(dir, { shardCount: 4, fs: shardWritesFail });
    await expect(crashing.save(withReadme(1, 'never recorded'))).rejects.toMatchObject({
      code: 'EIO',
    });
    await crashing.close().catch(() => undefined);
    expect(await blobNames(dir, 'readmes')).toHaveLength(2);

    const next = await openConnectorStore(dir, { shardCount: 4 });
    await next.close();
    expect(await blobNames(dir, 'readmes')).toHaveLength(1);
    const again = await openConnectorStore(dir, { shardCount: 4 });
    expect(await again.get(connector(1).id)).toEqual(withReadme(1, 'saved'));
  });

  it('keeps a blob that only the shard backup names until a newer save rotates it away', async () => {
    const dir = await tempDir();
    const reopen = async () => {
      const store = await openConnectorStore(dir, { shardCount: 1 });
      await store.close(); // waits for the collection
      return blobNames(dir, 'readmes');
    };
    const store = await openConnectorStore(dir, { shardCount: 1 });
    await store.save(withReadme(1, 'one'));
    await store.save(withReadme(1, 'two'));
    await store.close();
    expect(await reopen()).toHaveLength(2); // 'one' is named by shard-0000.json.bak
    const later = await openConnectorStore(dir, { shardCount: 1 });
    await later.save(withReadme(1, 'three'));
    await later.close();
    expect(await reopen()).toHaveLength(2); // 'two' (backup) and 'three'
    const bak = await readFile(join(dir, 'connectors', 'shards-1', 'shard-0000.json.bak'), 'utf8');
    for (const name of await blobNames(dir, 'readmes')) {
      const current = await readFile(
        join(dir, 'connectors', 'shards-1', 'shard-0000.json'),
        'utf8',
      );
      expect(current.includes(name.slice(0, 64)) || bak.includes(name.slice(0, 64))).toBe(true);
    }
  });

  it('a save reusing an orphan while the collection runs keeps its file', async () => {
    const dir = await tempDir();
    const first = await openConnectorStore(dir, { shardCount: 4 });
    await first.save(withReadme(1, 'current'));
    await first.close();
    // A failed save leaves the readme file 'old' that no shard or backup names.
    const crashing = await openConnectorStore(dir, { shardCount: 4, fs: shardWritesFail });
    await expect(crashing.save(withReadme(2, 'old'))).rejects.toMatchObject({ code: 'EIO' });
    await crashing.close().catch(() => undefined);

    // The collection starts at open; 'old' is an orphan the save below names again at once.
    const store = await openConnectorStore(dir, { shardCount: 4 });
    await store.save(withReadme(3, 'old'));
    await store.close();
    const again = await openConnectorStore(dir, { shardCount: 4 });
    expect(await again.get(connector(3).id)).toEqual(withReadme(3, 'old'));
  });

  it('never removes a blob a committed record names, over random saves, failures and restarts', async () => {
    const dir = await tempDir();
    const random = seeded(7);
    const expected = new Map<string, Connector>();
    for (let round = 0; round < 6; round += 1) {
      const failing = round % 2 === 1;
      const store = await openConnectorStore(dir, {
        shardCount: 2,
        ...(failing ? { fs: shardWritesFail } : {}),
      });
      for (let i = 0; i < 8; i += 1) {
        const n = Math.floor(random() * 5);
        const label = `round ${round} edit ${Math.floor(random() * 3)}`;
        const next = random() < 0.3 ? connector(n, { readme: 'short' }) : withReadme(n, label);
        const saved = await store.save(next).then(
          () => true,
          () => false,
        );
        expect(saved).toBe(!failing);
        if (saved) expected.set(next.id, next);
      }
      await store.close().catch(() => undefined);
      const check = await openConnectorStore(dir, { shardCount: 2 });
      await check.close();
      for (const [id, saved] of expected) expect(await check.get(id)).toEqual(saved);
    }
  });
});

describe('records written before readmes moved out', () => {
  it('load with their inline readme and are moved to readme files at the next open', async () => {
    const dir = await tempDir();
    const long = withReadme(1, 'inline');
    const legacy = { ...long, logo: null, binnedAt: null };
    const { validateConnectorRecord } =
      await import('../../../electron/main/store/connector-record-validation');
    const old = await ShardedRecordStore.open(join(dir, 'connectors'), {
      validate: validateConnectorRecord,
      shardCount: 4,
    });
    await old.put(legacy);

    const store = await openConnectorStore(dir);
    expect(await store.get(long.id)).toEqual(long);
    expect(await blobNames(dir, 'readmes')).toHaveLength(1);
    const shards = join(dir, 'connectors', 'shards-4');
    const files = await readdir(shards);
    const current = await Promise.all(
      files.filter((f) => f.endsWith('.json')).map((f) => readFile(join(shards, f), 'utf8')),
    );
    expect(current.join('')).not.toContain('A readme long enough');
    // The previous generation, with the inline text, is kept as the shard's backup.
    const backups = files.filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(shards, backups[0]!), 'utf8')).toContain('A readme long enough');
  });
});
