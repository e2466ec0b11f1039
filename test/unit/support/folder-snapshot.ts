import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below `root` with its bytes, for "nothing on disk changed" assertions. */
export async function snapshotFolder(root: string): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (relative(root, path).startsWith('logs')) continue;
    snapshot.set(relative(root, path), (await readFile(path)).toString('base64'));
  }
  return snapshot;
}
