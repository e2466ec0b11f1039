import { mkdir } from 'node:fs/promises';
import { fail } from '../../src/result';
import type { Generator } from '../../src/definition/definition-file';
import type { Dialogs } from './files/dialogs';
import { appHandlers } from './ipc/app-handlers';
import { connectorHandlers } from './ipc/connector-handlers';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { fileHandlers } from './ipc/file-handlers';
import type { HandlerTable } from './ipc/handler-table';
import { logoHandlers } from './ipc/logo-handlers';
import type { LinkOpener } from './links/link-opener';
import { linkHandlers } from './links/link-handlers';
import { settingsHandlers } from './ipc/settings-handlers';
import { storeHandlers } from './ipc/store-handlers';
import { uiHandlers } from './ipc/ui-handlers';
import { openConnectorStore } from './store/connector-store';
import { lockDataFolder } from './store/data-folder-lock';
import type { FsLayer } from './store/durable';
import { openSettingsStore } from './store/settings-store';
import { openUiStateStore } from './store/ui-state-store';
import { WindowFlushRequests } from './store/window-flush';

export interface MainServicesOptions {
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  readonly generator: Generator;
  /** Where checked readme links go: the system browser in the app, a recorder in tests. */
  readonly links: LinkOpener;
  readonly now?: () => string;
  /** The file layer under the stores; tests inject faults through it. */
  readonly storeFs?: FsLayer;
}

export interface MainServices {
  readonly dispatch: Dispatch;
  readonly handlers: HandlerTable;
  /** Asks the window for the edits it still holds; see `app:flush-requested`. */
  readonly windowFlushes: WindowFlushRequests;
  /**
   * Waits for every pending save. Rejects when a change could not be saved: ask the user
   * before closing anything that would throw it away.
   */
  flush(): Promise<void>;
  /** Waits for pending saves and releases the data-folder lock. */
  close(): Promise<void>;
}

/**
 * Everything behind `window.api`, built without Electron: the app wires it to ipcMain, and the
 * end-to-end harness wires the very same object to a Chromium page.
 */
export async function openMainServices(options: MainServicesOptions): Promise<MainServices> {
  await mkdir(options.dataDir, { recursive: true });
  // Throws DataFolderInUse before anything is read or written when another process writes here.
  const lock = await lockDataFolder(options.dataDir, 'app');
  try {
    return await openWithLock(options, () => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openWithLock(
  options: MainServicesOptions,
  releaseLock: () => Promise<void>,
): Promise<MainServices> {
  const { dataDir, storeFs } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const fsOption = storeFs ? { fs: storeFs } : {};
  const connectors = await openConnectorStore(dataDir, { ...fsOption, now });
  const settings = await openSettingsStore(dataDir, fsOption);
  const uiState = await openUiStateStore(dataDir, fsOption);
  const windowFlushes = new WindowFlushRequests();
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
    ...storeHandlers({ dataDir, connectors, settings }),
    ...appHandlers(windowFlushes),
  };
  const flush = async () => {
    const outcomes = await Promise.allSettled([
      connectors.flush(),
      settings.flush(),
      uiState.flush(),
    ]);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  };
  const calls = trackCalls(createDispatcher(handlers));
  return {
    handlers,
    windowFlushes,
    dispatch: calls.dispatch,
    flush,
    close: async () => {
      // A call that arrived before closing may not have reached the store yet: let it finish.
      await calls.drain();
      await Promise.allSettled([connectors.close(), settings.flush(), uiState.flush()]);
      await releaseLock();
    },
  };
}

/** Counts calls in progress so closing waits for them, and refuses calls once closing began. */
function trackCalls(inner: Dispatch): { dispatch: Dispatch; drain(): Promise<void> } {
  const inProgress = new Set<Promise<unknown>>();
  let closing = false;
  return {
    dispatch: (channel, payload) => {
      if (closing) {
        return Promise.resolve(fail('IO', 'Connector Studio is closing; the change was not made.'));
      }
      const call = inner(channel, payload);
      inProgress.add(call);
      void call.finally(() => inProgress.delete(call));
      return call;
    },
    async drain() {
      closing = true;
      await Promise.allSettled([...inProgress]);
    },
  };
}
