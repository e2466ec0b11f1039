import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../electron/main/store/durable/durable-json-file';
import { stableStringify } from '../../../electron/main/store/durable/stable-json';
import { doc, tempDir, tempFilesIn, validateDoc, type Doc } from './helpers';

describe('DurableJsonFile', () => {
  it('returns null for a missing file so lowdb keeps its defaults', async () => {
    const dir = await tempDir();
    const db = new Low<Doc>(
      new DurableJsonFile(join(dir, 'a.json'), { validate: validateDoc }),
      doc(0),
    );
    await db.read();
    expect(db.data).toEqual(doc(0));
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes deterministic JSON in a versioned envelope and reads it back', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    const file = new DurableJsonFile<Doc>(path, { validate: validateDoc, schemaVersion: 3 });
    await file.write({ items: ['x'], counter: 7 });
    const text = await readFile(path, 'utf8');
    expect(text).toBe(
      stableStringify({
        data: { counter: 7, items: ['x'] },
        format: 'connector-studio/durable-json',
        schemaVersion: 3,
      }),
    );
    expect(text.indexOf('"counter"')).toBeLessThan(text.indexOf('"items"'));
    const again = new DurableJsonFile<Doc>(path, { validate: validateDoc, schemaVersion: 3 });
    expect(await again.read()).toEqual({ counter: 7, items: ['x'] });
  });

  it('rotates exactly one previous good generation to .bak', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    const file = new DurableJsonFile<Doc>(path, { validate: validateDoc });
    await file.write(doc(1));
    await file.write(doc(2));
    await file.write(doc(3));
    const backup = new DurableJsonFile<Doc>(`${path}.bak`, { validate: validateDoc });
    expect((await backup.read())?.counter).toBe(2);
    expect((await file.read())?.counter).toBe(3);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'a.json.bak']);
  });

  it('serialises concurrent writes, the newest data wins and every caller resolves', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    const file = new DurableJsonFile<Doc>(path, { validate: validateDoc });
    await Promise.all(Array.from({ length: 50 }, (_, i) => file.write(doc(i + 1))));
    expect((await file.read())?.counter).toBe(50);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('removes stale temp files of its own at open, and only those', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(join(dir, '.a.json.cs-tmp-123-1-abcd'), 'half');
    await writeFile(join(dir, '.a.json.cs-tmp-bak-pending'), 'old');
    await writeFile(join(dir, '.other.json.cs-tmp-1-1-ffff'), 'not ours');
    const file = new DurableJsonFile<Doc>(path, { validate: validateDoc });
    expect(await file.read()).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(['.other.json.cs-tmp-1-1-ffff']);
  });
});
