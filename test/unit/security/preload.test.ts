import { describe, expect, test, vi } from 'vitest';
import { CHANNELS } from '../../../src/ipc/channels';
import { EVENTS } from '../../../src/ipc/events';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, (...args: unknown[]) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => void electron.invoked.push(args),
    on: (event: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.set(event, listener),
    removeListener: (event: string) => electron.listeners.delete(event),
  },
}));
await import('../../../electron/preload/index');

type Api = Record<string, unknown>;
const api = () => electron.exposed.get('api') as Api;

const camel = (text: string) =>
  text.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('the preload surface', () => {
  test('exposes exactly one key, api, frozen', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(Object.isFrozen(api())).toBe(true);
  });

  test('api holds one group per channel domain and one listener per event, nothing else', () => {
    const domains = new Set(CHANNELS.map((channel) => channel.split(':')[0]));
    const listeners = EVENTS.map((event) => {
      const [domain = '', action = ''] = event.split(':');
      return `on${capital(domain)}${capital(camel(action))}`;
    });
    expect(Object.keys(api()).sort()).toEqual([...domains, ...listeners].sort());
    for (const channel of CHANNELS) {
      const [domain = '', action = ''] = channel.split(':');
      const group = api()[domain] as Record<string, unknown>;
      expect(typeof group[camel(action)], channel).toBe('function');
    }
    const leaves = Object.values(api()).flatMap((value) =>
      typeof value === 'function' ? [value] : Object.values(value as object),
    );
    expect(leaves.every((leaf) => typeof leaf === 'function')).toBe(true);
    expect(leaves).toHaveLength(CHANNELS.length + EVENTS.length);
  });

  test('no Node or Electron object leaks through, and calls send exactly one payload', async () => {
    const text = JSON.stringify(Object.keys(api()));
    for (const name of ['ipcRenderer', 'require', 'process', 'electronAPI', 'invoke', 'send', 'on'])
      expect(text).not.toContain(`"${name}"`);
    const connectors = api()['connectors'] as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    await connectors['list']?.({}, 'extra');
    expect(electron.invoked).toEqual([['connectors:list', {}]]);
  });

  test('listeners get the payload only, never the IPC event', () => {
    const [event] = EVENTS;
    const [domain = '', action = ''] = event.split(':');
    const subscribe = api()[`on${capital(domain)}${capital(camel(action))}`] as (
      listener: (...args: unknown[]) => void,
    ) => () => void;
    const received: unknown[][] = [];
    const unsubscribe = subscribe((...args) => received.push(args));
    electron.listeners.get(event)?.({ sender: 'the ipcRenderer itself' }, { command: 'import' });
    expect(received).toEqual([[{ command: 'import' }]]);
    unsubscribe();
    expect(electron.listeners.has(event)).toBe(false);
  });
});
