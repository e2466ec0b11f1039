import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { settingsSchema, type Settings } from '../../../src/settings/settings';
import { log } from '../log';
import { DurableJsonFile, StoreRecoveryNeeded, type FsLayer } from './durable';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsStore {
  get(): Settings;
  /** Resolves once durable; if it rejects, the settings are what they were before. */
  replace(settings: Settings): Promise<void>;
  /** The settings file could not be read at open and was moved aside (null if it was fine). */
  readonly damaged: StoreRecoveryNeeded | null;
  /** Makes the usable backup offered in `damaged` the settings again. */
  restoreBackup(): Promise<void>;
  /** Waits for pending writes; rejects if the newest one failed. */
  flush(): Promise<void>;
}

/** First-run settings: one organization, the user's own, with a fresh id they can replace. */
function firstRunSettings(): Settings {
  return {
    organizations: [{ id: randomUUID(), name: 'My organization' }],
    showInternalFlows: false,
    theme: 'system',
  };
}

/**
 * Settings in one DurableJsonFile. A plain lowdb `settings.json` (no envelope, version 0) is
 * upgraded on first open after its bytes are kept as `settings.json.v0.bak`.
 */
export async function openSettingsStore(
  dataDir: string,
  options: { fs?: FsLayer } = {},
): Promise<SettingsStore> {
  const file = new DurableJsonFile<Settings>(join(dataDir, SETTINGS_FILE), {
    validate: (value) => settingsSchema.safeParse(value),
    migrations: [{ from: 0, up: (plain) => plain }],
    ...(options.fs && { fs: options.fs }),
  });
  let stored: Settings | null = null;
  let damaged: StoreRecoveryNeeded | null = null;
  try {
    stored = await file.read();
  } catch (error) {
    if (!(error instanceof StoreRecoveryNeeded)) throw error;
    log.warn(`The settings file could not be read (${error.reason}); it was moved aside`);
    damaged = error;
  }
  const db = new Low<Settings>(file, stored ?? firstRunSettings());
  // Fixes the first-run organization's id on disk, so it is the same at the next start.
  if (stored === null) await db.write();

  async function replace(settings: Settings): Promise<void> {
    const before = db.data;
    db.data = settings;
    try {
      await db.write();
    } catch (error) {
      db.data = before;
      throw error;
    }
  }

  return {
    get: () => db.data,
    replace,
    get damaged() {
      return damaged;
    },
    async restoreBackup() {
      if (damaged === null || !damaged.backup.valid) return;
      db.data = await file.restoreFrom(damaged.backup.path);
      damaged = null;
    },
    flush: () => file.flush(),
  };
}
