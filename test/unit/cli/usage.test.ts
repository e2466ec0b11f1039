import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definitionFile, runCli, scratch } from './run-cli';

const ROOT = resolve(import.meta.dirname, '../../..');

let where: Awaited<ReturnType<typeof scratch>>;
beforeEach(async () => {
  where = await scratch();
});
afterEach(() => where.dispose());

describe('help and version', () => {
  it('--version and -v print the package version', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      expect(await runCli([flag], where)).toMatchObject({ code: 0, stdout: `${version}\n` });
    }
  });

  it('schema --help prints help, not the schema', async () => {
    const run = await runCli(['schema', '--help'], where);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Usage:');
    expect(run.stdout).toContain('-h, --help');
  });

  it('import --help has an Options block naming the data folder fallbacks', async () => {
    const run = await runCli(['import', '--help'], where);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nOptions:\n');
    expect(run.stdout).toContain('$CONNECTOR_STUDIO_DATA_DIR');
    expect(run.stdout).toContain('~/.config/Connector Studio');
  });
});

describe('usage errors', () => {
  it('an unknown option is named once, then the usage follows', async () => {
    const run = await runCli(['logo', 'check', '--wat', 'f.svg'], where);
    expect(run.code).toBe(2);
    expect(run.firstError).toBe('Unknown option --wat.');
    expect(run.stderr.split('\n')[2]).toBe('Usage:');
  });

  it('an option without its value', async () => {
    const run = await runCli(['export', '--all', '-o'], where);
    expect(run.code).toBe(2);
    expect(run.firstError).toBe('Option -o needs a value.');
  });
});

describe('paths', () => {
  it('relative paths are read from INIT_CWD, where `npm run` was typed', async () => {
    await definitionFile(join(where.dir, 'mine.json'), 2);
    const run = await runCli(['validate', 'mine.json'], where, {
      cwd: ROOT,
      env: { INIT_CWD: where.dir },
    });
    expect(run).toMatchObject({ code: 0, stdout: '2 connectors in 1 file: valid.\n' });
  });
});
