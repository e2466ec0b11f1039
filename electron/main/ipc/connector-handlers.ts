import { randomUUID } from 'node:crypto';
import { DEFAULT_EXECUTION_MODE, DEFAULT_FLOW } from '../../../src/connectors/catalogue';
import { summarize, type Connector } from '../../../src/connectors/connector';
import { applyDetailsChange, confirmCreation, duplicateName } from '../../../src/connectors/rules';
import { fail, ok, type Result } from '../../../src/result';
import { defaultOwner } from '../../../src/settings/settings';
import { log } from '../log';
import type { ConnectorRepository } from '../store/connector-repository';
import type { SettingsStore } from '../store/settings-store';
import type { HandlersFor } from './handler-table';

export interface ConnectorHandlerDeps {
  readonly connectors: ConnectorRepository;
  readonly settings: SettingsStore;
  readonly now: () => string;
}

function notFound<T>(id: string): Result<T> {
  return fail('NOT_FOUND', `No connector with id ${id}; it may have been moved to the bin.`);
}

/** Saves and maps a storage failure to an IO result, so memory is never mistaken for disk. */
async function persist<T>(
  deps: ConnectorHandlerDeps,
  connector: Connector,
  value: T,
): Promise<Result<T>> {
  try {
    await deps.connectors.save(connector);
    return ok(value);
  } catch (error) {
    log.error(`Saving connector ${connector.id} failed`, error);
    return fail(
      'IO',
      'Could not save to the data folder; your last change is not saved. Check free disk space and permissions.',
    );
  }
}

/** The connector channels, except export and import (file handlers) and logos (logo handlers). */
export function connectorHandlers(
  deps: ConnectorHandlerDeps,
): Omit<
  HandlersFor<'connectors'>,
  | 'connectors:export'
  | 'connectors:export-many'
  | 'connectors:import-open'
  | 'connectors:import-dropped'
  | 'connectors:import-commit'
  | 'connectors:attach-logo'
  | 'connectors:remove-logo'
  | 'connectors:logo-thumbnails'
> {
  const { connectors } = deps;
  return {
    'connectors:list': async () => ok(connectors.all().map(summarize)),
    'connectors:list-bin': async () => ok(connectors.binned().map(summarize)),
    'connectors:get': async ({ id }) => {
      const connector = await connectors.get(id);
      return connector ? ok(connector) : notFound(id);
    },
    'connectors:new-draft': async () => {
      const now = deps.now();
      const draft: Connector = {
        id: randomUUID(),
        status: 'draft',
        name: '',
        type: null,
        description: '',
        flow: DEFAULT_FLOW,
        executionMode: DEFAULT_EXECUTION_MODE,
        owner: defaultOwner(deps.settings.get()).id,
        readme: '',
        logo: null,
        createdAt: now,
        updatedAt: now,
        confirmedAt: null,
      };
      return persist(deps, draft, draft);
    },
    'connectors:update': async ({ id, changes }) => {
      const connector = await connectors.get(id);
      if (!connector) return notFound(id);
      const applied = applyDetailsChange(connector, changes, deps.settings.get(), deps.now());
      if (!applied.ok) return applied;
      return persist(deps, applied.value.connector, applied.value);
    },
    'connectors:create': async ({ id }) => {
      const connector = await connectors.get(id);
      if (!connector) return notFound(id);
      const created = confirmCreation(connector, deps.settings.get(), deps.now());
      if (!created.ok) return created;
      log.info(`Connector ${id} created`);
      return persist(deps, created.value, created.value);
    },
    'connectors:duplicate': async ({ id }) => {
      const original = await connectors.get(id);
      if (!original) return notFound(id);
      const now = deps.now();
      const copy: Connector = {
        ...structuredClone(original),
        id: randomUUID(),
        status: 'draft',
        name: duplicateName(original.name),
        createdAt: now,
        updatedAt: now,
        confirmedAt: null,
      };
      return persist(deps, copy, copy);
    },
    'connectors:move-to-bin': async ({ id }) => {
      const connector = await connectors.get(id);
      if (!connector) return notFound(id);
      try {
        await connectors.moveToBin(id);
        return ok(summarize(connector));
      } catch (error) {
        log.error(`Moving connector ${id} to the bin failed`, error);
        return fail('IO', 'Could not move the connector to the bin; nothing was changed.');
      }
    },
    'connectors:restore': async ({ id }) => {
      const connector = await connectors.getBinned(id);
      if (!connector) return fail('NOT_FOUND', `No connector with id ${id} in the bin.`);
      try {
        await connectors.restore(id);
        return ok(summarize(connector));
      } catch (error) {
        log.error(`Restoring connector ${id} failed`, error);
        return fail('IO', 'Could not restore the connector; nothing was changed.');
      }
    },
  };
}
