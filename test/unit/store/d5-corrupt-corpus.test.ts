import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../electron/main/store/durable/durable-json-file';
import { wrap } from '../../../electron/main/store/durable/envelope';
import {
  StoreFromNewerVersion,
  StoreRecoveryNeeded,
  StoreWriteRefused,
} from '../../../electron/main/store/durable/errors';
import { stableStringify } from '../../../electron/main/store/durable/stable-json';
import { doc, tempDir, validateDoc, type Doc } from './helpers';

const good = stableStringify(wrap(1, doc(5)));

const corpus: Array<[string, Buffer, string]> = [
  ['empty', Buffer.alloc(0), 'empty'],
  ['NUL-filled', Buffer.alloc(4096), 'invalid-json'],
  ['truncated', Buffer.from(good.slice(0, good.length / 2)), 'invalid-json'],
  [
    'UTF-8 BOM',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]),
    'invalid-json',
  ],
  ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'not-utf8'],
  ['not JSON', Buffer.from('hello, world'), 'invalid-json'],
  ['null', Buffer.from('null'), 'bad-envelope'],
  ['a bare array', Buffer.from('[1,2,3]'), 'bad-envelope'],
  ['wrong shape', Buffer.from(stableStringify(wrap(1, { counter: 'x' }))), 'schema'],
  [
    'bad version',
    Buffer.from('{"format":"connector-studio/durable-json","schemaVersion":-1,"data":{}}'),
    'bad-envelope',
  ],
];

async function open(path: string): Promise<DurableJsonFile<Doc>> {
  return new DurableJsonFile<Doc>(path, {
    validate: validateDoc,
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
  });
}

describe('D5: a corrupt store is quarantined, never overwritten, and the backup is offered', () => {
  for (const [name, bytes, reason] of corpus) {
    it(`${name}: with a valid backup`, async () => {
      const dir = await tempDir();
      const path = join(dir, 'store.json');
      await writeFile(path, bytes);
      await writeFile(`${path}.bak`, stableStringify(wrap(1, doc(4))));
      const file = await open(path);
      const error = await file.read().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreRecoveryNeeded);
      const recovery = error as StoreRecoveryNeeded;
      expect(recovery.reason).toBe(reason);
      expect(recovery.quarantinedPath).toBe(
        join(dir, 'store.json.corrupt-2026-01-02T03-04-05-000Z'),
      );
      expect(Buffer.compare(await readFile(recovery.quarantinedPath), bytes)).toBe(0);
      expect(recovery.backup).toEqual({
        path: `${recovery.quarantinedPath}.bak`,
        exists: true,
        valid: true,
      });
      expect(recovery.message).toContain(recovery.quarantinedPath);

      // Saving defaults afterwards must not touch the quarantined bytes or the offered backup.
      await file.write(doc(0));
      await file.write(doc(1));
      expect(Buffer.compare(await readFile(recovery.quarantinedPath), bytes)).toBe(0);
      expect(await file.restoreFrom(recovery.backup.path)).toEqual(doc(4));
      expect(await (await open(path)).read()).toEqual(doc(4));
    });
  }

  it('reports a missing or invalid backup honestly', async () => {
    const dir = await tempDir();
    const path = join(dir, 'store.json');
    await writeFile(path, 'garbage');
    const first = await (await open(path)).read().catch((e: unknown) => e);
    expect((first as StoreRecoveryNeeded).backup).toMatchObject({ exists: false, valid: false });

    await writeFile(path, 'garbage');
    await writeFile(`${path}.bak`, '{"also":"bad"');
    const second = await (await open(path)).read().catch((e: unknown) => e);
    expect((second as StoreRecoveryNeeded).backup).toMatchObject({ exists: true, valid: false });
    // Two quarantines in the same second get distinct names; nothing is overwritten.
    expect((await readdir(dir)).filter((n) => n.includes('corrupt')).length).toBe(3);
  });

  it('a 100 MB garbage file is quarantined with its bytes intact', async () => {
    const dir = await tempDir();
    const path = join(dir, 'store.json');
    const big = Buffer.alloc(100 * 1024 * 1024, 0x61);
    await writeFile(path, big);
    const error = await (await open(path)).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreRecoveryNeeded);
    const kept = await readFile((error as StoreRecoveryNeeded).quarantinedPath);
    expect(kept.length).toBe(big.length);
  });

  it('a store from a newer version is refused with a clear message and never rewritten', async () => {
    const dir = await tempDir();
    const path = join(dir, 'store.json');
    const newer = stableStringify(wrap(9, { anything: true }));
    await writeFile(path, newer);
    const file = await open(path);
    const error = await file.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFromNewerVersion);
    expect((error as Error).message).toMatch(
      /newer version of Connector Studio.*version 9.*up to 1/,
    );
    await expect(file.write(doc(1))).rejects.toBeInstanceOf(StoreWriteRefused);
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(await readdir(dir)).toEqual(['store.json']);
  });
});
