import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../src/ipc/build-api';
import { CHANNELS } from '../../src/ipc/channels';

// Only named functions cross the bridge: no ipcRenderer, no generic invoke, no event objects.
contextBridge.exposeInMainWorld(
  'api',
  buildApi(CHANNELS, (channel, payload) => ipcRenderer.invoke(channel, payload)),
);
