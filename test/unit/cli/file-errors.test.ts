import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definitionFile, runCli, sampleConnector, scratch, seedDataFolder } from './run-cli';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/svg-corpus/benign');

let where: Awaited<ReturnType<typeof scratch>>;
beforeEach(async () => {
  where = await scratch();
});
afterEach(() => where.dispose());

async function goodLogo(): Promise<string> {
  const [first] = (await readdir(CORPUS)).filter((name) => name.endsWith('.svg'));
  await copyFile(join(CORPUS, first as string), join(where.dir, 'ok.svg'));
  return 'ok.svg';
}

describe('files that cannot be read are named in plain words', () => {
  it('logo check: a missing file is "not found", not an internal error', async () => {
    const run = await runCli(['logo', 'check', 'missing.svg'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe('missing.svg: not found.');
    expect(run.stdout).toBe('');
  });

  it('logo check: a folder is "a folder, not a file"', async () => {
    await mkdir(join(where.dir, 'logos'));
    const run = await runCli(['logo', 'check', 'logos'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe('logos: is a folder, not a file.');
  });

  it('validate: a missing file is one "file: message" line, without an empty pointer', async () => {
    const run = await runCli(['validate', 'missing.json'], where);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('missing.json: not found.\n');
    expect(run.firstError).toBe('1 problem in 1 file.');
  });

  it('validate: the same file named three ways is read once, and the count is singular', async () => {
    await definitionFile(join(where.dir, 'a.json'));
    const run = await runCli(['validate', 'a.json', 'a.json', `${where.dir}/./a.json`], where);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: '1 connector in 1 file: valid.\n' });
  });
});

describe('outputs that cannot be written say why', () => {
  it('logo sanitize -o into a folder that does not exist', async () => {
    const logo = await goodLogo();
    const run = await runCli(['logo', 'sanitize', logo, '-o', 'nonexistent/dir/out.svg'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe(
      'logo sanitize: cannot write nonexistent/dir/out.svg: the folder nonexistent/dir does not exist.',
    );
    expect(await readdir(where.dir)).toEqual(['home', 'ok.svg']);
  });

  it('logo sanitize -o a folder', async () => {
    const logo = await goodLogo();
    const run = await runCli(['logo', 'sanitize', logo, '-o', 'home'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe('logo sanitize: cannot write home: it is a folder, not a file.');
  });

  it('export --folder onto a file, and -o into a missing folder', async () => {
    await seedDataFolder(join(where.dir, 'data'), [sampleConnector()]);
    await writeFile(join(where.dir, 'taken'), 'mine');
    const base = ['export', '--data-dir', 'data', '--all'];
    const ontoFile = await runCli([...base, '--folder', '-o', 'taken'], where);
    expect(ontoFile.code).toBe(1);
    expect(ontoFile.firstError).toBe(
      'export: cannot write into taken: it is a file, not a folder.',
    );
    const intoMissing = await runCli([...base, '-o', 'out/all.json'], where);
    expect(intoMissing.code).toBe(1);
    expect(intoMissing.firstError).toBe(
      'export: cannot write out/all.json: the folder out does not exist.',
    );
  });
});
