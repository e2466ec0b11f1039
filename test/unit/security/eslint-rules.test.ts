import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const MAIN = 'electron/main/window/sample.ts';

describe('ESLint security rules', () => {
  test.each([
    ['sandbox off', 'export const p = { sandbox: false };'],
    ['Node in the page', 'export const p = { nodeIntegration: true };'],
    ['Node in sub-frames', 'export const p = { nodeIntegrationInSubFrames: true };'],
    ['isolation off', 'export const p = { contextIsolation: false };'],
    ['web security off', 'export const p = { webSecurity: false };'],
    ['insecure content', 'export const p = { allowRunningInsecureContent: true };'],
    ['webviews', 'export const p = { webviewTag: true };'],
    ['Blink features', "export const p = { enableBlinkFeatures: 'X' };"],
    ['raw openExternal', "import { shell } from 'electron';\nvoid shell.openExternal('x');"],
    [
      'generic bridge',
      "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('ipc', ipcRenderer);",
    ],
  ])('flags %s in main-process code', async (_name, code) => {
    expect(await ruleIds(code, MAIN)).toContain('no-restricted-syntax');
  });

  test.each([
    ['innerHTML', "document.body.innerHTML = '<b>x</b>';"],
    ['outerHTML', "document.body.outerHTML = '<b>x</b>';"],
    ['insertAdjacentHTML', "document.body.insertAdjacentHTML('beforeend', '<b>x</b>');"],
    ['document.write', "document.write('<b>x</b>');"],
  ])('flags %s in the renderer', async (_name, code) => {
    expect(await ruleIds(code, 'renderer/src/lib/sample.ts')).toContain('no-restricted-syntax');
  });

  test('flags eval-like calls and {@html}', async () => {
    expect(await ruleIds("eval('1');", MAIN)).toContain('no-eval');
    expect(await ruleIds("export const f = new Function('return 1');", MAIN)).toContain(
      'no-new-func',
    );
    // An existing path: the Svelte parser's type service only knows files of the project.
    const svelte =
      '<script lang="ts">\n  let { text }: { text: string } = $props();\n</script>\n\n{@html text}\n';
    expect(await ruleIds(svelte, 'renderer/src/lib/components/ReadmeNodes.svelte')).toContain(
      'svelte/no-at-html-tags',
    );
  });

  test('leaves the safe spelling alone', async () => {
    expect(
      await ruleIds('export const p = { sandbox: true, nodeIntegration: false };\n', MAIN),
    ).toEqual([]);
  });
});
