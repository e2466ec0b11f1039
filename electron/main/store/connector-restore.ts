import { readFile } from 'node:fs/promises';
import type { ConnectorRecord } from './connector-record';
import { validateConnectorRecord } from './connector-record-validation';
import type { ShardedRecordStore, StoreRecoveryNeeded } from './durable';
import { decodeStoreFile } from './durable/decode-store-file';
import { shardValidator } from './durable/shard-file';

export interface RestoreOutcome {
  /** Store files whose backup was brought back. */
  readonly restoredFiles: readonly string[];
  /** Connectors taken from the backups. */
  readonly restoredConnectors: number;
  /** Connectors in a backup that were kept as they are now, because they were saved since. */
  readonly keptNewer: number;
}

/**
 * Brings back the connectors of each usable backup offered after a damaged shard was set aside.
 *
 * The app keeps running after the quarantine, so the user may have saved connectors into the
 * emptied shard since. Copying the backup over the shard file would lose those saves; instead
 * the backup's records that are not stored now are added in one all-or-nothing batch, and a
 * record that exists now wins. The quarantined file and the backup stay where they are.
 */
export async function restoreShardBackupsByMerge(
  issues: readonly StoreRecoveryNeeded[],
  store: ShardedRecordStore<ConnectorRecord>,
): Promise<RestoreOutcome> {
  const restoredFiles: string[] = [];
  const incoming = new Map<string, ConnectorRecord>();
  let keptNewer = 0;
  for (const issue of issues) {
    if (!issue.backup.valid) continue;
    const records = await readShardBackup(issue.backup.path);
    if (records === null) continue;
    for (const record of records) {
      if (store.get(record.id) !== undefined) keptNewer += 1;
      else incoming.set(record.id, record);
    }
    restoredFiles.push(issue.path);
  }
  await store.putMany([...incoming.values()]);
  return { restoredFiles, restoredConnectors: incoming.size, keptNewer };
}

/** The records of a shard backup, or null if it no longer decodes. */
async function readShardBackup(path: string): Promise<ConnectorRecord[] | null> {
  // Placement is checked by the store when the records are put back, not here: any shard
  // index would do, so the validator is built for a single shard that accepts every id.
  const decoded = decodeStoreFile(await readFile(path), {
    schemaVersion: 1,
    migrations: [],
    validate: shardValidator(validateConnectorRecord, 0, 1),
  });
  return decoded.kind === 'ok' ? decoded.data.records : null;
}
