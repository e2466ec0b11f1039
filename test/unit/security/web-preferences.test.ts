import { describe, expect, test, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {} }));
const { secureWebPreferences } = await import('../../../electron/main/window/create-window');

describe('secureWebPreferences', () => {
  test('holds the whole baseline, with DevTools only when asked for', () => {
    const preferences = secureWebPreferences({
      preloadPath: '/p/index.cjs',
      url: 'x',
      devTools: false,
    });
    expect(preferences).toEqual({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: false,
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  test('the app turns DevTools off exactly when packaged', async () => {
    const { readFile } = await import('node:fs/promises');
    const index = await readFile(
      new URL('../../../electron/main/index.ts', import.meta.url),
      'utf8',
    );
    expect(index).toMatch(/devTools:\s*!app\.isPackaged/);
    expect(index).toMatch(/app\.enableSandbox\(\)/);
  });
});
