import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { log } from '../log';
import { APP_SCHEME } from '../app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { contentTypeOf, resolveRendererFile } from './renderer-files';

/** Must run before the app is ready: the scheme behaves like https (standard, secure). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rendererRoot` with the CSP as a header. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    const file = resolveRendererFile(rendererRoot, request.url);
    if (file === null) return new Response('Bad request', { status: 400 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      log.warn(`App protocol: no file for ${new URL(request.url).pathname}`);
      return new Response('Not found', { status: 404 });
    }
  });
}
