import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../src/ipc/build-api';
import { CHANNELS } from '../../src/ipc/channels';
import { EVENTS } from '../../src/ipc/events';

// Only named functions cross the bridge: no ipcRenderer, no generic invoke, no event objects.
contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    CHANNELS,
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    EVENTS,
    (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => void ipcRenderer.removeListener(event, forward);
    },
  ),
);
