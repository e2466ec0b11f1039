import process from 'node:process';
import type { CliIo, ListedCommand } from './command';
import { packageVersion } from './package-info';
import { inWords } from './plain-words';

/**
 * CLI entry: the first argument names a command group. To add a group, write a module
 * exporting a `CliCommand` and list it here. Modules load on use: the logo sanitizer and the
 * store take seconds to load, which `--help` and `--version` should not wait for.
 */
const COMMANDS: Record<string, ListedCommand> = {
  logo: {
    summary: 'check or sanitize SVG logos',
    load: async () => (await import('./logo-command')).logoCommand,
  },
  validate: {
    summary: 'check connector definition files without importing them',
    load: async () => (await import('./validate-command')).validateCommand,
  },
  export: {
    summary: 'write connectors of a data folder to definition files',
    load: async () => (await import('./export-command')).exportCommand,
  },
  import: {
    summary: 'import definition files into a data folder, all or nothing',
    load: async () => (await import('./import-command')).importCommand,
  },
  schema: {
    summary: 'print the JSON Schema of connector definition files',
    load: async () => (await import('./definition-schema-command')).definitionSchemaCommand,
  },
};

function topLevelHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return [
    'Usage: connector-studio <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     this text',
    '  -v, --version  the version of Connector Studio',
    '',
    'Run "connector-studio <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [group, ...rest] = argv;
  if (group === undefined) {
    io.stderr(`Give a command.\n\n${topLevelHelp()}`);
    return 2;
  }
  if (group === '--version' || group === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (group === '--help' || group === '-h' || group === 'help') {
    const [topic] = rest;
    const listed = topic === undefined ? undefined : COMMANDS[topic];
    io.stdout(listed === undefined ? topLevelHelp() : (await listed.load()).help);
    return 0;
  }
  const listed = COMMANDS[group];
  if (listed === undefined) {
    const what = group.startsWith('-') ? `Unknown option ${group}.` : `Unknown command "${group}".`;
    io.stderr(`${what}\n\n${topLevelHelp()}`);
    return 2;
  }
  return (await listed.load()).run(rest, io);
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Expected failures are answered by the commands; this is the last word, still one line.
    io.stderr(`connector-studio: ${inWords(error).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
