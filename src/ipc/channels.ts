/**
 * Every IPC channel by name, in one list that the preload, the main process and the end-to-end
 * harness all derive from. Kept free of schemas so the sandboxed preload stays tiny.
 *
 * Names are `domain:verb-noun`; the preload exposes `window.api.<domain>.<verbNoun>()`.
 */
export const CHANNELS = [
  'connectors:list',
  'connectors:get',
  'connectors:new-draft',
  'connectors:update',
  'connectors:create',
  'connectors:duplicate',
  'connectors:move-to-bin',
  'connectors:restore',
  'connectors:list-bin',
  'connectors:export',
  'connectors:export-many',
  'connectors:import-open',
  'connectors:import-dropped',
  'connectors:import-commit',
  'connectors:attach-logo',
  'connectors:remove-logo',
  'connectors:logo-thumbnails',
  'logos:inspect',
  'logos:choose-file',
  'links:open-external',
  'settings:get',
  'settings:update',
  'ui:get-state',
  'ui:remember-open',
  'store:recovery-status',
  'store:restore-backup',
  'app:flushed',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

export const CHANNEL_PREFIXES = [
  'connectors:',
  'logos:',
  'links:',
  'settings:',
  'ui:',
  'store:',
  'app:',
] as const;
