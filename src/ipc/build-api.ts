export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
export type ApiObject = Record<string, Record<string, (payload?: unknown) => Promise<unknown>>>;

/**
 * Builds `window.api` from the channel list: `connectors:new-draft` becomes
 * `api.connectors.newDraft(payload)`. Every method sends exactly one payload object.
 *
 * Self-contained on purpose (no imports, no outer variables): the end-to-end harness injects its
 * source text into the page, so the page gets the very shape the preload exposes.
 */
export function buildApi(channels: readonly string[], invoke: Invoke): ApiObject {
  const api: ApiObject = {};
  for (const channel of channels) {
    const [domain = '', action = ''] = channel.split(':');
    const method = action.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
    const group = (api[domain] ??= {});
    group[method] = (payload?: unknown) => invoke(channel, payload ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api);
}
