import { mkdir } from 'node:fs/promises';
import type { Connector } from '../../src/connectors/connector';
import { openConnectorStore } from '../main/store/connector-store';
import { lockDataFolder } from '../main/store/data-folder-lock';
import { writeBundle, writeFolder } from '../main/files/export-definitions';
import type { CliCommand } from './command';
import { cliGenerator, parseOrExplain } from './definition-cli-support';

const HELP = `Usage:
  connector-studio export --data-dir <dir> (--all | --id <id>...) -o <path> [--folder]
      Write connectors of a data folder to a definition file. With --folder, <path> is a
      folder that receives one <name>.connector.json per connector instead of one bundle.

Options:
      --data-dir <dir>  the Connector Studio data folder to read
      --all             every connector (not those in the bin)
      --id <id>         one connector; repeat for several
  -o, --output <path>   the file (or, with --folder, the folder) to write
      --folder          one file per connector
  -h, --help            this text
`;

export const exportCommand: CliCommand = {
  summary: 'write connectors of a data folder to definition files',
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
    if (
      values['data-dir'] === undefined ||
      values.output === undefined ||
      (values.all === true) === ids.length > 0
    ) {
      io.stderr(`export: give --data-dir, -o and either --all or --id.\n\n${HELP}`);
      return 2;
    }
    // Opening a store may write (temp sweep, migration, quarantine), so it needs the lock too.
    const lock = await lockDataFolder(values['data-dir'], 'cli');
    const connectors: Connector[] = [];
    try {
      const store = await openConnectorStore(values['data-dir']);
      const wanted = values.all === true ? store.all().map((listed) => listed.id) : ids;
      for (const id of wanted) {
        const connector = await store.get(id);
        if (connector === undefined) {
          io.stderr(`export: no connector with id ${id} in ${values['data-dir']}.\n`);
          return 1;
        }
        connectors.push(connector);
      }
      await store.close();
    } finally {
      await lock.release();
    }
    if (values.folder === true) {
      await mkdir(values.output, { recursive: true });
      const { paths } = await writeFolder(values.output, connectors, cliGenerator());
      io.stdout(`${paths.length} file(s) written to ${values.output}\n`);
    } else {
      await writeBundle(values.output, connectors, cliGenerator());
      io.stdout(`${connectors.length} connector(s) written to ${values.output}\n`);
    }
    return 0;
  },
};
