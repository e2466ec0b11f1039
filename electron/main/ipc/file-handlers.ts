import { rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  DEFINITION_FILE_SUFFIX,
  serializeDefinitionFile,
  type Generator,
} from '../../../src/definition/definition-file';
import { fail, ok } from '../../../src/result';
import type { Dialogs } from '../files/dialogs';
import { safeFileStem } from '../files/safe-file-name';
import { log } from '../log';
import type { ConnectorRepository } from '../store/connector-repository';
import type { SettingsStore } from '../store/settings-store';
import type { HandlerTable } from './handler-table';

export interface FileHandlerDeps {
  readonly connectors: ConnectorRepository;
  readonly settings: SettingsStore;
  readonly dialogs: Dialogs;
  readonly generator: Generator;
}

/** Writes beside the target and renames, so a crash never leaves half a definition file. */
async function writeReplacing(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${randomUUID()}.tmp`);
  await writeFile(temp, text, { encoding: 'utf8', flush: true });
  await rename(temp, path);
}

export function fileHandlers(deps: FileHandlerDeps): Pick<HandlerTable, 'connectors:export'> {
  return {
    'connectors:export': async ({ id }) => {
      const connector = deps.connectors.get(id);
      if (!connector) return fail('NOT_FOUND', `No connector with id ${id}.`);
      const path = await deps.dialogs.chooseSavePath({
        title: 'Export connector definition',
        defaultFileName: `${safeFileStem(connector.name)}${DEFINITION_FILE_SUFFIX}`,
        filters: [{ name: 'Connector definition', extensions: ['json'] }],
      });
      if (path === null) return ok({ saved: false });
      const organizations = deps.settings.get().organizations;
      const text = serializeDefinitionFile([connector], deps.generator, {
        nameOf: (orgId) => organizations.find((org) => org.id === orgId)?.name ?? null,
      });
      try {
        await writeReplacing(path, text);
      } catch (error) {
        log.error(`Exporting connector ${id} failed`, error);
        const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
        return fail(
          'IO',
          `Could not write ${path}${reason}. Choose another folder or check its permissions.`,
        );
      }
      log.info(`Connector ${id} exported`);
      return ok({ saved: true, path });
    },
  };
}
