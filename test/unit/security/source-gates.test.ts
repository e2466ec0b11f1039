import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_FOLDERS = ['electron', 'src', 'renderer', 'resources'];
const SOURCE_FILE = /\.(ts|mts|cts|js|mjs|cjs|svelte|html)$/;

function sources(): { path: string; text: string }[] {
  return SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !path.includes('node_modules'))
      .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') })),
  );
}

/**
 * Each dangerous pattern, with the files where it was reviewed and why. A new occurrence
 * anywhere else fails until someone reviews it and adds it here with the reason.
 */
const GATES: { name: string; pattern: RegExp; reviewed: Record<string, string> }[] = [
  {
    name: 'shell.openExternal',
    // The IPC method api.links.openExternal only asks main; it is not Electron's function.
    pattern: /(?<!links\.)\bopenExternal\b(?!Safe)/,
    reviewed: {
      'electron/main/links/system-browser.ts':
        'the system-browser port; the services reach it only through openExternalSafe',
    },
  },
  { name: 'sandbox: false', pattern: /\bsandbox['"]?\s*:\s*false/, reviewed: {} },
  { name: 'nodeIntegration on', pattern: /nodeIntegration\w*['"]?\s*:\s*true/, reviewed: {} },
  { name: 'contextIsolation: false', pattern: /contextIsolation['"]?\s*:\s*false/, reviewed: {} },
  { name: 'webSecurity: false', pattern: /webSecurity['"]?\s*:\s*false/, reviewed: {} },
  {
    name: 'insecure content',
    pattern: /allowRunningInsecureContent['"]?\s*:\s*true/,
    reviewed: {},
  },
  { name: 'webview tag', pattern: /webviewTag['"]?\s*:\s*true|<webview/, reviewed: {} },
  {
    name: 'Blink or experimental features',
    pattern: /enableBlinkFeatures|experimentalFeatures['"]?\s*:\s*true/,
    reviewed: {},
  },
  { name: '{@html}', pattern: /\{@html\b/, reviewed: {} },
  {
    name: 'HTML string sinks',
    pattern: /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\s*\(/,
    reviewed: {},
  },
  { name: 'eval-like calls', pattern: /\beval\s*\(|new\s+Function\s*\(/, reviewed: {} },
  { name: 'file:// loading', pattern: /\bloadFile\s*\(|loadURL\(\s*['"`]file:/, reviewed: {} },
  {
    name: 'generic IPC bridge',
    pattern: /electronAPI|exposeInMainWorld\(\s*['"]ipcRenderer/,
    reviewed: {},
  },
];

describe('source gates', () => {
  const files = sources();

  test('the scan sees the code it guards', () => {
    const paths = files.map((file) => file.path);
    expect(paths).toContain('electron/main/window/create-window.ts');
    expect(paths).toContain('electron/preload/index.ts');
    expect(paths.some((path) => path.endsWith('.svelte'))).toBe(true);
  });

  test.each(GATES)('$name appears nowhere unreviewed', ({ pattern, reviewed }) => {
    const found = files.filter((file) => pattern.test(file.text)).map((file) => file.path);
    expect(found.filter((path) => !(path in reviewed))).toEqual([]);
  });

  test('the link opener is called only by openExternalSafe and wired only by the app entry', () => {
    const callers = files
      .filter((file) => /\.openInBrowser\s*\(/.test(file.text))
      .map((f) => f.path);
    expect(callers).toEqual(['electron/main/links/open-external-safe.ts']);
    const wiring = files.filter((file) => /\bsystemBrowser\b/.test(file.text)).map((f) => f.path);
    expect(wiring.sort()).toEqual([
      'electron/main/index.ts',
      'electron/main/links/system-browser.ts',
    ]);
  });

  test('the preload exposes one object, once', () => {
    const preload = files.find((file) => file.path === 'electron/preload/index.ts')?.text ?? '';
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/contextIsolated|window\.\w+\s*=/);
  });
});
