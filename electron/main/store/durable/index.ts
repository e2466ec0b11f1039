// Public surface of the durable store layer; everything else in this folder is internal.
export { DurableJsonFile, type DurableJsonFileOptions } from './durable-json-file';
export { ShardedRecordStore, type ShardedRecordStoreOptions } from './sharded-records';
export { BlobCorrupt } from './blob-store';
export { writeFileDurably, type DurableWriteOptions } from './write-file-durably';
export { stableStringify } from './stable-json';
export { nodeFsLayer, type FsLayer, type WritableFile } from './fs-layer';
export type { Migration, Validator, ValidationResult } from './envelope';
export {
  DurableWriteError,
  MigrationFailed,
  RecordInvalid,
  RecordStoreNeedsReopen,
  RecordStoreRecoveryNeeded,
  StoreFromNewerVersion,
  StoreReadFailed,
  StoreRecoveryNeeded,
  StoreWriteRefused,
  type BackupInfo,
  type CorruptionReason,
} from './errors';
