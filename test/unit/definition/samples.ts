import type { Connector } from '../../../src/connectors/connector';

export const OWNER = '6f1c2b7e-4d1a-4c5e-9b8a-1e2f3a4b5c6d';
export { TEST_GENERATOR as GENERATOR } from '../support/test-services';

let counter = 0;

/** A connector as the store keeps it; ids and timestamps differ per call. */
export function sampleConnector(overrides: Partial<Connector> = {}): Connector {
  counter++;
  const stamp = `2026-02-0${(counter % 9) + 1}T10:00:00.000Z`;
  return {
    id: `0b7e1c2a-3d4f-4a5b-8c6d-${String(counter).padStart(12, '0')}`,
    status: 'draft',
    name: `Connector ${counter}`,
    type: 'datasource',
    description: '',
    flow: 'default',
    executionMode: 'as-env-variables',
    owner: OWNER,
    readme: '',
    logo: null,
    createdAt: stamp,
    updatedAt: stamp,
    confirmedAt: null,
    ...overrides,
  };
}
