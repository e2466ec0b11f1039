import { join } from 'node:path';
import { z } from 'zod';
import { connectorSchema } from '../../../src/connectors/connector';
import { storeBlobsOfMany } from './connector-blobs';
import { toRecord, type ConnectorRecord } from './connector-record';
import { DurableJsonFile, nodeFsLayer, writeFileDurably, type FsLayer } from './durable';
import type { ShardedRecordStore } from './durable';

/** The single lowdb file connectors were kept in before the sharded store. */
export const PLAIN_CONNECTORS_FILE = 'connectors.json';

const plainStoreSchema = z.object({
  schemaVersion: z.literal(1),
  connectors: z.array(connectorSchema),
  bin: z.array(connectorSchema),
});
type PlainStore = z.infer<typeof plainStoreSchema>;

/**
 * Moves the connectors of a plain `connectors.json` into the sharded store, once.
 *
 * Order, so that nothing is lost whatever fails or wherever the process dies:
 * 1. read and validate the file; a file that does not validate is quarantined by
 *    DurableJsonFile (StoreRecoveryNeeded) and never rewritten;
 * 2. keep its bytes as `connectors.json.v0.bak`;
 * 3. store the logos and long readmes as blobs, then every connector in one all-or-nothing batch;
 * 4. only then remove `connectors.json`.
 * A failure before step 4 leaves `connectors.json` as it was, and the next start runs the
 * migration again; running it twice gives the same store (records are keyed by id, blobs by
 * content). Returns the backup's path, or null when there was nothing to migrate.
 */
export async function migratePlainConnectors(
  dataDir: string,
  store: ShardedRecordStore<ConnectorRecord>,
  options: { fs?: FsLayer; now: () => string },
): Promise<string | null> {
  const fs = options.fs ?? nodeFsLayer;
  const path = join(dataDir, PLAIN_CONNECTORS_FILE);
  // Version 0 is the plain layout itself: no envelope, nothing to upgrade, validation only.
  const file = new DurableJsonFile<PlainStore>(path, {
    schemaVersion: 0,
    validate: (value) => plainStoreSchema.safeParse(value),
    fs,
  });
  const plain = await file.read();
  if (plain === null) return null;

  const backupPath = `${path}.v0.bak`;
  await writeFileDurably(backupPath, await fs.readFile(path), fs);

  const binnedAt = options.now();
  const records: ConnectorRecord[] = [];
  const lists = [
    { connectors: plain.connectors, binnedAt: null },
    { connectors: plain.bin, binnedAt },
  ];
  for (const list of lists) {
    const blobs = await storeBlobsOfMany(store, list.connectors);
    list.connectors.forEach((c, i) => records.push(toRecord(c, blobs[i]!, list.binnedAt)));
  }
  await store.putMany(records);
  await fs.unlink(path);
  await fs.syncDir(dataDir);
  return backupPath;
}
