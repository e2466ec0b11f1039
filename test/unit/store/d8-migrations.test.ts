import { copyFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableJsonFile } from '../../../electron/main/store/durable/durable-json-file';
import type { Migration } from '../../../electron/main/store/durable/envelope';
import { MigrationFailed, StoreWriteRefused } from '../../../electron/main/store/durable/errors';
import { stableStringify } from '../../../electron/main/store/durable/stable-json';
import { tempDir } from './helpers';

// Store versions as released: 0 = plain lowdb file, 1 = ids added, 2 = tags added (current).
const v2Schema = z.object({
  connectors: z.array(
    z.object({ id: z.string(), name: z.string(), tags: z.array(z.string()) }).strict(),
  ),
});
type V2 = z.infer<typeof v2Schema>;
const validate = (value: unknown) => v2Schema.safeParse(value);

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const migrations: Migration[] = [
  {
    from: 0,
    up: (data) => ({
      connectors: (data as { connectors: Array<{ name: string }> }).connectors.map((c) => ({
        id: slug(c.name),
        name: c.name,
      })),
    }),
  },
  {
    from: 1,
    up: (data) => {
      // Mutating the input on purpose: the runner hands each step a copy.
      const v1 = data as { connectors: Array<Record<string, unknown>> };
      for (const c of v1.connectors) c['tags'] = [];
      return v1;
    },
  },
];

const fixtures = join(import.meta.dirname, 'fixtures', 'migrations');
const expected = JSON.parse(await readFile(join(fixtures, 'v2.json'), 'utf8')) as { data: V2 };

async function place(name: string): Promise<string> {
  const dir = await tempDir();
  const path = join(dir, 'connectors.json');
  await copyFile(join(fixtures, name), path);
  return path;
}

const open = (path: string, steps = migrations) =>
  new DurableJsonFile<V2>(path, { validate, schemaVersion: 2, migrations: steps });

describe('D8: migrations from every released store version', () => {
  for (const [name, version] of [
    ['v0-plain-lowdb.json', 0],
    ['v1.json', 1],
    ['v2.json', 2],
  ] as const) {
    it(`upgrades ${name} to a valid current store, keeping a backup, idempotently`, async () => {
      const path = await place(name);
      const original = await readFile(path);
      expect(await open(path).read()).toEqual(expected.data);
      const upgraded = await readFile(path, 'utf8');
      // An upgraded file is written canonically; a current one is left exactly as it was.
      const v2 = JSON.parse(await readFile(join(fixtures, 'v2.json'), 'utf8')) as unknown;
      expect(upgraded).toBe(version < 2 ? stableStringify(v2) : original.toString('utf8'));
      if (version < 2) {
        expect(Buffer.compare(await readFile(`${path}.v${version}.bak`), original)).toBe(0);
      }
      const filesAfterFirst = (await readdir(join(path, '..'))).sort();
      expect(await open(path).read()).toEqual(expected.data);
      expect(await readFile(path, 'utf8')).toBe(upgraded);
      expect((await readdir(join(path, '..'))).sort()).toEqual(filesAfterFirst);
    });
  }

  it('leaves the original untouched and refuses writes when a step throws', async () => {
    const path = await place('v0-plain-lowdb.json');
    const original = await readFile(path);
    const broken: Migration[] = [
      migrations[0]!,
      {
        from: 1,
        up: () => {
          throw new Error('bug');
        },
      },
    ];
    const file = open(path, broken);
    await expect(file.read()).rejects.toBeInstanceOf(MigrationFailed);
    await expect(file.write(expected.data)).rejects.toBeInstanceOf(StoreWriteRefused);
    expect(Buffer.compare(await readFile(path), original)).toBe(0);
    expect(await readdir(join(path, '..'))).toEqual(['connectors.json']);
  });

  it('treats a migration result that fails the schema as a failed migration, not corruption', async () => {
    const path = await place('v1.json');
    const original = await readFile(path);
    const wrong: Migration[] = [migrations[0]!, { from: 1, up: (d) => d }];
    const error = await open(path, wrong)
      .read()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFailed);
    expect((error as MigrationFailed).message).toContain('from store version 1 to 2');
    expect(Buffer.compare(await readFile(path), original)).toBe(0);
  });
});
