import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordInvalid } from '../../../electron/main/store/durable/errors';
import { ShardedRecordStore } from '../../../electron/main/store/durable/sharded-records';
import { stableStringify } from '../../../electron/main/store/durable/stable-json';
import { tempDir } from './helpers';
import { rec, validateRec, type Rec } from './records';

const open = (dir: string) =>
  ShardedRecordStore.open<Rec>(dir, { validate: validateRec, shardCount: 16 });

/** What an export file would hold: every record, sorted, in deterministic JSON. */
const exportOf = (store: ShardedRecordStore<Rec>) => stableStringify({ records: store.all() });

/** Import as the app would: parse, then one all-or-nothing batch. */
async function importInto(store: ShardedRecordStore<Rec>, text: string): Promise<void> {
  const parsed = JSON.parse(text) as { records?: unknown };
  if (!Array.isArray(parsed.records)) throw new Error('not an export file');
  await store.putMany(parsed.records as Rec[]);
}

async function shardBytes(dir: string): Promise<string> {
  const names = (await readdir(join(dir, 'shards-16'))).sort();
  const parts = await Promise.all(names.map((n) => readFile(join(dir, 'shards-16', n), 'utf8')));
  return names.map((n, i) => `${n}\n${parts[i]}`).join('\n');
}

describe('D10: export, import, export again', () => {
  it('gives identical bytes', async () => {
    const source = await open(await tempDir());
    const logo = await source.putBlob(
      '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1"/></svg>',
    );
    await source.putMany(
      Array.from({ length: 50 }, (_, i) => ({ ...rec(49 - i), logo: i % 2 ? logo : null })),
    );
    const first = exportOf(source);

    const target = await open(await tempDir());
    await importInto(target, first);
    expect(exportOf(target)).toBe(first);
    const reopened = await open(target.dir);
    expect(exportOf(reopened)).toBe(first);
  });

  it('a hostile or broken import file changes nothing already stored', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.putMany(Array.from({ length: 10 }, (_, i) => rec(i)));
    const before = await shardBytes(dir);
    const exported = exportOf(store);

    const hostile = [
      '{"records": [',
      '\u0000\u0000\u0000',
      '{"records": {"a": 1}}',
      stableStringify({ records: [rec(1, 5), { ...rec(2, 5), logo: '../../../etc/passwd' }] }),
      stableStringify({ records: [rec(3, 5), { id: '', name: 'x', readme: '', logo: null }] }),
      stableStringify({ records: [rec(4, 5), { ...rec(5, 5), readme: { toString: 1 } }] }),
    ];
    for (const text of hostile) {
      const outcome = await importInto(store, text).then(
        () => 'imported',
        (e: unknown) => e,
      );
      expect(outcome, text.slice(0, 40)).toBeInstanceOf(Error);
      if (text.includes('c-0000')) expect(outcome).toBeInstanceOf(RecordInvalid);
    }
    expect(exportOf(store)).toBe(exported);
    expect(await shardBytes(dir)).toBe(before);
  });
});
