import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { MainServices } from '../../../electron/main/services';
import { CHANNELS } from '../../../src/ipc/channels';
import { ERROR_CODES, type Result } from '../../../src/result';
import { openServices } from '../support/test-services';

let dataDir: string;
let services: MainServices;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'studio-ipc-fuzz-'));
  ({ services } = await openServices(dataDir));
});
afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Every stored byte in the data folder, by relative path (the log is not stored data). */
async function storedBytes(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dataDir, path);
    if (!name.startsWith('logs')) files.set(name, (await readFile(path)).toString('base64'));
  }
  return files;
}

/** What crosses Electron's IPC: a structured clone of the payload, passed as `unknown`. */
async function call(channel: unknown, payload: unknown): Promise<Result<unknown>> {
  return services.dispatch(channel, structuredClone(payload));
}

function expectTyped(result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

const payloads = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.record({ id: fc.oneof(fc.uuid(), fc.string()), changes: fc.jsonValue() }),
  fc.record({ settings: fc.jsonValue() }),
  fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) }),
);
const channels = fc.oneof(fc.constantFrom(...CHANNELS), fc.string(), fc.anything());

describe('IPC handlers under any payload', () => {
  test('always answer with a typed Result, never throw, and change nothing when they refuse', async () => {
    await fc.assert(
      fc.asyncProperty(channels, payloads, async (channel, payload) => {
        const before = await storedBytes();
        const result = await call(channel, payload);
        expectTyped(result);
        if (!result.ok) expect(await storedBytes()).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });
});

/** A created connector, made through the same channels the window uses. */
async function createdConnector(): Promise<{
  id: string;
  type: string;
  flow: string;
  executionMode: string;
  owner: string;
}> {
  const draft = await call('connectors:new-draft', {});
  if (!draft.ok) throw new Error('no draft');
  const { id } = draft.value as { id: string };
  await call('connectors:update', { id, changes: { name: 'Locked', type: 'datasource' } });
  const created = await call('connectors:create', { id });
  if (!created.ok) throw new Error(created.error.message);
  return created.value as {
    id: string;
    type: string;
    flow: string;
    executionMode: string;
    owner: string;
  };
}

const LOCKED = ['type', 'flow', 'executionMode', 'owner'] as const;

/** Spellings a careless or hostile client might use to reach a locked field. */
const disguisedKey = fc.constantFrom(...LOCKED).chain((key) =>
  fc
    .constantFrom(
      key,
      key.toUpperCase(),
      key.charAt(0).toUpperCase() + key.slice(1),
      key.toLowerCase(),
      ` ${key}`,
      `${key} `,
      `${key}\u200b`,
      key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
      key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
      `changes.${key}`,
      `details.${key}`,
      `0`,
    )
    .map((spelling) => ({ key, spelling })),
);

function lockedChange(stored: Record<string, string>) {
  const value = (key: string) =>
    fc.oneof(
      fc.constant(stored[key]),
      fc.constantFrom('export', 'standalone', 'as-command-options', crypto.randomUUID()),
      fc.jsonValue(),
    );
  return fc.oneof(
    disguisedKey.chain(({ key, spelling }) => value(key).map((v) => ({ [spelling]: v }))),
    disguisedKey.chain(({ key, spelling }) =>
      value(key).map((v) => ({ name: 'Renamed', [spelling]: v })),
    ),
    disguisedKey.chain(({ key }) => value(key).map((v) => ({ details: { [key]: v } }))),
    disguisedKey.chain(({ key }) =>
      value(key).map((v) => JSON.parse(`{"__proto__": ${JSON.stringify({ [key]: v ?? null })}}`)),
    ),
    disguisedKey.chain(({ key }) =>
      value(key).map((v) => ({ constructor: { prototype: { [key]: v } } })),
    ),
    disguisedKey.chain(({ key }) => value(key).map((v) => [key, v])),
  );
}

describe('locked fields of a created connector', () => {
  test('no variant of a locked-field change gets through, and a refusal changes nothing', async () => {
    const stored = await createdConnector();
    const lockedValues = () => Object.fromEntries(LOCKED.map((key) => [key, stored[key]]));
    await fc.assert(
      fc.asyncProperty(lockedChange(stored), fc.boolean(), async (changes, atTopLevel) => {
        const before = await storedBytes();
        const payload = atTopLevel
          ? { id: stored.id, changes: { name: 'Renamed' }, ...(changes as object) }
          : { id: stored.id, changes };
        const result = await call('connectors:update', payload);
        expect(result.ok).toBe(false);
        expect(await storedBytes()).toEqual(before);
        const now = await call('connectors:get', { id: stored.id });
        expect(
          now.ok &&
            Object.fromEntries(
              LOCKED.map((key) => [key, (now.value as Record<string, string>)[key]]),
            ),
        ).toEqual(lockedValues());
      }),
      { numRuns: 250 },
    );
  });

  test('even the stored value, sent exactly, is refused as a locked field', async () => {
    const stored = await createdConnector();
    for (const key of LOCKED) {
      const result = await call('connectors:update', {
        id: stored.id,
        changes: { [key]: stored[key] },
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED_FIELD', field: key } });
    }
  });
});
