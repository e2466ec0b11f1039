import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/window/content-security-policy';
import { contentTypeOf, resolveRendererFile } from '../../../electron/main/window/renderer-files';

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 the way the app protocol does in Electron: the same
 * path rules, the same Content-Security-Policy header.
 */
export async function serveRendererOverHttp(rendererRoot: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file = resolveRendererFile(rendererRoot, `http://localhost${request.url ?? '/'}`);
    if (request.method !== 'GET' || file === null) {
      response.writeHead(400).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
