import { describe, expect, it } from 'vitest';
import { UnsavedChanges } from '../../../electron/main/store/connector-store';
import { guardClosing, readyToClose } from '../../../electron/main/store/quit-guard';
import type { QuitGuardPorts } from '../../../electron/main/store/quit-guard';
import { WindowFlushRequests } from '../../../electron/main/store/window-flush';

/** Ports that record the order of the steps; `failFlush` makes the store's flush reject. */
function recordingPorts(options: { failFlush?: boolean; discard?: boolean } = {}) {
  const steps: string[] = [];
  const ports: QuitGuardPorts = {
    flushWindow: async () => {
      steps.push('window flush');
    },
    flush: async () => {
      steps.push('store flush');
      if (options.failFlush) throw new UnsavedChanges(['a', 'b']);
    },
    confirmDiscard: async (message) => {
      steps.push(`ask: ${message.slice(0, 40)}`);
      return options.discard ?? false;
    },
  };
  return { ports, steps };
}

describe('readyToClose', () => {
  it('asks the window for its last edits before waiting for the store', async () => {
    const { ports, steps } = recordingPorts();
    expect(await readyToClose(ports)).toBe(true);
    expect(steps).toEqual(['window flush', 'store flush']);
  });

  it('asks the user when a save failed, after the window had its chance', async () => {
    const { ports, steps } = recordingPorts({ failFlush: true });
    expect(await readyToClose(ports)).toBe(false);
    expect(steps).toEqual([
      'window flush',
      'store flush',
      'ask: The latest changes to 2 connectors could',
    ]);
  });

  it('a window edit saved during the window flush is on disk before closing goes on', async () => {
    // The window's answer arrives only after its save went through the store.
    const requests = new WindowFlushRequests();
    const disk: string[] = [];
    const ports: QuitGuardPorts = {
      flushWindow: () =>
        requests.request(({ requestId }) => {
          setTimeout(() => {
            disk.push('last keystrokes');
            requests.answer(requestId);
          }, 20);
        }),
      flush: async () => {
        expect(disk).toEqual(['last keystrokes']);
      },
      confirmDiscard: async () => false,
    };
    expect(await readyToClose(ports)).toBe(true);
  });

  it('guardClosing cancels the first close, checks once, and repeats it when allowed', async () => {
    const { ports, steps } = recordingPorts();
    let proceeded = 0;
    let handler: (event: { preventDefault(): void }) => void = () => undefined;
    const proceed = () => {
      proceeded += 1;
      handler({ preventDefault: () => steps.push('prevented again') });
    };
    handler = guardClosing(ports, proceed);
    let prevented = 0;
    handler({ preventDefault: () => (prevented += 1) });
    handler({ preventDefault: () => (prevented += 1) });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(prevented).toBe(2);
    expect(proceeded).toBe(1);
    expect(steps).toEqual(['window flush', 'store flush']);
  });
});

describe('WindowFlushRequests', () => {
  it('resolves flushed on the matching answer and ignores unknown or repeated ids', async () => {
    const requests = new WindowFlushRequests();
    let sent = '';
    const pending = requests.request(({ requestId }) => (sent = requestId), 5000);
    expect(requests.answer('not-the-id')).toBe(false);
    expect(requests.answer(sent)).toBe(true);
    expect(await pending).toBe('flushed');
    expect(requests.answer(sent)).toBe(false);
  });

  it('gives up after the timeout when the window does not answer', async () => {
    const requests = new WindowFlushRequests();
    let sent = '';
    expect(await requests.request(({ requestId }) => (sent = requestId), 30)).toBe('unanswered');
    expect(requests.answer(sent)).toBe(false);
  });

  it('does not wait when the window cannot be reached', async () => {
    const requests = new WindowFlushRequests();
    const outcome = requests.request(() => {
      throw new Error('Object has been destroyed');
    }, 60_000);
    expect(await outcome).toBe('unanswered');
  });
});
