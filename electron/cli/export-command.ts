import { mkdir } from 'node:fs/promises';
import type { Connector } from '../../src/connectors/connector';
import { openConnectorStore } from '../main/store/connector-store';
import { lockDataFolder } from '../main/store/data-folder-lock';
import { writeBundle, writeFolder } from '../main/files/export-definitions';
import type { CliCommand, CliIo } from './command';
import { chooseDataDir, DATA_DIR_HELP, inspectDataFolder, notADataFolder } from './data-folder';
import { cliGenerator } from './definition-cli-support';
import { parseOrExplain } from './parse-options';
import { count, folderBlocker, writeBlocker, writeFailure } from './plain-words';
import { userPath } from './user-path';

const HELP = `Usage:
  connector-studio export [--data-dir <dir>] (--all | --id <id>...) -o <path> [--folder]
      Write connectors of a data folder to a definition file. With --folder, <path> is a
      folder that receives one <name>.connector.json per connector instead of one bundle.
      An existing output file is replaced.

Options:
${DATA_DIR_HELP}
      --all             every connector (not those in the bin)
      --id <id>         one connector; repeat for several
  -o, --output <path>   the file (or, with --folder, the folder) to write; its folder
                        must exist
      --folder          one file per connector
  -h, --help            this text
`;

/** The stored connectors asked for, or the id that is not stored. */
async function readConnectors(
  dataDir: string,
  ids: readonly string[] | 'all',
): Promise<Connector[] | { missing: string }> {
  // Opening a store may write (temp sweep, migration, quarantine), so it needs the lock too.
  const lock = await lockDataFolder(dataDir, 'cli');
  try {
    const store = await openConnectorStore(dataDir);
    try {
      const wanted = ids === 'all' ? store.all().map((listed) => listed.id) : ids;
      const connectors: Connector[] = [];
      for (const id of wanted) {
        const connector = await store.get(id);
        if (connector === undefined) return { missing: id };
        connectors.push(connector);
      }
      return connectors;
    } finally {
      await store.close();
    }
  } finally {
    await lock.release();
  }
}

async function write(
  connectors: Connector[],
  output: { path: string; label: string; folder: boolean },
  io: CliIo,
): Promise<number> {
  try {
    if (output.folder) {
      await mkdir(output.path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      const { paths } = await writeFolder(output.path, connectors, cliGenerator());
      io.stdout(`${count(paths.length, 'file')} written to ${output.label}\n`);
    } else {
      await writeBundle(output.path, connectors, cliGenerator());
      io.stdout(`${count(connectors.length, 'connector')} written to ${output.label}\n`);
    }
    return 0;
  } catch (error) {
    io.stderr(`export: ${writeFailure(output.label, error)}\n`);
    return 1;
  }
}

export const exportCommand: CliCommand = {
  help: HELP,
  async run(args, io) {
    const parsed = parseOrExplain(
      {
        args,
        options: {
          'data-dir': { type: 'string' },
          all: { type: 'boolean' },
          id: { type: 'string', multiple: true },
          output: { type: 'string', short: 'o' },
          folder: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      },
      HELP,
      io,
    );
    if (parsed === null) return 2;
    const { values } = parsed;
    if (values.help === true) {
      io.stdout(HELP);
      return 0;
    }
    const ids = values.id ?? [];
    if (values.output === undefined || (values.all === true) === ids.length > 0) {
      io.stderr(`export: give -o and either --all or --id.\n\n${HELP}`);
      return 2;
    }
    const dataDir = chooseDataDir(values['data-dir']);
    const refusal = notADataFolder(dataDir, await inspectDataFolder(dataDir));
    if (refusal !== null) {
      io.stderr(`export: ${refusal}\n`);
      return 1;
    }
    const output = { path: userPath(values.output), label: values.output, folder: !!values.folder };
    const blocker = output.folder
      ? await folderBlocker(output.path, output.label)
      : await writeBlocker(output.path, output.label);
    if (blocker !== null) {
      io.stderr(`export: ${blocker}\n`);
      return 1;
    }
    const connectors = await readConnectors(dataDir, values.all === true ? 'all' : ids);
    if (!Array.isArray(connectors)) {
      io.stderr(`export: no connector with id ${connectors.missing} in ${dataDir}.\n`);
      return 1;
    }
    return write(connectors, output, io);
  },
};
