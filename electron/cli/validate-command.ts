import type { CliCommand } from './command';
import { planFromPaths, report } from './definition-cli-support';
import { parseOrExplain } from './parse-options';
import { count } from './plain-words';

const HELP = `Usage:
  connector-studio validate <files...>
      Check connector definition files (*.connector.json, older format versions, or a
      connector as the CDE API returns it) exactly as an import would, logos included.
      Prints one line per problem on stdout, "file:pointer: message" (the pointer is a
      JSON Pointer to the value at fault) or "file: message" when the whole file is at
      fault, then a count on stderr, and exits 1 if there is any problem.
      A file named twice is read once.

Options:
  -h, --help  this text
`;

export const validateCommand: CliCommand = {
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
    const problems = report(plan, io);
    if (problems !== null) {
      io.stderr(`${problems}.\n`);
      return 1;
    }
    const connectors = count(plan.incoming.length, 'connector');
    io.stdout(`${connectors} in ${count(plan.files.length, 'file')}: valid.\n`);
    return 0;
  },
};
