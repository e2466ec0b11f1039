import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector';
import type { RestoreSummary, StoreRecoveryStatus } from '../../../src/store/recovery-status';
import { openMainServices, type MainServices } from '../../../electron/main/services';
import { DataFolderInUse } from '../../../electron/main/store/data-folder-lock';
import { nodeFsLayer, StoreFromNewerVersion } from '../../../electron/main/store/durable';
import { FaultFs } from '../../../electron/main/store/durable/fault-fs';
import { RecordingLinks } from '../../e2e/support/recording-links';
import { ScriptedDialogs } from '../../e2e/support/scripted-dialogs';
import { snapshotFolder } from '../support/folder-snapshot';
import { tempDir } from './helpers';

function open(dataDir: string, storeFs?: FaultFs): Promise<MainServices> {
  return openMainServices({
    dataDir,
    dialogs: new ScriptedDialogs(),
    links: new RecordingLinks(),
    generator: { name: 'Connector Studio', version: 'test' },
    ...(storeFs && { storeFs }),
  });
}

async function call<T>(services: MainServices, channel: string, payload: unknown = {}) {
  const result = await services.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function draftNamed(services: MainServices, name: string): Promise<Connector> {
  const draft = await call<Connector>(services, 'connectors:new-draft');
  await call(services, 'connectors:update', { id: draft.id, changes: { name } });
  return { ...draft, name };
}

describe('one writer per data folder', () => {
  it('refuses a second open of the same folder with DataFolderInUse and writes nothing', async () => {
    const dataDir = await tempDir();
    const first = await open(dataDir);
    await draftNamed(first, 'Kept');
    const before = await snapshotFolder(dataDir);
    await expect(open(dataDir)).rejects.toBeInstanceOf(DataFolderInUse);
    expect(await snapshotFolder(dataDir)).toEqual(before);
    await first.close();
    const second = await open(dataDir);
    expect(await call<unknown[]>(second, 'connectors:list')).toHaveLength(1);
    await second.close();
  });
});

describe('recovery after a damaged shard', () => {
  it('reports where the file went, offers the backup, and restores without losing later saves', async () => {
    const dataDir = await tempDir();
    const services = await open(dataDir);
    const drafts: Connector[] = [];
    for (let n = 0; n < 12; n += 1) drafts.push(await draftNamed(services, `Draft ${n}`));
    // A second save of every draft makes each shard's first generation its backup.
    for (const d of drafts)
      await call(services, 'connectors:update', { id: d.id, changes: { description: 'x' } });
    await services.close();

    const shardDir = join(dataDir, 'connectors', 'shards-64');
    const shard = (await readdir(shardDir)).find((name) => name.endsWith('.json'))!;
    await writeFile(join(shardDir, shard), '\0\0\0\0');

    const reopened = await open(dataDir);
    const status = await call<StoreRecoveryStatus>(reopened, 'store:recovery-status');
    expect(status.damaged).toHaveLength(1);
    const [damaged] = status.damaged;
    expect(damaged).toMatchObject({ holds: 'connectors', file: join(shardDir, shard) });
    expect(damaged!.backup).not.toBeNull();
    expect(await readFile(damaged!.movedTo, 'utf8')).toBe('\0\0\0\0');
    const listed = await call<{ id: string }[]>(reopened, 'connectors:list');
    expect(listed.length).toBeLessThan(12);

    const later = await draftNamed(reopened, 'Saved after the damage');
    const summary = await call<RestoreSummary>(reopened, 'store:restore-backup');
    expect(summary.restoredConnectors).toBe(12 - listed.length);
    expect(summary.status.damaged).toEqual([]);
    const after = await call<{ id: string; name: string }[]>(reopened, 'connectors:list');
    expect(after.map((c) => c.id).sort()).toEqual([...drafts.map((d) => d.id), later.id].sort());
    expect(await readFile(damaged!.movedTo, 'utf8')).toBe('\0\0\0\0');
    await reopened.close();
  });

  it('refuses a store written by a newer version and leaves it byte for byte', async () => {
    const dataDir = await tempDir();
    const services = await open(dataDir);
    await draftNamed(services, 'From the future');
    await services.close();
    const shardDir = join(dataDir, 'connectors', 'shards-64');
    const shard = (await readdir(shardDir)).find((name) => name.endsWith('.json'))!;
    const text = (await readFile(join(shardDir, shard), 'utf8')).replace(
      '"schemaVersion":1',
      '"schemaVersion":7',
    );
    await writeFile(join(shardDir, shard), text);
    const before = await snapshotFolder(dataDir);
    const refused = await open(dataDir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreFromNewerVersion);
    expect((refused as Error).message).toMatch(/newer version of Connector Studio/);
    const { '.connector-studio.lock': _lock, ...unchanged } = Object.fromEntries(before);
    expect(Object.fromEntries(await snapshotFolder(dataDir))).toMatchObject(unchanged);
    expect(await readdir(dataDir)).not.toContain('.connector-studio.lock');
  });
});

describe('a failed write through the handlers', () => {
  it('returns IO, keeps the stored connector, and makes flush reject', async () => {
    const dataDir = await tempDir();
    const fs = new FaultFs(nodeFsLayer);
    const services = await open(dataDir, fs);
    const draft = await draftNamed(services, 'Before');
    fs.plan = { failAt: fs.ops.length + 1, persistent: true, code: 'ENOSPC' };
    const result = await services.dispatch('connectors:update', {
      id: draft.id,
      changes: { name: 'After' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(await call<Connector>(services, 'connectors:get', { id: draft.id })).toMatchObject({
      name: 'Before',
    });
    await expect(services.flush()).rejects.toThrow(/could not be saved/);
    fs.plan = {};
    await call(services, 'connectors:update', { id: draft.id, changes: { name: 'After' } });
    await expect(services.flush()).resolves.toBeUndefined();
    await services.close();
  });
});
