import { z } from 'zod';
import { connectorSchema, logoSchema, type Connector } from '../../../src/connectors/connector';
import type { ListedConnector } from './connector-repository';

/**
 * How one connector is kept in the sharded store: every field of a Connector, except that the
 * logo's SVG text lives in a content-addressed file and the record holds its sha256. A binned
 * connector stays in the same store with the time it was binned, so moving it to or from the
 * bin is a single record write rather than a move between two files.
 */
const logoRefSchema = logoSchema
  .omit({ svg: true })
  .extend({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'Expected a sha256 hash.') })
  .strict();

export const connectorRecordSchema = connectorSchema
  .omit({ logo: true })
  .extend({ logo: logoRefSchema.nullable(), binnedAt: z.iso.datetime().nullable() })
  .strict();

export type ConnectorRecord = z.infer<typeof connectorRecordSchema>;

export const validateConnectorRecord = (value: unknown) => connectorRecordSchema.safeParse(value);

/** The record for `connector`, given the hash its logo was stored under. */
export function toRecord(
  connector: Connector,
  logoHash: string | null,
  binnedAt: string | null,
): ConnectorRecord {
  const { logo, ...rest } = connector;
  const logoRef =
    logo === null || logoHash === null
      ? null
      : { hash: logoHash, fileName: logo.fileName, attachedAt: logo.attachedAt };
  return { ...rest, logo: logoRef, binnedAt };
}

/** The listed view of a record: bin marker dropped, logo reference kept. */
export function toListed(record: ConnectorRecord): ListedConnector {
  const { binnedAt: _binnedAt, ...listed } = record;
  return listed;
}

/** The full connector, given the logo text read from the blob store (null if unreadable). */
export function toConnector(record: ConnectorRecord, svg: string | null): Connector {
  const { binnedAt: _binnedAt, logo, ...rest } = record;
  const full =
    logo === null || svg === null
      ? null
      : { svg, fileName: logo.fileName, attachedAt: logo.attachedAt };
  return { ...rest, logo: full };
}
