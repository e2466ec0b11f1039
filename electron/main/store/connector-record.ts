import { z } from 'zod';
import { connectorSchema, logoSchema, type Connector } from '../../../src/connectors/connector';
import type { ListedConnector } from './connector-repository';

/**
 * How one connector is kept in the sharded store: every field of a Connector, except that the
 * logo's SVG text lives in a content-addressed file and the record holds its sha256, and so
 * does a readme longer than INLINE_README_MAX. A binned connector stays in the same store with
 * the time it was binned, so moving it to or from the bin is a single record write rather than
 * a move between two files.
 *
 * Keeping readmes out of the shards is what makes opening 10,000 connectors fast: the shards
 * shrink from about 24 MB of JSON to about 5 MB. Short readmes (empty ones included, as every
 * new draft has) stay inline so they cost no file. A record written before readmes moved out
 * holds its readme inline at any length and stays valid; openConnectorStore moves it out.
 */
export const INLINE_README_MAX = 256;

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a sha256 hash.');

const logoRefSchema = logoSchema.omit({ svg: true }).extend({ hash: hashSchema }).strict();

const readmeRefSchema = z.object({ hash: hashSchema }).strict();

export const connectorRecordSchema = connectorSchema
  .omit({ logo: true, readme: true })
  .extend({
    readme: z.union([connectorSchema.shape.readme, readmeRefSchema]),
    logo: logoRefSchema.nullable(),
    binnedAt: z.iso.datetime().nullable(),
  })
  .strict();

export type ConnectorRecord = z.infer<typeof connectorRecordSchema>;

/** Whether `readme` is kept in a blob rather than inside the record. */
export const readmeNeedsBlob = (readme: string) => readme.length > INLINE_README_MAX;

/** The blob hashes a record refers to, so the store keeps those files. */
export function blobHashesOf(record: ConnectorRecord): string[] {
  const hashes = record.logo === null ? [] : [record.logo.hash];
  if (typeof record.readme !== 'string') hashes.push(record.readme.hash);
  return hashes;
}

/** The record for `connector`, given the hashes its logo and readme were stored under. */
export function toRecord(
  connector: Connector,
  blobs: { readonly logo: string | null; readonly readme: string | null },
  binnedAt: string | null,
): ConnectorRecord {
  const { logo, readme, ...rest } = connector;
  const logoRef =
    logo === null || blobs.logo === null
      ? null
      : { hash: blobs.logo, fileName: logo.fileName, attachedAt: logo.attachedAt };
  return {
    ...rest,
    readme: blobs.readme === null ? readme : { hash: blobs.readme },
    logo: logoRef,
    binnedAt,
  };
}

/** The listed view of a record: bin marker and readme dropped, logo reference kept. */
export function toListed(record: ConnectorRecord): ListedConnector {
  const { binnedAt: _binnedAt, readme: _readme, ...listed } = record;
  return listed;
}

/** The full connector, given the logo and readme texts read from blobs (null if unreadable). */
export function toConnector(
  record: ConnectorRecord,
  texts: { readonly svg: string | null; readonly readme: string | null },
): Connector {
  const { binnedAt: _binnedAt, logo, readme, ...rest } = record;
  const full =
    logo === null || texts.svg === null
      ? null
      : { svg: texts.svg, fileName: logo.fileName, attachedAt: logo.attachedAt };
  return {
    ...rest,
    readme: typeof readme === 'string' ? readme : (texts.readme ?? ''),
    logo: full,
  };
}
