import type { Connector } from '../../../src/connectors/connector';
import type { Generator } from '../../../src/definition/definition-file';
import { fail, ok, type Result } from '../../../src/result';
import type { Dialogs } from '../files/dialogs';
import { bundleFileName, writeBundle, writeFolder } from '../files/export-definitions';
import { writeFailure } from '../files/write-replacing';
import { log } from '../log';
import type { ConnectorRepository } from '../store/connector-repository';
import type { SettingsStore } from '../store/settings-store';
import type { HandlerTable } from './handler-table';
import { importHandlers } from './import-handlers';

export interface FileHandlerDeps {
  readonly connectors: ConnectorRepository;
  readonly settings: SettingsStore;
  readonly dialogs: Dialogs;
  readonly generator: Generator;
  readonly now: () => string;
}

type FileChannels =
  | 'connectors:export'
  | 'connectors:export-many'
  | 'connectors:import-open'
  | 'connectors:import-dropped'
  | 'connectors:import-commit';

const FILTERS = [{ name: 'Connector definition', extensions: ['json'] }];

/** Runs a write and maps a failure to an IO result naming the path. */
async function written<T>(path: string, write: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await write());
  } catch (error) {
    log.error('Writing a definition file failed', error);
    return fail('IO', writeFailure(path, error));
  }
}

/** Export and import of definition files. */
export function fileHandlers(deps: FileHandlerDeps): Pick<HandlerTable, FileChannels> {
  const exportBundle = async (connectors: Connector[], title: string) => {
    const path = await deps.dialogs.chooseSavePath({
      title,
      defaultFileName: bundleFileName(connectors),
      filters: FILTERS,
    });
    if (path === null) return null;
    return written(path, async () => {
      await writeBundle(path, connectors, deps.generator);
      return path;
    });
  };
  return {
    'connectors:export': async ({ id }) => {
      const connector = await deps.connectors.get(id);
      if (!connector) return fail('NOT_FOUND', `No connector with id ${id}.`);
      const saved = await exportBundle([connector], 'Export connector definition');
      if (saved === null) return ok({ saved: false });
      if (!saved.ok) return saved;
      log.info(`Connector ${id} exported`);
      return ok({ saved: true, path: saved.value });
    },
    'connectors:export-many': async ({ ids, layout }) => {
      const connectors: Connector[] = [];
      for (const id of new Set(ids)) {
        const connector = await deps.connectors.get(id);
        if (!connector)
          return fail(
            'NOT_FOUND',
            `No connector with id ${id}; it may have been moved to the bin.`,
          );
        connectors.push(connector);
      }
      if (layout === 'bundle') {
        const saved = await exportBundle(connectors, 'Export connector definitions');
        if (saved === null) return ok({ saved: false });
        if (!saved.ok) return saved;
        log.info(`${connectors.length} connectors exported as one file`);
        return ok({ saved: true, layout, path: saved.value, fileCount: 1, replaced: 0 });
      }
      const folder = await deps.dialogs.chooseFolder({
        title: 'Export connector definitions: choose a folder',
        buttonLabel: 'Export here',
      });
      if (folder === null) return ok({ saved: false });
      const result = await written(folder, () => writeFolder(folder, connectors, deps.generator));
      if (!result.ok) return result;
      const outcome = result.value;
      log.info(`${connectors.length} connectors exported to a folder`);
      return ok({
        saved: true,
        layout,
        path: folder,
        fileCount: outcome.paths.length,
        replaced: outcome.replaced,
      });
    },
    ...importHandlers(deps),
  };
}
