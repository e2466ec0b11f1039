import type { Connector } from '../../../src/connectors/connector';

/** A valid connector numbered `n`, for the connector store tests. */
export function connector(n: number, overrides: Partial<Connector> = {}): Connector {
  const id = `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
  return {
    id,
    status: 'draft',
    name: `Connector ${n}`,
    type: 'export',
    description: `Description ${n}`,
    flow: 'standalone',
    executionMode: 'as-command-options',
    owner: '11111111-1111-4111-8111-111111111111',
    readme: `# Connector ${n}\n`,
    logo: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    confirmedAt: null,
    ...overrides,
  };
}
