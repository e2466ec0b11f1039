import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDefinitionFile } from '../../../src/definition/definition-file';
import { exportCommand } from '../../../electron/cli/export-command';
import { importCommand } from '../../../electron/cli/import-command';
import { validateCommand } from '../../../electron/cli/validate-command';
import type { CliCommand } from '../../../electron/cli/command';
import { GENERATOR, sampleConnector } from './samples';
import { openServices, storeBytes } from './helpers';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'studio-cli-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function run(command: CliCommand, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await command.run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

async function file(name: string, text: string): Promise<string> {
  const path = join(root, name);
  await writeFile(path, text);
  return path;
}

describe('validate', () => {
  it('prints one file:pointer: message line per problem and exits 1', async () => {
    const good = await file(
      'good.connector.json',
      serializeDefinitionFile([sampleConnector()], GENERATOR),
    );
    const broken = JSON.parse(serializeDefinitionFile([sampleConnector()], GENERATOR));
    broken.connectors[0].flow = 'sideways';
    delete broken.connectors[0].owner;
    const bad = await file('bad.connector.json', JSON.stringify(broken));
    const result = await run(validateCommand, [good, bad]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${bad}:/connectors/0/flow: Unknown value "sideways"; expected one of "default", "standalone", "migration".`,
      `${bad}:/connectors/0/owner: Missing required key "owner".`,
    ]);
  });

  it('exits 0 for valid files', async () => {
    const good = await file(
      'good.connector.json',
      serializeDefinitionFile([sampleConnector()], GENERATOR),
    );
    expect((await run(validateCommand, [good])).code).toBe(0);
  });
});

describe('export and import', () => {
  it('imports all or nothing, then exports the same bytes', async () => {
    const dataDir = join(root, 'data');
    const source = serializeDefinitionFile([sampleConnector(), sampleConnector()], GENERATOR);
    const input = await file('in.connector.json', source);
    const bad = await file(
      'bad.connector.json',
      '{"format": "connector-studio/connector-definition", "formatVersion": 9}',
    );

    const refused = await run(importCommand, ['--data-dir', dataDir, input, bad]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`${bad}:/formatVersion: This file is format version 9`);

    expect((await run(importCommand, ['--data-dir', dataDir, input])).code).toBe(0);
    const before = await storeBytes(dataDir);
    const conflict = await run(importCommand, ['--data-dir', dataDir, input]);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toMatch(/--on-conflict/);
    expect(await storeBytes(dataDir)).toEqual(before);

    const output = join(root, 'out.connector.json');
    const exported = await run(exportCommand, ['--data-dir', dataDir, '--all', '-o', output]);
    expect(exported.code).toBe(0);
    const bytes = await readFile(output, 'utf8');
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    expect(bytes).toBe(
      source.replace(`"version": "${GENERATOR.version}"`, `"version": "${version}"`),
    );

    const folder = join(root, 'folder');
    await mkdir(folder);
    await run(exportCommand, ['--data-dir', dataDir, '--all', '-o', folder, '--folder']);
    expect(await readdir(folder)).toHaveLength(2);
  });
});

describe('import notes', () => {
  it('says which connectors are owned by an organization not in Settings, as the app does', async () => {
    const dataDir = join(root, 'data');
    const opened = await openServices(dataDir);
    const result = await opened.services.dispatch('settings:get', {});
    await opened.services.close();
    if (!result.ok) throw new Error(result.error.message);
    const mine = (result.value as { organizations: { id: string }[] }).organizations[0]!.id;
    const ours = sampleConnector({ name: 'Ours', owner: mine.toUpperCase() });
    const theirs = sampleConnector({ name: 'Theirs' });
    const input = await file(
      'in.connector.json',
      serializeDefinitionFile([ours, theirs], GENERATOR),
    );

    const imported = await run(importCommand, ['--data-dir', dataDir, input]);
    expect(imported.code).toBe(0);
    expect(imported.stdout.split('\n').filter((line) => line.includes('note:'))).toEqual([
      `${input}: note: "Theirs" is owned by organization ${theirs.owner}, which is not in your Settings; choose one of yours before creating it, or add that organization in Settings.`,
    ]);
  });

  it('validate and import refuse repeated keys with the pointer of the repeat', async () => {
    const text = serializeDefinitionFile([sampleConnector()], GENERATOR).replace(
      /\}\s*$/,
      ', "connectors": []}',
    );
    const input = await file('repeated.connector.json', text);
    const validated = await run(validateCommand, [input]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toMatch(
      new RegExp(`^${input}:/connectors: The key "connectors" appears again here`),
    );
    const imported = await run(importCommand, ['--data-dir', join(root, 'data'), input]);
    expect(imported).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/nothing was imported/),
    });
  });
});
