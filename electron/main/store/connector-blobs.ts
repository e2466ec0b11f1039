import type { Connector } from '../../../src/connectors/connector';
import { log } from '../log';
import { readmeNeedsBlob, type ConnectorRecord } from './connector-record';
import { BlobCorrupt, type ShardedRecordStore } from './durable';

/** Blob folders of the connector store and their file extensions; logos first (the default). */
export const CONNECTOR_BLOB_FOLDERS = { logos: '.svg', readmes: '.md' } as const;

type Store = ShardedRecordStore<ConnectorRecord>;

/**
 * Writes the logo and (long) readme of `connector` as blobs and returns their hashes. Call it
 * before the record is written: the blobs are durable first, so a crash in between leaves
 * only files nothing names, which the next start removes.
 */
export async function storeBlobsOf(
  store: Store,
  connector: Connector,
): Promise<{ logo: string | null; readme: string | null }> {
  const logo = connector.logo && (await store.putBlob(connector.logo.svg, 'logos'));
  const readme = readmeNeedsBlob(connector.readme)
    ? await store.putBlob(connector.readme, 'readmes')
    : null;
  return { logo, readme };
}

/** storeBlobsOf for many connectors at once, with one folder fsync per blob folder. */
export async function storeBlobsOfMany(
  store: Store,
  connectors: readonly Connector[],
): Promise<Array<{ logo: string | null; readme: string | null }>> {
  const logos = connectors.flatMap((c) => (c.logo ? [c.logo.svg] : []));
  const readmes = connectors.flatMap((c) => (readmeNeedsBlob(c.readme) ? [c.readme] : []));
  const logoHashes = await store.putBlobs(logos, 'logos');
  const readmeHashes = await store.putBlobs(readmes, 'readmes');
  return connectors.map((c) => ({
    logo: c.logo ? logoHashes.shift()! : null,
    readme: readmeNeedsBlob(c.readme) ? readmeHashes.shift()! : null,
  }));
}

/** The logo and readme texts a record names; null for each that is inline, missing or damaged. */
export async function loadBlobsOf(
  store: Store,
  record: ConnectorRecord,
): Promise<{ svg: string | null; readme: string | null }> {
  const svg = record.logo && (await readOrNull(store, record.logo.hash, 'logos'));
  // LIMITATION: a missing or damaged logo file shows as "no logo", and the next save of this
  // connector drops the reference; the damaged file stays until nothing names it.
  if (record.logo && svg === null)
    log.warn(`The logo file of connector ${record.id} is missing or damaged`);
  if (typeof record.readme === 'string') return { svg, readme: null };
  const readme = await readOrNull(store, record.readme.hash, 'readmes');
  // LIMITATION: likewise a missing or damaged readme file shows as an empty readme. Only a
  // damaged disk or a hand-edited folder can cause it: a readme file is durable before any
  // record names it, and files named by any shard or backup are never collected.
  if (readme === null) log.warn(`The readme file of connector ${record.id} is missing or damaged`);
  return { svg, readme };
}

async function readOrNull(store: Store, hash: string, folder: string): Promise<string | null> {
  try {
    return await store.getBlob(hash, folder);
  } catch (error) {
    if (error instanceof BlobCorrupt) return null;
    throw error;
  }
}
