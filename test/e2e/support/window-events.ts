import type { Page } from '@playwright/test';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, findMenuItem } from '../../../electron/main/menu/menu-template';
import { buildApi } from '../../../src/ipc/build-api';
import { CHANNELS } from '../../../src/ipc/channels';
import { EVENTS, type MenuCommand } from '../../../src/ipc/events';

/**
 * Page-side stand-in for ipcRenderer.on: a listener registry the harness can emit into. It is
 * a non-enumerable global, so the app cannot stumble on it, and `window.api` is built by the
 * same buildApi source the preload runs, with the same event list.
 */
export function windowApiScript(): string {
  const registry = `(() => {
    const listeners = new Map();
    const subscribe = (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    };
    const emit = (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
      return (listeners.get(event) ?? new Set()).size;
    };
    Object.defineProperty(window, '__studioEvents', { value: { subscribe, emit } });
  })();`;
  const api = `(${buildApi.toString()})(${JSON.stringify(CHANNELS)}, (channel, payload) => window.__studioInvoke(channel, payload), ${JSON.stringify(EVENTS)}, (event, listener) => window.__studioEvents.subscribe(event, listener))`;
  return `${registry}\nObject.defineProperty(window, 'api', { value: ${api}, enumerable: true });`;
}

/** Delivers a main-process event to the page's listeners; resolves to how many there were. */
export function emitWindowEvent(page: Page, event: string, payload: unknown): Promise<number> {
  return page.evaluate(
    ([name, body]) =>
      (
        window as unknown as { __studioEvents: { emit(e: string, p: unknown): number } }
      ).__studioEvents.emit(name, body),
    [event, payload] as const,
  );
}

/**
 * Clicks the application menu item for `command`: the real menu template, whose click handler
 * sends the event Electron would send, delivered to the page's listeners.
 */
export async function clickMenuItem(page: Page, command: MenuCommand): Promise<void> {
  let delivered: Promise<number> = Promise.resolve(0);
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: 'Connector Studio',
    theme: 'system',
    devTools: false,
    sendCommand: (sent) => {
      delivered = emitWindowEvent(page, 'menu:command', { command: sent });
    },
    openDataFolder: () => undefined,
    showAbout: () => undefined,
  });
  const item: MenuItemConstructorOptions | null = findMenuItem(template, command);
  if (!item?.click) throw new Error(`The menu has no item for ${command}`);
  (item.click as () => void)();
  if ((await delivered) === 0) throw new Error('No window listener received the menu command');
}
