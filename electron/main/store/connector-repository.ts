import type { Connector } from '../../../src/connectors/connector';

/**
 * What the handlers need from storage. Every method that returns a promise resolves only once the
 * change is on disk; if it rejects, the store still holds what it held before the call.
 */
export interface ConnectorRepository {
  all(): readonly Connector[];
  get(id: string): Connector | undefined;
  save(connector: Connector): Promise<void>;
  /**
   * Saves every connector in one write, all or nothing. Each one replaces the stored connector
   * with its id, active or in the bin (it is active afterwards), or is added.
   */
  saveMany(connectors: readonly Connector[]): Promise<void>;
  binned(): readonly Connector[];
  getBinned(id: string): Connector | undefined;
  moveToBin(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  close(): Promise<void>;
}
