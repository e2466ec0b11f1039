/**
 * The connector repository the app uses (openConnectorStore: sharded records, logos as files),
 * measured with connector-shaped data: for 100, 1,000 and 10,000 connectors, each with a
 * ~2 KB readme and its own ~5 KB logo, the latency of a one-field save (p50/p95), the cold
 * load (a fresh process opening the store and building the list's summaries; the median and
 * the fastest of five processes, and the CPU time of the median one), bytes on disk and
 * resident memory. Prints figures only; no assertions (they depend on disk and machine).
 *
 * Alone: `npx tsx test/bench/connector-store-bench.ts [--sizes 100,1000] [--saves 60]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { summarize } from '../../src/connectors/connector';
import { openConnectorStore } from '../../electron/main/store/connector-store';
import { nodeFsLayer, type FsLayer } from '../../electron/main/store/durable';
import { fixtureConnectors, fixtureLogo, seededRandom } from './connector-fixtures';
import { argValue, diskUsage, percentile } from './bench-tools';

const OWNER = '11111111-1111-4111-8111-111111111111';

/** Skips fsync: only for building the starting folder fast, never for timed saves. */
const unsyncedFs: FsLayer = {
  ...nodeFsLayer,
  openForWrite: async (path, exclusive) => {
    const file = await nodeFsLayer.openForWrite(path, exclusive);
    return { write: (d) => file.write(d), sync: async () => undefined, close: () => file.close() };
  },
  syncDir: async () => undefined,
};

export interface ConnectorBenchRow {
  connectors: number;
  saveP50Ms: number;
  saveP95Ms: number;
  coldLoadMs: number;
  coldLoadMinMs: number;
  coldLoadCpuMs: number;
  bytesOnDisk: number;
  files: number;
  rssMb: number;
}

/** Opens the store in a fresh process: module loading is excluded, the heap is cold. */
interface ColdLoad {
  ms: number;
  cpuMs: number;
  rssMb: number;
  count: number;
}

function coldLoad(dataDir: string): ColdLoad {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--load', dataDir], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ColdLoad;
}

/** Five cold loads: on a shared machine a single one mostly measures the other jobs. */
function coldLoads(dataDir: string): { median: ColdLoad; minMs: number } {
  const runs = Array.from({ length: 5 }, () => coldLoad(dataDir)).sort((a, b) => a.ms - b.ms);
  return { median: runs[2]!, minMs: runs[0]!.ms };
}

async function loadOnly(dataDir: string): Promise<void> {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  // Unused files are collected in the background after open; a list needs none of that.
  const store = await openConnectorStore(dataDir, { collectGarbage: false });
  const count = store.all().map(summarize).length;
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  process.stdout.write(JSON.stringify({ ms, cpuMs, count, rssMb }));
}

async function benchOne(count: number, saves: number): Promise<ConnectorBenchRow> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cs-connector-bench-'));
  try {
    const connectors = fixtureConnectors(count, {
      owner: OWNER,
      logoFor: (_n, random) => fixtureLogo(random, 5000),
    });
    const setup = await openConnectorStore(dataDir, { fs: unsyncedFs });
    await setup.saveMany(connectors);
    await setup.close();

    const store = await openConnectorStore(dataDir);
    const random = seededRandom(99);
    const times: number[] = [];
    for (let i = 0; i < saves; i += 1) {
      const id = connectors[Math.floor(random() * count)]!.id;
      const current = (await store.get(id))!;
      const start = performance.now();
      await store.save({ ...current, description: `Edited ${i}` });
      times.push(performance.now() - start);
    }
    await store.close();
    const { median: load, minMs } = coldLoads(dataDir);
    if (load.count !== count) throw new Error(`cold load saw ${load.count} of ${count}`);
    const disk = await diskUsage(dataDir);
    return {
      connectors: count,
      saveP50Ms: percentile(times, 50),
      saveP95Ms: percentile(times, 95),
      coldLoadMs: load.ms,
      coldLoadMinMs: minMs,
      coldLoadCpuMs: load.cpuMs,
      bytesOnDisk: disk.bytes,
      files: disk.files,
      rssMb: load.rssMb,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function runConnectorStoreBench(
  options: { sizes?: number[]; saves?: number } = {},
): Promise<ConnectorBenchRow[]> {
  const rows: ConnectorBenchRow[] = [];
  process.stdout.write(
    'connectors  save p50 ms  save p95 ms  cold load ms (min, CPU)  MB on disk   files  RSS MB\n',
  );
  for (const count of options.sizes ?? [100, 1_000, 10_000]) {
    const r = await benchOne(count, options.saves ?? 60);
    rows.push(r);
    const f = (x: number, w: number) => x.toFixed(1).padStart(w);
    process.stdout.write(
      `${String(r.connectors).padStart(10)}  ${f(r.saveP50Ms, 11)}  ${f(r.saveP95Ms, 11)}  ` +
        `${f(r.coldLoadMs, 12)} (${f(r.coldLoadMinMs, 5)}, ${f(r.coldLoadCpuMs, 5)})  ` +
        `${f(r.bytesOnDisk / 2 ** 20, 10)}  ${String(r.files).padStart(6)}` +
        `  ${f(r.rssMb, 6)}\n`,
    );
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const load = argValue('--load');
  if (load !== undefined) {
    await loadOnly(load);
  } else {
    const sizes = argValue('--sizes')?.split(',').map(Number);
    const saves = argValue('--saves');
    await runConnectorStoreBench({
      ...(sizes ? { sizes } : {}),
      ...(saves ? { saves: Number(saves) } : {}),
    });
  }
}
