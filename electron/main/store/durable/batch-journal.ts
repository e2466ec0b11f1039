import { dirname } from 'node:path';
import { decodeStoreFile } from './decode-store-file';
import { wrap, type Validator, type ValidationResult } from './envelope';
import { errorCode, type FsLayer } from './fs-layer';
import { stableStringify } from './stable-json';
import { writeFileDurably } from './write-file-durably';

/**
 * The undo journal of a batch (putMany): for every id in the batch, the record it replaced,
 * or null if it was new. Written durably before any shard changes and removed after all of
 * them are durable, so finding it at open means "the batch did not finish: undo it".
 */
export interface BatchJournal<R> {
  previous: Array<{ id: string; record: R | null }>;
}

export function journalValidator<R>(validate: Validator<R>): Validator<BatchJournal<R>> {
  return (value): ValidationResult<BatchJournal<R>> => {
    const previous = (value as { previous?: unknown } | null)?.previous;
    if (!Array.isArray(previous)) return { success: false, error: new Error('no previous') };
    const out: BatchJournal<R>['previous'] = [];
    for (const entry of previous as Array<{ id?: unknown; record?: unknown }>) {
      if (typeof entry?.id !== 'string') return { success: false, error: new Error('bad id') };
      if (entry.record === null) {
        out.push({ id: entry.id, record: null });
        continue;
      }
      const result = validate(entry.record);
      if (!result.success) return { success: false, error: result.error };
      out.push({ id: entry.id, record: result.data });
    }
    return { success: true, data: { previous: out } };
  };
}

export async function writeJournal<R>(
  path: string,
  journal: BatchJournal<R>,
  fs: FsLayer,
): Promise<void> {
  await writeFileDurably(path, stableStringify(wrap(1, journal)), fs);
}

/** Returns the pending journal, null if none. Throws if one exists but cannot be decoded. */
export async function readJournal<R>(
  path: string,
  validate: Validator<BatchJournal<R>>,
  fs: FsLayer,
): Promise<BatchJournal<R> | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  const decoded = decodeStoreFile(bytes, { schemaVersion: 1, migrations: [], validate });
  // It was written by temp + fsync + rename, so a damaged one means a damaged disk: stop
  // rather than guess which records to undo.
  if (decoded.kind !== 'ok') throw new Error(`the batch journal ${path} is damaged`);
  return decoded.data;
}

/** Removes the journal durably: after this the batch counts as done. */
export async function removeJournal(path: string, fs: FsLayer): Promise<void> {
  await fs.unlink(path);
  await fs.syncDir(dirname(path));
}
