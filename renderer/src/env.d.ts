/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { StudioApi } from '../../src/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload; the renderer's only way to the main process. */
    readonly api: StudioApi;
  }
}
