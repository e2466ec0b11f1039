/**
 * Store benchmark (reliability.md D7): one-field save latency, cold load, bytes on disk and
 * resident memory for 100, 1,000 and 10,000 connector-sized records (≈2 KB readme + ≈5 KB
 * logo each), in the sharded layout and, for comparison, as one durable JSON file.
 *
 * Run alone: `npx tsx test/bench/store-bench.ts [--sizes 100,1000,10000] [--saves 60]`.
 * No assertions: numbers depend on the disk (fsync) and the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DurableJsonFile } from '../../electron/main/store/durable/durable-json-file';
import { nodeFsLayer, type FsLayer } from '../../electron/main/store/durable/fs-layer';
import { ShardedRecordStore } from '../../electron/main/store/durable/sharded-records';
import { argValue, diskUsage, percentile } from './bench-tools';

const recordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string(),
  readme: z.string(),
  logo: z.string().nullable(),
});
type BenchRecord = z.infer<typeof recordSchema>;
const validate = (value: unknown) => recordSchema.safeParse(value);
const SHARDS = 256;

export interface StoreBenchRow {
  layout: 'sharded' | 'single-file';
  records: number;
  saveP50Ms: number;
  saveP95Ms: number;
  /** The same edits with fsync switched off: the CPU part of a save. */
  saveP95NoFsyncMs: number;
  coldLoadMs: number;
  bytesOnDisk: number;
  files: number;
  rssMb: number;
}

/** Skips fsync: only for building fixtures fast, never for measuring saves. */
const noSync: FsLayer = {
  ...nodeFsLayer,
  openForWrite: async (path, exclusive) => {
    const file = await nodeFsLayer.openForWrite(path, exclusive);
    return { write: (d) => file.write(d), sync: async () => undefined, close: () => file.close() };
  },
  syncDir: async () => undefined,
};

function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const WORDS =
  'connector feed export import catalog product price stock field mapping channel'.split(' ');

function text(random: () => number, bytes: number): string {
  const parts: string[] = [];
  for (let size = 0; size < bytes;) {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ');
}

function logo(random: () => number): string {
  const points = Array.from({ length: 1250 }, () => Math.floor(random() * 1000)).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 1000"><path d="M${points}"/></svg>`;
}

function record(n: number, random: () => number, logoRef: string | null): BenchRecord {
  const id = `c-${n.toString().padStart(6, '0')}`;
  return {
    id,
    name: `Connector ${n}`,
    description: text(random, 120),
    readme: text(random, 2000),
    logo: logoRef,
  };
}

/** Loads the store in a fresh process, so the time includes a cold module and heap. */
function coldLoad(layout: string, dir: string): { ms: number; rssMb: number } {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--load', layout, dir], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { ms: number; rssMb: number };
}

async function loadOnly(layout: string, dir: string): Promise<void> {
  const start = performance.now();
  let count: number;
  if (layout === 'sharded') {
    count = (await ShardedRecordStore.open<BenchRecord>(dir, { validate })).all().length;
  } else {
    const file = new DurableJsonFile(join(dir, 'store.json'), { validate: singleValidate });
    count = (await file.read())?.records.length ?? 0;
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, count, rssMb: process.memoryUsage().rss / 2 ** 20 }));
}

const singleSchema = z.object({ records: z.array(recordSchema) });
type Single = z.infer<typeof singleSchema>;
const singleValidate = (value: unknown) => singleSchema.safeParse(value);

async function timeSaves(saves: number, save: (i: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < saves; i += 1) {
    const start = performance.now();
    await save(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function benchSharded(n: number, saves: number): Promise<StoreBenchRow> {
  const dir = await mkdtemp(join(tmpdir(), 'cs-bench-'));
  try {
    const random = makeRandom(n);
    const setup = await ShardedRecordStore.open<BenchRecord>(dir, {
      validate,
      shardCount: SHARDS,
      fs: noSync,
    });
    const batch: BenchRecord[] = [];
    for (let i = 0; i < n; i += 1) batch.push(record(i, random, await setup.putBlob(logo(random))));
    await setup.putMany(batch);
    const edit = (store: ShardedRecordStore<BenchRecord>) => async (i: number) => {
      const id = batch[Math.floor(random() * n)]!.id;
      await store.put({ ...store.get(id)!, name: `edited ${i}` });
    };
    const real = await ShardedRecordStore.open<BenchRecord>(dir, { validate });
    const times = await timeSaves(saves, edit(real));
    const cpu = await timeSaves(
      saves,
      edit(await ShardedRecordStore.open<BenchRecord>(dir, { validate, fs: noSync })),
    );
    const load = coldLoad('sharded', dir);
    const disk = await diskUsage(dir);
    return row('sharded', n, times, cpu, load, disk);
  } finally {
    // --keep leaves the folder for inspection or profiling.
    if (process.argv.includes('--keep')) process.stderr.write(`kept ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
}

async function benchSingleFile(n: number, saves: number): Promise<StoreBenchRow> {
  const dir = await mkdtemp(join(tmpdir(), 'cs-bench-'));
  try {
    const random = makeRandom(n);
    const data: Single = { records: [] };
    for (let i = 0; i < n; i += 1)
      data.records.push({ ...record(i, random, null), logo: logo(random) });
    const path = join(dir, 'store.json');
    await new DurableJsonFile(path, { validate: singleValidate, fs: noSync }).write(data);
    const edit = (file: DurableJsonFile<Single>) => async (i: number) => {
      data.records[Math.floor(random() * n)]!.name = `edited ${i}`;
      await file.write(data);
    };
    const times = await timeSaves(
      saves,
      edit(new DurableJsonFile(path, { validate: singleValidate })),
    );
    const cpu = await timeSaves(
      saves,
      edit(new DurableJsonFile(path, { validate: singleValidate, fs: noSync })),
    );
    return row('single-file', n, times, cpu, coldLoad('single-file', dir), await diskUsage(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function row(
  layout: StoreBenchRow['layout'],
  records: number,
  times: number[],
  cpu: number[],
  load: { ms: number; rssMb: number },
  disk: { bytes: number; files: number },
): StoreBenchRow {
  return {
    layout,
    records,
    saveP50Ms: percentile(times, 50),
    saveP95Ms: percentile(times, 95),
    saveP95NoFsyncMs: percentile(cpu, 95),
    coldLoadMs: load.ms,
    bytesOnDisk: disk.bytes,
    files: disk.files,
    rssMb: load.rssMb,
  };
}

/** Runs the bench and prints a table; returns the rows for a caller (e.g. `npm run bench`). */
export async function runStoreBench(
  options: { sizes?: number[]; saves?: number; singleFile?: boolean } = {},
): Promise<StoreBenchRow[]> {
  const rows: StoreBenchRow[] = [];
  const saves = options.saves ?? 60;
  for (const n of options.sizes ?? [100, 1_000, 10_000]) {
    rows.push(await benchSharded(n, saves));
    if (options.singleFile ?? true) rows.push(await benchSingleFile(n, Math.min(saves, 15)));
  }
  const f = (x: number) => x.toFixed(1).padStart(8);
  process.stdout.write(
    'layout       records  save p50  save p95  p95 no-fsync  cold load      MB on disk  files  RSS MB\n',
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.layout.padEnd(12)} ${String(r.records).padStart(7)} ${f(r.saveP50Ms)}  ${f(r.saveP95Ms)}  ` +
        `${f(r.saveP95NoFsyncMs)}      ${f(r.coldLoadMs)}  ${f(r.bytesOnDisk / 2 ** 20)}      ` +
        `${String(r.files).padStart(5)} ${f(r.rssMb)}\n`,
    );
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const load = argValue('--load');
  if (load !== undefined) {
    await loadOnly(load, process.argv[process.argv.indexOf('--load') + 2]!);
  } else {
    const sizes = argValue('--sizes')?.split(',').map(Number);
    const saves = argValue('--saves');
    await runStoreBench({
      ...(sizes ? { sizes } : {}),
      ...(saves ? { saves: Number(saves) } : {}),
      singleFile: !process.argv.includes('--no-single-file'),
    });
  }
}
