import { mkdir } from 'node:fs/promises';
import type { Generator } from '../../src/definition/definition-file';
import type { Dialogs } from './files/dialogs';
import { connectorHandlers } from './ipc/connector-handlers';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { fileHandlers } from './ipc/file-handlers';
import type { HandlerTable } from './ipc/handler-table';
import { logoHandlers } from './ipc/logo-handlers';
import type { LinkOpener } from './links/link-opener';
import { linkHandlers } from './links/link-handlers';
import { settingsHandlers } from './ipc/settings-handlers';
import { uiHandlers } from './ipc/ui-handlers';
import { openConnectorStore } from './store/connector-store';
import { openSettingsStore } from './store/settings-store';
import { openUiStateStore } from './store/ui-state-store';

export interface MainServicesOptions {
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  readonly generator: Generator;
  /** Where checked readme links go: the system browser in the app, a recorder in tests. */
  readonly links: LinkOpener;
  readonly now?: () => string;
}

export interface MainServices {
  readonly dispatch: Dispatch;
  readonly handlers: HandlerTable;
  close(): Promise<void>;
}

/**
 * Everything behind `window.api`, built without Electron: the app wires it to ipcMain, and the
 * end-to-end harness wires the very same object to a Chromium page.
 */
export async function openMainServices(options: MainServicesOptions): Promise<MainServices> {
  await mkdir(options.dataDir, { recursive: true });
  const connectors = await openConnectorStore(options.dataDir);
  const settings = await openSettingsStore(options.dataDir);
  const uiState = await openUiStateStore(options.dataDir);
  const now = options.now ?? (() => new Date().toISOString());
  const handlers: HandlerTable = {
    ...connectorHandlers({ connectors, settings, now }),
    ...fileHandlers({
      connectors,
      settings,
      dialogs: options.dialogs,
      generator: options.generator,
      now,
    }),
    ...settingsHandlers({ connectors, settings }),
    ...uiHandlers(uiState),
    ...logoHandlers({ connectors, dialogs: options.dialogs, now }),
    ...linkHandlers(options.links),
  };
  return {
    handlers,
    dispatch: createDispatcher(handlers),
    close: () => connectors.close(),
  };
}
