import type { ExistingLookup } from '../../../src/definition/import-plan';
import type { ConnectorRepository, ListedConnector } from '../store/connector-repository';

/**
 * Finds a stored connector (active or in the bin) by id in any case. This app makes ids in
 * lower case, but older versions imported ids as files spelled them, so a stored id may hold
 * capitals; those few are indexed once, when the lookup is made (one per preview or commit).
 */
export function existingIgnoringCase(
  store: Pick<ConnectorRepository, 'find' | 'all' | 'binned'>,
): ExistingLookup {
  const capitalised = new Map<string, ListedConnector>();
  for (const connector of [...store.all(), ...store.binned()]) {
    const lower = connector.id.toLowerCase();
    if (lower !== connector.id) capitalised.set(lower, connector);
  }
  return (id) =>
    store.find(id) ?? store.find(id.toLowerCase()) ?? capitalised.get(id.toLowerCase());
}
