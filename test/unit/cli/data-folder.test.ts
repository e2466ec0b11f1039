import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appDefaultDataDir } from '../../../electron/cli/data-folder';
import { lockDataFolder } from '../../../electron/main/store/data-folder-lock';
import { definitionFile, runCli, sampleConnector, scratch, seedDataFolder } from './run-cli';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

let where: Awaited<ReturnType<typeof scratch>>;
beforeEach(async () => {
  where = await scratch();
});
afterEach(() => where.dispose());

describe("the app's default data folder", () => {
  it('is Electron userData for "Connector Studio" on each system', () => {
    expect(appDefaultDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Connector Studio');
    expect(appDefaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe(
      '/cfg/Connector Studio',
    );
    expect(appDefaultDataDir('darwin', {}, '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Connector Studio',
    );
    expect(
      appDefaultDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada'),
    ).toBe('C:\\Users\\ada\\AppData\\Roaming\\Connector Studio');
  });
});

describe('export finds the data folder', () => {
  it('from CONNECTOR_STUDIO_DATA_DIR when --data-dir is not given', async () => {
    await seedDataFolder(join(where.dir, 'drafts'), [sampleConnector()]);
    const run = await runCli(['export', '--all', '-o', 'out.json'], where, {
      env: { CONNECTOR_STUDIO_DATA_DIR: 'drafts' },
    });
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: '1 connector written to out.json\n' });
    expect(JSON.parse(await readFile(join(where.dir, 'out.json'), 'utf8')).connectors).toHaveLength(
      1,
    );
  });

  it("from the app's own folder when neither is given", async () => {
    const appFolder = join(where.home, '.config', 'Connector Studio');
    await seedDataFolder(appFolder, [sampleConnector(), sampleConnector()]);
    const run = await runCli(['export', '--all', '-o', 'out.json'], where);
    expect(run).toMatchObject({ code: 0, stdout: '2 connectors written to out.json\n' });
  });

  it('refuses a folder that does not exist, and creates nothing', async () => {
    const missing = join(where.dir, 'nonexistent');
    const run = await runCli(['export', '--data-dir', missing, '--all', '-o', 'x.json'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe(`export: no Connector Studio data folder at ${missing}.`);
    expect(await readdir(where.dir)).toEqual(['home']);
  });

  it('refuses a data folder the app has open, in one line', async () => {
    const dataDir = join(where.dir, 'open-in-app');
    await seedDataFolder(dataDir, [sampleConnector()]);
    const appLock = await lockDataFolder(dataDir, 'app');
    try {
      const run = await runCli(['export', '--data-dir', dataDir, '--all', '-o', 'x.json'], where);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `connector-studio: data folder ${dataDir} is in use by another Connector Studio process (pid ${process.pid}). If no other Connector Studio is running, delete ${appLock.lockPath}.\n`,
      );
    } finally {
      await appLock.release();
    }
  });

  it('refuses a file given as the data folder', async () => {
    await writeFile(join(where.dir, 'file.json'), '{}');
    const run = await runCli(['export', '--data-dir', 'file.json', '--all', '-o', 'x.json'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe(
      `export: no Connector Studio data folder at ${join(where.dir, 'file.json')}: it is a file.`,
    );
  });
});

describe('import into a folder that is not a data folder yet', () => {
  it('creates nothing when a file is bad', async () => {
    await writeFile(join(where.dir, 'bad.json'), '{}');
    const run = await runCli(['import', '--data-dir', 'data2', 'bad.json'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe('1 problem in 1 file; nothing was imported.');
    expect(await exists(join(where.dir, 'data2'))).toBe(false);
  });

  it('starts a new data folder when every file is good, which export then reads', async () => {
    await definitionFile(join(where.dir, 'a.json'), 3);
    const run = await runCli(['import', '--data-dir', 'data2', 'a.json'], where);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      `3 connectors imported.\nNew data folder: ${join(where.dir, 'data2')}\n`,
    );
    const back = await runCli(['export', '--data-dir', 'data2', '--all', '-o', 'b.json'], where);
    expect(back.stdout).toBe('3 connectors written to b.json\n');
  });

  it('refuses a folder that holds other files', async () => {
    await mkdir(join(where.dir, 'docs'));
    await writeFile(join(where.dir, 'docs', 'notes.txt'), 'mine');
    await definitionFile(join(where.dir, 'a.json'));
    const run = await runCli(['import', '--data-dir', 'docs', 'a.json'], where);
    expect(run.code).toBe(1);
    expect(run.firstError).toBe(
      `import: no Connector Studio data folder at ${join(where.dir, 'docs')}: it holds other files. Name a new or empty folder to start one.`,
    );
    expect(await readdir(join(where.dir, 'docs'))).toEqual(['notes.txt']);
  });
});
