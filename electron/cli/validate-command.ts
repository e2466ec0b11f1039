import type { CliCommand } from './command';
import { parseOrExplain, planFromPaths, report } from './definition-cli-support';

const HELP = `Usage:
  connector-studio validate <files...>
      Check connector definition files (*.connector.json, older format versions, or a
      connector as the CDE API returns it) exactly as an import would, logos included.
      Prints one "file:pointer: message" line per problem (the pointer is a JSON Pointer;
      empty means the whole file) and exits 1 if there is any.
`;

export const validateCommand: CliCommand = {
  summary: 'check connector definition files without importing them',
  help: HELP,
  async run(args, io) {
    const parsed = parseOrExplain(
      { args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } },
      HELP,
      io,
    );
    if (parsed === null) return 2;
    if (parsed.values.help === true) {
      io.stdout(HELP);
      return 0;
    }
    if (parsed.positionals.length === 0) {
      io.stderr(`validate: no files given.\n\n${HELP}`);
      return 2;
    }
    const plan = await planFromPaths(parsed.positionals, () => undefined);
    if (!report(plan, io)) return 1;
    io.stdout(`${plan.incoming.length} connector(s) in ${plan.files.length} file(s): valid.\n`);
    return 0;
  },
};
