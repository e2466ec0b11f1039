import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { settingsSchema, type Settings } from '../../../src/settings/settings';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsStore {
  get(): Settings;
  replace(settings: Settings): Promise<void>;
}

/** First-run settings: one organization, the user's own, with a fresh id they can replace. */
function firstRunSettings(): Settings {
  return {
    organizations: [{ id: randomUUID(), name: 'My organization' }],
    showInternalFlows: false,
    theme: 'system',
  };
}

export async function openSettingsStore(dataDir: string): Promise<SettingsStore> {
  const file = join(dataDir, SETTINGS_FILE);
  const db = new Low<Settings>(new JSONFile(file), firstRunSettings());
  await db.read();
  const parsed = settingsSchema.safeParse(db.data);
  if (!parsed.success) throw new Error(`The settings file at ${file} is not valid.`);
  db.data = parsed.data;
  await db.write();
  return {
    get: () => db.data,
    async replace(settings) {
      const before = db.data;
      db.data = settings;
      try {
        await db.write();
      } catch (error) {
        db.data = before;
        throw error;
      }
    },
  };
}
