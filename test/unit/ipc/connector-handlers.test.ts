import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector';
import { LIMITS } from '../../../src/connectors/limits';
import type { MainServices } from '../../../electron/main/services';
import { snapshotFolder } from '../support/folder-snapshot';
import { call as callOn, openServices } from '../support/test-services';

let dataDir: string;
let services: MainServices;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'studio-handlers-'));
  ({ services } = await openServices(dataDir));
});

afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

const call = <T = unknown>(channel: string, payload: unknown): Promise<T> =>
  callOn<T>(services, channel, payload);

async function createdConnector(): Promise<Connector> {
  const draft = await call<Connector>('connectors:new-draft', {});
  await call('connectors:update', { id: draft.id, changes: { name: 'Feed', type: 'export' } });
  return call<Connector>('connectors:create', { id: draft.id });
}

describe('connector handlers', () => {
  it('creates, edits and lists a connector', async () => {
    const created = await createdConnector();
    expect(created).toMatchObject({ status: 'created', name: 'Feed', type: 'export' });
    await call('connectors:update', { id: created.id, changes: { description: 'Sends feeds' } });
    const listed = await call<{ id: string; name: string }[]>('connectors:list', {});
    expect(listed).toMatchObject([{ id: created.id, name: 'Feed', status: 'created' }]);
    expect(await call<Connector>('connectors:get', { id: created.id })).toMatchObject({
      description: 'Sends feeds',
    });
  });

  it.each([
    ['type', 'datasource'],
    ['flow', 'standalone'],
    ['executionMode', 'as-command-options'],
    ['owner', '99999999-9999-4999-8999-999999999999'],
  ])(
    'refuses %s on a created connector with LOCKED_FIELD and leaves the files alone',
    async (field, value) => {
      const created = await createdConnector();
      const before = await snapshotFolder(dataDir);
      const result = await services.dispatch('connectors:update', {
        id: created.id,
        changes: { [field]: value },
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED_FIELD', field } });
      expect(await snapshotFolder(dataDir)).toEqual(before);
    },
  );

  const refusedPayloads: [string, string, unknown][] = [
    ['a missing payload', 'connectors:get', undefined],
    ['a string payload', 'connectors:get', 'id'],
    ['an array payload', 'connectors:list', []],
    ['a number for an id', 'connectors:get', { id: 42 }],
    ['an id that is not a UUID', 'connectors:get', { id: '../../etc/passwd' }],
    ['an unknown top-level key', 'connectors:list', { all: true }],
    ['an unknown field', 'connectors:update', { id: 'ID', changes: { nmae: 'typo' } }],
    ['a field in the wrong case', 'connectors:update', { id: 'ID', changes: { Type: 'export' } }],
    ['a number for a name', 'connectors:update', { id: 'ID', changes: { name: 5 } }],
    ['an unknown type', 'connectors:update', { id: 'ID', changes: { type: 'Export' } }],
    ['a logo from the renderer', 'connectors:update', { id: 'ID', changes: { logo: null } }],
    ['status from the renderer', 'connectors:update', { id: 'ID', changes: { status: 'draft' } }],
    ['an empty change', 'connectors:update', { id: 'ID', changes: {} }],
    [
      'a name over the limit',
      'connectors:update',
      { id: 'ID', changes: { name: 'n'.repeat(LIMITS.name + 1) } },
    ],
    [
      'a readme over the limit',
      'connectors:update',
      { id: 'ID', changes: { readme: 'r'.repeat(LIMITS.readme + 1) } },
    ],
    ['an unknown channel', 'connectors:drop-table', {}],
    [
      'settings without an organization',
      'settings:update',
      { settings: { organizations: [], showInternalFlows: false } },
    ],
  ];

  it.each(refusedPayloads)(
    'refuses %s with VALIDATION and changes nothing',
    async (_what, channel, payload) => {
      const created = await createdConnector();
      const withId = JSON.parse(
        JSON.stringify(payload ?? null).replaceAll('"ID"', JSON.stringify(created.id)),
      );
      const before = await snapshotFolder(dataDir);
      const result = await services.dispatch(channel, payload === undefined ? undefined : withId);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await snapshotFolder(dataDir)).toEqual(before);
    },
  );

  it('reports a missing connector as NOT_FOUND', async () => {
    const result = await services.dispatch('connectors:get', {
      id: '99999999-9999-4999-8999-999999999999',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('duplicates a created connector into an editable draft', async () => {
    const created = await createdConnector();
    const copy = await call<Connector>('connectors:duplicate', { id: created.id });
    expect(copy).toMatchObject({ status: 'draft', name: 'Feed - Copy', type: 'export' });
    expect(copy.id).not.toBe(created.id);
    const changed = await call<{ connector: Connector }>('connectors:update', {
      id: copy.id,
      changes: { type: 'datasource' },
    });
    expect(changed.connector.type).toBe('datasource');
  });

  it('moves to the bin and restores', async () => {
    const created = await createdConnector();
    await call('connectors:move-to-bin', { id: created.id });
    expect(await call('connectors:list', {})).toEqual([]);
    expect(await call('connectors:list-bin', {})).toMatchObject([{ id: created.id }]);
    await call('connectors:restore', { id: created.id });
    expect(await call('connectors:list', {})).toMatchObject([{ id: created.id }]);
  });

  it('keeps connectors across a reopen of the data folder', async () => {
    const created = await createdConnector();
    await services.close();
    ({ services } = await openServices(dataDir));
    expect(await call('connectors:get', { id: created.id })).toMatchObject({
      name: 'Feed',
      status: 'created',
    });
  });
});

describe('calls that arrive together', () => {
  it('never lets an edit undo a creation or change a locked field', async () => {
    const draft = await call<Connector>('connectors:new-draft', {});
    await call('connectors:update', { id: draft.id, changes: { name: 'Feed', type: 'export' } });
    const [created, retyped] = await Promise.all([
      services.dispatch('connectors:create', { id: draft.id }),
      services.dispatch('connectors:update', { id: draft.id, changes: { type: 'datasource' } }),
    ]);
    expect(created).toMatchObject({ ok: true });
    expect(retyped).toMatchObject({ ok: false, error: { code: 'LOCKED_FIELD', field: 'type' } });
    expect(await call('connectors:get', { id: draft.id })).toMatchObject({
      status: 'created',
      type: 'export',
    });
  });

  it('keeps every one of several simultaneous edits', async () => {
    const draft = await call<Connector>('connectors:new-draft', {});
    await Promise.all([
      services.dispatch('connectors:update', { id: draft.id, changes: { name: 'N' } }),
      services.dispatch('connectors:update', { id: draft.id, changes: { description: 'D' } }),
      services.dispatch('connectors:update', { id: draft.id, changes: { readme: 'R' } }),
    ]);
    expect(await call('connectors:get', { id: draft.id })).toMatchObject({
      name: 'N',
      description: 'D',
      readme: 'R',
    });
  });

  it('answers a payload that throws while being read with a result', async () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const result = await services.dispatch('connectors:list', hostile);
    expect(result).toMatchObject({ ok: false });
  });
});
