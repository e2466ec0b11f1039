import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { connectorSchema, type Connector } from '../../../src/connectors/connector';
import type { ConnectorRepository } from './connector-repository';

const storeSchema = z.object({
  schemaVersion: z.literal(1),
  connectors: z.array(connectorSchema),
  bin: z.array(connectorSchema),
});
type StoreData = z.infer<typeof storeSchema>;

export const CONNECTORS_FILE = 'connectors.json';

/**
 * Connector records in one lowdb file in the data folder.
 *
 * Built with `new Low(new JSONFile())` rather than `JSONFilePreset`, which silently keeps data
 * in memory when NODE_ENV is "test".
 */
export async function openConnectorStore(dataDir: string): Promise<ConnectorRepository> {
  const db = new Low<StoreData>(new JSONFile(join(dataDir, CONNECTORS_FILE)), {
    schemaVersion: 1,
    connectors: [],
    bin: [],
  });
  await db.read();
  const parsed = storeSchema.safeParse(db.data);
  if (!parsed.success) {
    throw new Error(`The connector store at ${join(dataDir, CONNECTORS_FILE)} is not valid.`);
  }
  db.data = parsed.data;

  /** Applies `change` to a copy and commits it only after the write succeeded. */
  async function commit(change: (draft: StoreData) => void): Promise<void> {
    const before = db.data;
    const next = structuredClone(before);
    change(next);
    db.data = next;
    try {
      await db.write();
    } catch (error) {
      db.data = before;
      throw error;
    }
  }

  return {
    all: () => db.data.connectors,
    get: (id) => db.data.connectors.find((connector) => connector.id === id),
    binned: () => db.data.bin,
    getBinned: (id) => db.data.bin.find((connector) => connector.id === id),
    save: (connector: Connector) =>
      commit((data) => {
        const index = data.connectors.findIndex((existing) => existing.id === connector.id);
        if (index === -1) data.connectors.push(connector);
        else data.connectors[index] = connector;
      }),
    saveMany: (connectors) =>
      commit((data) => {
        const incoming = new Map(connectors.map((connector) => [connector.id, connector]));
        data.bin = data.bin.filter((binned) => !incoming.has(binned.id));
        data.connectors = data.connectors.map((stored) => incoming.get(stored.id) ?? stored);
        const stored = new Set(data.connectors.map((connector) => connector.id));
        for (const connector of connectors)
          if (!stored.has(connector.id)) data.connectors.push(connector);
      }),
    moveToBin: (id) =>
      commit((data) => {
        const index = data.connectors.findIndex((existing) => existing.id === id);
        const [removed] = data.connectors.splice(index, 1);
        if (index !== -1 && removed) data.bin.push(removed);
      }),
    restore: (id) =>
      commit((data) => {
        const index = data.bin.findIndex((existing) => existing.id === id);
        const [restored] = data.bin.splice(index, 1);
        if (index !== -1 && restored) data.connectors.push(restored);
      }),
    close: async () => {},
  };
}
