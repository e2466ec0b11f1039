import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { z } from 'zod';

export const docSchema = z.object({
  counter: z.number().int().nonnegative(),
  items: z.array(z.string()),
});
export type Doc = z.infer<typeof docSchema>;
export const validateDoc = (value: unknown) => docSchema.safeParse(value);

export function doc(counter: number, items = 3): Doc {
  return { counter, items: Array.from({ length: items }, (_, i) => `item-${counter}-${i}`) };
}

const made: string[] = [];

/** A fresh real temp folder, removed after the test. */
export async function tempDir(prefix = 'cs-store-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Deterministic PRNG (mulberry32), so a failing seed can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names in `dir` that look like our temp files. */
export async function tempFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.includes('.cs-tmp-'));
}
