import { log } from '../log';
import { readmeNeedsBlob, type ConnectorRecord } from './connector-record';
import type { ShardedRecordStore } from './durable';

/**
 * Moves the long readmes that records written before readmes moved out still hold inline into
 * readme blobs: each blob is made durable first, then the records are rewritten in one
 * all-or-nothing batch. Every shard it rewrites keeps its old generation as `.bak`, and the
 * old layout stays readable, so a failure (or a crash) only means the next start tries again.
 * Returns how many records were upgraded.
 */
export async function moveInlineReadmesOut(
  store: ShardedRecordStore<ConnectorRecord>,
): Promise<number> {
  const inline = [...store.unordered()].flatMap((record) =>
    typeof record.readme === 'string' && readmeNeedsBlob(record.readme)
      ? [{ record, readme: record.readme }]
      : [],
  );
  if (inline.length === 0) return 0;
  try {
    const hashes = await store.putBlobs(
      inline.map((entry) => entry.readme),
      'readmes',
    );
    await store.putMany(
      inline.map(({ record }, i) => ({ ...record, readme: { hash: hashes[i]! } })),
    );
  } catch (error) {
    // Nothing is lost: the records keep their inline readmes and still load.
    log.warn('Moving readmes out of the connector records failed; trying again next start', error);
    return 0;
  }
  log.info(`Moved the readmes of ${inline.length} connectors into readme files`);
  return inline.length;
}
