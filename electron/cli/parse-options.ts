import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './command';

type Config = ParseArgsConfig & Required<Pick<ParseArgsConfig, 'args' | 'options'>>;

/**
 * Our own sentence for what is wrong with the arguments, or null. node:util's messages differ
 * between Node versions and suggest quoting tricks; people need the option's name and the fix.
 */
function argumentProblem(config: Config): string | null {
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true, allowPositionals: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && config.allowPositionals !== true) {
      return `Unexpected argument "${token.value}".`;
    }
    if (token.kind !== 'option') continue;
    const option = config.options[token.name];
    if (option === undefined) return `Unknown option ${token.rawName}.`;
    if (option.type === 'boolean' && token.value !== undefined) {
      return `Option ${token.rawName} takes no value.`;
    }
    if (option.type !== 'string') continue;
    if (token.value === undefined) return `Option ${token.rawName} needs a value.`;
    if (token.inlineValue === false && token.value.startsWith('-')) {
      return `Option ${token.rawName} needs a value (write ${token.rawName}=${token.value} if "${token.value}" is meant).`;
    }
  }
  return null;
}

/** parseArgs that prints the problem and the usage instead of throwing; null means "exit 2". */
export function parseOrExplain<T extends Config>(
  config: T,
  help: string,
  io: CliIo,
): ReturnType<typeof parseArgs<T>> | null {
  const problem = argumentProblem(config);
  if (problem !== null) {
    io.stderr(`${problem}\n\n${help}`);
    return null;
  }
  try {
    return parseArgs(config);
  } catch (error) {
    const [firstLine] = (error as Error).message.split('\n');
    io.stderr(`${firstLine}\n\n${help}`);
    return null;
  }
}
