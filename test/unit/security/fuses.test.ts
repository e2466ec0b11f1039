import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const CONFIG = resolve(import.meta.dirname, '../../../electron-builder.yml');

/** The flat `key: value` lines of one top-level block of the YAML file. */
function block(name: string): Record<string, string> {
  const lines = readFileSync(CONFIG, 'utf8').split('\n');
  const start = lines.indexOf(`${name}:`);
  if (start === -1) throw new Error(`electron-builder.yml has no ${name} block`);
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('#') || line.trim() === '') continue;
    const match = /^ {2}(\w+):\s*(\S+)\s*$/.exec(line);
    if (!match?.[1] || !match[2]) break;
    entries[match[1]] = match[2];
  }
  return entries;
}

describe('Electron fuses in the packaging config', () => {
  test('are exactly the hardened set', () => {
    expect(block('electronFuses')).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      grantFileProtocolExtraPrivileges: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      loadBrowserProcessSpecificV8Snapshot: 'false',
    });
  });

  test('the app is packed into an archive, which the integrity fuses check', () => {
    expect(readFileSync(CONFIG, 'utf8')).toMatch(/^asar: true$/m);
  });
});
