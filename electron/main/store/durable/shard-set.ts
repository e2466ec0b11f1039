import { join } from 'node:path';
import { DurableJsonFile } from './durable-json-file';
import type { Validator } from './envelope';
import { StoreRecoveryNeeded } from './errors';
import type { FsLayer } from './fs-layer';
import type { BatchJournal } from './batch-journal';
import { shardFileName, shardValidator, toShardData, type ShardData } from './shard-file';

/** One shard: its durable file and the records it holds, as last saved. */
export interface Shard<R> {
  file: DurableJsonFile<ShardData<R>>;
  records: Map<string, R>;
}

const SHARD_FOLDER = /^shards-(\d+)$/;

/**
 * Finds the shard folder, `shards-<count>`, creating it with `wanted` shards for a new store.
 * The count lives in the folder name rather than in a separate index file, so no single small
 * file can be lost or damaged and send every record to the wrong shard. An existing store keeps
 * its count: records are placed by hash modulo this count.
 */
export async function findOrCreateShardFolder(
  dir: string,
  wanted: number,
  fs: FsLayer,
): Promise<{ shardDir: string; shardCount: number }> {
  if (!Number.isSafeInteger(wanted) || wanted < 1 || wanted > 4096) {
    throw new RangeError('shardCount must be an integer from 1 to 4096');
  }
  await fs.mkdir(dir);
  const counts = (await fs.readdir(dir)).flatMap((name) => {
    const match = SHARD_FOLDER.exec(name);
    return match?.[1] === undefined ? [] : [Number(match[1])];
  });
  // LIMITATION: changing the shard count of an existing store (resharding) is not implemented;
  // two shard folders mean someone copied folders together, and we refuse to guess.
  if (counts.length > 1) throw new Error(`${dir} holds more than one shard folder`);
  const shardCount = counts[0] ?? wanted;
  const shardDir = join(dir, `shards-${shardCount}`);
  await fs.mkdir(shardDir);
  return { shardDir, shardCount };
}

export function createShards<R extends { id: string }>(
  shardDir: string,
  shardCount: number,
  validate: Validator<R>,
  fs: FsLayer,
): Shard<R>[] {
  return Array.from({ length: shardCount }, (_, i) => ({
    file: new DurableJsonFile(join(shardDir, shardFileName(i)), {
      validate: shardValidator(validate, i, shardCount),
      fs,
      folderSweptByOwner: true,
    }),
    records: new Map<string, R>(),
  }));
}

/** Reads every shard; returns the quarantined ones instead of stopping at the first. */
export async function loadShards<R extends { id: string }>(
  shards: Shard<R>[],
): Promise<StoreRecoveryNeeded[]> {
  const issues: StoreRecoveryNeeded[] = [];
  // Reads run in parallel on libuv's thread pool; parsing stays on this thread either way.
  await Promise.all(
    shards.map(async (shard) => {
      try {
        const data = await shard.file.read();
        for (const record of data?.records ?? []) shard.records.set(record.id, record);
      } catch (error) {
        if (error instanceof StoreRecoveryNeeded) issues.push(error);
        else throw error;
      }
    }),
  );
  return issues;
}

/** Writes back the records an unfinished batch replaced (idempotent: safe to crash and redo). */
export async function undoBatch<R extends { id: string }>(
  journal: BatchJournal<R>,
  shardFor: (id: string) => Shard<R>,
): Promise<void> {
  const touched = new Map<Shard<R>, Map<string, R>>();
  for (const { id, record } of journal.previous) {
    const shard = shardFor(id);
    const next = touched.get(shard) ?? new Map(shard.records);
    if (record === null) next.delete(id);
    else next.set(id, record);
    touched.set(shard, next);
  }
  for (const [shard, next] of touched) {
    await shard.file.write(toShardData(next));
    shard.records = next;
  }
}

/** The new content of every shard a batch touches, and the undo list for its journal. */
export function planBatch<R extends { id: string }>(
  records: readonly R[],
  shardFor: (id: string) => Shard<R>,
): { touched: Map<Shard<R>, Map<string, R>>; previous: BatchJournal<R>['previous'] } {
  const touched = new Map<Shard<R>, Map<string, R>>();
  const previous: BatchJournal<R>['previous'] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const shard = shardFor(record.id);
    const next = touched.get(shard) ?? new Map(shard.records);
    if (!seen.has(record.id)) {
      seen.add(record.id);
      previous.push({ id: record.id, record: shard.records.get(record.id) ?? null });
    }
    touched.set(shard, next.set(record.id, record));
  }
  return { touched, previous };
}

/** Copies each valid backup named in `issues` over its shard file. */
export async function restoreShardBackups(
  issues: readonly StoreRecoveryNeeded[],
  fs: FsLayer,
): Promise<void> {
  for (const issue of issues) {
    if (!issue.backup.valid) continue;
    const file = new DurableJsonFile<unknown>(issue.path, {
      validate: (v) => ({ success: true, data: v }),
      fs,
    });
    await file.restoreFrom(issue.backup.path);
  }
}
