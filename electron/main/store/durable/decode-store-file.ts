import { isUtf8 } from 'node:buffer';
import type { CorruptionReason } from './errors';
import { runMigrations, unwrap, type Migration, type Validator } from './envelope';

export interface DecodeOptions<T> {
  schemaVersion: number;
  migrations: readonly Migration[];
  validate: Validator<T>;
}

export type Decoded<T> =
  | { kind: 'ok'; data: T; fileVersion: number }
  | { kind: 'corrupt'; reason: CorruptionReason; detail: string }
  | { kind: 'newer'; fileVersion: number }
  | { kind: 'migration-failed'; fileVersion: number; cause: unknown };

/** Decodes file bytes into validated current-version data, without touching any file. */
export function decodeStoreFile<T>(bytes: Uint8Array, options: DecodeOptions<T>): Decoded<T> {
  if (bytes.length === 0) return { kind: 'corrupt', reason: 'empty', detail: 'the file is empty' };
  // isUtf8 + toString is several times faster than a fatal TextDecoder on large stores.
  if (!isUtf8(bytes)) {
    return { kind: 'corrupt', reason: 'not-utf8', detail: 'the file is not UTF-8 text' };
  }
  // toString keeps a BOM as U+FEFF, so JSON.parse rejects it: we never write one, so a BOM
  // means the file was edited by hand and should be looked at, not silently accepted.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'not JSON';
    return { kind: 'corrupt', reason: 'invalid-json', detail: detail.slice(0, 200) };
  }
  const unwrapped = unwrap(parsed);
  if (!unwrapped.ok) return { kind: 'corrupt', reason: 'bad-envelope', detail: unwrapped.detail };
  const { schemaVersion: fileVersion } = unwrapped;
  if (fileVersion > options.schemaVersion) return { kind: 'newer', fileVersion };

  let data = unwrapped.data;
  if (fileVersion < options.schemaVersion) {
    const hasFirstStep = options.migrations.some((migration) => migration.from === fileVersion);
    // A version-0 file with no step from 0 is not an old store of ours, just foreign data.
    if (fileVersion === 0 && !hasFirstStep) {
      return { kind: 'corrupt', reason: 'bad-envelope', detail: 'not a Connector Studio store' };
    }
    try {
      data = runMigrations(data, fileVersion, options.schemaVersion, options.migrations);
    } catch (cause) {
      return { kind: 'migration-failed', fileVersion, cause };
    }
    const result = options.validate(data);
    // After a migration an invalid result may be the migration's fault, not the file's: keep
    // the original where it is rather than quarantining a file that may be fine.
    if (!result.success) return { kind: 'migration-failed', fileVersion, cause: result.error };
    return { kind: 'ok', data: result.data, fileVersion };
  }

  const result = options.validate(data);
  if (!result.success) {
    return { kind: 'corrupt', reason: 'schema', detail: describe(result.error) };
  }
  return { kind: 'ok', data: result.data, fileVersion };
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 300);
}
