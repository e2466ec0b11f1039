import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InspectedLogo } from '../../../src/ipc/contract';
import { LOGO_MAX_BYTES, refusedLogoReport } from '../../../src/logos/logo-report';
import { fail, ok, type Result } from '../../../src/result';
import type { Dialogs } from '../files/dialogs';
import { sanitizeLogo } from '../logos';
import { PendingLogos } from '../logos/pending-logos';
import { log } from '../log';
import type { ConnectorRepository } from '../store/connector-repository';
import type { HandlerTable } from './handler-table';

export interface LogoHandlerDeps {
  readonly connectors: ConnectorRepository;
  readonly dialogs: Dialogs;
  readonly now: () => string;
}

type LogoChannels =
  | 'logos:inspect'
  | 'logos:choose-file'
  | 'connectors:attach-logo'
  | 'connectors:remove-logo'
  | 'connectors:logo-thumbnails';

/** Reads at most one byte past the limit, so a huge file is refused without loading it. */
async function readBounded(path: string): Promise<Uint8Array | 'too-large'> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(LOGO_MAX_BYTES + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > LOGO_MAX_BYTES ? 'too-large' : buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export function logoHandlers(deps: LogoHandlerDeps): Pick<HandlerTable, LogoChannels> {
  const pending = new PendingLogos();

  // LIMITATION: sanitizing runs on the main process's thread. The input caps keep a pass well
  // under a second, but a worker thread would keep the window responsive during it.
  function inspect(bytes: Uint8Array, fileName: string): InspectedLogo {
    const report = sanitizeLogo(bytes, { fileName });
    const token =
      report.accepted && report.svg !== undefined
        ? pending.hold({ svg: report.svg, fileName })
        : null;
    log.info(`Logo inspected: ${report.accepted ? 'accepted' : `refused (${report.code})`}`);
    return { fileName, report, token };
  }

  return {
    'logos:inspect': async ({ bytes, fileName }) => ok(inspect(bytes, fileName)),
    'logos:choose-file': async () => {
      const [path] = await deps.dialogs.chooseOpenPaths({
        title: 'Choose a logo',
        multiple: false,
        filters: [{ name: 'SVG image', extensions: ['svg', 'svgz'] }],
      });
      if (path === undefined) return ok({ cancelled: true as const });
      const fileName = basename(path);
      let bytes: Uint8Array | 'too-large';
      try {
        bytes = await readBounded(path);
      } catch (error) {
        log.warn('Reading a chosen logo failed', error);
        return fail(
          'IO',
          `Could not read ${fileName}. Check that the file exists and is readable.`,
        );
      }
      if (bytes === 'too-large') {
        const reason = `The file is larger than ${LOGO_MAX_BYTES / 1024 / 1024} MiB; logos must be smaller.`;
        return ok({
          fileName,
          report: refusedLogoReport('too-large', reason, LOGO_MAX_BYTES + 1),
          token: null,
        });
      }
      return ok(inspect(bytes, fileName));
    },
    'connectors:attach-logo': async ({ id, token }) => {
      const connector = await deps.connectors.get(id);
      if (!connector) return fail('NOT_FOUND', `No connector with id ${id}.`);
      const logo = pending.take(token);
      if (!logo) {
        return fail(
          'LOGO_REJECTED',
          'That logo preview has expired; drop or choose the file again.',
        );
      }
      const now = deps.now();
      const next = { ...connector, logo: { ...logo, attachedAt: now }, updatedAt: now };
      return save(deps, next);
    },
    'connectors:remove-logo': async ({ id }) => {
      const connector = await deps.connectors.get(id);
      if (!connector) return fail('NOT_FOUND', `No connector with id ${id}.`);
      return save(deps, { ...connector, logo: null, updatedAt: deps.now() });
    },
    'connectors:logo-thumbnails': async ({ ids }) => {
      const thumbnails: Record<string, string> = {};
      for (const id of ids) {
        const svg = (await deps.connectors.get(id))?.logo?.svg;
        if (svg !== undefined) thumbnails[id] = svg;
      }
      return ok(thumbnails);
    },
  };
}

async function save(
  deps: LogoHandlerDeps,
  connector: Parameters<ConnectorRepository['save']>[0],
): Promise<Result<typeof connector>> {
  try {
    await deps.connectors.save(connector);
    return ok(connector);
  } catch (error) {
    log.error(`Saving the logo of ${connector.id} failed`, error);
    return fail('IO', 'Could not save the logo to the data folder; nothing was changed.');
  }
}
