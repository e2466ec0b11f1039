import { DurableWriteError } from './errors';
import { errorCode, type FsLayer } from './fs-layer';

/**
 * Gives the current file a second name (hard link) so it stays reachable after the new
 * generation is renamed over it; the caller renames that name to `.bak` once the new file is
 * verified. Costs no data copy. Returns false when it cannot be done.
 */
export async function linkAside(fs: FsLayer, path: string, pending: string): Promise<boolean> {
  try {
    await fs.link(path, pending);
    return true;
  } catch {
    // LIMITATION: file systems without hard links (FAT, exFAT) get no `.bak`; the save itself
    // is unaffected.
    return false;
  }
}

/** Reads the file back and compares bytes: catches a disk or FS that lost or changed them. */
export async function verifyWritten(fs: FsLayer, path: string, text: string): Promise<void> {
  let back: Uint8Array;
  try {
    back = await fs.readFile(path);
  } catch (error) {
    throw new DurableWriteError(path, errorCode(error), { cause: error });
  }
  if (Buffer.compare(Buffer.from(back), Buffer.from(text, 'utf8')) !== 0) {
    throw new DurableWriteError(path, 'READBACK_MISMATCH');
  }
}
