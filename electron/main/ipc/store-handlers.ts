import { fail, ok } from '../../../src/result';
import {
  CORRUPTION_WORDS,
  type DamagedStoreFile,
  type StoreRecoveryStatus,
} from '../../../src/store/recovery-status';
import { log } from '../log';
import type { ConnectorStore } from '../store/connector-store';
import type { StoreRecoveryNeeded } from '../store/durable';
import type { SettingsStore } from '../store/settings-store';
import type { HandlersFor } from './handler-table';

export interface StoreHandlerDeps {
  readonly dataDir: string;
  readonly connectors: ConnectorStore;
  readonly settings: SettingsStore;
}

function describeDamage(
  holds: DamagedStoreFile['holds'],
  issue: StoreRecoveryNeeded,
): DamagedStoreFile {
  return {
    holds,
    file: issue.path,
    movedTo: issue.quarantinedPath,
    reason: CORRUPTION_WORDS[issue.reason] ?? issue.reason,
    backup: issue.backup.valid ? issue.backup.path : null,
  };
}

export function recoveryStatus(deps: StoreHandlerDeps): StoreRecoveryStatus {
  const damaged = deps.connectors.damaged.map((issue) => describeDamage('connectors', issue));
  const settingsIssue = deps.settings.damaged;
  if (settingsIssue !== null) damaged.push(describeDamage('settings', settingsIssue));
  return { dataDir: deps.dataDir, damaged, migratedFrom: deps.connectors.migratedFrom };
}

/** What opening the data folder found, and bringing back the backups it offered. */
export function storeHandlers(deps: StoreHandlerDeps): HandlersFor<'store'> {
  return {
    'store:recovery-status': async () => ok(recoveryStatus(deps)),
    'store:restore-backup': async () => {
      const settingsRestored = deps.settings.damaged?.backup.valid === true;
      try {
        const outcome = await deps.connectors.restoreBackups();
        await deps.settings.restoreBackup();
        log.info(`Backups restored: ${outcome.restoredConnectors} connector(s)`);
        return ok({
          restoredConnectors: outcome.restoredConnectors,
          keptNewer: outcome.keptNewer,
          settingsRestored,
          status: recoveryStatus(deps),
        });
      } catch (error) {
        log.error('Restoring backups failed', error);
        return fail(
          'IO',
          'Could not restore the backup. The damaged files and their backups are still where the banner says; try again, or copy them somewhere safe.',
        );
      }
    },
  };
}
