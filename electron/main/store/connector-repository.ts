import type { Connector, ConnectorLogo } from '../../../src/connectors/connector';

/**
 * A connector as it is held in memory for listing and checks: every field but the readme, and
 * the logo's SVG text stays on disk (both are loaded by `get`). At 10,000 connectors the logos
 * alone would be about 50 MB of memory and the readmes 20 MB of JSON to parse at start.
 */
export type ListedConnector = Omit<Connector, 'logo' | 'readme'> & {
  readonly logo: (Omit<ConnectorLogo, 'svg'> & { readonly hash: string }) | null;
};

/**
 * What the handlers need from storage. Every method that returns a promise resolves only once the
 * change is on disk; if it rejects, the store still holds what it held before the call.
 */
export interface ConnectorRepository {
  /** Active connectors, from memory (no logo text, no readme). */
  all(): readonly ListedConnector[];
  /** The full connector with its logo and readme, or undefined when there is no active one with this id. */
  get(id: string): Promise<Connector | undefined>;
  save(connector: Connector): Promise<void>;
  /**
   * Saves every connector in one write, all or nothing. Each one replaces the stored connector
   * with its id, active or in the bin (it is active afterwards), or is added.
   */
  saveMany(connectors: readonly Connector[]): Promise<void>;
  /** Connectors in the bin, from memory (no logo text, no readme). */
  binned(): readonly ListedConnector[];
  getBinned(id: string): Promise<Connector | undefined>;
  /** A stored connector, active or in the bin, from memory; for checks that need no logo or readme. */
  find(id: string): ListedConnector | undefined;
  moveToBin(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /**
   * Waits for every pending save. Rejects when a connector's last save failed and no later save
   * of it succeeded: its newest change exists only in the window, and quitting would lose it.
   */
  flush(): Promise<void>;
  close(): Promise<void>;
}
