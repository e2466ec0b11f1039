import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector';
import { serializeDefinitionFile } from '../../../src/definition/definition-file';
import type { ImportPreview } from '../../../src/definition/transfer-contract';
import type { Settings } from '../../../src/settings/settings';
import type { MainServices } from '../../../electron/main/services';
import type { ScriptedDialogs } from '../../e2e/support/scripted-dialogs';
import { call, openServices, storeBytes } from './helpers';
import { GENERATOR, sampleConnector } from './samples';

let root: string;
let dataDir: string;
let services: MainServices;
let dialogs: ScriptedDialogs;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'studio-import-hardening-'));
  dataDir = join(root, 'data');
  ({ services, dialogs } = await openServices(dataDir));
});

afterEach(async () => {
  await services.close();
  await rm(root, { recursive: true, force: true });
});

const fileOf = (...connectors: Connector[]) => serializeDefinitionFile(connectors, GENERATOR);

function dropped(text: string, name = 'dropped.connector.json'): Promise<ImportPreview> {
  return call<ImportPreview>(services, 'connectors:import-dropped', { files: [{ name, text }] });
}

describe('only regular files are read', () => {
  it.skipIf(process.platform === 'win32')(
    'a named pipe is refused at once instead of waiting for a writer (needs mkfifo)',
    async () => {
      const fifo = join(root, 'pipe.connector.json');
      execFileSync('mkfifo', [fifo]);
      dialogs.answerOpen([fifo]);
      const preview = await call<ImportPreview>(services, 'connectors:import-open');
      expect(preview.planId).toBeNull();
      expect(preview.problems).toEqual([
        {
          file: 'pipe.connector.json',
          pointer: '',
          message:
            'This is a named pipe (FIFO), not a regular file; only regular files can be imported.',
        },
      ]);
    },
  );

  it.skipIf(process.platform === 'win32')('a device is refused without reading it', async () => {
    dialogs.answerOpen(['/dev/zero']);
    const preview = await call<ImportPreview>(services, 'connectors:import-open');
    expect(preview.problems[0]?.message).toBe(
      'This is a device, not a regular file; only regular files can be imported.',
    );
  });
});

describe('connector ids in any case', () => {
  const id = '5b2e8c1d-7f3a-4e6b-9c0d-1a2b3c4d5e6f';

  it('two spellings of one id in one file are one id twice', async () => {
    const before = await storeBytes(dataDir);
    const text = fileOf(sampleConnector({ id }), sampleConnector({ id: id.toUpperCase() }));
    const preview = await dropped(text);
    expect(preview.planId).toBeNull();
    expect(preview.problems).toEqual([
      expect.objectContaining({
        pointer: '/connectors/1/id',
        message: 'Duplicate connector id; /connectors/0/id has the same one.',
      }),
    ]);
    expect(await storeBytes(dataDir)).toEqual(before);
  });

  it('an id in capitals meets the stored connector, says so, and replaces it', async () => {
    const first = await dropped(fileOf(sampleConnector({ id, name: 'Stored' })));
    await call(services, 'connectors:import-commit', { planId: first.planId, onConflict: 'skip' });
    const again = await dropped(fileOf(sampleConnector({ id: id.toUpperCase(), name: 'New' })));
    expect(again.conflicts).toEqual([expect.objectContaining({ id, existingName: 'Stored' })]);
    expect(again.files[0]?.notes).toContain(
      `The connector id ${id.toUpperCase()} was written with capital letters and is kept in lower case; an id means the same connector in either case.`,
    );
    await call(services, 'connectors:import-commit', {
      planId: again.planId,
      onConflict: 'replace',
    });
    const list = await call<Connector[]>(services, 'connectors:list');
    expect(list.map((entry) => [entry.id, entry.name])).toEqual([[id, 'New']]);
  });
});

describe('invisible control characters', () => {
  it('an imported readme with a NUL is refused at its pointer; nothing is stored', async () => {
    const before = await storeBytes(dataDir);
    const preview = await dropped(fileOf(sampleConnector({ readme: 'Setup\u0000' })));
    expect(preview.planId).toBeNull();
    expect(preview.problems).toEqual([
      {
        file: 'dropped.connector.json',
        pointer: '/connectors/0/readme',
        message: 'Readme contains an invisible control character (U+0000).',
      },
    ]);
    expect(await storeBytes(dataDir)).toEqual(before);
  });

  it('the platform’s JSON is held to the same rule, pointing into its envelope', async () => {
    const fixture = readFileSync(
      join(import.meta.dirname, '../../fixtures/definitions/cde-api-connector.json'),
      'utf8',
    );
    const file = JSON.parse(fixture);
    file.data.name = 'Shop\u202efeed';
    const preview = await dropped(JSON.stringify(file));
    expect(preview.problems).toEqual([
      expect.objectContaining({
        pointer: '/data/name',
        message: 'Name contains an invisible control character (U+202E).',
      }),
    ]);
  });

  it('a name change over IPC is refused and the data folder is unchanged', async () => {
    const draft = await call<Connector>(services, 'connectors:new-draft');
    const before = await storeBytes(dataDir);
    const result = await services.dispatch('connectors:update', {
      id: draft.id,
      changes: { name: 'Shop\u202efeed' },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Name contains an invisible control character (U+202E).',
        field: 'name',
      },
    });
    expect(await storeBytes(dataDir)).toEqual(before);
  });

  it('an organization name with a control character is refused over IPC', async () => {
    const settings = await call<Settings>(services, 'settings:get');
    const before = await storeBytes(dataDir);
    const organizations = [{ ...settings.organizations[0]!, name: 'Acme\u0007' }];
    const result = await services.dispatch('settings:update', {
      settings: { ...settings, organizations },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining(
          'The organization name contains an invisible control character (U+0007).',
        ),
      },
    });
    expect(await storeBytes(dataDir)).toEqual(before);
  });
});

describe('an import preview is committed once', () => {
  it('concurrent and repeated commits of one preview import it once', async () => {
    const preview = await dropped(fileOf(sampleConnector()));
    const commit = () =>
      services.dispatch('connectors:import-commit', {
        planId: preview.planId,
        onConflict: 'keep-both',
      });
    const results = await Promise.all([commit(), commit(), commit()]);
    const later = await commit();
    expect(results[0]).toEqual({
      ok: true,
      value: { added: 1, replaced: 0, copied: 0, skipped: 0 },
    });
    for (const result of [...results.slice(1), later]) {
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: 'This import was already done; start a new import to add more.',
        },
      });
    }
    expect(await call<Connector[]>(services, 'connectors:list')).toHaveLength(1);
  });

  it('calling the handler itself twice at once still imports once', async () => {
    const preview = await dropped(fileOf(sampleConnector()));
    const commit = services.handlers['connectors:import-commit'];
    const request = { planId: preview.planId!, onConflict: 'keep-both' as const };
    const [one, two] = await Promise.all([commit(request), commit(request)]);
    expect([one.ok, two.ok]).toEqual([true, false]);
    expect(await call<Connector[]>(services, 'connectors:list')).toHaveLength(1);
  });
});

it('a file that is written while the preview is open changes nothing already checked', async () => {
  const path = join(root, 'later.connector.json');
  await writeFile(path, fileOf(sampleConnector({ name: 'Checked' })));
  dialogs.answerOpen([path]);
  const preview = await call<ImportPreview>(services, 'connectors:import-open');
  await writeFile(path, fileOf(sampleConnector({ name: 'Swapped in' })));
  await call(services, 'connectors:import-commit', { planId: preview.planId, onConflict: 'skip' });
  const list = await call<Connector[]>(services, 'connectors:list');
  expect(list.map((entry) => entry.name)).toEqual(['Checked']);
});
