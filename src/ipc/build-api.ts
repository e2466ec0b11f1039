export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
/** Adds a listener for one main-process event; returns the function that removes it. */
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;
type Method = (payload?: unknown) => Promise<unknown>;
type Listen = (listener: (payload: unknown) => void) => () => void;
export type ApiObject = Readonly<Record<string, Readonly<Record<string, Method>> | Listen>>;

/**
 * Builds `window.api` from the channel list: `connectors:new-draft` becomes
 * `api.connectors.newDraft(payload)`. Every method sends exactly one payload object. Each event
 * name becomes a listener function: `menu:command` becomes `api.onMenuCommand(listener)`.
 *
 * Self-contained on purpose (no imports, no outer variables): the end-to-end harness injects its
 * source text into the page, so the page gets the very shape the preload exposes.
 */
export function buildApi(
  channels: readonly string[],
  invoke: Invoke,
  events: readonly string[] = [],
  subscribe?: Subscribe,
): ApiObject {
  const camel = (text: string) =>
    text.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const api: Record<string, Record<string, Method> | Listen> = {};
  for (const channel of channels) {
    const [domain = '', action = ''] = channel.split(':');
    const group = (api[domain] ??= {}) as Record<string, Method>;
    group[camel(action)] = (payload?: unknown) => invoke(channel, payload ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  if (subscribe) {
    for (const event of events) {
      const [domain = '', action = ''] = event.split(':');
      // The wrapper keeps the caller's function out of the transport's hands.
      api[`on${capital(domain)}${capital(camel(action))}`] = (listener) =>
        subscribe(event, (payload) => listener(payload));
    }
  }
  return Object.freeze(api);
}
