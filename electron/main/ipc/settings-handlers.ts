import { fail, ok } from '../../../src/result';
import { log } from '../log';
import type { ConnectorRepository } from '../store/connector-repository';
import type { SettingsStore } from '../store/settings-store';
import type { HandlersFor } from './handler-table';

export interface SettingsHandlerDeps {
  readonly connectors: ConnectorRepository;
  readonly settings: SettingsStore;
}

export function settingsHandlers(deps: SettingsHandlerDeps): HandlersFor<'settings'> {
  return {
    'settings:get': async () => ok(deps.settings.get()),
    'settings:update': async ({ settings }) => {
      const kept = new Set(settings.organizations.map((org) => org.id));
      const orphan = [...deps.connectors.all(), ...deps.connectors.binned()].find(
        (connector) => !kept.has(connector.owner),
      );
      if (orphan) {
        const label = orphan.name.trim() === '' ? 'an untitled draft' : `"${orphan.name}"`;
        return fail(
          'CONFLICT',
          `An organization you removed still owns ${label}; keep it, or change that connector's owner first.`,
          'organizations',
        );
      }
      try {
        await deps.settings.replace(settings);
        return ok(settings);
      } catch (error) {
        log.error('Saving settings failed', error);
        return fail('IO', 'Could not save the settings; nothing was changed.');
      }
    },
  };
}
