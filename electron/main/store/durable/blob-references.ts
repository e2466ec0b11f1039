import { join } from 'node:path';
import { errorCode, type FsLayer } from './fs-layer';

const ANY_HASH = /[0-9a-f]{64}/g;

/**
 * Every sha256-looking string in the files of `dir` whose names `accept` admits (a missing
 * folder counts as empty).
 *
 * The blob sweep keeps whatever this finds. Reading raw text rather than decoding records is
 * deliberate: it also covers the `.bak` generations, quarantined shards and their backups,
 * a pending batch journal and files that no longer parse, all of which the user may still
 * restore. Any stray 64-hex string only keeps a blob that could have gone, never the reverse.
 */
export async function addHashesNamedInFiles(
  found: Set<string>,
  dir: string,
  accept: (name: string) => boolean,
  fs: FsLayer,
): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names.filter(accept)) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(join(dir, name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw error;
    }
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    for (const match of text.matchAll(ANY_HASH)) found.add(match[0]);
  }
}
