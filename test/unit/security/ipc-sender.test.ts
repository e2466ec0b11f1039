import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';

vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));
const { isTrustedSender, registerIpc } = await import('../../../electron/main/ipc/register-ipc');
import { APP_ORIGIN } from '../../../electron/main/app-origin';
import { CHANNELS } from '../../../src/ipc/channels';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const top = (url: string) => ({ senderFrame: { url, parent: null } });
const sub = (url: string) => ({ senderFrame: { url, parent: { url: 'studio://app/index.html' } } });

const UNTRUSTED = [
  { senderFrame: null },
  sub('studio://app/index.html'),
  top('https://example.com/'),
  top('studio://app.evil.example/index.html'),
  top('studio://evil/app'),
  top('studio://user@app/'),
  top('file:///index.html'),
  top('about:blank'),
  top('data:text/html,x'),
  top(''),
];

/** Registers against a recorder and returns the listeners by channel. */
function registered(dispatched: unknown[][]): Map<string, Listener> {
  const listeners = new Map<string, Listener>();
  registerIpc(
    async (channel, payload) => {
      dispatched.push([channel, payload]);
      return { ok: true, value: null };
    },
    APP_ORIGIN,
    { handle: (channel, listener) => void listeners.set(channel, listener as Listener) },
  );
  return listeners;
}

describe('IPC sender check', () => {
  test('trusts only our own top-level frame on our origin', () => {
    expect(isTrustedSender(top('studio://app/index.html'), APP_ORIGIN)).toBe(true);
    for (const event of UNTRUSTED) expect(isTrustedSender(event, APP_ORIGIN)).toBe(false);
  });

  test('every channel is registered, and every one refuses untrusted senders before dispatch', async () => {
    const dispatched: unknown[][] = [];
    const listeners = registered(dispatched);
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    for (const [channel, listener] of listeners) {
      for (const event of UNTRUSTED) {
        const result = (await listener(event, {})) as { ok: boolean; error?: { code: string } };
        expect(result.ok, channel).toBe(false);
        expect(result.error?.code).toBe('FORBIDDEN');
      }
    }
    expect(dispatched).toEqual([]);
  });

  test('for any frame URL that is not our origin, every channel refuses', async () => {
    const dispatched: unknown[][] = [];
    const listeners = [...registered(dispatched).values()];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('studio://app.x/', 'studio://ap/')),
        fc.boolean(),
        fc.nat(listeners.length - 1),
        async (url, isSubFrame, index) => {
          const event = isSubFrame ? sub(url) : top(url);
          const result = (await listeners[index]?.(event, {})) as { ok: boolean };
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
    expect(dispatched).toEqual([]);
  });

  test('a trusted call with extra arguments is refused; one payload goes through', async () => {
    const dispatched: unknown[][] = [];
    const listener = registered(dispatched).get('connectors:list');
    const trusted = top('studio://app/index.html');
    const refused = (await listener?.(trusted, {}, 'extra')) as { ok: boolean };
    expect(refused.ok).toBe(false);
    expect(dispatched).toEqual([]);
    await listener?.(trusted, {});
    expect(dispatched).toEqual([['connectors:list', {}]]);
  });
});
