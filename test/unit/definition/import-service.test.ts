import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector';
import { serializeDefinitionFile } from '../../../src/definition/definition-file';
import type { ImportOutcome, ImportPreview } from '../../../src/definition/transfer-contract';
import type { MainServices } from '../../../electron/main/services';
import type { ScriptedDialogs } from '../../e2e/support/scripted-dialogs';
import { corpusDir } from '../logos/corpus';
import { call, openServices, storeBytes } from './helpers';
import { GENERATOR, sampleConnector } from './samples';

const LOGO = await readFile(join(corpusDir, 'benign/gradient-linear-fill.svg'));

let root: string;
let dataDir: string;
let services: MainServices;
let dialogs: ScriptedDialogs;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'studio-definitions-'));
  dataDir = join(root, 'data');
  ({ services, dialogs } = await openServices(dataDir));
});

afterEach(async () => {
  await services.close();
  await rm(root, { recursive: true, force: true });
});

/** A created connector with a sanitized logo, made through the same channels the form uses. */
async function createdWithLogo(name: string): Promise<Connector> {
  const draft = await call<Connector>(services, 'connectors:new-draft');
  await call(services, 'connectors:update', {
    id: draft.id,
    changes: { name, type: 'export', description: 'Sends products', readme: '## Setup\n' },
  });
  const logo = await call<{ token: string }>(services, 'logos:inspect', {
    fileName: 'logo.svg',
    bytes: new Uint8Array(LOGO),
  });
  await call(services, 'connectors:attach-logo', { id: draft.id, token: logo.token });
  return call<Connector>(services, 'connectors:create', { id: draft.id });
}

async function importFiles(paths: string[]): Promise<ImportPreview> {
  dialogs.answerOpen(paths);
  return call<ImportPreview>(services, 'connectors:import-open');
}

async function exportAll(path: string): Promise<string> {
  const ids = (await call<{ id: string }[]>(services, 'connectors:list')).map((entry) => entry.id);
  dialogs.answerSave(path);
  await call(services, 'connectors:export-many', { ids, layout: 'bundle' });
  return readFile(path, 'utf8');
}

describe('round trip', () => {
  it('export, import into an empty data folder, export again: identical bytes', async () => {
    await createdWithLogo('Shop feed');
    await call(services, 'connectors:new-draft');
    const first = await exportAll(join(root, 'first.connector.json'));
    await services.close();
    ({ services, dialogs } = await openServices(join(root, 'empty')));
    const preview = await importFiles([join(root, 'first.connector.json')]);
    expect(preview.problems).toEqual([]);
    expect(preview.connectorCount).toBe(2);
    await call(services, 'connectors:import-commit', {
      planId: preview.planId,
      onConflict: 'skip',
    });
    expect(await exportAll(join(root, 'second.connector.json'))).toBe(first);
  });

  it('writes one file per connector into a folder', async () => {
    const one = await createdWithLogo('Same name');
    const two = await createdWithLogo('Same name');
    const folder = join(root, 'out');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    dialogs.answerFolder(folder);
    const outcome = await call<{ fileCount: number }>(services, 'connectors:export-many', {
      ids: [one.id, two.id],
      layout: 'folder',
    });
    expect(outcome.fileCount).toBe(2);
    const names = (await import('node:fs/promises').then((fs) => fs.readdir(folder))).sort();
    expect(names).toEqual(
      [
        `Same name-${one.id.slice(0, 8)}.connector.json`,
        `Same name-${two.id.slice(0, 8)}.connector.json`,
      ].sort(),
    );
  });
});

describe('refused files leave the store untouched', () => {
  const valid = () => JSON.parse(serializeDefinitionFile([sampleConnector()], GENERATOR));
  const hostileLogo = () => {
    const file = valid();
    file.connectors[0]['x-studio'].logo = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script><rect width="1" height="1"/></svg>',
      'file-name': 'logo.svg',
      'attached-at': '2026-02-01T10:00:00.000Z',
    };
    return JSON.stringify(file);
  };
  const cases: [string, () => string | Promise<string>, RegExp][] = [
    ['not JSON', () => 'connectors: []', /not valid JSON/],
    ['a BOM', () => `\uFEFF${JSON.stringify(valid())}`, /byte-order mark/],
    ['trailing garbage', () => `${JSON.stringify(valid())}}`, /after the end of the JSON value/],
    [
      'a missing required field',
      () => JSON.stringify({ ...valid(), generator: undefined }),
      /Missing required key "generator"/,
    ],
    [
      'an unknown enum value',
      () =>
        JSON.stringify({ ...valid(), connectors: [{ ...valid().connectors[0], flow: 'fast' }] }),
      /Unknown value "fast"/,
    ],
    [
      'a flow not valid for the type',
      () =>
        JSON.stringify({
          ...valid(),
          connectors: [{ ...valid().connectors[0], type: 'upload', flow: 'migration' }],
        }),
      /not available for the type "upload"/,
    ],
    ['a hostile logo', hostileLogo, /script element/],
    [
      'duplicate ids in one bundle',
      () => {
        const file = valid();
        file.connectors.push(file.connectors[0]);
        return JSON.stringify(file);
      },
      /Duplicate connector id/,
    ],
    [
      'a newer formatVersion',
      () => JSON.stringify({ ...valid(), formatVersion: 7 }),
      /format version 7.*up to 2/,
    ],
  ];

  it.each(cases)('%s', async (_label, content, message) => {
    await createdWithLogo('Already here');
    const before = await storeBytes(dataDir);
    const path = join(root, 'bad.connector.json');
    await writeFile(path, await content());
    const preview = await importFiles([path]);
    expect(preview.planId).toBeNull();
    expect(preview.problems[0]).toMatchObject({
      file: 'bad.connector.json',
      message: expect.stringMatching(message),
    });
    expect(await storeBytes(dataDir)).toEqual(before);
  });

  it('a 50 MB file is refused from its size without being read', async () => {
    await createdWithLogo('Already here');
    const before = await storeBytes(dataDir);
    const path = join(root, 'huge.connector.json');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024);
    const preview = await importFiles([path]);
    expect(preview.problems).toEqual([
      {
        file: 'huge.connector.json',
        pointer: '',
        message: 'The file is 50.0 MB; definition files can be at most 16.0 MB.',
      },
    ]);
    expect(await storeBytes(dataDir)).toEqual(before);
  });

  it('one bad file among good ones imports nothing', async () => {
    const good = join(root, 'good.connector.json');
    const bad = join(root, 'bad.connector.json');
    await writeFile(good, serializeDefinitionFile([sampleConnector()], GENERATOR));
    await writeFile(bad, '{');
    await createdWithLogo('Already here');
    const before = await storeBytes(dataDir);
    const preview = await importFiles([good, bad]);
    expect(preview.planId).toBeNull();
    expect(preview.problems.map((problem) => problem.file)).toEqual(['bad.connector.json']);
    expect(await storeBytes(dataDir)).toEqual(before);
  });
});

describe('conflicts', () => {
  async function exportedFile(connector: Connector): Promise<string> {
    const path = join(root, 'existing.connector.json');
    dialogs.answerSave(path);
    await call(services, 'connectors:export', { id: connector.id });
    return path;
  }

  it('keep both adds a copy with a new id; replace overwrites; skip leaves it', async () => {
    const original = await createdWithLogo('Feed');
    const path = await exportedFile(original);
    await call(services, 'connectors:update', {
      id: original.id,
      changes: { description: 'Edited here' },
    });

    const skip = await importFiles([path]);
    expect(skip.conflicts).toEqual([
      expect.objectContaining({ id: original.id, existingName: 'Feed', replaceRefusal: null }),
    ]);
    const skipped = await call<ImportOutcome>(services, 'connectors:import-commit', {
      planId: skip.planId,
      onConflict: 'skip',
    });
    expect(skipped).toEqual({ added: 0, replaced: 0, copied: 0, skipped: 1 });

    const both = await importFiles([path]);
    await call(services, 'connectors:import-commit', {
      planId: both.planId,
      onConflict: 'keep-both',
    });
    const list = await call<Connector[]>(services, 'connectors:list');
    expect(list.map((entry) => entry.name).sort()).toEqual(['Feed', 'Feed - Copy']);
    const copy = list.find((entry) => entry.name === 'Feed - Copy');
    expect(copy?.status).toBe('created');

    const replace = await importFiles([path]);
    await call(services, 'connectors:import-commit', {
      planId: replace.planId,
      onConflict: 'replace',
    });
    const replaced = await call<Connector>(services, 'connectors:get', { id: original.id });
    expect(replaced.description).toBe('Sends products');
  });

  it('replace is refused when it would change a created connector’s locked fields', async () => {
    const original = await createdWithLogo('Locked');
    const file = JSON.parse(
      serializeDefinitionFile([{ ...original, executionMode: 'as-command-options' }], GENERATOR),
    );
    const path = join(root, 'changed.connector.json');
    await writeFile(path, JSON.stringify(file));
    const preview = await importFiles([path]);
    expect(preview.conflicts[0]?.replaceRefusal).toMatch(/would change its execution mode/);
    const before = await storeBytes(dataDir);
    const result = await services.dispatch('connectors:import-commit', {
      planId: preview.planId,
      onConflict: 'replace',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED_FIELD' } });
    expect(await storeBytes(dataDir)).toEqual(before);
  });

  it('a stale plan cannot be committed', async () => {
    const path = join(root, 'one.connector.json');
    await writeFile(path, serializeDefinitionFile([sampleConnector()], GENERATOR));
    const first = await importFiles([path]);
    await importFiles([path]);
    const result = await services.dispatch('connectors:import-commit', {
      planId: first.planId,
      onConflict: 'skip',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
