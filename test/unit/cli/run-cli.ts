import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeDefinitionFile } from '../../../src/definition/definition-file';
import type { Connector } from '../../../src/connectors/connector';
import { openConnectorStore } from '../../../electron/main/store/connector-store';
import { lockDataFolder } from '../../../electron/main/store/data-folder-lock';
import { GENERATOR, sampleConnector } from '../definition/samples';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'electron', 'cli', 'main.ts');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The first line of stderr, which is where every refusal says what is wrong. */
  firstError: string;
}

export interface RunOptions {
  /** The folder the command runs in (default: the scratch folder). */
  cwd?: string;
  /** Variables on top of a clean environment whose home is the scratch folder's `home`. */
  env?: Record<string, string>;
}

/** A scratch folder with a home of its own, so the app's default data folder is inside it. */
export async function scratch(): Promise<{ dir: string; home: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'studio-cli-run-'));
  const home = join(dir, 'home');
  await mkdir(home);
  return { dir, home, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs the command line as a user would, as its own process; never throws on a failing exit. */
export function runCli(
  args: string[],
  where: { dir: string; home: string },
  options: RunOptions = {},
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: where.home };
  Object.assign(env, options.env);
  return new Promise((done) => {
    execFile(
      TSX,
      [MAIN, ...args],
      { cwd: options.cwd ?? where.dir, env, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr, firstError: stderr.split('\n')[0] ?? '' });
      },
    );
  });
}

/** A data folder holding `connectors`, written the way the app writes it. */
export async function seedDataFolder(dataDir: string, connectors: Connector[]): Promise<void> {
  const lock = await lockDataFolder(dataDir, 'test');
  try {
    const store = await openConnectorStore(dataDir);
    await store.saveMany(connectors);
    await store.close();
  } finally {
    await lock.release();
  }
}

/** A definition file of `amount` fresh sample connectors at `path`. */
export async function definitionFile(path: string, amount = 1): Promise<string> {
  const connectors = Array.from({ length: amount }, () => sampleConnector());
  await writeFile(path, serializeDefinitionFile(connectors, GENERATOR));
  return path;
}

export { sampleConnector };
