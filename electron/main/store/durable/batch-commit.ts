import { dirname } from 'node:path';
import { removeJournal, writeJournal, type BatchJournal } from './batch-journal';
import { DurableWriteError } from './errors';
import { errorCode, type FsLayer } from './fs-layer';
import { toShardData } from './shard-file';
import type { Shard } from './shard-set';

/**
 * Writes a planned batch: undo journal first (durable), then every touched shard, then the
 * journal is unlinked, which is the commit point; shard memory is updated only then.
 *
 * On failure before the commit point the shards are rewritten from memory (the old state) and
 * the journal removed, and the original error is rethrown. If that rollback fails too,
 * `onUnrecoverable` is told: the journal stays on disk and the next open undoes the batch.
 */
export async function commitBatch<R extends { id: string }>(
  touched: Map<Shard<R>, Map<string, R>>,
  previous: BatchJournal<R>['previous'],
  journalPath: string,
  fs: FsLayer,
  onUnrecoverable: (error: Error) => void,
): Promise<void> {
  const attempted: Shard<R>[] = [];
  try {
    await writeJournal(journalPath, { previous }, fs);
    for (const [shard, next] of touched) {
      // Pushed before the write: a write that fails late may still have replaced the file.
      attempted.push(shard);
      await shard.file.write(toShardData(next));
    }
    await fs.unlink(journalPath);
  } catch (error) {
    if (!(await rollBack(attempted, journalPath, fs))) onUnrecoverable(asError(error));
    throw error;
  }
  for (const [shard, next] of touched) shard.records = next;
  try {
    await fs.syncDir(dirname(journalPath));
  } catch (error) {
    // LIMITATION: the batch is applied in memory and on disk, but a power cut could still
    // bring the journal back and undo it at the next open; so this is reported as failed.
    throw new DurableWriteError(journalPath, errorCode(error), { cause: error });
  }
}

/** Puts back the shards a failed batch may have written; false if that failed too. */
async function rollBack<R extends { id: string }>(
  attempted: readonly Shard<R>[],
  journalPath: string,
  fs: FsLayer,
): Promise<boolean> {
  try {
    for (const shard of attempted) await shard.file.write(toShardData(shard.records));
    await removeJournal(journalPath, fs).catch((error: unknown) => {
      // A journal that never reached the disk needs no removal.
      if (errorCode(error) !== 'ENOENT') throw error;
    });
    return true;
  } catch {
    return false;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
