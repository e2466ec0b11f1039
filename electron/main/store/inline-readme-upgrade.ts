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
  const upgraded: ConnectorRecord[] = [];
  for (const record of store.unordered()) {
    if (typeof record.readme !== 'string' || !readmeNeedsBlob(record.readme)) continue;
    const hash = await store.putBlob(record.readme, 'readmes');
    upgraded.push({ ...record, readme: { hash } });
  }
  if (upgraded.length === 0) return 0;
  try {
    await store.putMany(upgraded);
  } catch (error) {
    // Nothing is lost: the records keep their inline readmes and still load.
    log.warn('Moving readmes out of the connector records failed; trying again next start', error);
    return 0;
  }
  log.info(`Moved the readmes of ${upgraded.length} connectors into readme files`);
  return upgraded.length;
}
