import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlobCorrupt } from '../../../electron/main/store/durable/blob-store';
import { CrashFs } from '../../../electron/main/store/durable/crash-fs';
import {
  RecordInvalid,
  RecordStoreRecoveryNeeded,
} from '../../../electron/main/store/durable/errors';
import { FaultFs } from '../../../electron/main/store/durable/fault-fs';
import { nodeFsLayer } from '../../../electron/main/store/durable/fs-layer';
import { ShardedRecordStore } from '../../../electron/main/store/durable/sharded-records';
import { seeded, tempDir } from './helpers';
import { rec, validateRec, type Rec } from './records';

const open = (
  dir: string,
  extra: Partial<Parameters<typeof ShardedRecordStore.open<Rec>>[1]> = {},
) => ShardedRecordStore.open<Rec>(dir, { validate: validateRec, shardCount: 8, ...extra });

describe('ShardedRecordStore', () => {
  it('puts, gets, removes and finds everything again after reopening', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    for (let i = 0; i < 30; i += 1) await store.put(rec(i));
    expect(await store.remove('c-00003')).toBe(true);
    expect(await store.remove('nope')).toBe(false);
    await store.put(rec(5, 1));
    const again = await open(dir, { shardCount: 99 });
    expect(again.all()).toEqual(store.all());
    expect(again.all().length).toBe(29);
    expect(again.get('c-00005')?.name).toBe('Connector 5 v1');
    expect(again.get('c-00003')).toBeUndefined();
    // The shard count of an existing store wins over the option.
    expect(
      (await readdir(join(dir, 'shards-8'))).filter((n) => n.endsWith('.json')).length,
    ).toBeLessThanOrEqual(8);
  });

  it('rejects an invalid record before writing anything', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const before = await readdir(join(dir, 'shards-8'));
    expect(() => store.put({ ...rec(1), logo: '../../etc/passwd' })).toThrow(RecordInvalid);
    expect(await readdir(join(dir, 'shards-8'))).toEqual(before);
  });

  it('a failed put leaves memory and disk as they were', async () => {
    const dir = await tempDir();
    const faulty = new FaultFs(nodeFsLayer);
    const store = await open(dir, { fs: faulty });
    await store.put(rec(1));
    faulty.plan = { failAt: faulty.ops.length + 3, code: 'ENOSPC' };
    await expect(store.put(rec(1, 9))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(store.get('c-00001')?.name).toBe('Connector 1 v0');
    expect((await open(dir)).get('c-00001')?.name).toBe('Connector 1 v0');
  });

  it('stores blobs by content, deduplicates them and detects damage', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const hash = await store.putBlob(svg);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.putBlob(svg)).toBe(hash);
    expect(await readdir(join(dir, 'logos'))).toEqual([`${hash}.svg`]);
    expect(await (await open(dir)).getBlob(hash)).toBe(svg);
    expect(await store.getBlob('0'.repeat(64))).toBeNull();
    await expect(store.getBlob('../index')).rejects.toBeInstanceOf(RangeError);
    await writeFile(join(dir, 'logos', `${hash}.svg`), '<svg/>');
    await expect(store.getBlob(hash)).rejects.toBeInstanceOf(BlobCorrupt);
  });

  it('quarantines a damaged shard, keeps the others and can restore its backup', async () => {
    const dir = await tempDir();
    const store = await open(dir, { shardCount: 1 });
    await store.put(rec(1));
    await store.put(rec(2));
    const shard = join(dir, 'shards-1', 'shard-0000.json');
    await writeFile(shard, Buffer.alloc(512));
    const error = await open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordStoreRecoveryNeeded);
    const issues = (error as RecordStoreRecoveryNeeded).issues;
    expect(issues[0]?.backup.valid).toBe(true);
    expect((await open(dir)).all()).toEqual([]);
    await ShardedRecordStore.restoreBackups(issues);
    expect((await open(dir)).all().map((r) => r.id)).toEqual(['c-00001']);
  });
});

describe('putMany is all or nothing', () => {
  // Few shards keep the every-n loops short; the batch still spans all of them.
  const open = (
    dir: string,
    extra: Partial<Parameters<typeof ShardedRecordStore.open<Rec>>[1]> = {},
  ) => ShardedRecordStore.open<Rec>(dir, { validate: validateRec, shardCount: 3, ...extra });
  const batch = Array.from({ length: 16 }, (_, i) => rec(i, 2));

  async function seed(dir: string): Promise<void> {
    const store = await open(dir);
    await store.putMany(Array.from({ length: 8 }, (_, i) => rec(i, 1)));
  }

  function state(records: Rec[]): 'old' | 'new' | 'mixed' {
    const versions = new Set(records.map((r) => r.name.split(' v')[1]));
    if (records.length === 8 && versions.size === 1 && versions.has('1')) return 'old';
    if (records.length === 16 && versions.size === 1 && versions.has('2')) return 'new';
    return 'mixed';
  }

  it('the n-th file operation fails, for every n (D4)', async () => {
    let completed = false;
    for (let n = 1; n < 200 && !completed; n += 1) {
      const dir = await tempDir();
      await seed(dir);
      const faulty = new FaultFs(nodeFsLayer);
      const store = await open(dir, { fs: faulty });
      faulty.plan = { failAt: faulty.ops.length + n, code: n % 2 === 0 ? 'EIO' : 'ENOSPC' };
      const ok = await store.putMany(batch).then(
        () => true,
        () => false,
      );
      completed = ok && faulty.ops.length < faulty.plan.failAt!;
      const memory = state(store.all());
      const disk = state((await open(dir)).all());
      // Only a failed final folder fsync may leave a rejected batch applied (memory = disk).
      const lastOpFailed =
        faulty.ops[faulty.plan.failAt! - 1] === 'syncDir' &&
        faulty.ops.length === faulty.plan.failAt;
      expect(memory, `memory n=${n}`).toBe(ok || lastOpFailed ? 'new' : 'old');
      expect(disk, `disk n=${n}`).toBe(memory);
      expect(await readdir(dir), `n=${n}`).not.toContain('batch-journal.json');
    }
    expect(completed).toBe(true);
  });

  it('every op from n on fails (the disk is gone); reopening finishes the rollback', async () => {
    let completed = false;
    for (let n = 1; n < 200 && !completed; n += 1) {
      const dir = await tempDir();
      await seed(dir);
      const faulty = new FaultFs(nodeFsLayer);
      const store = await open(dir, { fs: faulty });
      faulty.plan = { failAt: faulty.ops.length + n, persistent: true };
      const ok = await store.putMany(batch).then(
        () => true,
        () => false,
      );
      completed = ok;
      const memory = state(store.all());
      const disk = state((await open(dir)).all());
      expect(memory, `memory n=${n}`).not.toBe('mixed');
      expect(disk, `disk n=${n}`).toBe(ok ? 'new' : memory);
    }
    expect(completed).toBe(true);
  });

  it('a power cut at any point gives all or nothing after reopening (D2)', async () => {
    const failures: string[] = [];
    let saved = 0;
    for (let s = 0; s < 150; s += 1) {
      const random = seeded(s);
      const fs = new CrashFs();
      await fs.mkdir('/d');
      await (await open('/d', { fs })).putMany(Array.from({ length: 8 }, (_, i) => rec(i, 1)));
      const store = await open('/d', { fs });
      fs.crashAfter(1 + Math.floor(random() * 50));
      const ok = await store.putMany(batch).then(
        () => true,
        () => false,
      );
      if (ok) saved += 1;
      fs.powerCut(random);
      const after = state((await open('/d', { fs })).all());
      if (after === 'mixed' || (ok && after !== 'new')) failures.push(`seed ${s}: ${after}`);
    }
    expect(failures).toEqual([]);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(150);
  });

  it('a batch with one invalid record changes nothing', async () => {
    const dir = await tempDir();
    await seed(dir);
    const store = await open(dir);
    const before = await readFile(join(dir, 'shards-3', 'shard-0000.json'));
    const bad = [...batch.slice(0, 10), { ...rec(99), readme: 42 } as unknown as Rec];
    expect(() => store.putMany(bad)).toThrow(RecordInvalid);
    expect(state(store.all())).toBe('old');
    expect(Buffer.compare(await readFile(join(dir, 'shards-3', 'shard-0000.json')), before)).toBe(
      0,
    );
  });
});

describe('ShardedRecordStore.flush (D9)', () => {
  it('waits for every queued save', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const pending = Array.from({ length: 25 }, (_, i) => store.put(rec(i, 3)));
    await store.flush();
    // Everything queued before flush() is durable now, without awaiting the puts themselves.
    expect((await open(dir)).all().length).toBe(25);
    await Promise.all(pending);
  });
});
