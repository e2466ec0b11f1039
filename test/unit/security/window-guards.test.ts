import { EventEmitter } from 'node:events';
import { describe, expect, test, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const permissionCalls: string[] = [];
  return {
    listeners,
    permissionCalls,
    app: {
      on: (name: string, listener: (...args: unknown[]) => void) => {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void permissionCalls.push('request'),
        setPermissionCheckHandler: () => void permissionCalls.push('check'),
      },
    },
  };
});
vi.mock('electron', () => ({ app: electron.app, session: electron.session }));

const { denyAllPermissions, guardWebContents, installGuards } =
  await import('../../../electron/main/window/guards');
import { APP_ORIGIN } from '../../../electron/main/app-origin';

type Handler = (...args: unknown[]) => unknown;

/** A web contents stand-in: a real event emitter plus the window-open handler slot. */
class FakeContents extends EventEmitter {
  openHandler: Handler | null = null;
  setWindowOpenHandler(handler: Handler): void {
    this.openHandler = handler;
  }
}

function fakeEvent(url = '') {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

const FOREIGN_URLS = [
  'https://example.com/',
  'http://app/',
  'studio://app.evil.example/index.html',
  'studio://evil/app',
  'studio://user@app/index.html',
  'studio://app:8080/index.html',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,hi',
  'about:blank',
  'studio:app',
  'not a url',
];
const OWN_URLS = ['studio://app/index.html', 'studio://app/../index.html', 'STUDIO://APP/x#y'];

function guarded(): FakeContents {
  const contents = new FakeContents();
  guardWebContents(contents as never, APP_ORIGIN);
  return contents;
}

describe('navigation guards', () => {
  for (const name of ['will-navigate', 'will-redirect'] as const) {
    test(`${name} is blocked for every foreign URL and allowed on the app's origin`, () => {
      const contents = guarded();
      for (const url of FOREIGN_URLS) {
        const event = fakeEvent();
        contents.emit(name, event, url);
        expect(event.defaultPrevented, url).toBe(true);
      }
      for (const url of OWN_URLS) {
        const event = fakeEvent();
        contents.emit(name, event, url);
        expect(event.defaultPrevented, url).toBe(false);
      }
    });
  }

  test('will-frame-navigate reads the URL from the event and blocks foreign ones', () => {
    const contents = guarded();
    for (const url of FOREIGN_URLS) {
      const event = fakeEvent(url);
      contents.emit('will-frame-navigate', event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    const own = fakeEvent('studio://app/index.html');
    contents.emit('will-frame-navigate', own);
    expect(own.defaultPrevented).toBe(false);
  });

  test('webviews are never attached and window.open is always denied', () => {
    const contents = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
    for (const url of [...FOREIGN_URLS, ...OWN_URLS])
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  test('every request and every check is denied', () => {
    let request: Handler = () => undefined;
    let check: Handler = () => true;
    denyAllPermissions({
      setPermissionRequestHandler: (handler: Handler) => void (request = handler),
      setPermissionCheckHandler: (handler: Handler) => void (check = handler),
    } as never);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
      'usb',
    ]) {
      const answers: boolean[] = [];
      request({}, permission, (granted: boolean) => answers.push(granted), {});
      expect(answers, permission).toEqual([false]);
      expect(check({}, permission, 'studio://app', {}), permission).toBe(false);
    }
  });
});

describe('installGuards', () => {
  test('covers the default session, every new session and every new web contents', () => {
    installGuards(APP_ORIGIN);
    expect(electron.permissionCalls).toEqual(['request', 'check']);
    expect(electron.listeners.get('session-created')).toHaveLength(1);
    const created = electron.listeners.get('web-contents-created');
    expect(created).toHaveLength(1);
    const contents = new FakeContents();
    created?.[0]?.({}, contents);
    const event = fakeEvent();
    contents.emit('will-navigate', event, 'https://example.com');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});
