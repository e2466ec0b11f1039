import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: {} }));
const { respondFromRenderer } = await import('../../../electron/main/window/app-protocol');
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/window/content-security-policy';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'studio-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'main.js'), 'export {};');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  respondFromRenderer(root, new Request(url, { method }));

describe('the app protocol handler', () => {
  test('serves renderer files with the CSP header, nosniff and a content type', async () => {
    const response = await get('studio://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect((await get('studio://app/assets/main.js')).headers.get('Content-Type')).toMatch(
      /^text\/javascript/,
    );
  });

  test.each([
    'studio://app/../secret.txt',
    'studio://app/%2e%2e/secret.txt',
    'studio://app/%2e%2e%2fsecret.txt',
    'studio://app/assets/%2e%2e/%2e%2e/secret.txt',
    'studio://app/..%5csecret.txt',
    'studio://app/index.html%00.js',
    'studio://app/%252e%252e/secret.txt',
    `studio://app/${'a/'.repeat(2000)}x`,
    'studio://app/missing.js',
  ])('answers %s with 400 or 404, never a file outside', async (url) => {
    const response = await get(url);
    expect([400, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  test('a symlink inside the root that points outside is not followed out', async () => {
    await symlink(join(base, 'secret.txt'), join(root, 'link.txt'));
    const response = await get('studio://app/link.txt');
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  test('refuses every method but GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'])
      expect((await get('studio://app/index.html', method)).status).toBe(405);
  });
});
