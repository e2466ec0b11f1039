import { readFile, realpath } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
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

/**
 * The app protocol's answer to one request: GET only, files inside the built renderer only,
 * always with the CSP header. A plain function of the request, so it is tested without Electron.
 */
export async function respondFromRenderer(
  rendererRoot: string,
  request: Request,
): Promise<Response> {
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
  const file = resolveRendererFile(rendererRoot, request.url);
  if (file === null) return new Response('Bad request', { status: 400 });
  try {
    if (!(await staysInside(rendererRoot, file)))
      return new Response('Bad request', { status: 400 });
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    log.warn('App protocol: a requested file does not exist');
    return new Response('Not found', { status: 404 });
  }
}

/** The lexical check cannot see symlinks: resolve them and check again. */
async function staysInside(rendererRoot: string, file: string): Promise<boolean> {
  const inside = relative(await realpath(rendererRoot), await realpath(file));
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** Serves the built renderer from `rendererRoot` on the app scheme. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(rendererRoot, request));
}
