import { addHashesNamedInFiles } from './blob-references';
import type { BlobStore } from './blob-store';
import type { FsLayer } from './fs-layer';

export interface BlobCollection {
  /** The record store's folder (the batch journal lives here). */
  readonly dir: string;
  /** The shard folder: current shards, `.bak` generations and quarantined shards. */
  readonly shardDir: string;
  /** The hashes the records in memory refer to, read when the collection runs. */
  readonly inMemory: () => Iterable<string>;
  readonly blobStores: readonly BlobStore[];
  readonly fs: FsLayer;
}

/**
 * Removes the blobs that nothing refers to. A blob is kept when its hash is named by a record
 * in memory, by any file in the shard folder (current, backup or quarantined generation) or by
 * a batch journal, or when this process stored it.
 *
 * Why that is safe across crashes: a blob is written and made durable before the record that
 * names it, so a crash in between leaves an orphan (removed here), never a record without its
 * blob. The caller runs this in its mutation queue, with no shard write in flight.
 */
export async function collectUnreferencedBlobs(c: BlobCollection): Promise<number> {
  // The latest `.bak` rename is made durable only by the next folder fsync; without this one a
  // power cut after the sweep could bring back an older backup naming a blob removed here.
  await c.fs.syncDir(c.shardDir);
  const live = new Set(c.inMemory());
  await addHashesNamedInFiles(live, c.shardDir, () => true, c.fs);
  await addHashesNamedInFiles(live, c.dir, (name) => name.endsWith('.json'), c.fs);
  let removed = 0;
  for (const blobs of c.blobStores) removed += await blobs.sweep(live);
  return removed;
}
