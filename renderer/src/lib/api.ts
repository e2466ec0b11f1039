import type { StudioApi } from '../../../src/ipc/contract';

/** The main process, as the preload exposes it. */
export const api: StudioApi = window.api;
