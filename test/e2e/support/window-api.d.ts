import type { StudioApi } from '../../../src/ipc/contract';

declare global {
  interface Window {
    /** Installed by the harness exactly as the preload installs it in Electron. */
    readonly api: StudioApi;
  }
}
