import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settingsSchema, type Organization } from '../../../src/settings/settings';
import { decodeStoreFile } from '../store/durable/decode-store-file';
import { SETTINGS_FILE } from '../store/settings-store';

/** Whether an organization id is one of `organizations`; UUIDs compare in any case. */
export function isOneOf(organizations: readonly Organization[]): (id: string) => boolean {
  const ids = new Set(organizations.map((organization) => organization.id.toLowerCase()));
  return (id) => ids.has(id.toLowerCase());
}

/**
 * The organizations kept in a data folder's Settings, read without changing anything (the
 * command line must not create, upgrade or set aside the app's settings file). Null when there
 * is nothing to check owners against: a folder without settings yet (its user has chosen no
 * organization so far), or a file this version cannot read as its settings.
 */
export async function organizationsInDataFolder(
  dataDir: string,
): Promise<readonly Organization[] | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dataDir, SETTINGS_FILE));
  } catch {
    return null;
  }
  const decoded = decodeStoreFile(bytes, {
    schemaVersion: 1,
    migrations: [{ from: 0, up: (plain) => plain }],
    validate: (value) => settingsSchema.safeParse(value),
  });
  return decoded.kind === 'ok' ? decoded.data.organizations : null;
}
