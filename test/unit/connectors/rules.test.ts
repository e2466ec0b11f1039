import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector';
import { LIMITS } from '../../../src/connectors/limits';
import {
  applyDetailsChange,
  confirmCreation,
  creationProblems,
  duplicateName,
} from '../../../src/connectors/rules';
import type { Settings } from '../../../src/settings/settings';

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const STRANGER = '33333333-3333-4333-8333-333333333333';
const settings: Settings = {
  organizations: [
    { id: OWN, name: 'Own' },
    { id: OTHER, name: 'Partner' },
  ],
  showInternalFlows: false,
  theme: 'system',
};
const NOW = '2026-12-03T10:00:00.000Z';

function draft(overrides: Partial<Connector> = {}): Connector {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    status: 'draft',
    name: 'Shop import',
    type: 'datasource',
    description: '',
    flow: 'default',
    executionMode: 'as-env-variables',
    owner: OWN,
    readme: '',
    logo: null,
    createdAt: NOW,
    updatedAt: NOW,
    confirmedAt: null,
    ...overrides,
  };
}

describe('creationProblems', () => {
  it('is empty for a complete draft', () => {
    expect(creationProblems(draft(), settings)).toEqual([]);
  });

  it('requires a name that is not blank and a type', () => {
    const problems = creationProblems(draft({ name: '   ', type: null }), settings);
    expect(problems.map((problem) => problem.field)).toEqual(['name', 'type']);
  });

  it('refuses a flow that the type does not allow', () => {
    const problems = creationProblems(draft({ type: 'download', flow: 'migration' }), settings);
    expect(problems).toEqual([{ field: 'flow', message: expect.stringMatching(/Migration/) }]);
  });

  it('requires the owner to be one of the user organizations', () => {
    expect(creationProblems(draft({ owner: STRANGER }), settings)[0]?.field).toBe('owner');
  });
});

describe('applyDetailsChange', () => {
  it('edits every field of a draft', () => {
    const result = applyDetailsChange(
      draft(),
      { type: 'export', flow: 'standalone', executionMode: 'as-command-options', owner: OTHER },
      settings,
      NOW,
    );
    expect(result.ok && result.value.connector).toMatchObject({ type: 'export', owner: OTHER });
  });

  it.each([
    ['type', { type: 'export' }],
    ['flow', { flow: 'standalone' }],
    ['executionMode', { executionMode: 'as-command-options' }],
    ['owner', { owner: OTHER }],
    ['type', { type: 'datasource' }],
  ] as const)('refuses %s on a created connector, even with the same value', (field, change) => {
    const result = applyDetailsChange(draft({ status: 'created' }), change, settings, NOW);
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED_FIELD', field } });
  });

  it('still edits name, description and readme of a created connector', () => {
    const result = applyDetailsChange(
      draft({ status: 'created' }),
      { name: 'Renamed', description: 'd', readme: 'r' },
      settings,
      NOW,
    );
    expect(result.ok && result.value.connector.name).toBe('Renamed');
  });

  it('resets a flow the new type does not allow, and says so', () => {
    const withMigration = draft({ flow: 'migration' });
    const result = applyDetailsChange(withMigration, { type: 'upload' }, settings, NOW);
    expect(result.ok && result.value.connector.flow).toBe('default');
    expect(result.ok && result.value.notices[0]).toMatch(/reset to Default/);
  });

  it('refuses Migration while internal flows are hidden', () => {
    const result = applyDetailsChange(draft(), { flow: 'migration' }, settings, NOW);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'flow' } });
    const shown = applyDetailsChange(
      draft(),
      { flow: 'migration' },
      { ...settings, showInternalFlows: true },
      NOW,
    );
    expect(shown.ok).toBe(true);
  });

  it('refuses an owner outside the user organizations', () => {
    const result = applyDetailsChange(draft(), { owner: STRANGER }, settings, NOW);
    expect(result).toMatchObject({ ok: false, error: { field: 'owner' } });
  });
});

describe('confirmCreation', () => {
  it('marks the draft created and trims its name', () => {
    const result = confirmCreation(draft({ name: '  Shop  ' }), settings, NOW);
    expect(result.ok && result.value).toMatchObject({
      status: 'created',
      name: 'Shop',
      confirmedAt: NOW,
    });
  });

  it('refuses an incomplete draft and a connector created twice', () => {
    expect(confirmCreation(draft({ type: null }), settings, NOW)).toMatchObject({ ok: false });
    expect(confirmCreation(draft({ status: 'created' }), settings, NOW)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('duplicateName', () => {
  it('appends " - Copy" like the Dev Portal, within the name limit', () => {
    expect(duplicateName('Shop')).toBe('Shop - Copy');
    expect(duplicateName('x'.repeat(LIMITS.name)).length).toBe(LIMITS.name);
  });
});
